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

/** Whether this browser tells a page that the clipboard changed (`clipboardchange`: Chromium, not
 *  Firefox ESR 153). Without it a write by a route nothing sees (a pristine `writeText` of a frame
 *  the page took out before the warning: no frame is left to say it could) goes unnoticed, so
 *  there the note is written after every touch, whether or not the page touched the clipboard. */
export const SEES_CHANGES = (() => {
  try {
    return 'onclipboardchange' in navigator.clipboard;
  } catch {
    return false;
  }
})();

// How long a click or key press counts as user activation: 5 s in Chromium and in Firefox
// (`dom.user_activation.transient.timeout`); a little more for timers that run late.
const ACTIVATION_MS = 5500;
const EVERY_MS = 200;

/** A click or key press on the warning gives the page behind it user activation too (it reaches
 *  every ancestor of the frame clicked): with it, a scam page can put a command on the clipboard
 *  through methods no hook of HangUp's sees (docs/LOCK.md, "The clipboard while the warning
 *  shows"). So after each of the person's clicks and key presses here, for as long as the page's
 *  activation can last and once more after it, this frame writes `note` over the clipboard every
 *  EVERY_MS, and at once when its window loses the focus meanwhile (the Run dialog opens): a
 *  command the page wrote once is gone a moment later, and one it keeps writing is gone when it
 *  no longer can. Where the browser has `clipboardchange` (`SEES_CHANGES`; elsewhere after every
 *  touch), only on a page that wrote the clipboard or tried to (`allowed()`: the hooks or
 *  a copy event saw it, or the verdict is ClickFix): a lock page that never touched it leaves
 *  what the person had copied there (eval25). `allowed` resolves to a boolean; once true it is
 *  not asked again. And where the browser tells this frame that the clipboard changed
 *  (`clipboardchange`, Chromium) while it has the focus and before it wrote anything: the page
 *  wrote, by a route nothing else saw (a script-less frame's pristine `writeText`, the frame
 *  taken out before the verdict; review 26 H2): as if allowed from then on, the note at once,
 *  and `wrote()` is called (the background notes it: "Leave this page" writes too). */
export function clearWhileActive(note, allowed, wrote = () => {}) {
  let until = 0;
  let timer = 0;
  let last = false;
  let yes = !SEES_CHANGES; // (Firefox: after every touch, as before the twenty-sixth session)
  let asking = null;
  let touchedAt = 0;
  const may = () => {
    if (yes) return Promise.resolve(true);
    asking ??= Promise.resolve(allowed()).then(
      (v) => {
        asking = null;
        yes = v === true;
        return yes;
      },
      () => {
        asking = null;
        return false;
      },
    );
    return asking;
  };
  const write = () => {
    // (Synchronously when already known: a blurred window's writes are raced by the page's.)
    if (yes) replaceClipboard(note);
    else may().then((ok) => ok && replaceClipboard(note));
  };
  const tick = () => {
    timer = 0;
    const active = Date.now() < until;
    if (!active && last) return; // written once more after the activation lapsed
    last = !active;
    write();
    timer = setTimeout(tick, EVERY_MS);
  };
  const touched = (e) => {
    // Escape and lone modifier keys give no activation (HTML's activation-triggering input events).
    if (!e.isTrusted || e.key === 'Escape' || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    until = Date.now() + ACTIVATION_MS;
    touchedAt = Date.now();
    last = false;
    // The page's content script consumes the activation this gave the page (overlay_host.js `consume`).
    parent.postMessage(globalThis.hangupProtocol.EVENT.touched, '*');
    may();
    if (!timer) tick();
  };
  for (const type of ['pointerdown', 'pointerup', 'keydown', 'keyup']) addEventListener(type, touched, true);
  // The window loses the focus while the page may still write (Win+R opens the Run dialog): the
  // note at once and a few times after, so the last write before the person pastes is HangUp's.
  const away = () => {
    if (Date.now() >= until) return;
    for (const ms of [0, 60, 200, 500]) setTimeout(write, ms);
  };
  // (No write of this frame's comes before `yes`: a change seen before it is someone else's. Not
  // only after a touch: the page may write with activation left from a click on it just before
  // the warning came. A change made elsewhere while this window had lost the focus comes as it
  // is back: the person's own copy, left alone unless the focus came back with a touch here.)
  // (The first focus counts as coming back: Chromium delivers a change made before this frame
  // had the focus, before it existed too, when it gets it.)
  let blurred = false;
  let first = true;
  let back = Date.now();
  addEventListener('blur', () => (blurred = true));
  addEventListener('focus', () => {
    if (blurred || first) back = Date.now();
    blurred = first = false;
  });
  try {
    navigator.clipboard?.addEventListener('clipboardchange', () => {
      if (yes || blurred || (Date.now() - back < 500 && touchedAt < back - 100)) return;
      yes = true;
      wrote();
      write();
      if (Date.now() < until && !timer) tick();
    });
  } catch {
    /* no event: the hooks, copy events and `allowed` only */
  }
  addEventListener('blur', away);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && away());
}
