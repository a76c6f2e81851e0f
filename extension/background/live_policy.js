// The administrator's policy applied to the tabs already judged, each time the browser's policy
// service answers (the first answer after the background starts, and every change).
//
// Verdicts do not wait for that answer (settings.js: Chromium gives it 2-6 s after the browser
// starts, and not at all while a page keeps its renderer busy). Until it comes, HangUp acts on the
// person's own settings, so the answer may change what a tab should show:
//   - a host the policy allow-lists: its warning comes down, as "I trust this site" would; a tab
//     already sent to the full-tab warning (blocked.html) goes back to the page;
//   - protection the policy forces on (`forceEnabled`) where the person had switched HangUp off,
//     for the browser or this site: the scam verdict that was kept quiet is warned now.
//
//   policy answer --> every tab with a state --> allow-listed? withdraw : forced and quiet? warn
import { api, MSG } from './api.js';
import { hostListed } from './settings.js';
import { tabIds, updateTab } from './tab_state.js';
import { sandboxFrames, unsandboxFrames } from './frame_rules.js';
import { unmuteAfterWarning } from './mute.js';
import { showTopLayer } from './top_layer.js';

const BLOCKED_PAGE = 'pages/blocked.html';

/** What the policy asks of a tab in state `s`: 'withdraw', 'warn', or null. Pure. */
export function policyAction(s, policy) {
  if (!s?.host) return null;
  if (s.warned && !s.allowed && hostListed(policy.allowlist, s.host)) return 'withdraw';
  // Kept quiet only because the person switched protection off (the verdict was a scam on a
  // host nobody trusts, the person did not choose to see the page).
  if (policy.forceEnabled && s.disabled && !s.warned && !s.allowed && !s.dismissed && !s.bypass
    && s.verdict?.level === 'scam' && !hostListed(policy.allowlist, s.host)) return 'warn';
  return null;
}

/** The tab's address now, or '' (closed). */
async function tabUrl(tabId) {
  try {
    return String((await api.tabs.get(tabId)).url ?? '');
  } catch {
    return '';
  }
}

/**
 * Applies `policy` (sanitised) to every tab HangUp has judged. `onWarn(tabId)` runs for each tab
 * warned now (the background's counter).
 */
export async function applyLivePolicy(policy, { onWarn = () => {} } = {}) {
  if (!policy.allowlist.length && !policy.forceEnabled) return;
  const blockedPage = api.runtime.getURL(BLOCKED_PAGE);
  for (const tabId of await tabIds().catch(() => [])) {
    let action = null;
    let state = null;
    // The tab must still show the page its state is about: a warning sent to a tab that moved to
    // a page HangUp does not read (its state stays) would land on whatever is there now.
    const url = await tabUrl(tabId);
    await updateTab(tabId, (s) => {
      action = policyAction(s, policy);
      if (action === 'warn' && url !== s.url) action = null;
      if (!action) return undefined;
      state = action === 'withdraw' ? { ...s, allowed: true } : { ...s, disabled: false, warned: true, at: Date.now() };
      return state;
    }).catch(() => {});
    if (action === 'withdraw') {
      await unsandboxFrames(tabId);
      // The full-tab warning: back to the page, which is allow-listed now.
      if (state.blocked && url.startsWith(blockedPage)) await api.tabs.update(tabId, { url: state.url }).catch(() => {});
      else {
        api.tabs.sendMessage(tabId, { what: MSG.dismiss }).catch(() => {}); // every frame (content.js)
        showTopLayer(tabId);
      }
      unmuteAfterWarning(tabId).catch(() => {});
    } else if (action === 'warn') {
      await sandboxFrames(tabId); // first: no frame loads with dialogs once the warning shows
      api.tabs.sendMessage(tabId, { what: MSG.warn, kind: globalThis.hangupProtocol.kindOf(state.verdict) }).catch(() => {});
      onWarn(tabId);
    }
  }
}
