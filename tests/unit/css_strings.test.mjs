// The glance's scan of inline <style> for `content:` strings (extension/content/snapshot.js): its
// cheap first test, hangupMayShowCssText, lets ordinary CSS skip the regular expressions, and
// must never skip CSS from which they would take text (a kit's scam drawn by ::before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ctx = vm.createContext({});
vm.runInContext(readFileSync(path.join(ROOT, 'extension/common/protocol.js'), 'utf8'), ctx);
vm.runInContext(readFileSync(path.join(ROOT, 'extension/content/snapshot.js'), 'utf8'), ctx);
const may = ctx.hangupMayShowCssText;
const first = ctx.hangupMayShowCssText;
/** What the scan takes from one <style>, with or without the first test. */
const scan = (css, withFirstTest = true) => {
  ctx.hangupMayShowCssText = withFirstTest ? first : () => true;
  try {
    return ctx.hangupStyleStrings({ getElementsByTagName: () => [{ textContent: css }] });
  } finally {
    ctx.hangupMayShowCssText = first;
  }
};

test('ordinary CSS skips the regular expressions', () => {
  for (const css of [
    '.row{display:flex;justify-content:space-between;align-content:center}.main-content{padding:0}#content:hover{color:red}',
    '.clearfix::after{content:"";display:table;clear:both}.q::before{content:\'\'}',
    '.crumb+.crumb::before{content:"/"}.sep::after{content:" "}.b::before{content:"\\2022"}',
    '.nav li+li::before{content:" | "}.more::after{content:"..."}.q::before{content:\'« \'}',
    '.icon-home:before{content:"\\e901"}.fa-x::before{content: "\\f00d "}',
    '.box{content-visibility:auto;width:fit-content;height:max-content}',
  ]) {
    assert.equal(may(css), false, css);
    assert.equal(scan(css), '');
  }
});

test('CSS that draws words still reaches the scan', () => {
  const cases = [
    ['.h::before{content:"Microsoft Defender Firewall"}', /Microsoft Defender Firewall/],
    [".n::before{content:'Call ' '+1-866-555-0135'}", /Call \+1-866-555-0135/],
    ['.n::before{content :  "5" "5"}', /55/],
    ['.x::before{content:"\\43\\61ll now"}', /Call now/],
    ['.x::before{content:"\\"Call\\""}', /Call/],
    ['.x::before{\n  content:\n"Hi"}', /Hi/],
  ];
  for (const [css, want] of cases) {
    assert.equal(may(css), true, css);
    assert.match(scan(css), want);
  }
});

test('never skips what the regular expressions would take (generated CSS)', () => {
  let seed = 12345; // xorshift32: the same cases every run
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = (xs) => xs[rand(xs.length)];
  const ws = () => pick(['', '', ' ', '  ', '\n', '\t', '\u00a0', '\u2003']);
  const inner = () => {
    let x = '';
    for (let k = rand(4); k > 0; k--) x += pick(['a', 'Ca', '5', '55', ' ', '\\', '\\e901', '\\43 ', '\\2022', '\\"', "\\'", '"', "'", '\n', '/', 'é']);
    return x;
  };
  const str = () => { const q = pick(['"', "'"]); return q + inner() + (rand(8) ? q : ''); };
  let taken = 0;
  for (let t = 0; t < 30000; t++) {
    let css = '';
    for (let d = 1 + rand(3); d > 0; d--) {
      css += pick(['', '{', ';', ' ', '-', 'a', '_', '9', 'é', '.x::before{']) + pick(['content', 'content', 'Content', 'contents']);
      css += ws() + pick([':', ':', ';', '']) + ws();
      for (let k = 1 + rand(3); k > 0; k--) css += str() + (rand(2) ? ws() : pick(['', ';', '}', 'x']));
    }
    const full = scan(css, false);
    if (!full) continue;
    taken++;
    assert.equal(may(css), true, `skipped ${JSON.stringify(css)}, from which the scan takes ${JSON.stringify(full)}`);
  }
  assert.ok(taken > 1000, `only ${taken} generated cases had text (the check would prove little)`);
});

// The other strings a browser paints (a marker's `list-style-type: "…"`, `quotes`, a
// `@counter-style`'s symbols): their own first test, hangupMayShowCssStrings.
test('markers, quotes and counter styles: ordinary CSS skips, words reach the scan', () => {
  const mayStrings = ctx.hangupMayShowCssStrings;
  for (const css of [
    'ul{list-style:none;margin:0}li{list-style-type:disc}.nav ol{list-style: decimal inside}',
    'ul.x{list-style-image:url("bullet.png")}.y{list-style:url(\'b.svg\') outside}',
    'blockquote{quotes:none}q{quotes:auto}',
  ]) {
    assert.equal(mayStrings(css), false, css);
    assert.equal(scan(css), '');
  }
  for (const [css, want] of [
    ['li.a{list-style-type:"Your PC is infected "}', /Your PC is infected/],
    ['li{list-style:inside "Call +1-866-555-0135 "}', /Call \+1-866-555-0135/],
    ['q{quotes:"Your account is locked" ""}', /Your account is locked/],
    ['@counter-style z{system:cyclic;symbols:"Call support now"}', /Call support now/],
    ['@counter-style z{system:fixed;symbols:a b;prefix:"Call \\43 ontoso"}', /Call Contoso/],
    // Property names are case-insensitive in CSS.
    ['LI{LIST-STYLE-TYPE:"Your PC is infected "}', /Your PC is infected/],
    ['q{Quotes:"Your account is locked" ""}', /Your account is locked/],
    ['@COUNTER-STYLE z{system:cyclic;SYMBOLS:"Call support now"}', /Call support now/],
  ]) {
    assert.equal(mayStrings(css), true, css);
    assert.match(scan(css), want);
  }
  // Generated CSS: never skipped where the scan takes text.
  let seed = 777;
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = (xs) => xs[rand(xs.length)];
  let taken = 0;
  for (let t = 0; t < 20000; t++) {
    let css = '';
    for (let d = 1 + rand(3); d > 0; d--) {
      css += pick(['', '{', ';', ' ', '-', '@counter-style x{', 'a']) + pick(['list-style', 'list-style-type', 'quotes', 'symbols', 'prefix', 'suffix', 'pad', 'Quotes', 'list-style-image']);
      css += pick(['', ' ', '\n']) + pick([':', ':', ';', '']) + pick(['', ' ']);
      for (let k = 1 + rand(3); k > 0; k--) css += pick(['"Ca ll"', "'55'", '"\\43 a"', '"•"', 'url("ab.png")', 'none', 'inside', '"x', '}', ';', ' ', "'a}b'"]);
    }
    ctx.hangupMayShowCssStrings = () => true;
    const full = scan(css, false);
    ctx.hangupMayShowCssStrings = mayStrings;
    if (!full) continue;
    taken++;
    assert.equal(ctx.hangupMayShowCssText(css) || mayStrings(css), true, `skipped ${JSON.stringify(css)}`);
  }
  assert.ok(taken > 500, `only ${taken} generated cases had text`);
});

// A declaration name spelled with CSS escapes (`con\74 ent`): the text scan cannot see it, so the
// glance reads that sheet as the browser parsed it (its CSSOM, where the name is `content`).
test('escaped declaration names send the sheet to its parsed rules; escapes in values and class selectors do not', () => {
  const re = { test: ctx.hangupEscapedName };
  for (const css of ['.a::before{con\\74 ent:"x"}', '.a{color:red;\\71uotes:"x" ""}', '.a{/* c */ list-st\\79 le-type:"x"}', '.a{.b{} co\\ntent:"x"}']) assert.equal(re.test(css), true, css);
  for (const css of ['.i:before{content:"\\f101"}', '.md\\:flex{display:flex}', 'p{font-family: \\5FAE\\8F6F}', '@counter-style z{prefix:"Call \\43 ontoso"}']) assert.equal(re.test(css), false, css);
  // (Its answers against the regular expression it replaced: the indexOf test below.)
  for (const css of ['@import url(a.css);', '@IMPORT "a.css";', '@\\69mport "a.css";', 'p{} @Import "x";']) assert.equal(ctx.hangupImports(css), true, css);
  for (const css of ['@media print{p{color:red}}', 'a{content:"@imp"}', '']) assert.equal(ctx.hangupImports(css), false, css);
  const parsed = { cssRules: [{ style: { content: '"Your computer is locked, call +1-866-555-0136"', listStyleType: 'disc', quotes: 'auto' } }] };
  const doc = { getElementsByTagName: () => [{ textContent: '.a::before{con\\74 ent:"Your computer is locked, call +1-866-555-0136"}', sheet: parsed }] };
  assert.match(ctx.hangupStyleStrings(doc), /Your computer is locked, call \+1-866-555-0136/);
});

// The glance's tests of <style> text without regular expressions (their first run in a fresh
// isolated world costs more than the scan): the same answers as the expressions they replace.
test('the indexOf tests answer as the regular expressions they replace', () => {
  const escaped = /(?:[{;}]|\*\/)\s*[\w-]*\\/;
  const slow = ctx.hangupMayShowCssStringsSlow;
  let seed = 4242;
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = (xs) => xs[rand(xs.length)];
  const bits = ['{', '}', ';', ' ', '\n', '\t', '\u00a0', '\u2028', '*/', '/*', '\\', '\\74 ', 'a', 'Z', '-', '_', '9', ':', '"', "'", 'é',
    'con', 'tent', '@', '@import', '@IMPORT', '@Import', '@counter-style', '@COUNTER-STYLE', 'list-style', 'LIST-STYLE-TYPE', 'quotes', 'Quotes',
    'url(', ')', 'url("a.png")', '"x"', "'y'", 'none', 'İ', 'K'];
  let escapes = 0;
  let strings = 0;
  for (let t = 0; t < 30000; t++) {
    let css = '';
    for (let k = 1 + rand(14); k > 0; k--) css += pick(bits);
    const e = escaped.test(css);
    escapes += e;
    assert.equal(ctx.hangupEscapedName(css), e, `escaped name: ${JSON.stringify(css)}`);
    assert.equal(ctx.hangupAtRule(css, 'import'), /@import/i.test(css), `@import: ${JSON.stringify(css)}`);
    assert.equal(ctx.hangupAtRule(css, 'counter-style'), /@counter-style/i.test(css), `@counter-style: ${JSON.stringify(css)}`);
    const m = /@counter-style/i.test(css) || slow(css);
    strings += m;
    assert.equal(ctx.hangupMayShowCssStrings(css), m, `strings: ${JSON.stringify(css)}`);
  }
  assert.ok(escapes > 1000 && strings > 1000, `too few positive cases (${escapes}, ${strings}): the check would prove little`);
});

// A later glance reuses what the scan of a <style> element found while the element holds the
// same text (thirty-sixth session): the same strings as a fresh scan, cut at the same place when
// several elements fill the glance's room, and a changed text scanned again.
test('a later glance takes the scan of an unchanged <style> from the first: the same strings', () => {
  const long = (k, n) => Array.from({ length: n }, (_, i) => `.s${k}-${i}::before{content:"Call support line ${k} number ${i} now"}`).join('\n');
  const marker = (k) => `li.m${k}{list-style-type:"Warning ${k} virus found "}`;
  const sets = [
    [long(1, 3), marker(1)],
    [long(1, 90), marker(2), long(2, 90)], // past the room: cut inside the second element's reading
    [marker(3), long(3, 150), marker(4)], // the first element's strings, then the room is full
    ['.a{color:red}', '.b::before{con\\74 ent:"x"}', long(4, 2)],
  ];
  for (const texts of sets) {
    const fresh = () => ctx.hangupStyleStrings({ getElementsByTagName: () => texts.map((textContent) => ({ textContent })) });
    const els = texts.map((textContent) => ({ textContent }));
    const doc = { getElementsByTagName: () => els };
    const want = fresh();
    assert.equal(ctx.hangupStyleStrings(doc), want);
    assert.equal(ctx.hangupStyleStrings(doc), want, 'the second glance, from the first one\'s scan');
    // The page changes one element's text: that element is scanned again.
    els[0].textContent = `${texts[0]}\n.late::after{content:"Your computer is locked"}`;
    const changed = ctx.hangupStyleStrings(doc);
    texts[0] = els[0].textContent;
    assert.equal(changed, fresh());
  }
});
