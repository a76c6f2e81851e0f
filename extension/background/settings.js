// User settings (storage.sync) merged with administrator policy (storage.managed).
// Anything unreadable falls back to the default for that one field; nothing is thrown away.
import { api } from './api.js';

export const SCHEMA_VERSION = 1;
export const DEFAULTS = Object.freeze({
  schema: SCHEMA_VERSION,
  enabled: true,
  strict: false,
  allowlist: [],
  disabledSites: [],
});

const isHostList = (v) => Array.isArray(v) && v.every((h) => typeof h === 'string' && h.length < 256);

/** Keeps the valid fields of a stored object, defaults for the rest. */
export function sanitise(raw) {
  const s = { ...DEFAULTS };
  if (!raw || typeof raw !== 'object') return s;
  if (typeof raw.enabled === 'boolean') s.enabled = raw.enabled;
  if (typeof raw.strict === 'boolean') s.strict = raw.strict;
  if (isHostList(raw.allowlist)) s.allowlist = [...new Set(raw.allowlist.map((h) => h.toLowerCase()))];
  if (isHostList(raw.disabledSites)) s.disabledSites = [...new Set(raw.disabledSites.map((h) => h.toLowerCase()))];
  return s;
}

async function managedPolicy() {
  try {
    return (await api.storage.managed.get(null)) ?? {};
  } catch {
    return {}; // no policy installed, or the browser has no managed storage
  }
}

/** Effective settings: the user's, with the administrator's policy on top. */
export async function loadSettings() {
  let stored = {};
  try {
    stored = (await api.storage.sync.get('settings')).settings;
  } catch {
    /* sync storage unavailable: defaults */
  }
  const s = sanitise(stored);
  const policy = await managedPolicy();
  s.policy = {
    forceEnabled: policy.forceEnabled === true,
    disableTrust: policy.disableTrust === true,
    strict: policy.strict === true,
  };
  if (s.policy.forceEnabled) {
    s.enabled = true;
    s.disabledSites = [];
  }
  if (s.policy.strict) s.strict = true;
  if (isHostList(policy.allowlist)) s.allowlist = [...new Set([...s.allowlist, ...policy.allowlist.map((h) => h.toLowerCase())])];
  return s;
}

export async function updateSettings(change) {
  const current = sanitise((await api.storage.sync.get('settings')).settings);
  const next = sanitise({ ...current, ...change });
  await api.storage.sync.set({ settings: next });
  return next;
}

/** True when `host` or one of its parent domains is in `list`. */
export function hostListed(list, host) {
  host = String(host).toLowerCase();
  return list.some((h) => host === h || host.endsWith('.' + h));
}
