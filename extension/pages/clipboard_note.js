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
