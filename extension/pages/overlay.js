// Glue for the warning overlay: get this tab's state, let Rust render it. Rust owns the
// wording, the buttons, the keyboard and the focus; each action comes back here as a name and
// goes to the background, which acts on this tab (the page cannot fake it).
import '../common/protocol.js';
import init, { render_overlay } from '../wasm/hangup.js';
import { replaceClipboard, clearWhileActive } from './clipboard_note.js';
import { watchSeen } from './seen.js';

const { api, MSG } = globalThis.hangupProtocol;
const send = (msg) => api.runtime.sendMessage(msg).catch(() => ({}));
/** The view's action names -> the background's message kinds. */
const ACTIONS = {
  leave: MSG.leave,
  report: MSG.report,
  show: MSG.dismiss,
  trust: MSG.trust,
  not_scam: MSG.notScam,
  mistake: MSG.mistake,
};

/** The choices that put the warning away: they act only on a warning the person sees (seen.js). */
const AWAY = new Set(['show', 'trust', 'not_scam']);

const root = document.getElementById('root');
const fallback = document.getElementById('fallback');
// Covered by something the page paints over the warning (seen.js): the tab goes to the full-tab
// warning, which no page can reach.
const block = () => send({ what: MSG.block, reason: 'covered' });
const seen = watchSeen(root, block);
// (Only in the page's warning: the full-tab warning has no page behind it.) Only on a page that
// wrote the clipboard, tried to, or is ClickFix (the background's `clipNote`, asked until true),
// or whose write this frame saw as a clipboard change (then the background is told).
if (window !== window.top) {
  clearWhileActive(
    api.i18n.getMessage('clipboardCleared'),
    () => send({ what: MSG.tabVerdict, clip: true }).then((s) => s?.clipNote === true),
    () => send({ what: MSG.clipboard }),
  );
}
/** The view's action `action` sent to the background; one that puts the warning away only once
 *  the warning is seen (a click the page aimed through a layer it painted over it does not). */
async function act(action) {
  if (!ACTIONS[action]) return;
  if (AWAY.has(action) && !(await seen.confirm())) {
    block();
    return;
  }
  send({ what: ACTIONS[action] });
}

async function main() {
  const [state, settings] = await Promise.all([
    send({ what: MSG.tabVerdict }),
    send({ what: MSG.settings }),
    init({ module_or_path: api.runtime.getURL('wasm/hangup_bg.wasm') }),
  ]);
  // Returns true for ClickFix whose command the page copied (src/ui/overlay.rs): it is replaced
  // by a harmless note (docs/DETECTION.md). A command shown to be typed by hand was never
  // copied: the clipboard is the person's.
  // Trust is offered only when the administrator's policy is known to allow it: a failed or
  // early answer (the policy service not up yet) hides it rather than offering a button that a
  // policy forbids.
  const trustAllowed = (s) => s?.policyKnown === true && s.policy?.disableTrust === false;
  const render = (trust) =>
    render_overlay(
      root,
      { host: state?.host ?? '', verdict: state?.verdict ?? null, trust_allowed: trust },
      act,
    );
  const copied = render(trustAllowed(settings));
  if (copied) await replaceClipboard(api.i18n.getMessage('clipboardNote'));
  // The policy was not known yet (the first seconds after install): once the policy service
  // answers and allows it, the warning is drawn again with "I trust this site" (focus back on
  // "Leave this page", the safe default).
  if (settings?.policyKnown !== true) {
    const live = await send({ what: MSG.settings, live: true });
    if (trustAllowed(live)) render(true);
  }
}

main().catch((err) => {
  // The Wasm did not load or render (a Rust panic is a Wasm trap here: the build aborts on
  // panic, so no hook runs): reported to the background, and the static warning and its way
  // out come back.
  console.error('hangup overlay', err);
  send({ what: MSG.viewPanic, view: 'overlay', message: `${err}\n${err?.stack ?? ""}` });
  if (fallback && !root.contains(fallback)) {
    root.replaceChildren(fallback);
    fallback.querySelector('button')?.focus();
  }
});
