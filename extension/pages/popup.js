// Glue for the toolbar popup: this tab's verdict and the person's settings, rendered by Rust.
// Settings are written straight to storage.sync through settings.js (which re-applies the
// administrator's policy on every read); nothing here touches the network.
import '../common/protocol.js';
import init, { render_popup } from '../wasm/hangup.js';
import { t, advice, reasonText, REPORT_LINKS, setLang } from './strings.js';
import { loadSettings, updateSettings, hostListed } from '../background/settings.js';

const { api, MSG } = globalThis.hangupProtocol;

const root = document.getElementById('root');

async function activeTabId() {
  const self = await api.tabs.getCurrent(); // undefined in the toolbar popup, a tab when opened as a page
  if (!self) {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }
  // Opened as a tab (keyboard users, tests): show the tab the person was on just before.
  const tabs = await api.tabs.query({ windowId: self.windowId });
  const others = tabs.filter((x) => x.id !== self.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

function webHost(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

let tabState = null;

async function render() {
  const settings = await loadSettings();
  const { warningsShown = 0 } = await api.storage.local.get('warningsShown');
  const level = tabState?.verdict?.level ?? 'unknown';
  const host = webHost(tabState?.url ?? '');
  const scamText = tabState?.verdict?.kind === 'clickfix' ? t('popupClickfix') : t('popupScam');
  let verdictText = { scam: scamText, suspicious: t('popupSuspicious'), safe: t('popupSafe') }[level] ?? t('popupUnknown');
  if (host && hostListed(settings.allowlist, host)) verdictText += ' ' + t('popupTrusted');
  else if (host && (!settings.enabled || hostListed(settings.disabledSites, host))) verdictText += ' ' + t('popupOff');
  const userAllow = new Set(settings.userAllowlist);
  render_popup(root, {
    level,
    verdict_text: verdictText,
    reasons_title: t('reasonsTitle'),
    reasons: (tabState?.verdict?.reasons ?? []).map(reasonText),
    advice_title: t('adviceTitle'),
    advice: advice(),
    report_title: t('reportTitle'),
    report_links: REPORT_LINKS.map((l) => ({ label: t(l.key), href: l.href })),
    host,
    site_label: t('siteSwitch', [host]),
    site_on: settings.enabled && !hostListed(settings.disabledSites, host),
    site_locked_note: settings.policy.forceEnabled ? t('policyForced') : '',
    settings_title: t('settingsTitle'),
    sensitivity_title: t('sensitivityTitle'),
    sensitivity_normal: t('sensitivityNormal'),
    sensitivity_strict: t('sensitivityStrict'),
    strict: settings.strict,
    strict_locked_note: settings.policy.strict ? t('policyStrict') : '',
    allowlist_title: t('allowlistTitle'),
    allowlist_empty: t('allowlistEmpty'),
    allowlist: settings.allowlist.map((h) => ({ host: h, removable: userAllow.has(h) })),
    remove_label: t('allowlistRemove'),
    admin_label: t('allowlistAdmin'),
    warnings_text: t('warningsCount', [String(Number(warningsShown) || 0)]),
  });
}

/** Re-renders, then puts the focus back on the control the person was using. */
async function rerender(selector) {
  await render();
  (root.querySelector(selector) ?? root.querySelector('input, button, a'))?.focus();
}

// One change at a time: two quick clicks must not read-modify-write the settings concurrently.
let queue = Promise.resolve();
const serial = (fn) => (ev) => {
  queue = queue.then(() => fn(ev)).catch((err) => console.error('hangup popup', err));
};

root.addEventListener('change', serial(async (ev) => {
  const el = ev.target;
  const settings = await loadSettings();
  if (el.dataset.action === 'site') {
    const host = el.dataset.host;
    const others = settings.userDisabledSites.filter((h) => h !== host);
    await updateSettings({ enabled: true, disabledSites: el.checked ? others : [...others, host] });
    await rerender('[data-action="site"]');
  } else if (el.dataset.action === 'sensitivity') {
    await updateSettings({ strict: el.value === 'strict' });
    await rerender(`[data-action="sensitivity"][value="${el.value}"]`);
  }
}));

root.addEventListener('click', serial(async (ev) => {
  const b = ev.target.closest('[data-action="untrust"]');
  if (!b) return;
  const settings = await loadSettings();
  await updateSettings({ allowlist: settings.userAllowlist.filter((h) => h !== b.dataset.host) });
  await rerender('[data-action="untrust"]');
}));

async function main() {
  setLang();
  await init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') });
  const tabId = await activeTabId();
  tabState = tabId === undefined ? null : await api.runtime.sendMessage({ what: MSG.tabVerdict, tabId });
  await render();
}
main();
