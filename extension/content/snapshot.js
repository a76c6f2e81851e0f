// Collects a bounded snapshot of what the page shows a person, for the engine in the
// background. Runs in the isolated world on every page, so it is written to be cheap:
// one innerText read, two bounded selector queries, a handful of hit tests and style reads.
'use strict';

const HANGUP_MAX_TEXT = hangupProtocol.LIMITS.textChars;
const HANGUP_MAX_ITEMS = hangupProtocol.LIMITS.listItems;

/**
 * Visible text in document order, blocks on their own lines, at most HANGUP_MAX_TEXT chars.
 * `innerText` already skips what is not rendered (display:none, visibility:hidden, <script>,
 * <style>) and keeps text split across inline elements together ("Win<b>dows</b>"). Measured on
 * the corpus it costs a tenth of a TreeWalker with per-element visibility checks (docs/BENCHMARKS.md).
 */
function hangupVisibleText(root) {
  if (!root) return '';
  const text = root.innerText ?? root.textContent ?? '';
  return text.length > HANGUP_MAX_TEXT ? text.slice(0, HANGUP_MAX_TEXT) : text;
}

function hangupList(selector, pick) {
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const v = pick(el);
    if (v) out.push(String(v).slice(0, 512));
    if (out.length >= HANGUP_MAX_ITEMS) break;
  }
  return out;
}

/** Visual fakes: what sits on top at the centre of the viewport, and the cursor. */
function hangupDomHints() {
  const hints = {
    fake_dialogs: 0,
    hidden_cursor: false,
    custom_cursor: false,
    fake_chrome: 0,
    autoplay_media: document.querySelectorAll('audio[autoplay],audio[loop],video[autoplay][loop]').length,
    images: document.images.length,
    top_frame: window === window.top,
  };
  const w = innerWidth;
  const h = innerHeight;
  if (!w || !h) return hints;
  const seen = new Set();
  for (const [x, y] of [[w / 2, h / 2], [w / 2, h / 3], [w / 3, h / 2], [(2 * w) / 3, h / 2]]) {
    for (const el of document.elementsFromPoint(x, y).slice(0, 12)) {
      if (seen.has(el) || el === document.documentElement || el === document.body) continue;
      seen.add(el);
      const cs = getComputedStyle(el);
      if (cs.cursor === 'none') hints.hidden_cursor = true;
      if (cs.cursor.includes('url(')) hints.custom_cursor = true;
      if (cs.position !== 'fixed' && cs.position !== 'absolute') continue;
      const r = el.getBoundingClientRect();
      // A centred box smaller than the viewport, raised above the page, with text: a dialog look-alike.
      const boxy = r.width > 200 && r.width < w * 0.95 && r.height > 100 && r.height < h * 0.95;
      const raised = Number(cs.zIndex) >= 10 || el.tagName === 'DIALOG';
      if (boxy && raised && (el.textContent || '').trim().length > 20) hints.fake_dialogs++;
    }
  }
  for (const el of [document.documentElement, document.body]) {
    if (!el) continue;
    const c = getComputedStyle(el).cursor;
    if (c === 'none') hints.hidden_cursor = true;
    if (c.includes('url(')) hints.custom_cursor = true;
  }
  return hints;
}

/** The snapshot the background's engine reads. `behaviour` comes from the MAIN world (untrusted). */
function hangupSnapshot(behaviour) {
  return {
    url: location.href.slice(0, 4096),
    title: (document.title || '').slice(0, 1024),
    lang: (document.documentElement?.lang || '').slice(0, 32),
    text: hangupVisibleText(document.body),
    tel_links: hangupList('a[href^="tel:" i],a[href^="callto:" i]', (a) => a.getAttribute('href')),
    alt_texts: hangupList('img[alt],[aria-label],input[type=button][value]', (e) => e.alt || e.getAttribute('aria-label') || e.value),
    dom: document.body ? hangupDomHints() : {},
    behaviour: { ...behaviour },
  };
}
