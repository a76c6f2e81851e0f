// Reads what the page shows a person, for the engine in the background. Runs in the isolated
// world of every frame, so it has two speeds (docs/BENCHMARKS.md, "What a page pays"):
//   hangupGlance()    every page: title, URL, tel: links and a bounded sample of the document's
//                     text (its innerText, or a bounded walk on a large document; on a long
//                     one, also what the viewport shows): a fraction of a millisecond.
//   hangupSnapshot()  only when the glance (or the engine's answer to it, or the page's
//                     behaviour) finds something: the whole rendered document, visible text
//                     first, through closed shadow roots, CSS-generated text, text fields, SVG, same-origin
//                     frames and bidi overrides, plus the DOM hints.
// Everything read here comes from a hostile page: bounded, and it may only add suspicion.
'use strict';

const HANGUP_MAX_TEXT = hangupProtocol.LIMITS.textChars;
const HANGUP_MAX_ITEMS = hangupProtocol.LIMITS.listItems;
const HANGUP_MAX_ITEMS_CHARS = hangupProtocol.LIMITS.itemChars;
/** Characters of tree-order text the glance reads from the start and from the end of the
 *  document (the engine sees them only as a triage). */
const HANGUP_GLANCE_HEAD = 12 * 1024;
const HANGUP_GLANCE_TAIL = 4 * 1024;
/** Characters of what the viewport shows (`hangupViewportText`) added to a read cut short. */
const HANGUP_VIEWPORT_MAX = 4 * 1024;
/** Elements up to which the glance reads the rendered text (`innerText`) rather than walking. */
const HANGUP_GLANCE_RENDERED_MAX = 8000;
/** Nodes the deep walk visits at most: a page of a million empty spans stops here. */
const HANGUP_MAX_NODES = 200000;
/** CSS-generated text (::before/::after): elements checked and characters kept at most. */
const HANGUP_MAX_PSEUDO_ELEMENTS = 4000;
const HANGUP_MAX_PSEUDO_CHARS = 4096;
/** Elements whose text is never shown (lowercase: HTML and SVG/XML documents alike). */
const HANGUP_NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'desc', 'metadata', 'datalist', 'option', 'select', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'img']);
/** Elements that start a new line when their display is not known. */
const HANGUP_BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'blockquote', 'pre', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'hr', 'dd', 'dt', 'dl', 'dialog', 'td', 'th', 'caption', 'body', 'text', 'foreignobject']);
/** Elements that are inline unless a style sheet says otherwise: their style is not read. */
const HANGUP_INLINE = new Set(['span', 'a', 'b', 'i', 'em', 'strong', 'u', 'small', 'big', 'font', 'label', 'code', 'sup', 'sub', 'mark', 'abbr', 'time', 'cite', 'q', 's', 'del', 'ins', 'kbd', 'var', 'samp', 'tspan', 'textpath', 'button', 'wbr', 'ruby', 'rb']);
/** Bidi overrides: U+202E (right-to-left) / U+202D (left-to-right) … U+202C or end of line. */
/** The pattern `source` with Unicode property classes (`\p{…}`), built at its first use and
 *  kept. As a literal, V8 checks each such class (building its Unicode tables) whenever it
 *  parses the script, and snapshot.js is parsed in every frame of every page: the nine literals
 *  were ~1.4 ms of CPU per parse, in frames that mostly never run them (docs/BENCHMARKS.md,
 *  "Twenty-second session (helper `cost`)"). One set of `flags` per source. */
const hangupUnicodePatterns = new Map();
function hangupU(source, flags = 'u') {
  let re = hangupUnicodePatterns.get(source);
  if (!re) hangupUnicodePatterns.set(source, (re = new RegExp(source, flags)));
  return re;
}
const HANGUP_RLO = /\u202E([^\u202C\n]*)\u202C?/g;

/** The shadow root behind `el`, closed ones included, when the browser lets the extension see it.
 *  Resolved on the first full read: `chrome.dom` is an API object the browser builds on first
 *  access, which an ordinary page (a glance only) should not pay for. */
let hangupShadowRoot = (el) => {
  const dom = globalThis.chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') hangupShadowRoot = (e) => e.shadowRoot ?? dom.openOrClosedShadowRoot(e);
  else hangupShadowRoot = (e) => e.openOrClosedShadowRoot ?? e.shadowRoot ?? null; // Firefox content scripts
  return hangupShadowRoot(el);
};

/** Text reversed by a bidi override is stored backwards and shown forwards: read it as shown. */
function hangupVisualOrder(text) {
  if (!text.includes('\u202E')) return text;
  return text.replace(HANGUP_RLO, (_, run) => Array.from(run).reverse().join(''));
}

/** Letters and words of a Hebrew or Arabic run go right to left on screen by design. */
const HANGUP_RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Below this many same-line pieces set left of the piece before them, tree order stands. */
const HANGUP_SHUFFLED_MIN = 6;

/**
 * Letters or words stored shuffled and put in place by layout alone (absolute positions, grid
 * columns, transforms, floats, a right-to-left flex or table): tree order reads as gibberish
 * where a person reads words. `pieces` are the kept text nodes ({ at: index in `parts`, r: box,
 * tok: one short token }); where enough tokens sit left of the one before them on the same line,
 * each run of tokens (only whitespace between them) is rewritten in screen order: line by line,
 * left to right, a space where the gap shows one (a line break where it is wider than a word's).
 * Ordinary pages have no such runs and pay one pass over their text nodes.
 */
function hangupScreenOrder(parts, pieces) {
  const sameLine = (a, b) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.height, b.height);
  const backward = (a, b) => a.tok && b.tok && sameLine(a.r, b.r) && b.r.right <= a.r.left + 1;
  let back = 0;
  for (let k = 1; k < pieces.length; k++) if (backward(pieces[k - 1], pieces[k])) back++;
  if (back < HANGUP_SHUFFLED_MIN) return;
  const between = (i, j) => {
    for (let x = i + 1; x < j; x++) if (parts[x].trim()) return false;
    return true;
  };
  for (let k = 0; k < pieces.length; ) {
    let j = k;
    while (pieces[k].tok && j + 1 < pieces.length && pieces[j + 1].tok && between(pieces[j].at, pieces[j + 1].at)) j++;
    const run = pieces.slice(k, j + 1);
    k = j + 1;
    if (run.length < 4 || !run.some((p, i) => i && backward(run[i - 1], p))) continue;
    // Lines top to bottom (a token joins the line its middle falls in), then left to right.
    const byTop = [...run].sort((a, b) => a.r.top - b.r.top);
    const lines = [];
    for (const p of byTop) {
      const line = lines[lines.length - 1];
      const mid = (p.r.top + p.r.bottom) / 2;
      if (line && mid < line.bottom) line.items.push(p);
      else lines.push({ bottom: p.r.bottom, items: [p] });
    }
    const text = lines.map((line) => {
      line.items.sort((a, b) => a.r.left - b.r.left);
      let out = '';
      let prev = null;
      for (const p of line.items) {
        // A word's gap is a space; a gap wider than that (table cells, columns) ends the item,
        // as the tree-order read would have (numbers of separate cells never join into one).
        const gap = prev ? p.r.left - prev.r.right : 0;
        if (gap > 1.5 * p.r.height) out += '\n';
        else if (gap > 0.2 * p.r.height) out += ' ';
        out += parts[p.at].trim();
        prev = p;
      }
      return out;
    });
    for (let x = run[0].at; x <= run[run.length - 1].at; x++) parts[x] = '';
    parts[run[0].at] = `\n${text.join('\n')}\n`;
  }
}

/** `tel:`/`callto:` link targets, bounded. */
function hangupTelLinks(doc) {
  const out = [];
  for (const a of doc.querySelectorAll('a[href^="tel:" i],a[href^="callto:" i]')) {
    out.push(String(a.getAttribute('href')).slice(0, HANGUP_MAX_ITEMS_CHARS));
    if (out.length >= HANGUP_MAX_ITEMS) break;
  }
  return out;
}

/** Input types that draw a text value a page can set (a read-only field styled as plain text
 *  shows words that neither innerText nor the text nodes hold). Not password, hidden, buttons. */
const HANGUP_FIELD_TYPES = new Set(['text', 'search', 'tel', 'url', 'email']);

/** Text fields a person has typed into (trusted `input` events, content.js): never read, even
 *  where a framework keeps the page's default equal to what was typed (React mirrors a
 *  controlled field's value into its `value` attribute). */
const hangupTyped = new WeakSet();

/** Whether `el` is an HTML text field or textarea (not an element of another namespace that
 *  happens to share the name: its text is read like any other). */
function hangupIsField(el) {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml' && (el.localName === 'textarea' || el.localName === 'input');
}

/** What a text field or textarea shows the person as the page's words: the value of a read-only
 *  or disabled field or the untouched default of an editable one (a kit's text styled as plain
 *  text), the placeholder of an empty one. Never what the person types into an editable field
 *  (a report form quoting the scam must not warn). */
function hangupFieldText(el) {
  if (el.localName === 'input' && !HANGUP_FIELD_TYPES.has(el.type)) return '';
  if (hangupTyped.has(el)) return el.value ? '' : el.placeholder || '';
  // An editable field still showing the page's own default (its markup) shows the page's words.
  const own = el.readOnly || el.disabled || el.value === el.defaultValue;
  const text = own ? el.value || el.placeholder : el.value ? '' : el.placeholder;
  return String(text || '').slice(0, HANGUP_MAX_ITEMS_CHARS * 4);
}

/** Text of `t` unless its parent never shows text (script, style …). */
function hangupGlanceText(t) {
  const p = t.parentNode;
  return p && HANGUP_NO_TEXT.has(p.localName) ? '' : t.data;
}

/** The glance's text of a large document (or one without layout): tree order from its start
 *  and its end, bounded. Its own function: only such documents compile it. */
function hangupGlanceWalk(root) {
  let truncated = false;
  const head = [];
  let n = 0;
  let nodes = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let t = walker.nextNode();
  for (; t && n < HANGUP_GLANCE_HEAD && nodes < 8000; t = walker.nextNode(), nodes++) {
    const d = hangupGlanceText(t);
    head.push(d.length > HANGUP_GLANCE_HEAD - n ? d.slice(0, HANGUP_GLANCE_HEAD - n) : d);
    n += d.length;
  }
  const tail = [];
  if (t) {
    truncated = true;
    const back = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let m = 0;
    nodes = 0;
    for (let b = back.lastChild(); b && b !== t && m < HANGUP_GLANCE_TAIL && nodes < 4000; b = back.previousNode(), nodes++) {
      const d = hangupGlanceText(b);
      tail.push(d.length > HANGUP_GLANCE_TAIL - m ? d.slice(-(HANGUP_GLANCE_TAIL - m)) : d);
      m += d.length;
    }
    tail.push('\n');
    tail.reverse();
  }
  return { text: hangupVisualOrder(head.join('') + tail.join('')), truncated };
}

/**
 * The first pass on every page: the document's text from its start and, when there is more, from
 * its end (a scam after a long filler still shows up), the title, tel: links. On a document of up
 * to HANGUP_GLANCE_RENDERED_MAX elements, its rendered text (`innerText`: no display:none, shadow
 * trees included, not checked for visibility otherwise); on a larger one, text in tree order
 * (visible or not, no layout, no style), bounded whatever the page's size.
 */
function hangupGlance(verify = false) {
  const root = document.documentElement;
  let text = '';
  let truncated = false;
  let rendered = null; // the whole rendered text, when the glance is made of it (content.js `calm`)
  // Rendered text in one native call where the document is small enough for it to be cheap
  // (after load its layout is done; innerText's cost grows with what is laid out, hence the
  // element bound): the walk below costs ~10× more cold (docs/BENCHMARKS.md). Not for a
  // document without layout (a hidden frame's innerText would be its textContent, scripts too).
  if (root && typeof root.innerText === 'string' && root.getElementsByTagName('*').length <= HANGUP_GLANCE_RENDERED_MAX && root.checkVisibility?.() !== false) {
    const all = root.innerText;
    rendered = all;
    truncated = all.length > HANGUP_GLANCE_HEAD + HANGUP_GLANCE_TAIL;
    text = hangupVisualOrder(truncated ? `${all.slice(0, HANGUP_GLANCE_HEAD)}\n${all.slice(-HANGUP_GLANCE_TAIL)}` : all);
  } else if (root) {
    ({ text, truncated } = hangupGlanceWalk(root));
  }
  // Cut short: the middle of the document is not read; what the viewport shows is (the middle
  // column only: a scam that covers the screen is there, and the glance runs on every page).
  if (truncated) text = hangupWithViewport(text, document, text.length, [0.5], false);
  const css = root ? hangupStyleStrings(document, verify) : '';
  return {
    url: location.href.slice(0, 4096),
    title: (document.title || '').slice(0, 1024),
    text: css ? `${text}\n${css}` : text,
    tel_links: root ? hangupTelLinks(document) : [],
    truncated,
    scrambled: hangupScrambled(text) || (root ? hangupOverridden(document) || hangupPaintsUnread(document, verify) : false),
    rendered,
  };
}

/** A style attribute whose marker or quotes value holds a string (not a quoted font name beside
 *  `list-style: none`). */
const HANGUP_INLINE_STRINGS = /(?:list-style[\w-]*|quotes)\s*:[^;]*["']/i;

/** Whether the page may paint marker or quotes strings where the glance's <style> scan does not
 *  look: a style attribute (`style="list-style-type:'…'"`, names spelled with escapes too) or a
 *  document-level constructed sheet (adoptedStyleSheets, first 5 000 rules, read once per sheet).
 *  The full read reads them as painted, so it is taken once, as for reversed text. One attribute
 *  query and, on the rare pages with adopted sheets, a look at their rules. */
function hangupPaintsUnread(doc, verify = false) {
  if (hangupInlinePaints(doc, Infinity)) return true;
  try {
    for (const sheet of doc.adoptedStyleSheets ?? []) {
      const p = hangupSheetPaint(sheet, hangupGlanceSheets, verify);
      if (p && (p.pseudo || p.marker)) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/** Whether the page may show text reversed by a bidi override (`<bdo>`, `unicode-bidi:
 *  bidi-override` / `isolate-override` in its own <style> text, first 64 K characters): the glance's
 *  innerText holds it backwards, as gibberish, so the full read (which reads it as shown) is
 *  taken once, like letters placed by layout. */
function hangupOverridden(doc) {
  if (doc.getElementsByTagName('bdo').length) return true;
  let budget = 64 * 1024;
  for (const st of doc.getElementsByTagName('style')) {
    if (budget <= 0) break;
    const css = st.textContent;
    const head = css.length > budget ? css.slice(0, budget) : css;
    if (head.includes('bidi-override') || head.includes('isolate-override')) return true; // not ascent-override & co.
    budget -= css.length;
  }
  return false;
}

/** Elements whose text a glance's `innerText` reads as a person sees it: no field value, frame,
 *  image, canvas, SVG, custom element (a shadow host) or other replaced content. */
const HANGUP_PLAIN = 'html,head,meta,title,link,style,script,noscript,base,body,p,div,span,a,b,i,u,s,em,strong,small,br,hr,h1,h2,h3,h4,h5,h6,ul,ol,li,dl,dt,dd,table,caption,thead,tbody,tfoot,tr,td,th,pre,code,blockquote,header,footer,main,nav,section,article,aside,figure,figcaption,time,abbr,sup,sub,mark,cite,q';
/** Of those, the ones a page may attach a shadow root to. */
const HANGUP_SHADOW_HOSTS = 'body,div,span,p,h1,h2,h3,h4,h5,h6,header,footer,main,nav,section,article,aside,blockquote';
/** Style rules that may add text (`content`; a marker's or the quotes' strings) or show text in another order than the document's. */
const HANGUP_REORDERING = /(?:^|[;\s])(?:(?:content|position|transform|translate|rotate|scale|float|grid[\w-]*|order|flex-direction|flex-flow|direction|unicode-bidi|writing-mode|text-orientation)\s*:|(?:list-style[\w-]*|quotes)\s*:[^;]*["'])/i;
/** Style rules that may hide letters a glance reads (a word split by invisible characters: zero
 *  or tiny size, transparent, clipped, pushed aside or overlapped). */
const HANGUP_HIDING = /(?:^|[;\s])(?:(?:font-size|font|line-height)\s*:\s*(?:0|[1-3](?:\.\d+)?p[xt])|(?:opacity|visibility|clip|clip-path|mask[\w-]*|filter|overflow[\w-]*|text-indent|text-overflow)\s*:|(?:letter-spacing|word-spacing|margin[\w-]*)\s*:[^;]*-|(?:max-)?(?:width|height)\s*:\s*0)|transparent|color-mix|rgba?\([^)]*[,/]\s*(?:0?\.0\d*|0)%?\s*\)/i;

/**
 * Whether a page with almost no text shows nothing but what its glance read: a small document of
 * plain elements (above), no shadow root, no style attribute, and only readable style sheets with
 * no rule that could generate text or place it out of document order (positions, transforms,
 * floats, grid, flex order, bidi) or hide some of its letters (zero size, transparent, clipped,
 * negative spacing). Such a page needs no full read: its glance goes to the engine
 * like any other page's (a full read in a fresh isolated world costs ~5 ms of first touches on a
 * five-element page, docs/BENCHMARKS.md). Anything else may hide text from the glance (closed shadow
 * roots, CSS text, letters placed by layout) and is read in full.
 */
function hangupPlain(doc) {
  const root = doc.documentElement;
  if (!root || root.getElementsByTagName('*').length > 200) return false;
  if (doc.querySelector(`:not(${HANGUP_PLAIN}),[style],[aria-label],[contenteditable],[dir]`)) return false;
  for (const el of doc.querySelectorAll(HANGUP_SHADOW_HOSTS)) if (hangupShadowRoot(el)) return false;
  let rules = 0;
  // Text colours and background colours the rules set: text painted in a background's colour
  // (junk letters inside words) is not plain. The canvas is white.
  const inks = [];
  const grounds = [[255, 255, 255, 1]];
  try {
    for (const s of [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])]) {
      const list = [...s.cssRules]; // throws for another origin's sheet: not plain
      for (let i = 0; i < list.length; i++) {
        if (++rules > 500) return false;
        const r = list[i];
        if (r.style ? HANGUP_REORDERING.test(r.style.cssText) || HANGUP_HIDING.test(r.style.cssText) : !r.cssRules) return false; // @import, @layer a;…: not read
        if (r.cssRules) list.push(...r.cssRules); // @media, @supports, nesting
        const ink = r.style?.color && hangupRgba(r.style.color);
        const ground = r.style?.backgroundColor && hangupRgba(r.style.backgroundColor);
        if (ground?.[3] >= 0.99) grounds.push(ground);
        if (ink && !(ground?.[3] >= 0.99 && !hangupSameTone(ink, ground))) inks.push(ink); // not white text on its own dark box
      }
    }
  } catch {
    return false;
  }
  return !inks.some((ink) => grounds.some((g) => hangupSameTone(ink, g)));
}

/**
 * What the viewport shows where a person looks: at each point of a grid (3 rows × `columns`), the
 * topmost element that holds text (empty layers above it are passed over: a transparent box over
 * the whole viewport shows what is under it), widened to the smallest ancestor that holds a block
 * of text (never one holding most of the page), read with `innerText`; at most `max` characters.
 * A kit can put megabytes of ordinary text (white on white, or below the fold) before its scam in
 * the document, so that every bounded read in document order keeps only the filler: the reads cut
 * short add this.
 */
function hangupViewportText(doc, max = HANGUP_VIEWPORT_MAX, columns = [0.2, 0.5, 0.8], deep = true) {
  const win = doc.defaultView;
  const w = win?.innerWidth ?? 0;
  const h = win?.innerHeight ?? 0;
  const root = doc.documentElement;
  if (!w || !h || !root || typeof doc.elementsFromPoint !== 'function') return '';
  const points = [];
  for (const fy of [0.2, 0.5, 0.8]) for (const fx of columns) points.push([w * fx, h * fy]);
  const out = [];
  let n = 0;
  const seen = new Set();
  // Boxes that hit testing passes through (pointer-events: none, inert) are read first: they
  // may lie over what the hit tests find. At most half the budget, and a ninth of it each: a
  // kit's harmless pass-through box must not crowd out the box the hit tests find.
  const passMax = Math.floor(max / 2);
  for (const el of hangupPassThrough(doc, points, deep)) {
    if (seen.has(el)) continue;
    seen.add(el);
    const t = (typeof el.innerText === 'string' ? el.innerText : el.textContent ?? '').trim();
    if (!t) continue;
    const take = Math.min(t.length, Math.ceil(max / 9), passMax - n);
    out.push(t.slice(0, take));
    n += take;
    if (n >= passMax) break;
  }
  for (const [x, y] of points) {
    for (let hit of hangupHits(doc, x, y)) {
      if (hit === root || hit === doc.body || hit.localName === 'hangup-warning') continue;
      // Widen a line or a word to its block, at most 8 levels and never to a box of more than
      // 4 K characters (the filler's container).
      for (let up = 0; up < 8 && !hangupTextOver(hit, 200); up++) {
        const p = hit.parentElement;
        if (!p || p === root || p === doc.body || hangupTextOver(p, HANGUP_VIEWPORT_MAX)) break;
        hit = p;
      }
      if (seen.has(hit)) break;
      seen.add(hit);
      const t = (typeof hit.innerText === 'string' ? hit.innerText : hit.textContent ?? '').trim();
      if (!t) continue; // an empty layer: what is under it shows
      out.push(t.slice(0, max - n));
      n += Math.min(t.length, max - n);
      if (n >= max) return out.join('\n');
      break;
    }
  }
  return out.join('\n');
}

/** The elements at a point, topmost first: the one hit, then, only if the reader goes on (that
 *  one showed no text: an empty layer, a backdrop, a transparent cover), the whole stack under
 *  it, however many empty layers a kit puts over its scam. Building the stack costs more than
 *  one hit test, so ordinary pages, whose top element shows text, never build it. */
function* hangupHits(doc, x, y) {
  const top = doc.elementFromPoint(x, y);
  if (top) yield top;
  for (const el of doc.elementsFromPoint(x, y)) if (el !== top) yield el;
}

/** Pass-through elements (`hangupPassThrough`) kept at most (those that cover a point: empty
 *  decoys early in the page cannot push the scam's box out), and looked at at most. */
const HANGUP_PASS_MAX = 300;
const HANGUP_PASS_CHECK = 3000;
/** Elements whose own attributes take them out of hit testing, found by one query anywhere in
 *  the document (a box set deep in it, not only near the top of the body): `inert`, SVG's
 *  `pointer-events` attribute, an open dialog (a modal one makes the rest inert). Cheap: no
 *  attribute's value is read. */
const HANGUP_PASS_ATTRS = '[inert],[pointer-events],dialog[open]';
/** An inline `pointer-events` (as a script writes it): the full read queries the whole document
 *  for it, the glance walks the body's first three levels (HANGUP_PASS_WALK elements): matching
 *  `[style*=…]` makes the browser write out every script-changed inline style (glance 0.5 → 1.4 ms
 *  median, p90 2.7 → 12.2 ms on 21 long broad pages, docs/BENCHMARKS.md). */
const HANGUP_PASS_STYLE = '[style*="pointer-events" i]';
const HANGUP_PASS_WALK = 300;
/** Elements looked at for an open shadow root, at most (full reads only). */
const HANGUP_PASS_SHADOW_SCAN = 20000;
/** Whether a `pointer-events` value lets hit testing pass through text: `none`, SVG's
 *  stroke-only values (text is filled, not stroked), a custom property's. */
function hangupPassValue(v) {
  return !!v && (v === 'none' || /stroke|var\(/i.test(v));
}

/**
 * Boxes that show text at one of `points` but that hit testing passes through: a kit can put
 * `pointer-events: none` (or `inert`) on its scam box over legible filler, and every hit test
 * (elementFromPoint, elementsFromPoint, the caret APIs) then finds the filler under it. Found
 * without computing any element's style: through the rules of the page's own style sheets that
 * set it (another origin's cannot be read, and asking throws, a cost: skipped by their address),
 * queried only when there are such rules (few pages), and through the attributes
 * (HANGUP_PASS_ATTRS, HANGUP_PASS_STYLE). With `deep` (the full read), inline styles anywhere and
 * the same inside the open shadow roots of the first HANGUP_PASS_SHADOW_SCAN elements (their own
 * <style> and adopted sheets). Those
 * rendered, visible and covering a point are kept; a box holding more than a block of text (a
 * wrapper, the body under a modal dialog) is narrowed to its last child that covers the point,
 * down to a block. At most HANGUP_PASS_MAX that cover a point, of HANGUP_PASS_CHECK looked at.
 */
function hangupPassThrough(doc, points, deep = false) {
  const found = [];
  const origin = doc.defaultView?.location.origin;
  const scopes = [doc];
  if (deep) scopes.push(...hangupOpenShadowRoots(doc));
  for (const scope of scopes) {
    const sels = [];
    try {
      for (const s of [...scope.styleSheets, ...(scope.adoptedStyleSheets ?? [])]) {
        const href = s.href;
        if (href && !href.startsWith(`${origin}/`) && !href.startsWith(`blob:${origin}/`) && !href.startsWith('data:')) continue;
        for (const q of hangupSheetPassSelectors(s)) if (sels.length < 200) sels.push(q);
      }
    } catch {
      continue;
    }
    if (sels.length) {
      try {
        found.push(...scope.querySelectorAll(sels.join(',')));
      } catch {
        for (const q of sels) {
          try {
            found.push(...scope.querySelectorAll(q));
          } catch {
            /* a selector the document cannot match (nested `&`) */
          }
        }
      }
    }
    for (const el of scope.querySelectorAll(deep ? `${HANGUP_PASS_ATTRS},${HANGUP_PASS_STYLE}` : HANGUP_PASS_ATTRS)) {
      if (el.localName === 'dialog' && doc.body && el.matches(':modal')) found.unshift(doc.body); // the rest is inert
      if (el.hasAttribute('inert') || hangupPassValue(el.style?.pointerEvents) || hangupPassValue(el.getAttribute('pointer-events'))) found.push(el);
    }
  }
  // The glance: inline styles of the body's first three levels, breadth first.
  let level = !deep && doc.body ? [...doc.body.children] : [];
  for (let depth = 0, seen = 0; depth < 3 && level.length && seen < HANGUP_PASS_WALK; depth++) {
    const next = [];
    for (const el of level) {
      if (++seen > HANGUP_PASS_WALK) break;
      if (el.getAttribute('style')?.includes('pointer-events') && hangupPassValue(el.style?.pointerEvents)) found.push(el);
      if (depth < 2) next.push(...el.children);
    }
    level = next;
  }
  const VISIBLE = { opacityProperty: true, visibilityProperty: true };
  const covers = (el, x, y) => {
    const r = el.getBoundingClientRect();
    return r.left <= x && x < r.right && r.top <= y && y < r.bottom && el.checkVisibility?.(VISIBLE) !== false;
  };
  const out = [];
  let kept = 0;
  for (let i = 0; i < found.length && i < HANGUP_PASS_CHECK && kept < HANGUP_PASS_MAX; i++) {
    const el = found[i];
    let covering = false;
    for (const [x, y] of points) {
      if (!covers(el, x, y)) continue;
      covering = true;
      let at = el;
      for (let depth = 0; depth < 12 && hangupTextOver(at, HANGUP_VIEWPORT_MAX); depth++) {
        let next = null;
        // At most 64 children looked at per level (a long page under a modal dialog).
        for (let c = at.lastElementChild, k = 0; c && !next && k < 64; c = c.previousElementSibling, k++) if (covers(c, x, y)) next = c;
        if (!next) break; // no child covers the point: the box itself is read
        at = next;
      }
      if (at && !out.includes(at)) out.push(at);
    }
    if (covering) kept++;
  }
  return out;
}

/** The open shadow roots of the document's first HANGUP_PASS_SHADOW_SCAN elements, and those
 *  inside them (closed ones, when the browser shows them to extensions, in Firefox). */
function hangupOpenShadowRoots(doc) {
  const roots = [];
  let left = HANGUP_PASS_SHADOW_SCAN;
  const scan = (all) => {
    const n = Math.min(all.length, left);
    left -= n;
    for (let i = 0; i < n; i++) {
      const el = all[i];
      const sr = el.openOrClosedShadowRoot ?? el.shadowRoot;
      if (sr) roots.push(sr);
    }
  };
  scan(doc.getElementsByTagName('*'));
  for (let k = 0; k < roots.length && left > 0; k++) scan(roots[k].querySelectorAll('*'));
  return roots;
}

/** Each sheet's pass-through selectors and its rule count when they were read. */
const hangupSheetScans = new WeakMap();

/** Selectors of a sheet's rules that set `pointer-events: none` (not on a pseudo-element, whose
 *  element stays in hit testing), nested and imported rules included, at most 5000 rules read;
 *  none for a sheet that cannot be read. Kept per sheet while its rule count is unchanged:
 *  reading a rule's style costs microseconds, and a site's large sheet must not cost that on
 *  every read. */
function hangupSheetPassSelectors(sheet) {
  let top;
  try {
    top = sheet.cssRules;
  } catch {
    return []; // not readable after all (a redirect to another origin)
  }
  const known = hangupSheetScans.get(sheet);
  if (known && known.n === top.length) return known.sels;
  const sels = [];
  const rules = [];
  for (let i = 0; i < top.length && i < 5000; i++) rules.push(top[i]);
  for (let i = 0; i < rules.length && i < 5000; i++) {
    const r = rules[i];
    if (r.cssRules) for (const c of r.cssRules) rules.push(c); // @media, @supports, @layer, nesting
    if (r.styleSheet) { // @import: the imported sheet's rules
      try {
        for (const c of r.styleSheet.cssRules) rules.push(c);
      } catch {
        /* another origin */
      }
    }
    if (hangupPassValue(r.style?.pointerEvents) && r.selectorText && !/::|:(?:before|after|first-l)/i.test(r.selectorText)) sels.push(r.selectorText);
  }
  hangupSheetScans.set(sheet, { n: top.length, sels });
  return sels;
}

/** Whether `el` holds more than `n` characters of text, counted only that far (a box around a
 *  whole long page would cost a string of all of it). 400 text nodes count as more. */
function hangupTextOver(el, n) {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let size = 0;
  for (let i = 0; i < 400; i++) {
    const t = walker.nextNode();
    if (!t) return false;
    size += t.data.length;
    if (size > n) return true;
  }
  return true;
}

/** `text` (a read cut short at its budget) with what the viewport shows: the blocks not already
 *  in it, within the same total length. The room is taken from the middle: the text's end (the
 *  glance's tail, where a scam after a long filler shows) is kept. */
function hangupWithViewport(text, doc, budget = text.length, columns = undefined, deep = true) {
  let seen = '';
  try {
    seen = hangupViewportText(doc, HANGUP_VIEWPORT_MAX, columns, deep);
  } catch {
    return text; // a page that breaks hit-testing keeps its ordinary read
  }
  const flat = (s) => s.replace(/\s+/g, ' ');
  const have = flat(text);
  const add = seen.split('\n').filter((b) => b.trim() && !have.includes(flat(b).trim())).join('\n');
  if (!add) return text;
  const room = Math.max(0, budget - add.length - 2);
  if (text.length <= room) return `${text}\n${add}`;
  const tail = Math.min(HANGUP_GLANCE_TAIL, room >> 1);
  return `${text.slice(0, room - tail)}\n${add}\n${tail ? text.slice(-tail) : ''}`;
}

/** Rendered text that is mostly lone letters, one per line or table cell: letters placed one by
 *  one by layout (absolute positions, floats, grid, flex or table cells), which only the full
 *  read puts back in the order shown (`hangupScreenOrder`). At least 40 such letters and 60 % of
 *  the lines and cells: a league table's W/D/L column or an A-Z index is not enough. Han, kana
 *  and Hangul are left out (one character is a word there: calendars, menus). */
function hangupScrambled(text) {
  // A first count with a plain pattern (no Unicode classes to compile on every page; it may
  // count more, never fewer): most pages stop here.
  if ((text.match(/[\n\t]\S\S?(?=[\n\t])/g)?.length ?? 0) < 38) return false; // 2: ^ and $
  let lone = 0;
  for (const m of text.matchAll(hangupU(String.raw`(?:^|[\n\t])(\p{L})(?=[\n\t]|$)`, 'gu'))) {
    if (!hangupU(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]`).test(m[1])) lone++;
  }
  if (lone < 40) return false;
  let segments = 1;
  for (const _ of text.matchAll(/[\n\t]+/g)) segments++;
  return lone * 5 >= segments * 3;
}

/** The quoted strings of `content:` declarations in the first 64 K characters of the
 *  document's own <style> elements, at most HANGUP_GLANCE_TAIL characters: a kit may write its
 *  scam there (drawn by ::before), where the rendered text the glance reads has none of it.
 *  Also the other CSS strings a browser paints (HANGUP_CSS_STRINGS): a list item's marker
 *  (`list-style-type: "…"`), the quotes `open-quote` draws (`quotes`), a `@counter-style`'s
 *  symbols. Whether they are shown is the full read's question; the glance only decides whether
 *  to take it. */
function hangupStyleStrings(doc, verify = false) {
  let out = '';
  let budget = 64 * 1024; // the first 64 K characters of inline CSS (a framework's can be large)
  for (const st of doc.getElementsByTagName('style')) {
    if (budget <= 0) break;
    let css = st.textContent;
    if (css.length > budget) css = css.slice(0, budget);
    budget -= css.length;
    // The scan of this element's text is a function of that text alone: a later glance (at
    // `load`, a beat, a pointer move) whose element holds the same text (one string comparison)
    // takes what the first found (docs/BENCHMARKS.md, thirty-sixth session).
    let seen = hangupGlanceStyles.get(st);
    if (seen?.css !== css) {
      seen = { css, cssom: hangupEscapedName(css) || hangupImports(css), strings: '' };
      // `content:` (not justify-content and the like) followed by quoted strings; then markers,
      // quotes and counter styles. Each reader is its own function: most pages' CSS needs neither,
      // and a function is compiled when first called (in each fresh isolated world). Read up to
      // the whole room (a longer find is cut below as a shorter room would have cut it).
      if (!seen.cssom && hangupMayShowCssText(css)) seen.strings = hangupCssContentStrings(css, HANGUP_GLANCE_TAIL);
      if (!seen.cssom && seen.strings.length < HANGUP_GLANCE_TAIL && hangupMayShowCssStrings(css)) {
        seen.strings += hangupCssPaintedStrings(css, HANGUP_GLANCE_TAIL - seen.strings.length);
      }
      hangupGlanceStyles.set(st, seen);
    }
    // A property name spelled with CSS escapes (`con\74 ent`, `\71uotes`), which the scan above
    // cannot see, or an @import: this sheet is read as the browser parsed it (its rules may
    // change with the same text: read each time, through the sheets' own memo).
    if (seen.cssom) {
      out += (st.sheet && hangupSheetPaint(st.sheet, hangupGlanceSheets, verify)?.strings) || '';
      if (out.length >= HANGUP_GLANCE_TAIL) return out.slice(0, HANGUP_GLANCE_TAIL);
      continue;
    }
    out += seen.strings;
    if (out.length >= HANGUP_GLANCE_TAIL) return out.slice(0, HANGUP_GLANCE_TAIL);
  }
  // Linked sheets of the page's own origin, through the CSSOM (another origin's cannot be read:
  // asking throws, a cost, so they are skipped by their address). Read once per sheet.
  const origin = doc.defaultView?.location.origin;
  for (const sheet of doc.styleSheets ?? []) {
    if (sheet.ownerNode?.localName === 'style') continue; // read above
    const href = sheet.href;
    if (href && !href.startsWith(`${origin}/`) && !href.startsWith(`blob:${origin}/`) && !href.startsWith('data:')) continue;
    out += hangupSheetPaint(sheet, hangupGlanceSheets, verify)?.strings || '';
    if (out.length >= HANGUP_GLANCE_TAIL) return out.slice(0, HANGUP_GLANCE_TAIL);
  }
  return out;
}

/** What the glance's scan found in each <style> element's text (hangupStyleStrings), with that
 *  text: `{css, cssom, strings}`. */
const hangupGlanceStyles = new WeakMap();

/** The words of `content:` strings in `css` (hangupStyleStrings), until `room` characters. */
function hangupCssContentStrings(css, room) {
  let out = '';
  for (const m of css.matchAll(/(?<![\w-])content\s*:\s*((?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')(?:\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'))*)/g)) {
    if (/^["']\\[0-9a-fA-F]{1,6}\s?["']$/.test(m[1])) continue; // one icon-font glyph: the common case
    const strings = m[1].match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g) ?? [];
    // CSS escapes decoded (a kit may spell every letter as one); icon fonts' ("\\e901") are
    // private-use characters, not letters.
    const s = strings.map((q) => q.slice(1, -1)).join('').replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, h) => {
      const c = parseInt(h, 16);
      return c > 0 && c <= 0x10ffff ? String.fromCodePoint(c) : '';
    });
    if (hangupU(String.raw`[\p{L}\p{N}]{2}`).test(s)) out += `${s}\n`;
    if (out.length >= room) break;
  }
  return out;
}

/** The words of marker, quotes and counter-style strings in `css` (hangupStyleStrings), until
 *  `room` characters. */
function hangupCssPaintedStrings(css, room) {
  let out = '';
  const counters = hangupAtRule(css, 'counter-style');
  for (const m of css.matchAll(HANGUP_CSS_STRINGS)) {
    const name = m[1].toLowerCase();
    if (!counters && name !== 'quotes' && !name.startsWith('list-style')) continue;
    const s = hangupCssStrings(m[2]).join(' ');
    if (hangupU(String.raw`[\p{L}\p{N}]{2}`).test(s)) out += `${s}\n`;
    if (out.length >= room) break;
  }
  return out;
}

/** Whether `css` has a declaration whose name has an escape (`con\74 ent:`, `\71uotes:`): a
 *  backslash in the first word after `{`, `;`, `}` (nesting) or a comment (what
 *  /(?:[{;}]|\*\/)\s*[\w-]*\\/ finds). Not an escape in a value or a class selector (`"\f101"`,
 *  `.md\:flex`); may find an element selector's, which only costs a read of that sheet's rules.
 *  With `indexOf` and character tests: that regular expression ran interpreted over a page's
 *  64 K of CSS on its first glance (up to 4.5 ms; docs/BENCHMARKS.md, sixteenth session). */
function hangupEscapedName(css) {
  const word = (c) => c === 45 || c === 95 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const space = (c) => c <= 32 || (c > 127 && /\s/.test(String.fromCharCode(c)));
  for (let i = css.indexOf('\\'); i >= 0; i = css.indexOf('\\', i + 1)) {
    let j = i - 1;
    while (j >= 0 && word(css.charCodeAt(j))) j--;
    while (j >= 0 && space(css.charCodeAt(j))) j--;
    const c = css[j];
    if (c === '{' || c === ';' || c === '}' || (c === '/' && css[j - 1] === '*')) return true;
  }
  return false;
}
/** Whether `css` has `@` + `name` (lowercase) in any case: `/@name/i.test(css)`. */
function hangupAtRule(css, name) {
  for (let i = css.indexOf('@'); i >= 0; i = css.indexOf('@', i + 1)) {
    if (css.slice(i + 1, i + 1 + name.length).toLowerCase() === name) return true;
  }
  return false;
}

/** Whether `css` has an `@import` (any case, or its name spelled with an escape). */
function hangupImports(css) {
  return css.includes('@\\') || hangupAtRule(css, 'import');
}
/** The glance's reading of each style sheet, kept while its rule count is unchanged (and, on
 *  the timed re-reads, while its top-level rules are the same objects: `hangupSheetSame`). */
const hangupGlanceSheets = new WeakMap();

/** Whether `sheet` still holds the top-level rules `known` was read from: a same-count
 *  `replaceSync`/`replace` makes every rule a new object, `deleteRule` + `insertRule` the one
 *  at that index (a kit can paint its scam later that way, with nothing for the observer to
 *  see). One identity test per rule (not a rule's own style changed in place, nor rules nested
 *  in @media or an @import's). */
function hangupSheetSame(sheet, known) {
  let top;
  try {
    top = sheet.cssRules;
  } catch {
    return true;
  }
  if (top.length !== known.n) return false;
  for (let i = 0; i < known.top.length; i++) if (top[i] !== known.top[i]) return false;
  return true;
}

/** Whether a style sheet the glance reads through the CSSOM (adopted, linked, or a <style>
 *  read as parsed) is new or holds other rules than when the glance read it: the timed
 *  re-reads' `calm` test (content.js), for a sheet changed with no mutation to observe. */
function hangupSheetsChanged(doc) {
  try {
    const origin = doc.defaultView?.location.origin;
    for (const sheet of [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])]) {
      const known = hangupGlanceSheets.get(sheet);
      if (known) {
        if (!hangupSheetSame(sheet, known)) return true;
        continue;
      }
      // Not read: a <style> scanned as text, another origin's sheet, or a sheet adopted since.
      if (sheet.ownerNode?.localName === 'style') continue;
      const href = sheet.href;
      if (href && !href.startsWith(`${origin}/`) && !href.startsWith(`blob:${origin}/`) && !href.startsWith('data:')) continue;
      return true;
    }
  } catch {
    return true;
  }
  return false;
}

/** Declarations other than `content` whose strings a browser paints as text: a marker's
 *  (`list-style-type: "…"`, the `list-style` shorthand, `symbols()`), the quotes `open-quote` and
 *  `close-quote` draw, a `@counter-style`'s symbols and affixes (read only in a sheet that has one).
 *  Group 1: the name; 2: the value (strings kept whole: a `;` or `}` inside one does not end it). */
const HANGUP_CSS_STRINGS = /(?<![\w-])(list-style(?:-type)?|quotes|symbols|additive-symbols|prefix|suffix|negative|pad)\s*:((?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[^;}"'])*)/gi;

/** The strings of a CSS value (not inside `url(…)`: an image's address), CSS escapes decoded
 *  (a kit may spell every letter as one). */
function hangupCssStrings(value) {
  const out = [];
  for (const q of value.replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/gi, '').match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g) ?? []) {
    out.push(q.slice(1, -1).replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, h) => {
      const c = parseInt(h, 16);
      return c > 0 && c <= 0x10ffff ? String.fromCodePoint(c) : '';
    }).replace(/\\(.)/g, '$1'));
  }
  return out;
}

/** Whether `css` may hold a declaration HANGUP_CSS_STRINGS reads that has a string: any
 *  `@counter-style` rule, or a `list-style`/`quotes` value holding a quote character (outside
 *  `url(`), names in any case. Ordinary CSS (`list-style: none`, `quotes: none`) never runs the
 *  regular expression HANGUP_CSS_STRINGS. May answer true where it finds nothing, never false where it finds
 *  something (tests/unit/css_strings.test.mjs). */
function hangupMayShowCssStrings(css) {
  if (hangupAtRule(css, 'counter-style')) return true;
  // Names in any case (`LIST-STYLE-TYPE:` is valid CSS), found in a lowercase copy (the same
  // positions unless lowercasing changed its length: then the regular expression); each value
  // scanned once: the next name looked at starts where this value ended (a sheet of names with
  // no `;` stays linear).
  const low = css.toLowerCase();
  if (low.length !== css.length) return hangupMayShowCssStringsSlow(css);
  let semi = css.indexOf(';'); // the next `;` and `}` from the name looked at (-1: none left)
  let brace = css.indexOf('}');
  let list = low.indexOf('list-style');
  let quotes = low.indexOf('quotes');
  while (list >= 0 || quotes >= 0) {
    const at = list >= 0 && (quotes < 0 || list < quotes) ? list : quotes;
    const from = at + (at === list ? 10 : 6);
    if (semi >= 0 && semi < from) semi = css.indexOf(';', from);
    if (brace >= 0 && brace < from) brace = css.indexOf('}', from);
    const end = Math.min(semi < 0 ? css.length : semi, brace < 0 ? css.length : brace);
    const v = css.slice(at, end);
    if ((v.includes('"') || v.includes("'")) && !/^[^"']*url\(\s*(?:"[^"]*"|'[^']*')\s*\)[^"']*$/.test(v)) return true;
    if (list >= 0 && list < end) list = low.indexOf('list-style', Math.max(end, list + 1));
    if (quotes >= 0 && quotes < end) quotes = low.indexOf('quotes', Math.max(end, quotes + 1));
  }
  return false;
}

/** hangupMayShowCssStrings with a regular expression, for CSS whose lowercase differs in length. */
function hangupMayShowCssStringsSlow(css) {
  const names = /list-style|quotes/gi;
  for (let m = names.exec(css); m; m = names.exec(css)) {
    let end = names.lastIndex;
    while (end < css.length && css[end] !== ';' && css[end] !== '}') end++;
    const v = css.slice(m.index, end);
    if (/["']/.test(v) && !/^[^"']*url\(\s*(?:"[^"]*"|'[^']*')\s*\)[^"']*$/.test(v)) return true;
    names.lastIndex = end;
  }
  return false;
}

/** Whether `css` may hold a `content:` declaration that `hangupStyleStrings` keeps: a string
 *  with two letters or digits in a row, an escape that is not one icon-font glyph, or several
 *  strings. With `indexOf` and character tests only, so ordinary CSS (`justify-content`,
 *  `.content`, clearfix `content:""`, a separator, an icon's `"\\e901"`) never compiles or runs
 *  the regular expressions there, a cold cost on every page with inline CSS (docs/BENCHMARKS.md,
 *  eighth session). It may answer true where they find nothing, never false where they find
 *  something (tests/unit/css_strings.test.mjs). */
function hangupMayShowCssText(css) {
  const space = (c) => c <= 32 || (c > 127 && /\s/.test(String.fromCharCode(c)));
  const word = (c) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c > 127;
  for (let i = css.indexOf('content'); i >= 0; i = css.indexOf('content', i + 7)) {
    const b = css.charCodeAt(i - 1); // NaN at 0
    if (b === 45 || b === 95 || (b >= 48 && b <= 57) || ((b | 32) >= 97 && (b | 32) <= 122)) continue; // [\w-]
    let j = i + 7;
    while (space(css.charCodeAt(j))) j++;
    if (css[j] !== ':') continue;
    do j++; while (space(css.charCodeAt(j)));
    const q = css[j];
    if (q !== '"' && q !== "'") continue;
    const end = css.indexOf(q, j + 1);
    if (end < 0) continue; // never closed: the regular expression needs the closing quote too
    const s = css.slice(j + 1, end);
    let k = end + 1;
    while (space(css.charCodeAt(k))) k++;
    if (css[k] === '"' || css[k] === "'") return true; // several strings
    if (s.endsWith('\\')) return true; // an escaped quote: the string goes on
    if (s.includes('\\')) {
      if (s[0] !== '\\' || s.length > 8) return true;
      // One escape of 1-6 hex digits and an optional space: an icon font's glyph, skipped there.
      let h = 1;
      for (let c = s.charCodeAt(h); h <= 6 && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102)); c = s.charCodeAt(++h));
      if (h < s.length && !(h === s.length - 1 && space(s.charCodeAt(h)))) return true;
      continue;
    }
    // No escape: the string is shown as written, and kept there only with two letters or digits
    // in a row (any character outside ASCII counts as one: it may be).
    for (let h = 1, prev = word(s.charCodeAt(0)); h < s.length; h++) {
      const w = word(s.charCodeAt(h));
      if (w && prev) return true;
      prev = w;
    }
  }
  return false;
}

/** What one style sheet can paint or reorder, read through the CSSOM (so CSS escapes in names
 *  and values are already decoded), its nested and `@import`ed rules included, at most 5 000
 *  rules: `strings`, the words its `content`, marker, `quotes` and `@counter-style` strings paint
 *  (for the glance, at most HANGUP_GLANCE_TAIL characters); `pseudo`, `marker`, `bidi`,
 *  `counters` ([name, strings]), `moved` and `reversed` (selectors of items and containers whose
 *  flex order may differ from the document's) for the full read. null for a sheet that cannot be
 *  read (another origin). `memo` keeps each sheet's answer while its rule count is unchanged
 *  (with `verify`, also while its top-level rules are the same objects: `hangupSheetSame`).
 *  `glance` (the glance's memo): `strings`, `pseudo`, `marker` and `counters` only, three style
 *  reads per rule instead of six. */
function hangupSheetPaint(sheet, memo, verify = false, glance = memo === hangupGlanceSheets) {
  let top;
  try {
    top = sheet.cssRules;
  } catch {
    return null;
  }
  const known = memo?.get(sheet);
  if (known && known.n === top.length && (!verify || hangupSheetSame(sheet, known))) return known;
  const out = { n: top.length, top: null, strings: '', pseudo: false, marker: false, bidi: false, counters: [], moved: [], reversed: [] };
  const words = (s) => {
    if (hangupU(String.raw`[\p{L}\p{N}]{2}`).test(s) && out.strings.length < HANGUP_GLANCE_TAIL) out.strings += `${s}\n`;
  };
  const rules = [];
  for (let i = 0; i < top.length && i < 5000; i++) rules.push(top[i]);
  out.top = rules.slice();
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const kids = r.cssRules; // @media, @supports, @layer, nesting (each access is a DOM call)
    if (kids) for (let k = 0; k < kids.length && rules.length < 5000; k++) rules.push(kids[k]);
    if (r.styleSheet) { // @import: the imported sheet's rules
      try {
        for (let k = 0; k < r.styleSheet.cssRules.length && rules.length < 5000; k++) rules.push(r.styleSheet.cssRules[k]);
      } catch {
        /* another origin */
      }
    }
    if (typeof r.symbols === 'string' && r.name && out.counters.length < 100) {
      // @counter-style: its symbols and affixes are painted wherever a marker or counter() uses it.
      const strings = hangupCssStrings([r.symbols, r.additiveSymbols, r.prefix, r.suffix, r.negative, r.pad].join(' ')).join(' ');
      if (hangupU(String.raw`[\p{L}\p{N}]{2}`).test(strings)) {
        out.counters.push([r.name, strings.slice(0, HANGUP_MAX_PSEUDO_CHARS)]);
        out.pseudo = out.marker = true;
        words(strings);
      }
    }
    const st = r.style;
    if (!st) continue;
    // The regular expressions only where a value could match (a serialised string is quoted:
    // two letters take 4 characters; an icon font's one glyph, 3, is passed over).
    const c = st.content;
    if (c && c.length > 3 && hangupU(String.raw`["'][^"']*[\p{L}\p{N}]{2}|attr\(`).test(c)) {
      out.pseudo = true;
      words(hangupCssStrings(c).join(''));
    }
    const type = st.listStyleType;
    if (type && (type.includes('"') || type.includes("'"))) {
      out.marker = true;
      words(hangupCssStrings(type).join(' '));
    }
    const quotes = st.quotes;
    if (quotes && quotes.length > 2 && hangupU(String.raw`["'][^"']*[\p{L}\p{N}]`).test(quotes)) {
      out.pseudo = true;
      words(hangupCssStrings(quotes).join(' '));
    }
    if (glance) continue; // the glance needs the strings (and whether any are painted) only
    if (/override/.test(st.unicodeBidi)) out.bidi = true;
    if (st.order && st.order !== '0' && r.selectorText && out.moved.length < 200) out.moved.push(r.selectorText);
    if (/reverse/.test(st.flexDirection) && r.selectorText && out.reversed.length < 200) out.reversed.push(r.selectorText);
  }
  memo?.set(sheet, out);
  return out;
}

/** Whether a style attribute in `scope` paints strings: a marker's, the quotes of a <q> (both
 *  inherited). Ordinary pages' `list-style: none` holds none: only a value with a string counts
 *  (past `many` such attributes, any). A name spelled with CSS escapes (`list-st\79 le-type`) is
 *  read as the browser parsed it. */
function hangupInlinePaints(scope, many = 200) {
  const inline = scope.querySelectorAll('[style*="list-style" i],[style*="quotes" i],[style*="\\\\"]');
  if (inline.length > many) return true;
  for (const el of inline) {
    const css = el.getAttribute('style');
    if (HANGUP_INLINE_STRINGS.test(css)) return true;
    if (css.includes('\\') && /["']/.test(`${el.style?.listStyleType}${el.style?.quotes}`)) return true;
  }
  return false;
}

/**
 * What the style sheets of `scope` (the document, or a shadow root the full read enters) can do
 * to text: put letters into ::before/::after (`pseudo`), reverse it with a bidi override (`bidi`),
 * or show flex and grid items in another order than
 * the document's (`order`: the containers whose items an `order` or a reversed flex direction
 * may move, found by the rules' selectors; letters stored shuffled read as words on screen).
 * Only then is each element's style read for it.
 * A sheet we may not read (another origin: web fonts, CDNs, on most pages) counts as both only
 * when `thorough` (the page attacks, or shows almost no text): otherwise it would triple the
 * cost of every ordinary page's read. `memo`: sheets already read in this read (a component's
 * sheet shared by many shadow roots is read once).
 */
function hangupSheetTricks(doc, thorough = true, scope = doc, memo = new Map()) {
  const painted = hangupInlinePaints(scope);
  const tricks = {
    pseudo: painted,
    bidi: !!scope.querySelector('bdo,[style*="bidi" i]'),
    order: null, // a Set of containers; `true`: any element may be one (sheets we cannot read)
    marker: painted, // list items' markers may be page strings (`list-style-type: "…"`, a counter style)
    counters: new Map(), // @counter-style name -> the strings it paints
  };
  const all = { pseudo: true, bidi: true, order: true, marker: true, counters: tricks.counters };
  const moved = ['[style^="order" i]', '[style*=" order" i]', '[style*=";order" i]']; // items
  const reversed = ['[style*="-reverse" i]']; // containers
  try {
    for (const s of [...scope.styleSheets, ...(scope.adoptedStyleSheets ?? [])]) {
      const p = hangupSheetPaint(s, memo);
      if (!p) {
        if (thorough) return all; // a cross-origin sheet: assume every trick
        continue;
      }
      tricks.pseudo ||= p.pseudo;
      tricks.marker ||= p.marker;
      tricks.bidi ||= p.bidi;
      for (const [name, strings] of p.counters) if (tricks.counters.size < 100) tricks.counters.set(name, strings);
      for (const q of p.moved) if (moved.length < 200) moved.push(q);
      for (const q of p.reversed) if (reversed.length < 200) reversed.push(q);
    }
  } catch {
    return all;
  }
  // The containers those rules reach on this page (most sites that have such rules use few).
  const select = (sels) => {
    try {
      return [...scope.querySelectorAll(sels.join(','))];
    } catch {
      // One selector the document cannot match (nested `&`): each on its own.
      return sels.flatMap((q) => {
        try {
          return [...scope.querySelectorAll(q)];
        } catch {
          return [];
        }
      });
    }
  };
  const containers = new Set(select(reversed));
  for (const item of select(moved)) if (item.parentElement) containers.add(item.parentElement);
  // A container that is itself an item of a flex row (a word whose letters are reordered, in a
  // line of words): that row is read as one line too.
  const win = doc.defaultView ?? window;
  let n = 0;
  for (const c of [...containers]) {
    const p = c.parentElement;
    if (++n > 500) break;
    if (p && !containers.has(p) && /flex/.test(win.getComputedStyle(p).display)) containers.add(p);
  }
  tricks.order = containers.size ? containers : null;
  return tricks;
}

/** A computed colour as [r, g, b, alpha] (0-255, 0-1): `rgb()`/`rgba()` in either syntax,
 *  `color(srgb …)` (what `color-mix()` computes to), `transparent`. null for any other colour
 *  space: not measured, such text counts as seen. */
function hangupRgba(c) {
  if (c === 'transparent') return [0, 0, 0, 0];
  let k = 1;
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(c);
  if (!m) {
    k = 255;
    m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+)(%?)\s*)?\)$/.exec(c);
    if (!m) return null;
  }
  const a = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[5] ? 100 : 1);
  return [m[1] * k, m[2] * k, m[3] * k, a];
}

/** Channels apart at most for glyphs to count as painted in the background's own colour: #f7f7f7
 *  on white is, light grey (#e2e2e2) on white is not (tests/fixtures/see/junk-painted.html). */
const HANGUP_SAME_TONE = 8;

/** Whether an element's box paints its content otherwise than its colours say (a filter, a blend
 *  mode, a shadow, a backdrop filter): text in its background's colour may be legible there. */
function hangupRepaints(cs) {
  return (cs.filter && cs.filter !== 'none' && !/^opacity\(/.test(cs.filter)) || (cs.mixBlendMode && cs.mixBlendMode !== 'normal')
    || (cs.boxShadow && cs.boxShadow !== 'none') || (cs.backdropFilter && cs.backdropFilter !== 'none');
}

/** Whether an element's ::before or ::after paints a background (a backdrop behind its text,
 *  which hit testing reports as the element itself). */
function hangupPseudoGround(win, el) {
  for (const p of ['::before', '::after']) {
    const ps = win.getComputedStyle(el, p);
    if (ps.content === 'none' || ps.content === 'normal') continue;
    const c = hangupRgba(ps.backgroundColor);
    if (ps.backgroundImage !== 'none' || (c && c[3] > 0)) return true;
  }
  return false;
}

/** Whether glyphs of colour `ink` ([r, g, b, alpha], alpha times the element's opacity) over the
 *  opaque colour `bg` show as `bg`: the colour drawn, blended, within HANGUP_SAME_TONE. */
function hangupSameTone(ink, bg) {
  for (let i = 0; i < 3; i++) if (Math.abs(ink[3] * ink[i] + (1 - ink[3]) * bg[i] - bg[i]) > HANGUP_SAME_TONE) return false;
  return true;
}

/** An element's own opacity times its filter's `opacity()` functions. */
function hangupOpacity(cs) {
  let o = parseFloat(cs.opacity);
  if (!(o >= 0)) o = 1;
  const f = cs.filter;
  if (f && f !== 'none') for (const m of f.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) o *= Math.min(1, parseFloat(m[1]) / (m[2] ? 100 : 1));
  return o;
}

/** Whether an element's `clip-path` or mask leaves nothing of it drawn: an inset from opposite
 *  sides adding up to its whole size, a circle or ellipse of radius 0, a mask made of
 *  transparent colours only. Any other shape or mask counts as showing it. */
function hangupClippedAway(cs, el) {
  const clip = cs.clipPath;
  if (clip && clip !== 'none') {
    if (/^(?:circle|ellipse)\(\s*0(?:px|%)?[\s)]/.test(clip)) return true;
    const m = /^inset\(([^)]*)\)/.exec(clip);
    if (m) {
      const [t, r = t, b = t, l = r] = m[1].split(/\s+round\s/)[0].trim().split(/\s+/);
      const box = el.getBoundingClientRect();
      const len = (v, full) => (/^-?[\d.]+%$/.test(v) ? (parseFloat(v) * full) / 100 : /^-?[\d.]+(?:px)?$/.test(v) ? parseFloat(v) : NaN);
      if (len(t, box.height) + len(b, box.height) >= box.height || len(l, box.width) + len(r, box.width) >= box.width) return true;
    }
  }
  const mask = cs.maskImage || cs.webkitMaskImage;
  if (mask && mask !== 'none' && !/url\(/i.test(mask) && /gradient/i.test(mask)) {
    let clearOnly = true;
    const rest = mask.replace(/(?:rgba?|color)\([^)]*\)|\btransparent\b/gi, (c) => {
      if (hangupRgba(c)?.[3] !== 0) clearOnly = false;
      return ' ';
    });
    const words = rest.replace(/(?:repeating-)?(?:linear|radial|conic)-gradient|\b(?:to|top|bottom|left|right|at|center|circle|ellipse|closest-side|closest-corner|farthest-side|farthest-corner|in|from|srgb|oklab|oklch)\b|-?[\d.]+(?:deg|turn|rad|grad|px|em|rem|%)?/gi, ' ');
    if (clearOnly && !/[a-z#]/i.test(words)) return true;
  }
  return false;
}

/**
 * Visible text of the whole rendered document, in reading order, at most `budget` chars. Only
 * text a person can see is kept, so invisible filler cannot push the real text out of the budget:
 * no box (display:none, hidden, unslotted, inside <defs>), opacity 0, zero-size or off-screen
 * text, transparent, nearly transparent or tiny glyphs, glyphs in the colour of the background
 * under them, text clipped or masked away, a subtree clipped to nothing; where such letters sat
 * inside a word, the word is read joined, as on screen. Enters open and closed shadow
 * roots and same-origin frames; reads ::before/::after strings and what text fields show;
 * bidi overrides as shown.
 */
function hangupVisibleText(doc, budget = HANGUP_MAX_TEXT, depth = 0, thorough = true) {
  const root = doc.documentElement;
  if (!root) return '';
  const win = doc.defaultView ?? window;
  const range = doc.createRange();
  const pageW = Math.max(root.scrollWidth, win.innerWidth);
  const pageH = Math.max(root.scrollHeight, win.innerHeight);
  const sx = win.scrollX;
  const sy = win.scrollY;
  const memo = new Map();
  const tricks = hangupSheetTricks(doc, thorough, doc, memo);
  let scopes = 0; // shadow roots whose sheets were read
  /** A shadow root's own sheets and attributes: what they can do to text is done inside it (and
   *  to its host's ::before/::after, through `:host`), so it is added before the host is read. */
  const enter = (sr) => {
    if (++scopes > 2000) return;
    const t = hangupSheetTricks(doc, thorough, sr, memo);
    tricks.pseudo ||= t.pseudo;
    tricks.marker ||= t.marker;
    tricks.bidi ||= t.bidi;
    for (const [name, strings] of t.counters) if (tricks.counters.size < 100) tricks.counters.set(name, strings);
    if (t.order === true || tricks.order === true) tricks.order = true;
    else if (t.order) tricks.order = new Set([...(tricks.order ?? []), ...t.order]);
  };
  const parts = [];
  let last = null; // the box of the last text kept
  let lastEnd = ''; // its last character
  let lastTone = false; // whether it was itself in its background's colour
  let toneChecks = 0; // hit tests of letters in their background's colour (bounded: a page of junk)
  const rowItems = new Set(); // items of a reordered flex row (see `ordered`)
  const pieces = []; // the text nodes kept, for `hangupScreenOrder`
  let size = 0;
  let visited = 0;
  let pseudoSeen = 0;
  let pseudoChars = 0;
  let markerSeen = 0;
  const notes = []; // ruby annotations (rt), read after the text
  const countersRead = new Set();
  // A counter style's strings, once per read (a list of a hundred items paints one each; the
  // engine needs them once).
  const counterText = (name) => {
    if (!tricks.counters.has(name) || countersRead.has(name)) return '';
    countersRead.add(name);
    return ` ${tricks.counters.get(name)} `;
  };
  /** The page's strings a list item's marker paints (`list-style-type: "…"`, `symbols(…)`, a
   *  counter style), unless its ::marker is replaced or removed (::marker content is `generated`'s). */
  const markerText = (el) => {
    const type = win.getComputedStyle(el).listStyleType;
    let s = '';
    if (/["']/.test(type)) s = hangupCssStrings(type).join(' ');
    else if (tricks.counters.size) s = counterText(type);
    if (!s || win.getComputedStyle(el, '::marker').content !== 'normal') return '';
    pseudoChars += s.length;
    return pseudoChars > HANGUP_MAX_PSEUDO_CHARS ? '' : s;
  };
  const push = (s) => {
    if (size >= budget || !s) return;
    const cut = s.length > budget - size ? s.slice(0, budget - size) : s;
    parts.push(cut);
    size += cut.length;
  };
  const offscreen = (r) => r.right + sx <= 0 || r.bottom + sy <= 0 || r.left + sx >= pageW || r.top + sy >= pageH;
  const generated = (el, which) => {
    const ps = win.getComputedStyle(el, which);
    const c = ps.content;
    if (!c || c === 'none' || c === 'normal' || c.length < 3) return '';
    // A hidden pseudo-element (tooltips, the auto-growing textarea's mirror of typed text) shows nothing.
    if (ps.display === 'none' || ps.visibility !== 'visible' || ps.opacity === '0') return '';
    // Quoted strings, attr() read from the element (a browser that resolves it gives a
    // string), the page's quotes (`open-quote`: the `quotes` strings) and counter styles' strings
    // (`counter(n, style)`). Numbers and images are not page text we can judge.
    // A `counters()` separator and `symbols("…")` are strings inside the call: kept with it.
    const m = c.match(/"(?:[^"\\]|\\.)*"|attr\(\s*[\w-]+|(?:no-)?(?:open|close)-quote|counters?\((?:"(?:[^"\\]|\\.)*"|[^)"])*\)/g);
    if (!m) return '';
    const s = m.map((q) => {
      if (q[0] === '"') return q.slice(1, -1).replace(/\\(.)/g, '$1');
      if (q.startsWith('attr(')) return el.getAttribute(q.slice(5).trim()) || '';
      if (q.endsWith('-quote')) return q[0] === 'n' ? '' : hangupCssStrings(ps.quotes).filter((_, i) => i % 2 === (q[0] === 'o' ? 0 : 1)).join(' ');
      const own = hangupCssStrings(q).join(' ');
      const style = counterText(q.slice(q.indexOf('(') + 1, -1).split(',').pop().trim());
      return own ? ` ${own} ${style}` : style;
    }).join('');
    pseudoChars += s.length;
    return pseudoChars > HANGUP_MAX_PSEUDO_CHARS ? '' : s;
  };

  // SMALL: a font under 4 px, unreadable unless a transform or zoom above scales it up, which
  // only the text's own rendered box tells (checked per text node). TONE: glyphs in (nearly) the
  // colour of the background its ancestors paint, checked per text node against what is really
  // under it (`toneHidden`).
  const [HIDDEN, FLOW, PRE, SMALL, TONE] = [0, 1, 2, 4, 8];
  const clear = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c) || /\/\s*0\)$/.test(c);
  const styles = new Map();
  const inks = new Map(); // element -> [r, g, b, alpha] its glyphs are drawn with (TONE only)
  const bgs = new Map(); // element -> the opaque colour behind it, or null (unknown)
  let canvas; // the canvas's colour: white, unless dark (a frame's is see-through: unknown)
  const canvasColour = () => {
    if (canvas === undefined) {
      const dark = /dark/.test(win.getComputedStyle(root).colorScheme || '') || !!doc.querySelector('meta[name="color-scheme" i][content*="dark" i]');
      canvas = depth === 0 && !dark ? [255, 255, 255, 1] : null;
    }
    return canvas;
  };
  /** The opaque colour painted behind `el`'s text by `el` or its nearest ancestor that paints
   *  one; null where an image, a translucent layer or a frame's see-through canvas makes it
   *  unknown (then no text counts as painted in it). Cached along the way up. */
  const behind = (el) => {
    const chain = [];
    let out = null;
    for (let e = el; e; ) {
      if (bgs.has(e)) {
        out = bgs.get(e);
        break;
      }
      chain.push(e);
      const cs = win.getComputedStyle(e);
      const c = hangupRgba(cs.backgroundColor);
      if (cs.backgroundImage !== 'none' || !c || (c[3] > 0 && c[3] < 0.99)) break;
      if (c[3] >= 0.99) {
        out = c;
        break;
      }
      const up = e.assignedSlot ?? e.parentElement ?? e.parentNode?.host; // the flat tree
      if (!up) out = canvasColour();
      e = up;
    }
    for (const e of chain) bgs.set(e, out);
    return out;
  };
  /** Whether text of `el` (box `r`), whose glyphs are in the colour its ancestors paint behind
   *  it, is drawn over that colour: a box positioned under it may paint another one (an image, a
   *  banner). Checked by the elements at its middle, below `el` in paint order: the first that
   *  paints decides. Text out of the viewport or over an element whose inside hit testing does
   *  not show (a shadow host, an image, a frame) is read, as before; text hit testing passes
   *  through (`pointer-events: none`, an inert body: a kit can set them on its junk letters) has
   *  only its ancestors' colour to go by. */
  const toneHidden = (el, r) => {
    const x = (r.left + r.right) / 2;
    const y = (r.top + r.bottom) / 2;
    if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return false;
    if (++toneChecks > 200) return false; // past that, read (a page made of junk must not cost a hit test per letter)
    const hits = doc.elementsFromPoint(x, y);
    let i = hits.indexOf(el);
    if (i < 0) return true;
    if (hangupPseudoGround(win, el)) return false;
    const ink = inks.get(el);
    for (i++; i < hits.length; i++) {
      const e = hits[i];
      if (HANGUP_NO_TEXT.has(e.localName) || e.localName === 'svg' || e.localName === 'picture' || hangupShadowRoot(e)) return false;
      const cs = win.getComputedStyle(e);
      const c = hangupRgba(cs.backgroundColor);
      if (cs.backgroundImage !== 'none' || !c || hangupRepaints(cs) || hangupPseudoGround(win, e)) return false;
      if (c[3] >= 0.99) return hangupSameTone(ink, c);
      if (c[3] > 0) return false;
    }
    const c = canvasColour();
    return !!c && hangupSameTone(ink, c);
  };
  /** How an element draws its own text: not at all (transparent glyphs, clipped or masked away,
   *  nearly transparent), small, in the background's colour, or flowing/pre. */
  const textStyle = (el) => {
    let how = styles.get(el);
    if (how !== undefined) return how;
    const cs = win.getComputedStyle(el);
    how = /^pre/.test(cs.whiteSpace) ? PRE : FLOW;
    if (parseFloat(cs.fontSize) < 4) how |= SMALL;
    if (el.namespaceURI !== 'http://www.w3.org/2000/svg') {
      // Transparent glyphs still show through a clipped background, a shadow or an outline.
      const shown = () => /text/.test(cs.backgroundClip || cs.webkitBackgroundClip || '') || (cs.textShadow && cs.textShadow !== 'none')
        || (parseFloat(cs.webkitTextStrokeWidth) > 0 && !clear(cs.webkitTextStrokeColor || ''));
      const fill = cs.webkitTextFillColor || cs.color;
      const opacity = hangupOpacity(cs);
      if ((clear(fill) && !shown()) || opacity < 0.03 || hangupClippedAway(cs, el)) how = HIDDEN;
      else if (!shown()) {
        // Letters in the background's own colour, or so faint they are (junk letters a kit puts
        // inside its words so that the DOM reads as gibberish).
        const ink = hangupRgba(fill);
        if (ink && ink[3] * opacity < 0.03) how = HIDDEN;
        else if (ink) {
          const bg = behind(el);
          ink[3] *= opacity;
          // (A host's own text is slotted: drawn in its shadow tree. A filter, blend mode or
          // shadow may make it legible. Both asked only of the rare text in its ground's colour.)
          if (bg && hangupSameTone(ink, bg) && !hangupShadowRoot(el) && !hangupRepaints(cs)) {
            how |= TONE;
            inks.set(el, ink);
          }
        }
      }
    }
    styles.set(el, how);
    return how;
  };
  let dropped = null; // where invisible letters were dropped since the last text kept (`filled`)
  /** Notes the box of text dropped as invisible (not one without a box: display none). */
  const hid = (r) => {
    if (!r || !(r.width || r.height || r.left || r.top)) return;
    const line = dropped && Math.abs(dropped.top + dropped.bottom - r.top - r.bottom) / 2 < Math.max(r.height, dropped.bottom - dropped.top, 1);
    dropped = line ? { left: Math.min(dropped.left, r.left), right: Math.max(dropped.right, r.right), top: dropped.top, bottom: dropped.bottom } : { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  /** Whether the gap on a line between the text kept last (`a`) and the next (`b`) is where
   *  invisible letters were dropped: they join the word a person reads ("Vi[x]rus" is "Virus"). */
  const filled = (a, b) => {
    const d = dropped;
    if (!d) return false;
    const mid = (d.top + d.bottom) / 2;
    const slack = 0.5 * b.height;
    return mid > Math.max(a.top, b.top) && mid < Math.min(a.bottom, b.bottom) && d.left - a.right <= slack && b.left - d.right <= slack
      // They fill the gap (not a 1 px "visually hidden" span in a nav's gap), or were scaled to
      // nothing in place (a box of no width where their room is).
      && d.left >= a.right - slack && d.right <= b.left + slack && (d.right - d.left < 1 || d.right - d.left >= 0.5 * (b.left - a.right));
  };
  /** Whether text in its background's colour has the shape of junk letters inside a word: a run
   *  of at most 3 letters with no space, right after letters kept on the same line, themselves not
   *  in their background's colour. Whole words or sentences in that colour are read: a page can
   *  make them legible in ways a colour test does not see (a backdrop drawn by ::before, an inset
   *  shadow, a blend mode, ::first-line), and words cut into pieces all in that colour stay read. */
  const junkShaped = (d, r) => {
    if (!last || lastTone || d.length > 3 || /\s/.test(d) || !hangupU(String.raw`[\p{L}\p{N}]$`).test(lastEnd)) return false;
    const from = dropped && filled(last, r) ? dropped.right : last.right;
    return r.top < last.bottom && r.bottom > last.top && r.left - from <= 0.5 * r.height && r.left >= last.left;
  };
  const VISIBLE = { opacityProperty: true, visibilityProperty: true };

  // Explicit stack (deep nesting must not overflow the call stack). An entry is a node to
  // visit or a function to run when an element's subtree is done.
  const stack = [root];
  while (stack.length && size < budget) {
    const node = stack.pop();
    if (typeof node === 'function') {
      node();
      continue;
    }
    if (++visited > HANGUP_MAX_NODES) break;
    if (node.nodeType === 3) {
      const d = node.data;
      if (!d.trim()) {
        if (d.length) push(' ');
        continue;
      }
      const el = node.parentElement;
      if (!el) continue;
      // Is this text drawn where a person can see it? Its glyphs (read once per parent element,
      // which text nodes split by links and emphasis share), then its own box.
      const how = textStyle(el);
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (how === HIDDEN) {
        hid(r);
        continue;
      }
      // Under a pixel either way: no legible glyph (letters in a font shrunk by `size-adjust`,
      // which the computed font size does not show, split a word in the DOM).
      if (r.width < 1 || r.height < 1 || offscreen(r)) {
        hid(r);
        continue;
      }
      // (A glyph box is ~1.15 × the font size: 5 px is a font of ~4 px, once scaled.)
      if ((how & SMALL && !(range.getClientRects()[0]?.height >= 5)) || (how & TONE && junkShaped(d, r) && toneHidden(el, r))) {
        hid(r);
        continue;
      }
      // Words a page sets apart by layout alone (flex gaps, margins) are apart on screen, unless
      // the gap is where invisible letters were dropped.
      if (last && r.top < last.bottom && r.bottom > last.top && r.left - last.right > r.height * 0.2 && !filled(last, r)) push(' ');
      last = r;
      lastEnd = d.slice(-1);
      lastTone = !!(how & TONE);
      dropped = null;
      const at = parts.length;
      push(how & PRE ? d : d.replace(/\s+/g, ' '));
      const t = d.trim();
      if (parts.length > at) pieces.push({ at, r, tok: t.length <= 24 && !/\s/.test(t) && !HANGUP_RTL_CHARS.test(t) });
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
    const el = node.nodeType === 1 ? node : null;
    let frame = null;
    let ordered = ''; // a flex or grid container whose items the page's CSS may reorder: its direction
    let after = '';
    let block = false;
    let sr = null; // the element's shadow root, rendered in place of its children
    if (el) {
      const name = el.localName;
      if (HANGUP_NO_TEXT.has(name) && name !== 'iframe' && name !== 'frame' && name !== 'object' && name !== 'select') continue;
      if (el.checkVisibility && !el.checkVisibility(VISIBLE)) {
        // No box of its own: display:contents still renders its children.
        if (win.getComputedStyle(el).display !== 'contents') {
          if (last) hid(el.getBoundingClientRect()); // hidden letters keep their room on the line
          continue;
        }
      } else if (el !== root) {
        const r = el.getBoundingClientRect();
        const tiny = r.width <= 2 || r.height <= 2;
        if (tiny || offscreen(r)) {
          const cs = win.getComputedStyle(el);
          // A box clipped to nothing hides its whole subtree (the "visually hidden" pattern).
          const gone = (tiny && cs.overflow !== 'visible' && cs.overflow !== 'visible visible')
            || (offscreen(r) && cs.position !== 'static' && cs.overflow !== 'visible')
            || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip);
          if (gone) {
            hid(r);
            continue;
          }
        }
      }
      if (name === 'iframe' || name === 'frame' || name === 'object') {
        try {
          frame = el.contentDocument; // same-origin frames only (null otherwise)
        } catch {
          frame = null;
        }
        if (!frame || depth >= 3) continue;
        push('\n');
        push(hangupVisibleText(frame, budget - size, depth + 1, thorough));
        push('\n');
        continue;
      }
      if (name === 'rt') {
        // A ruby annotation is drawn above its base, not inside the word: read after the text
        // (letters set in annotations must not split the words a person reads).
        const how = textStyle(el);
        if (how !== HIDDEN && !(how & SMALL) && notes.length < 64) notes.push(el.textContent.slice(0, HANGUP_MAX_ITEMS_CHARS));
        continue;
      }
      if (name === 'select' && el.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        // A list box shows its options, a drop-down its chosen one (at most 64 read).
        const opts = el.multiple || el.size > 1 ? [...el.options].slice(0, 64) : [el.options[el.selectedIndex]];
        push(' ');
        for (const o of opts) if (o) push(`${o.label.slice(0, HANGUP_MAX_ITEMS_CHARS)}\n`);
        continue;
      }
      if (hangupIsField(el)) {
        // Its value is drawn in the browser's own shadow tree, not in text nodes.
        push(' ');
        push(hangupFieldText(el));
        push(' ');
        continue;
      }
      sr = hangupShadowRoot(el);
      if (sr) enter(sr);
      block = HANGUP_BLOCKS.has(name);
      if (name === 'br') {
        push('\n');
        continue;
      }
      // Style is read only where the tag does not tell: unknown elements (a block or not?) and
      // pages whose sheets hold a bidi override.
      const mayOrder = tricks.order === true ? el.childElementCount > 1 : !!tricks.order?.has(el);
      const cs = tricks.bidi || mayOrder || !(block || HANGUP_INLINE.has(name)) ? win.getComputedStyle(el) : null;
      const disp = cs?.display;
      if (mayOrder && disp && /flex|grid/.test(disp)) ordered = /flex/.test(disp) ? cs.flexDirection || 'row' : 'grid';
      if (!block && disp && !disp.startsWith('inline') && disp !== 'contents') block = true;
      // Items of a reordered flex row are blockified, yet side by side on one line: letters of
      // one word, or words a gap sets apart (the box test on text adds the space).
      if (rowItems.has(el)) block = false;
      if (block) push('\n');
      // Bidi override to the right: the stored order is the reverse of what is shown.
      if (cs && cs.direction === 'rtl' && /override/.test(cs.unicodeBidi)) {
        const start = parts.length;
        stack.push(() => {
          const seg = parts.splice(start).join('');
          while (pieces.length && pieces[pieces.length - 1].at >= start) pieces.pop();
          size -= seg.length;
          push(Array.from(seg).reverse().join(''));
        });
      }
      if (block) stack.push(() => push('\n'));
      // A marker of the page's own words (any list item: `display: list-item` makes one), drawn
      // before the element's content and its ::before.
      if (tricks.marker && markerSeen < HANGUP_MAX_PSEUDO_ELEMENTS && (name === 'li' || name === 'summary' || /list-item/.test((cs ?? win.getComputedStyle(el)).display))) {
        markerSeen++;
        const mark = markerText(el);
        push(mark && ` ${mark} `);
      }
      if (tricks.pseudo && pseudoSeen < HANGUP_MAX_PSEUDO_ELEMENTS) {
        pseudoSeen++;
        after = generated(el, '::after');
        if (after) stack.push(() => push(` ${after} `));
        const before = generated(el, '::before');
        // A list item's marker is drawn before everything, ::before included.
        const marker = name === 'li' || name === 'summary' || /list-item/.test((cs ?? win.getComputedStyle(el)).display) ? generated(el, '::marker') : '';
        push(marker && ` ${marker} `);
        push(before && ` ${before} `);
      }
    }
    // Children pushed in reverse so they pop in order; a shadow root's tree is what is
    // rendered, followed by the light children (unslotted ones have no box and drop out).
    // Flex and grid items in the order they are shown (only on pages whose CSS reorders).
    if (ordered) {
      const kids = [];
      for (let c = node.firstChild; c; c = c.nextSibling) kids.push([c.nodeType === 1 ? parseInt(win.getComputedStyle(c).order, 10) || 0 : 0, kids.length, c]);
      kids.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      if (/reverse/.test(ordered)) kids.reverse();
      if (/^row/.test(ordered)) for (const k of kids) if (k[2].nodeType === 1) rowItems.add(k[2]);
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k][2]);
    } else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    if (sr) for (let c = sr.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  hangupScreenOrder(parts, pieces);
  if (notes.length) push(`\n${notes.join(' ')}`);
  // Two linear passes (one pattern starting with [ \t]* backtracks quadratically on long runs).
  const text = hangupVisualOrder(parts.join('').replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n')).trim();
  // Cut short at the budget (or the node bound): what the viewport shows may lie past the cut.
  return depth === 0 && (size >= budget || visited > HANGUP_MAX_NODES) ? hangupWithViewport(text, doc, budget) : text;
}

function hangupList(selector, pick) {
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const v = pick(el);
    if (v) out.push(String(v).slice(0, HANGUP_MAX_ITEMS_CHARS));
    if (out.length >= HANGUP_MAX_ITEMS) break;
  }
  return out;
}

/** Visual fakes: what sits on top at the centre of the viewport, and the cursor. */
function hangupDomHints() {
  const hints = { fake_dialogs: 0, hidden_cursor: false, custom_cursor: false };
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

/**
 * The full snapshot the background's engine reads. `behaviour` and `dialogTexts` come from the
 * MAIN world (untrusted: the engine lets them only add suspicion). `thorough`: also read CSS text
 * tricks that style sheets of another origin might hold (see hangupSheetTricks).
 */
function hangupSnapshot(behaviour = {}, dialogTexts = [], thorough = true) {
  let text = '';
  try {
    text = hangupVisibleText(document, HANGUP_MAX_TEXT, 0, thorough);
  } catch {
    text = ''; // a page that breaks the walk still gets its innerText read below
  }
  if (!text && document.documentElement) {
    const it = document.documentElement.innerText ?? document.documentElement.textContent ?? '';
    text = it.slice(0, HANGUP_MAX_TEXT);
  }
  return {
    url: location.href.slice(0, 4096),
    title: (document.title || '').slice(0, 1024),
    text,
    tel_links: document.documentElement ? hangupTelLinks(document) : [],
    alt_texts: hangupList('img[alt],[aria-label],input[type=button][value],input[type=submit][value],input[type=reset][value]', (e) => e.alt || e.getAttribute('aria-label') || e.value),
    dialog_texts: dialogTexts.slice(0, hangupProtocol.LIMITS.dialogTexts).map((t) => String(t).slice(0, HANGUP_MAX_ITEMS_CHARS)),
    dom: document.documentElement ? hangupDomHints() : {},
    behaviour: { ...behaviour },
  };
}
