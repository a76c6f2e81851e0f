// The "Report this page" tab: the official report forms, and the scam page's address (and the
// number it showed) ready to copy into them. HangUp itself sends nothing anywhere.
import { t, setLang } from './strings.js';
import { renderReportLinks } from './report_links.js';
import { wireCopy } from './copy_field.js';

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

// The official services of the browser's region (report_destinations.js).
renderReportLinks(document.getElementById('links'), pageUrl);

wireCopy(field);
