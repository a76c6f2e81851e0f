// "Report a mistake": a redacted summary of the warning (mistake_summary.js) for the person to
// copy and send themselves. Nothing is sent by HangUp.
import '../common/protocol.js';
import { t, setLang } from './strings.js';
import { summaryFromHash, summaryText } from './mistake_summary.js';
import { wireCopy } from './copy_field.js';

const { api } = globalThis.hangupProtocol;

setLang();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.title = t('mistakeHeadline');

async function browserName() {
  try {
    const info = await api.runtime.getBrowserInfo?.(); // Firefox
    if (info) return `${info.name} ${String(info.version).split('.')[0]}`;
  } catch {
    /* not Firefox */
  }
  const brands = navigator.userAgentData?.brands ?? [];
  const b = brands.find((x) => !/Not.?A.?Brand|Chromium/i.test(x.brand)) ?? brands.find((x) => /Chromium/i.test(x.brand));
  return b ? `${b.brand} ${b.version}` : '';
}

const field = document.getElementById('summary');
// The labels stay English: the developers read the summary; the page explains what it holds.
field.value = summaryText(
  summaryFromHash(location.hash),
  { version: api.runtime.getManifest().version, browser: await browserName() },
  { title: 'HangUp: a warning that may be a mistake', site: 'Site', verdict: 'Verdict', reasons: 'Reasons', version: 'Version' },
);

wireCopy(field);
