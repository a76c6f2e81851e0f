// Where "Leave this page" lands: what just happened, what to do (first if the person already
// called or paid), where to report in their country, and a way onward (a new tab). The background
// opens it as left.html#<redacted summary> (mistake_summary.js) for "Report a mistake".
import '../common/protocol.js';
import { t, setLang } from './strings.js';
import { renderReportLinks } from './report_links.js';
import { summaryFromHash, summaryToHash } from './mistake_summary.js';
import { replaceClipboard, SEES_CHANGES } from './clipboard_note.js';

const { api } = globalThis.hangupProtocol;

setLang();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
document.title = t('leftHeadline');

function fill(id, keys) {
  const ul = document.getElementById(id);
  for (const k of keys) {
    const li = document.createElement('li');
    li.textContent = t(k);
    ul.append(li);
  }
}
// Called or paid already: the steps that cannot wait. Then the rest of the advice.
fill('called', ['advice4', 'advice7']);
fill('advice', ['advice1', 'advice2', 'advice3', 'advice5', 'advice6']);
renderReportLinks(document.getElementById('links'));

const summary = summaryFromHash(location.hash);
const mistake = document.getElementById('mistake');
if (summary.host) mistake.href = `mistake.html#${summaryToHash(summary)}`;
else mistake.remove();

// The way onward: this tab becomes the browser's own new-tab page (a new tab in its place).
document.getElementById('onward').addEventListener('click', async () => {
  const self = await api.tabs.getCurrent();
  await api.tabs.create({ windowId: self?.windowId, index: self ? self.index + 1 : undefined, active: true });
  if (self) await api.tabs.remove(self.id);
});
document.getElementById('onward').focus();
// The click on "Leave this page" gave the page behind the warning activation until it unloaded:
// what it may have put on the clipboard in that moment is replaced (clipboard_note.js), on a page
// that wrote the clipboard, tried to, or is ClickFix (`c=1`, background.js `clipNote`); a lock
// page that never touched it leaves what the person had copied there.
// (Where the browser has no `clipboardchange`, always: clipboard_note.js `SEES_CHANGES`.)
if (new URLSearchParams(location.hash.slice(1)).get('c') === '1' || !SEES_CHANGES) replaceClipboard(t('clipboardCleared'));
