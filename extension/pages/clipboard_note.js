// ClickFix: the warning page replaces the command a scam page put on the clipboard with a
// harmless note. The MAIN world already tried right after the page's copy (while the page's click
// still counts as user activation); this is the second chance from an extension page, where the
// `clipboardWrite` permission lets Firefox write without activation and Chromium's execCommand
// fallback works without a gesture.
export async function replaceClipboard(note) {
  try {
    await navigator.clipboard.writeText(note);
    return true;
  } catch {
    /* Chromium: this frame may not have the focus yet */
  }
  const active = document.activeElement;
  const ta = document.createElement('textarea');
  ta.value = note;
  ta.setAttribute('aria-hidden', 'true');
  ta.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  document.body.append(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  active?.focus?.(); // the safe choice keeps the focus
  return ok;
}

// How long a click or key press counts as user activation: 5 s in Chromium and in Firefox
// (`dom.user_activation.transient.timeout`); a little more for timers that run late.
const ACTIVATION_MS = 5500;
const EVERY_MS = 200;

/** A click or key press on the warning gives the page behind it user activation too (it reaches
 *  every ancestor of the frame clicked): with it, a scam page can put a command on the clipboard
 *  through methods no hook of HangUp's sees (docs/LOCK.md, "activation"). So after each of the
 *  person's clicks and key presses here, for as long as the page's activation can last and once
 *  more after it, this frame writes `note` over the clipboard every EVERY_MS: a command the page
 *  wrote once is gone a moment later, and one it keeps writing is gone when it no longer can.
 *  (It also replaces what the person had copied: only after they touched a warning, which is
 *  about a page judged a scam.) */
export function clearWhileActive(note) {
  let until = 0;
  let timer = 0;
  let last = false;
  const tick = () => {
    timer = 0;
    const active = Date.now() < until;
    if (!active && last) return; // written once more after the activation lapsed
    last = !active;
    replaceClipboard(note);
    timer = setTimeout(tick, EVERY_MS);
  };
  const touched = (e) => {
    // Escape and lone modifier keys give no activation (HTML's activation-triggering input events).
    if (!e.isTrusted || e.key === 'Escape' || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    until = Date.now() + ACTIVATION_MS;
    last = false;
    if (!timer) tick();
  };
  for (const type of ['pointerdown', 'pointerup', 'keydown', 'keyup']) addEventListener(type, touched, true);
}
