// HangUp's background: the only place the Wasm engine runs (a page's CSP cannot reach it here).
//
//   content script --{what: MSG.analyse, snapshot}--> analyse() in Wasm --> verdict
//        ^                                                                  |
//        +---- {warn: true} ---- settings / allow-list ---- badge + storage.session
//
// Listeners are registered synchronously at top level: the Chromium service worker can be
// evicted at any time and is woken again by the next event.
import init, { analyse } from '../wasm/hangup.js';
import { api, MSG } from './api.js';
import { hostOf } from './address.js';
import { getTab, updateTab, forgetTab } from './tab_state.js';
import { loadSettings, quickSettings, liveSettings, watchSettings, updateSettings, hostListed, onLivePolicy } from './settings.js';
import { initAuthLoop, withAuthPrompts, forgetAuth } from './auth_loop.js';
import { initMute, muteForWarning, unmuteAfterWarning, pageChanged } from './mute.js';
import { hideTopLayer, showTopLayer } from './top_layer.js';
import { summaryOf, summaryToHash } from '../pages/mistake_summary.js';
import { framesTogether, forgetFrames } from './frames.js';
import { initFrameRules, sandboxFrames, tellLateFrames, unsandboxFrames } from './frame_rules.js';
import { applyLivePolicy } from './live_policy.js';
import { expectWarning, warningRan, forgetWarning, tabShown } from './warning_watch.js';
import { onHold, holdOver, holdEnded, forgetHold, askNext, onNavRequest, onNavEnd, askJoined, heldElsewhere } from './held_chain.js';
import { boundClipboard } from './clip_text.js';

// Started as the worker starts, not on the first message: compile and instantiate the Wasm,
// then one small analysis, which builds the lexicon's phrase tries and has V8 compile the engine's
// functions (it compiles each on its first call); settings and policy are read meanwhile. The
// warm-up page has what scam pages have (a brand on a host not its own, a number, a link to call
// it, an error code, words outside ASCII and in CJK), so that the first page's own analysis finds
// the functions it needs compiled (docs/BENCHMARKS.md, "The first warning, cold and warm").
const WARM_UP = {
  url: 'https://support-alert.example.com/',
  title: 'Windows Defender Security Warning',
  text: 'Windows Defender: your computer is infected with a Trojan. Do not close this window. '
    + 'Call Microsoft Support now at +1 (555) 010-0142 (toll free). Error code 0x80070424. '
    + 'Ihr Computer ist gesperrt. コンピューターはウイルスに感染しています。',
  tel_links: ['tel:+15550100142'],
  alt_texts: ['Microsoft'],
};
const wasmReady = init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') })
  .then(() => analyse(WARM_UP, {}));
// The policy's answer, when it comes, applies to the tabs judged before it (live_policy.js).
onLivePolicy((policy) => applyLivePolicy(policy, { onWarn: () => countWarning().catch(() => {}) }).catch(() => {}));
watchSettings();
// A listener, so the browser starts the background with itself and all of the above is done
// before the first page asks (otherwise the first page's message starts it).
api.runtime.onStartup.addListener(() => {});

const BADGE = {
  scam: { text: '!', color: '#b00020' },
  suspicious: { text: '?', color: '#a15c00' },
  safe: { text: '', color: '#2e7d32' },
};

async function setBadge(tabId, level) {
  const b = BADGE[level] ?? BADGE.safe;
  try {
    await api.action.setBadgeText({ tabId, text: b.text });
    if (b.text) await api.action.setBadgeBackgroundColor({ tabId, color: b.color });
  } catch {
    /* the tab closed meanwhile */
  }
}

/** Keeps the most severe verdict seen in any frame of the tab's current page. */
function merge(previous, next) {
  if (!previous) return next;
  const rank = { safe: 0, suspicious: 1, scam: 2 };
  return rank[next.level] >= rank[previous.level] ? next : previous;
}

/** How soon after its last analysis a warned page that loads again counts as reloading itself. */
const RELOAD_WINDOW_MS = 30000;

/** Whether a page at `url` in a tab whose state is `prev` follows the warned page at once (not
 *  after "Show the page anyway", not once the tab was sent to the full-tab warning); the caller
 *  asks only when the new page is warned too. Any address, on any site: a kit may reload itself,
 *  move to a new address on its site or to the same scam on another of its domains each time the
 *  warning comes up (tests/e2e/hostile/reload-loop.html, hop-loop.html, site-hop.html).
 *  Judged on the new page's first analysis: `tabs.onUpdated` cannot tell a reload from a frame
 *  loading in Firefox, which reports both as the tab "loading". */
function loadsAgain(prev, url) {
  return Boolean(prev?.warned && !prev.dismissed && !prev.blocked && !prev.allowed && !prev.disabled)
    && prev.bypass?.url !== url && Date.now() - prev.at < RELOAD_WINDOW_MS;
}

/** The glance score from which the content script takes the full snapshot (docs/BENCHMARKS.md:
 *  2 spares about half of the broad corpus's full reads; the corpus gate is unchanged). */
const GLANCE_LOOK_SCORE = 2;

/** What a read found, for the content script to compare a full read with the glance that asked
 *  for it (text the glance read and the full read did not see as shown: CSS may show it later):
 *  its score, its count of numbers and its reasons' ids (a full read's extra reasons, alt texts or
 *  DOM hints, can make up the score of text it could not see). */
const readOf = (verdict) => ({ score: verdict.score, phones: verdict.phones.length, reasons: verdict.reasons.map((r) => String(r.id)) });

/** The warning's kind for this verdict (each has its own headline, protocol.js `HEADLINES`): the
 *  content script's cover paints the headline before the warning frame does, and must paint the
 *  frame's words. */
const kindOf = (verdict) => globalThis.hangupProtocol.kindOf(verdict);

async function onAnalyse(msg, sender) {
  const tabId = sender.tab?.id;
  msg = await withAuthPrompts(msg, sender); // HTTP auth challenges the page cannot see (auth_loop.js)
  if (tabId === undefined || !msg.snapshot || typeof msg.snapshot !== 'object') return { error: 'no tab' };
  boundClipboard(msg.snapshot); // a padded command's payload kept within the engine's 4 KB
  // A top-frame read of a page view not held (parsed, or its hold over) ends the tab's chain of
  // held page views (held_chain.js).
  if (msg.early !== true) holdEnded(tabId, msg.pageId, sender.frameId);
  const [settings] = await Promise.all([quickSettings(), wasmReady]);
  const verdict = analyse(msg.snapshot, { strict: settings.strict });
  // A glance (a sample of the page's text, visibility unchecked) only tells the content script
  // whether to take the full snapshot: a phone number, a score above the noise of ordinary pages
  // (a lone "urgency" word: GLANCE_LOOK_SCORE) or a level above safe asks for it; nothing is
  // warned from a glance. The score lets the content script skip re-reading a page whose glance did not grow.
  if (msg.glance === true && (verdict.level !== 'safe' || verdict.score >= GLANCE_LOOK_SCORE || verdict.phones.length > 0)) {
    return { look: true, warn: false, ...readOf(verdict) };
  }
  // A read of a document still loading (content.js `early`), with no behaviour that holds the
  // person (content.js `holding`), dialog or copied text: a scam verdict is not applied yet (no
  // warning, no tab state). The frame reads again when the document ends or the hold outlasts
  // HELD_PARSE_MAX_MS: an honest thread whose network stalls between a quoted pop-up and the
  // replies that call it a scam is judged whole (review 25 H6), even if an ad script on it made
  // a sound context (review 26 M1). Such behaviour meanwhile makes the next read an ordinary one.
  // Not held: a top-frame page view whose tab has held page views for HELD_MAX_MS already (a kit
  // that reloads itself before each hold ends: held_chain.js), or that follows a warned page at
  // once (a warned held kit that reloads itself goes to the full-tab warning, `loadsAgain`, below).
  const topUrl = sender.tab.url ?? msg.snapshot.url ?? '';
  if (msg.held === true && msg.glance !== true && verdict.level === 'scam') {
    const top = sender.frameId === 0 && typeof msg.pageId === 'string';
    const goes = holdOver(tabId, msg.pageId, sender.frameId) || (top && await getTab(tabId).then((prev) => prev?.pageId !== msg.pageId && loadsAgain(prev, topUrl), () => false));
    if (!goes) return { look: true, warn: false, held: true, ...readOf(verdict) };
  }
  const elsewhere = sender.frameId === 0 && heldElsewhere(tabId, msg.pageId);
  const host = hostOf(topUrl);
  // A new document in the top frame: a warning HangUp muted the tab for is gone with the old one.
  if (sender.frameId === 0) await pageChanged(tabId, msg.pageId).catch(() => {});
  let allowed = hostListed(settings.allowlist, host);
  let disabled = !settings.enabled || hostListed(settings.disabledSites, host);
  // The tab's state is read and written as one step: a choice the person makes meanwhile
  // ("Show the page anyway") is not written over with what was read before it.
  let samePage;
  let prevWarned;
  let merged;
  let warn;
  let reloaded;
  const state = await updateTab(tabId, async (prev) => {
    // The policy service answered since these settings were read: applyLivePolicy() has looked
    // at the tab before this step, so its allow-list and forced protection are applied here.
    if (!settings.policyKnown) {
      const now = await quickSettings();
      allowed = hostListed(now.allowlist, host);
      disabled = !now.enabled || hostListed(now.disabledSites, host);
    }
    // A sub-frame has its own pageId: it belongs to the top page the tab currently shows, whose
    // address a page can change without a new document (a fragment, `pushState`: same origin),
    // so a new frame's harmless read could not reset a warned tab (hostile/hash-reset.html).
    samePage = prev && (prev.pageId === msg.pageId || (sender.frameId !== 0 && (prev.url === topUrl || (prev.warned && sameOrigin(prev.url, topUrl)))));
    const frameVerdict = { ...verdict, url: String(msg.snapshot.url ?? '') };
    merged = samePage ? merge(prev.verdict, frameVerdict) : frameVerdict;
    // A scam split across frames of different sites (frames.js): read together, as the top page.
    // Full snapshots only: a glance's text is unchecked for visibility and never warns.
    const together = msg.glance === true ? null : framesTogether(tabId, sender.frameId, topUrl, msg.pageId, msg.snapshot, verdict.level);
    if (together && merged.level !== 'scam') {
      const joint = analyse(together, { strict: settings.strict });
      if (joint.level === 'scam') merged = { ...joint, url: String(together.url) };
    }
    // "Show the page anyway" on the full-tab warning page: that one page view is shown unwarned.
    const pageId = sender.frameId === 0 || !samePage ? msg.pageId : prev.pageId;
    const bypass = shownAnyway(prev, topUrl, pageId);
    // "Show the page anyway" holds for the page view: a later read (a new sub-frame's) neither
    // warns again nor puts the frame rule back (review 20 M3).
    const dismissed = Boolean(samePage && prev.dismissed);
    warn = merged.level === 'scam' && !allowed && !disabled && !bypass && !dismissed;
    // The warned page loaded again at once, in the same tab (a page that reloads itself once
    // warned, so that every load starts with the scam on screen and no warning yet): the tab goes
    // to the full-tab warning page, which no reload can take away. So does a held run another
    // document kept navigating (held_chain.js `heldElsewhere`: its next navigation would take the
    // in-page warning away, and none can be cancelled from the page).
    reloaded = warn && sender.frameId === 0 && ((!samePage && loadsAgain(prev, topUrl)) || (elsewhere && !(samePage && prev.blocked)));
    const next = {
      bypass,
      pageId,
      url: topUrl,
      host,
      verdict: merged,
      allowed,
      disabled,
      warned: warn || (samePage && prev.warned),
      // "Show the page anyway" was chosen on this page: the popup offers the warning again.
      dismissed,
      // Sent to the full-tab warning page once (a page that replaces its document could ask
      // again): kept by every later read of the same page.
      blocked: Boolean(reloaded || (samePage && prev.blocked)),
      // The page put text on the clipboard (or, once warned, tried to: `MSG.clipboard`): only
      // then, or on a ClickFix verdict, does the warning write its note over the clipboard
      // (`clipNote`); a lock page that never wrote it leaves the person's own text there.
      clip: Boolean(msg.snapshot.clipboard) || Boolean(samePage && prev.clip),
      // "Leave this page" was chosen (onLeave): kept by every read of the page view until the
      // person comes back to it from the back/forward cache (its top frame's `restored` read).
      left: Boolean(samePage && prev.left && !(sender.frameId === 0 && msg.restored === true)),
      at: Date.now(),
    };
    prevWarned = Boolean(samePage && prev.warned);
    return next;
  });
  if (reloaded) await replaceTab(tabId, blockedUrl(state));
  // The answer does not wait for the badge and the counter (the page is waiting for it).
  setBadge(tabId, merged.level);
  if (warn && !prevWarned) countWarning().catch(() => {});
  // A scam verdict from a sub-frame must still cover the whole tab: tell the top frame.
  // Every frame undoes its lock (a sub-frame's beforeunload would otherwise hold "Leave").
  if (warn && (sender.frameId !== 0 || !prevWarned)) {
    // First the tab's frames: from now on none loads with dialogs (frame_rules.js).
    await sandboxFrames(tabId);
    await dropRuleIfDismissed(tabId);
    api.tabs.sendMessage(tabId, { what: MSG.warn, kind: kindOf(merged) }).catch(() => {});
    tellLateFrames(tabId); // (frames whose document had not started yet)
    if (!state.blocked) watchWarning(tabId, state.pageId, { fresh: sender.frameId === 0 });
  }
  // ClickFix split across frames: a sub-frame put text on the clipboard but holds no steps to
  // run it; the top frame may show them. Its reads carry the text from now on (the engine wants
  // both halves in one snapshot; a developer page's copy button still has no run-dialog steps).
  if (!warn && sender.frameId !== 0 && msg.snapshot.clipboard && verdict.kind !== 'clickfix') {
    api.tabs.sendMessage(tabId, { what: MSG.frameClipboard, clipboard: msg.snapshot.clipboard }, { frameId: 0 }).catch(() => {});
  }
  // A new top-frame page that is not warned (or no longer): its frames load as it made them.
  // One that is warned keeps the rule, or gets it back (a new document from the network took it
  // away, frame_rules.js: a warned page restored from the back/forward cache asks again).
  const warnedNow = Boolean(state.warned && !state.dismissed && !state.allowed && !state.disabled) || warn;
  if (sender.frameId === 0 && !warnedNow) unsandboxFrames(tabId).catch(() => {});
  else if (sender.frameId === 0 && !state.blocked) {
    await sandboxFrames(tabId);
    await dropRuleIfDismissed(tabId);
  }
  // The score and numbers this snapshot had on its own: a full read that saw less than its glance
  // keeps being re-read (content.js, `hidden`).
  return { level: verdict.level, warn: warnedNow, blocked: state.blocked, kind: kindOf(state.verdict), ...readOf(verdict) };
}

/** Whether two addresses share an origin (a page can move between them without a new document). */
function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** The page view the person chose to see from the full-tab warning page (blocked.html): the
 *  first page view of that address in the tab claims the choice; later ones are warned again. */
function shownAnyway(prev, topUrl, pageId) {
  const b = prev?.bypass;
  if (!b || b.url !== topUrl) return undefined;
  if (!b.pageId) return { url: topUrl, pageId };
  return b.pageId === pageId ? b : undefined;
}

async function countWarning() {
  const { warningsShown = 0 } = await api.storage.local.get('warningsShown');
  await api.storage.local.set({ warningsShown: (Number(warningsShown) || 0) + 1 });
}

async function onLeave(sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return {};
  // Not history.back(): scam pages flood the history so "back" lands on the scam again.
  const left = api.runtime.getURL('pages/left.html');
  // Marked before the tab moves: until left.html commits, the page and its warning are still
  // there and may ask for the full-tab warning (the page hides or covers its warning, onBlock), or
  // the watch may find the warning gone (watchWarning); neither may send the person back to it.
  // (Back to the warned page clears the mark: its restored read, in onAnalyse.)
  // The landing page offers "Report a mistake" with the redacted summary of the warning.
  // (`c=1`: the page wrote the clipboard or is ClickFix: the landing page writes the note.)
  const state = (await updateTab(tabId, (s) => (s ? { ...s, left: true } : undefined))) ?? null;
  const landing = `${left}#${summaryToHash(summaryOf(state))}${clipNote(state) ? '&c=1' : ''}`;
  await replaceTab(tabId, landing);
  // The tab has left the scam page: its sound back (tabs.onUpdated catches it too, in mute.js).
  await unmuteAfterWarning(tabId);
  await unsandboxFrames(tabId);
  return { ok: true };
}

/** Whether the warning may write its note over the clipboard: the page put something there, or
 *  tried to (its MAIN world's hooks or a copy event saw it), or the verdict is ClickFix. A lock page
 *  that never touched the clipboard leaves the person's own text there (eval25). */
function clipNote(state) {
  return Boolean(state?.clip) || kindOf(state?.verdict) === 'clickfix';
}

/** A frame of the tab says its page wrote, or tried to write, the clipboard once warned (the
 *  hooks refuse it then; a route they do not see may not be refused). Forged by a page, it only
 *  makes the warning write its note over the clipboard. */
async function onClipboard(sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  await updateTab(tabId, (s) => (s && !s.clip ? { ...s, clip: true } : undefined));
  return { ok: true };
}

async function onTrust(sender) {
  const settings = await loadSettings();
  if (settings.policy.disableTrust) return { ok: false, reason: 'policy' };
  const state = await getTab(sender.tab?.id);
  const host = state?.host || hostOf(sender.tab?.url);
  if (!host) return { ok: false };
  // The person's own list only: policy hosts are merged in on every read, never copied.
  await updateSettings({ allowlist: [...settings.userAllowlist, host] });
  await updateTab(sender.tab.id, (s) => ({ ...s, allowed: true }));
  await onDismiss(sender);
  return { ok: true, host };
}

/** "Show the page anyway" may have come while a read was being judged (its answer adds the frame
 *  rule after the dismissal took it away): a page view the person chose to see keeps no rule. */
async function dropRuleIfDismissed(tabId) {
  if ((await getTab(tabId))?.dismissed) await unsandboxFrames(tabId);
}

/** "Show the page anyway": the top frame's content script removes the overlay for this page view. */
async function onDismiss(sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  if (fromBlockedPage(sender)) {
    // The warning is the tab itself (blocked.html): back to the page, shown once unwarned.
    const state = await updateTab(tabId, (s) => (s?.url ? { ...s, bypass: { url: s.url } } : undefined));
    if (!state) return { ok: false };
    await api.tabs.update(tabId, { url: state.url });
    return { ok: true };
  }
  // The popup offers "Show the warning again" for this page view.
  await updateTab(tabId, (s) => (s ? { ...s, dismissed: true } : undefined));
  await unsandboxFrames(tabId); // first: the frames the page loads again load as it made them
  // Every frame: the top removes the warning, sub-frames give back the frames they guarded.
  await api.tabs.sendMessage(tabId, { what: MSG.dismiss }).catch(() => {});
  await showTopLayer(tabId);
  await unmuteAfterWarning(tabId);
  return { ok: true };
}

/** The popup's "Show the warning again" for a tab whose warning was put away. */
async function onShowWarning(msg) {
  const tabId = Number(msg.tabId);
  if (!Number.isInteger(tabId)) return { ok: false };
  const state = await updateTab(tabId, (s) => (s?.warned && !s.allowed ? { ...s, dismissed: false } : undefined));
  if (!state) return { ok: false };
  await sandboxFrames(tabId);
  await api.tabs.sendMessage(tabId, { what: MSG.showWarning, kind: kindOf(state.verdict) }).catch(() => {});
  watchWarning(tabId, state.pageId, { again: true });
  return { ok: true };
}

/** Most mistakes kept (oldest dropped first). */
const MAX_MISTAKES = 50;

/**
 * "This is not a scam": trusts the site like "I trust this site" and notes the verdict on this
 * device (host, level, score, reason ids: no page text). Nothing is sent anywhere.
 */
async function onNotScam(sender) {
  const state = await getTab(sender.tab?.id);
  const trusted = await onTrust(sender);
  if (!trusted.ok) return trusted;
  const v = state?.verdict ?? {};
  const record = {
    host: trusted.host,
    at: Date.now(),
    level: String(v.level ?? ''),
    score: Number(v.score) || 0,
    reasons: (v.reasons ?? []).map((r) => String(r.id)),
  };
  const { mistakes = [] } = await api.storage.local.get('mistakes');
  const kept = Array.isArray(mistakes) ? mistakes : [];
  await api.storage.local.set({ mistakes: [...kept, record].slice(-MAX_MISTAKES) });
  return { ok: true };
}

/** "Report this page": a new tab with the official report forms and the address ready to copy. */
async function onReport(sender) {
  const tab = sender.tab;
  if (!tab) return { ok: false };
  const state = await getTab(tab.id);
  const params = new URLSearchParams({ u: state?.url || tab.url || '', p: (state?.verdict?.phones ?? []).join('|') });
  const url = `${api.runtime.getURL('pages/report.html')}#${params}`;
  await api.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
  return { ok: true };
}

/** "Report a mistake": a new tab with the redacted summary of this tab's warning, to copy. */
async function onMistake(sender) {
  const tab = sender.tab;
  if (!tab) return { ok: false };
  const summary = summaryOf(await getTab(tab.id));
  const url = `${api.runtime.getURL('pages/mistake.html')}#${summaryToHash(summary)}`;
  await api.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
  return { ok: true };
}

const BLOCKED_PAGE = 'pages/blocked.html';
const OVERLAY_PAGE = 'pages/overlay.html';
const fromBlockedPage = (sender) => sender.frameId === 0 && String(sender.url ?? '').startsWith(api.runtime.getURL(BLOCKED_PAGE));

/** The in-page warning cannot hold (the page keeps removing or covering it, a sandboxed or
 *  non-HTML document): the tab itself goes to the warning page, which no page script can touch.
 *  Only for the top frame, or the warning's own frame in it, of a tab the background has warned,
 *  on the page it warned. */
async function onBlock(sender) {
  const tabId = sender.tab?.id;
  // (The warning's own frame too: it sees itself covered where hit tests do not, pages/seen.js.)
  if (tabId === undefined || (sender.frameId !== 0 && !fromOverlay(sender))) return { ok: false };
  let warned = false;
  let send = null;
  await updateTab(tabId, (s) => {
    if (!s?.warned || s.left || s.host !== hostOf(sender.tab.url)) return undefined;
    warned = true;
    // Already sent there (a page that replaces its document can ask again from its new one): a
    // second navigation would reload the warning page under the person's eyes.
    if (s.blocked) return undefined;
    send = { ...s, blocked: true };
    return send;
  });
  if (send) await replaceTab(tabId, blockedUrl(send));
  return { ok: warned };
}

/** A warning sent to `tabId` for the page `pageId` that does not draw itself, in a tab the person
 *  looks at (a renderer the page hangs, a frame its headers block): the tab goes to the full-tab
 *  warning page (warning_watch.js). */
function watchWarning(tabId, pageId, how = {}) {
  expectWarning(tabId, pageId, {
    async stillWarned(id, page) {
      const s = await getTab(id);
      return Boolean(s?.warned && s.pageId === page && !s.dismissed && !s.allowed && !s.disabled && !s.blocked && !s.left);
    },
    async isVisible(id) {
      return (await api.tabs.get(id)).active === true;
    },
    askDrawn: (id) => api.tabs.sendMessage(id, { what: MSG.warningDrawn }, { frameId: 0 }),
    async fallBack(id) {
      let send = null;
      await updateTab(id, (s) => {
        if (!s?.warned || s.pageId !== pageId || s.dismissed || s.allowed || s.disabled || s.blocked || s.left) return undefined;
        send = { ...s, blocked: true };
        return send;
      });
      if (send) await replaceTab(id, blockedUrl(send));
    },
  }, how);
}

/** The full-tab warning page for the page `state` warned. */
// `?<kind>`: the static headline the page shows before its view renders (overlay_fallback.js).
const blockedUrl = (state) => {
  const kind = kindOf(state.verdict);
  return `${api.runtime.getURL(BLOCKED_PAGE)}${kind === 'tech_support' ? '' : `?${kind}`}#${new URLSearchParams({ u: state.url })}`;
};

/** The address each tab was last sent to by replaceTab. */
const sentTo = new Map();
/** An address's host ('' for none). */
function siteOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Navigates the tab to an extension page. Something the page cannot undo may hold the
 *  navigation (a pending HTTP sign-in prompt in Chromium, a trap in a frame we could not reach):
 *  then the tab is replaced by one that shows the page. (Armed first: tabs.update itself may not
 *  settle while the navigation is held.) */
async function replaceTab(tabId, url) {
  sentTo.set(tabId, url);
  // Where the tab was when it was sent: a held navigation leaves it there (or on that site).
  let from = null;
  api.tabs.get(tabId).then((t) => (from = String(t.url ?? '')), () => {});
  const check = async (tries) => {
    // The tab was sent somewhere else since (the person's "Leave" after the page had been sent to
    // the full-tab warning): that move is the one to check, not this one (hostile-firefox-2's
    // captured-natives.html: "Leave" landed, then this check of the full-tab warning's move,
    // 2 s after it, replaced left.html with the full-tab warning).
    if (sentTo.get(tabId) !== url) return;
    try {
      const tab = await api.tabs.get(tabId);
      const at = String(tab.url ?? '');
      if (at.startsWith(url.split('#')[0])) return;
      // The tab is on another site than the one it was sent from: it was not held there, the
      // person went on (Back, an address, a bookmark); a kit that moved on to another of its
      // sites is read and warned there.
      if (from !== null && siteOf(at) !== siteOf(from)) return;
      // Still loading (a slow machine): give the navigation more time before replacing the tab.
      if (tab.status === 'loading' && tries > 0) return void setTimeout(() => check(tries - 1), 1500);
      await api.tabs.create({ url, index: tab.index + 1, windowId: tab.windowId, active: true });
      await api.tabs.remove(tabId);
    } catch {
      /* the tab is gone already */
    }
  };
  setTimeout(() => check(3), 2000);
  await api.tabs.update(tabId, { url });
}

/** HangUp's icon as a data: URL, for the tab while the warning shows (a page-owned <link> may
 *  not load extension files). */
let tabIcon = null;
async function onTabIcon() {
  tabIcon ??= fetch(api.runtime.getURL('icons/icon-32.png'))
    .then((r) => r.arrayBuffer())
    .then((buf) => {
      let bin = '';
      for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
      return `data:image/png;base64,${btoa(bin)}`;
    })
    .catch(() => null);
  return { icon: await tabIcon };
}

/** The overlay's actions are only taken from the extension's own pages, never from a content script. */
const VIEW_FAILURES = 'viewFailures';
/**
 * The warning's or the popup's Wasm trapped: logged here, where someone debugging looks, and the
 * last few kept for this browser session (`viewFailures`), so a relative or an admin helping can
 * see what failed. Our own error text, never page content.
 */
async function onViewPanic(msg) {
  const failure = { at: Date.now(), view: String(msg.view).slice(0, 20), message: String(msg.message).slice(0, 2000) };
  console.error(`hangup: ${failure.view} failed: ${failure.message}`);
  const earlier = (await api.storage.session.get(VIEW_FAILURES).catch(() => ({})))[VIEW_FAILURES];
  const kept = [...(Array.isArray(earlier) ? earlier : []), failure].slice(-5);
  await api.storage.session.set({ [VIEW_FAILURES]: kept }).catch(() => {});
  return { ok: true };
}

const fromExtensionPage = (sender) => String(sender.url ?? '').startsWith(api.runtime.getURL(''));
/** The warning's own page in a tab. By path: Chromium's getURL() of a web-accessible page with a
 *  dynamic URL is not the address the frame reports as its sender. */
const fromOverlay = (sender) => fromExtensionPage(sender) && String(sender.url).split(/[?#]/)[0].endsWith(`/${OVERLAY_PAGE}`);

async function handle(msg, sender) {
  switch (msg?.what) {
    case MSG.analyse:
      return onAnalyse(msg, sender);
    case MSG.tabVerdict: // from the popup (explicit tab) or the overlay (its own tab)
      // The warning's own page runs in the tab; its top frame's host counts as drawn (warning_watch.js).
      // (`clip`: the warning asks only whether it may write its note, clipboard_note.js.)
      if (sender.tab && fromOverlay(sender) && msg.clip !== true) {
        warningRan(sender.tab.id);
        api.tabs.sendMessage(sender.tab.id, { what: MSG.warningRuns }, { frameId: 0 }).catch(() => {});
      }
      return getTab(msg.tabId ?? sender.tab?.id).then((s) => s && { ...s, clipNote: clipNote(s) });
    case MSG.leave:
      return onLeave(sender);
    case MSG.trust:
      return fromExtensionPage(sender) ? onTrust(sender) : { ok: false };
    case MSG.dismiss:
      return fromExtensionPage(sender) ? onDismiss(sender) : { ok: false };
    case MSG.report:
      return fromExtensionPage(sender) ? onReport(sender) : { ok: false };
    case MSG.mistake:
      return fromExtensionPage(sender) ? onMistake(sender) : { ok: false };
    case MSG.settings:
      // `live`: wait for the policy service (the warning, when the quick answer could not say).
      return msg.live === true ? liveSettings() : quickSettings();
    case MSG.notScam:
      return fromExtensionPage(sender) ? onNotScam(sender) : { ok: false };
    case MSG.showWarning:
      return fromExtensionPage(sender) ? onShowWarning(msg) : { ok: false };
    case MSG.viewPanic:
      return fromExtensionPage(sender) ? onViewPanic(msg) : { ok: false };
    case MSG.mute: {
      // From the top frame's content script once the warning is up: muted while it shows.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { ok: false };
      const state = await getTab(tabId);
      if (!state?.warned) return { ok: false };
      const pageId = typeof msg.pageId === 'string' ? msg.pageId : state.pageId;
      hideTopLayer(tabId); // (the warning is mounted: the page's top layer goes, top_layer.js)
      return { ok: true, muted: await muteForWarning(tabId, { host: state.host, pageId }) };
    }
    case MSG.block:
      return onBlock(sender);
    case MSG.frameReload:
      return onFrameReload(sender, msg.now === true);
    case MSG.hold: {
      const answer = onHold(msg, sender);
      // (Not awaited: the page view that left is going.)
      if (answer.next) askNext(sender.tab.id, sender.frameId, msg.pageId);
      return answer;
    }
    case MSG.clipboard:
      return onClipboard(sender);
    case MSG.tabIcon:
      return onTabIcon();
    default:
      return { error: `unknown message ${String(msg?.what)}` };
  }
}

/** A sub-frame's network document with no HangUp MAIN world (its page world runs no script: its
 *  dialogs are the browser's own for whoever holds its window) whose parent is of another origin,
 *  so no guard can load it again (content.js `unguarded`, review 23 H4): it may reload itself,
 *  once per frame while the tab's page is warned. Its new response gets the tab's frame rule
 *  (frame_rules.js: a `sandbox` without modals); the new document asks too, and is left. `now`:
 *  a document that was not reloaded already reloads without waiting for the answer (noted). */
const framesReloaded = new Map(); // tabId -> { pageId, frames: Set<frameId> }
async function onFrameReload(sender, now = false) {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !(sender.frameId > 0)) return { reload: false };
  const state = await getTab(tabId);
  if (!state?.warned || state.dismissed || state.allowed || state.disabled) return { reload: false };
  let seen = framesReloaded.get(tabId);
  if (seen?.pageId !== state.pageId) framesReloaded.set(tabId, (seen = { pageId: state.pageId, frames: new Set() }));
  if (seen.frames.has(sender.frameId)) return { reload: false };
  seen.frames.add(sender.frameId);
  if (now) return { reload: false };
  await sandboxFrames(tabId); // (in place since the verdict; put back if a new document took it)
  return { reload: true };
}

// A held page view navigated away by a document of another origin (no `navigate` event in it):
// its run goes on in the frame's next document (held_chain.js `onNavRequest`). Top documents
// only: a listener on `sub_frame` sent the worker two events for every ad or widget frame of every
// page (11 frames: +6.07 ms of its thread, review 39 HS-M1); a held sub-frame that another origin
// navigates keeps the in-page path (docs/LOCK.md).
const NAV_FILTER = { urls: ['<all_urls>'], types: ['main_frame'] };
api.webRequest?.onSendHeaders?.addListener((d) => {
  const joined = onNavRequest(d);
  if (joined) askJoined(joined.tabId, joined.frameId, joined.after);
}, NAV_FILTER, ['requestHeaders']);
api.webRequest?.onCompleted?.addListener((d) => onNavEnd(d, true), NAV_FILTER);
api.webRequest?.onErrorOccurred?.addListener((d) => onNavEnd(d, false), NAV_FILTER);

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts and pages talk to us (no externally_connectable).
  handle(msg, sender).then(sendResponse, (err) => sendResponse({ error: String(err?.message ?? err) }));
  return true;
});

// A warning in a tab the person was not looking at is checked once they do (warning_watch.js).
api.tabs.onActivated.addListener(({ tabId }) => tabShown(tabId));

api.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  forgetWarning(tabId);
  forgetFrames(tabId);
  forgetAuth(tabId);
  forgetHold(tabId);
  framesReloaded.delete(tabId);
  sentTo.delete(tabId);
});

// On install (not on update): a short welcome page, how to pin the button, nothing leaves the device.
// Once per profile: Chromium reports every start of an extension loaded from the command line
// (`--load-extension`) as an install, and a welcome page loading in the extension's process at
// the start would delay the first warning's frame (docs/BENCHMARKS.md).
api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  api.storage.local.get('welcomed').then(({ welcomed }) => {
    if (welcomed) return undefined;
    return api.storage.local.set({ welcomed: true }).then(() => api.tabs.create({ url: api.runtime.getURL('pages/welcome.html') }));
  }).catch(() => {});
});

// The tab's sound: taken only while the warning is up (mute.js).
initMute();
// The tab's frames: no dialogs while the warning is up (frame_rules.js).
initFrameRules();

// HTTP auth prompt loops: counted per tab, cancelled once the tab is warned (auth_loop.js).
initAuthLoop({
  isWarned: async (tabId, host) => {
    const s = await getTab(tabId);
    return Boolean(s?.warned) && (!host || s.host === host);
  },
  async reanalyse(tabId, msg, sender) {
    const r = await onAnalyse(msg, sender);
    if (r?.warn) await api.tabs.sendMessage(tabId, { what: MSG.warn, kind: r.kind }).catch(() => {});
  },
});
