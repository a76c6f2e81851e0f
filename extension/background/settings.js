// User settings (storage.sync) merged with administrator policy (storage.managed).
//
//   storage.sync { settings: {schema, enabled, strict, allowlist, disabledSites} }
//        | migrate() (older schemas) -> sanitise() (field by field: a bad field falls back to
//        v                             its default, the others are kept)
//   user settings + policy {forceEnabled, disableTrust, strict, allowlist} = effective settings
//
// Used by the background and, directly, by the popup (extension pages share the storage).
import { api } from './api.js';

/** 2: host lists hold bare, normalised host names (1 could hold URLs and upper case). */
export const SCHEMA_VERSION = 2;
export const DEFAULTS = Object.freeze({
  schema: SCHEMA_VERSION,
  enabled: true,
  strict: false,
  allowlist: [],
  disabledSites: [],
});
const MAX_HOSTS = 1000;

/** A bare host name from what a person or an old version stored ("https://A.com:8080/x" -> "a.com"), or ''. */
export function normaliseHost(value) {
  if (typeof value !== 'string') return '';
  let h = value.trim().toLowerCase();
  if (!h || h.length > 253) return '';
  try {
    h = new URL(h.includes('://') ? h : `http://${h}`).hostname;
  } catch {
    return '';
  }
  h = h.replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(h) && h.includes('.') || h === 'localhost' ? h : '';
}

/** The valid, distinct hosts of a stored list; invalid entries are dropped, not the list. */
function hostList(v) {
  if (!Array.isArray(v)) return null;
  return [...new Set(v.map(normaliseHost).filter(Boolean))].slice(0, MAX_HOSTS);
}

/** Brings an object stored by an older version to the current schema (pure; tested in Node). */
export function migrate(raw) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = { ...raw };
  const from = Number.isInteger(r.schema) ? r.schema : 0;
  if (from < 1) {
    // 0: the unversioned pre-release layout.
    if (r.allowlist === undefined && Array.isArray(r.trusted)) r.allowlist = r.trusted;
    if (r.strict === undefined && typeof r.sensitivity === 'string') r.strict = r.sensitivity === 'strict';
    delete r.trusted;
    delete r.sensitivity;
  }
  // 1 -> 2: host lists are normalised by sanitise(); nothing else changed.
  r.schema = SCHEMA_VERSION;
  return r;
}

/** Keeps the valid fields of a stored object; each invalid or missing field takes its value from
 * `base` (the defaults, or the current settings when applying a change). */
export function sanitise(raw, base = DEFAULTS) {
  const s = { ...DEFAULTS, allowlist: [...base.allowlist], disabledSites: [...base.disabledSites] };
  s.enabled = base.enabled;
  s.strict = base.strict;
  const r = migrate(raw);
  if (typeof r.enabled === 'boolean') s.enabled = r.enabled;
  if (typeof r.strict === 'boolean') s.strict = r.strict;
  s.allowlist = hostList(r.allowlist) ?? s.allowlist;
  s.disabledSites = hostList(r.disabledSites) ?? s.disabledSites;
  return s;
}

/** The administrator's policy, each field checked on its own. */
export function sanitisePolicy(policy) {
  const p = policy && typeof policy === 'object' ? policy : {};
  return {
    forceEnabled: p.forceEnabled === true,
    disableTrust: p.disableTrust === true,
    strict: p.strict === true,
    allowlist: hostList(p.allowlist) ?? [],
  };
}

async function managedPolicy() {
  try {
    return (await api.storage.managed.get(null)) ?? {};
  } catch {
    return {}; // no policy installed, or the browser has no managed storage
  }
}

async function readStored() {
  try {
    return (await api.storage.sync.get('settings')).settings;
  } catch {
    return undefined; // sync storage unavailable: defaults
  }
}

/** User settings + policy on top. `userAllowlist` / `userDisabledSites` are the person's own. */
export function effective(stored, policyRaw) {
  const s = sanitise(stored);
  const policy = sanitisePolicy(policyRaw);
  const out = { ...s, userAllowlist: s.allowlist, userDisabledSites: s.disabledSites, policy };
  if (policy.forceEnabled) {
    out.enabled = true;
    out.disabledSites = [];
  }
  if (policy.strict) out.strict = true;
  out.allowlist = [...new Set([...s.allowlist, ...policy.allowlist])];
  return out;
}

/** Effective settings: the user's, with the administrator's policy on top. */
export async function loadSettings() {
  const stored = await readStored();
  if (stored && typeof stored === 'object' && stored.schema !== SCHEMA_VERSION) {
    // Write the migrated form back once, so older layouts do not linger.
    await api.storage.sync.set({ settings: sanitise(stored) }).catch(() => {});
  }
  return effective(stored, await managedPolicy());
}

// The warning path does not wait for the browser's policy service: Chromium answers
// storage.managed only once that service is up, 2-6 s after the browser starts (measured,
// docs/BENCHMARKS.md "The first warning, cold and warm"). The background keeps the last answer in
// memory and a copy in storage.local, reads the live policy once per life (again when it
// changes), and keeps the person's settings in memory until storage says they changed. Before
// the very first answer (the first start after install: no copy yet) a verdict does not wait
// either: a policy can only narrow what HangUp warns about (an allow-list) or strengthen it, so
// not knowing it means protecting as if there were none. Warnings given meanwhile on hosts the
// policy allow-lists are taken down when it answers (`onLivePolicy`, background.js). (Waiting
// held the first scam page of a new profile 2-5 s unwarned, and Chromium gives no answer at all
// while a page keeps its renderer busy: tests/e2e/hostile/busy-loop.html.)
const POLICY_COPY = 'policyCopy';
let livePolicy = null;
let policyNow;
let policyCopy = null;
let storedNow = null;
const policyListeners = [];

/** `listener(policy)` (sanitised) runs on each answer of the browser's policy service. */
export function onLivePolicy(listener) {
  policyListeners.push(listener);
}

function readPolicy() {
  livePolicy ??= managedPolicy().then((p) => {
    policyNow = p;
    api.storage.local.set({ [POLICY_COPY]: p }).catch(() => {});
    for (const listener of policyListeners) {
      try {
        listener(sanitisePolicy(p));
      } catch {
        /* one listener's failure is not the policy's */
      }
    }
    return p;
  });
  return livePolicy;
}

async function quickPolicy() {
  readPolicy();
  if (policyNow) return policyNow;
  policyCopy ??= api.storage.local.get(POLICY_COPY).then((got) => got[POLICY_COPY], () => undefined);
  const copy = await policyCopy;
  if (policyNow) return policyNow;
  return copy && typeof copy === 'object' ? copy : undefined;
}

/**
 * Effective settings for the background's decisions, without waiting on a slow policy service
 * (see above). Call `watchSettings()` once at the background's top level first.
 */
export async function quickSettings() {
  storedNow ??= readStored();
  const [stored, policy] = await Promise.all([storedNow, quickPolicy()]);
  // `policyKnown` is false before the browser's first answer when no copy is kept: what the policy
  // forbids is then unknown, and the warning offers no "I trust this site" (it would be refused
  // anyway: trusting reads the live policy, loadSettings()).
  return { ...effective(stored, policy), policyKnown: Boolean(policy && typeof policy === 'object') };
}

/**
 * Effective settings once the browser's policy service has answered (the warning asks for them
 * when `quickSettings()` could not say what the policy allows: the first start after install).
 */
export async function liveSettings() {
  return { ...(await loadSettings()), policyKnown: true };
}

/** Starts the reads now (at background start) and forgets what storage says changed. */
export function watchSettings() {
  quickSettings().catch(() => {});
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      livePolicy = policyNow = policyCopy = null;
      readPolicy(); // its listeners see the new policy now, not at the next page's read
    }
    if (area === 'sync' && changes.settings) storedNow = null;
  });
}

/** Changes the person's own settings (never the policy's). A malformed field of `change` keeps
 * its current value. */
export async function updateSettings(change) {
  const current = sanitise(await readStored());
  const next = sanitise({ ...current, ...change, schema: SCHEMA_VERSION }, current);
  await api.storage.sync.set({ settings: next });
  storedNow = null;
  return next;
}

/** True when `host` or one of its parent domains is in `list`. */
export function hostListed(list, host) {
  host = String(host).toLowerCase();
  return list.some((h) => host === h || host.endsWith('.' + h));
}
