// Glue for the toolbar popup: get this tab's state and the person's settings, let Rust render
// them, and save what the person changes (Rust calls back with an action name). Settings are
// written straight to storage.sync through settings.js (which re-applies the administrator's
// policy on every read); nothing here touches the network.
import '../common/protocol.js';
import init, { render_popup } from '../wasm/hangup.js';
import { t, REPORT_LINKS, setLang } from './strings.js';
import { loadSettings, updateSettings, hostListed } from '../background/settings.js';

const { api, MSG } = globalThis.hangupProtocol;
const root = document.getElementById('root');

/** The tab the popup is about: the active one, or (opened as a tab) the one used just before. */
async function activeTabId() {
  const self = await api.tabs.getCurrent(); // undefined in the toolbar popup
  if (!self) {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }
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

let tabId;

/** Everything the popup shows, resolved for this tab's host. */
async function state() {
  const [settings, { warningsShown = 0 }, tab] = await Promise.all([
    loadSettings(),
    api.storage.local.get('warningsShown'),
    tabId === undefined ? null : api.runtime.sendMessage({ what: MSG.tabVerdict, tabId }).catch(() => null),
  ]);
  const host = webHost(tab?.url ?? '');
  const userAllow = new Set(settings.userAllowlist);
  return {
    verdict: tab?.verdict ?? null,
    host,
    site_on: settings.enabled && !hostListed(settings.disabledSites, host),
    trusted: Boolean(host) && hostListed(settings.allowlist, host),
    dismissed: Boolean(tab?.dismissed),
    strict: settings.strict,
    policy: {
      force_enabled: settings.policy.forceEnabled,
      disable_trust: settings.policy.disableTrust,
      strict: settings.policy.strict,
    },
    allowlist: settings.allowlist.map((h) => ({ host: h, removable: userAllow.has(h) })),
    warnings: Math.max(0, Math.floor(Number(warningsShown) || 0)),
    report_links: REPORT_LINKS.map((l) => ({ label: t(l.key), href: l.href })),
  };
}

/** What each of the view's actions changes. */
const APPLY = {
  async site(on) {
    const { host } = await state();
    const settings = await loadSettings();
    const others = settings.userDisabledSites.filter((h) => h !== host);
    await updateSettings({ enabled: true, disabledSites: on ? others : [...others, host] });
  },
  strict: (strict) => updateSettings({ strict: strict === true }),
  async untrust(host) {
    const settings = await loadSettings();
    await updateSettings({ allowlist: settings.userAllowlist.filter((h) => h !== host) });
  },
  async show_warning() {
    await api.runtime.sendMessage({ what: MSG.showWarning, tabId });
    if (!(await api.tabs.getCurrent())) window.close(); // the toolbar popup: let them see it
  },
};

// One change at a time: two quick clicks must not read-modify-write the settings concurrently.
let queue = Promise.resolve();
function act(action, value) {
  queue = queue
    .then(() => APPLY[action]?.(value))
    .then(render)
    .catch((err) => console.error('hangup popup', err));
  return queue;
}

async function render() {
  const s = await state();
  try {
    render_popup(root, s, act);
  } catch (err) {
    // A Rust panic is a Wasm trap here (the build aborts on panic, no hook runs): reported to
    // the background, where someone debugging looks.
    api.runtime.sendMessage({ what: MSG.viewPanic, view: 'popup', message: `${err}\n${err?.stack ?? ""}` }).catch(() => {});
    throw err;
  }
}

async function main() {
  setLang();
  await init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') });
  tabId = await activeTabId();
  await render();
}
main();
