// Glue for the toolbar popup: this tab's verdict, rendered by Rust.
import init, { render_popup } from '../wasm/hangup.js';
import { t, advice, reasonText, REPORT_LINKS } from './strings.js';

const api = globalThis.browser ?? globalThis.chrome;

async function activeTabId() {
  const self = await api.tabs.getCurrent(); // undefined in the toolbar popup, a tab when opened as a page
  if (!self) {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }
  // Opened as a tab (keyboard users, tests): show the tab the person was on just before.
  const tabs = await api.tabs.query({ windowId: self.windowId });
  const others = tabs.filter((t) => t.id !== self.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

async function main() {
  await init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') });
  const tabId = await activeTabId();
  const state = tabId === undefined ? null : await api.runtime.sendMessage({ what: 'tabVerdict', tabId });
  const level = state?.verdict?.level ?? 'unknown';
  const verdictText = {
    scam: t('popupScam'),
    suspicious: t('popupSuspicious'),
    safe: t('popupSafe'),
  }[level] ?? t('popupUnknown');
  render_popup(document.getElementById('root'), {
    level,
    verdict_text: verdictText,
    reasons_title: t('reasonsTitle'),
    reasons: (state?.verdict?.reasons ?? []).map(reasonText),
    advice_title: t('adviceTitle'),
    advice: advice(),
    report_title: t('reportTitle'),
    report_links: REPORT_LINKS.map((l) => ({ label: t(l.key), href: l.href })),
  });
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
}
main();
