// The "Report this page" tab: the official report forms, and the scam page's address (and the
// number it showed) ready to copy into them. HangUp itself sends nothing anywhere.
import { t, REPORT_LINKS, setLang } from './strings.js';

setLang();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.title = t('reportHeadline');

// The background opens this page as report.html#u=<page url>&p=<number>|<number>
const params = new URLSearchParams(location.hash.slice(1));
const pageUrl = params.get('u') ?? '';
const phones = (params.get('p') ?? '').split('|').filter(Boolean);

const field = document.getElementById('url');
field.value = pageUrl;
if (phones.length) {
  document.getElementById('phones').value = phones.join(', ');
  document.getElementById('phones-block').hidden = false;
}

const links = document.getElementById('links');
for (const l of REPORT_LINKS) {
  const a = document.createElement('a');
  a.textContent = t(l.key);
  a.href = pageUrl && l.withUrl ? l.withUrl(pageUrl) : l.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  const li = document.createElement('li');
  li.append(a);
  links.append(li);
}

document.getElementById('copy').addEventListener('click', async () => {
  field.select();
  let ok = false;
  try {
    await navigator.clipboard.writeText(field.value);
    ok = true;
  } catch {
    ok = document.execCommand('copy'); // older engines, or clipboard permission refused
  }
  document.getElementById('copied').textContent = ok ? t('reportCopied') : t('reportCopyFailed');
});
field.addEventListener('focus', () => field.select());
document.getElementById('copy').focus();
