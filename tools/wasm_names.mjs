// Shortens the names by which the Wasm and its wasm-bindgen glue (hangup.js) find each other.
//
//   node tools/wasm_names.mjs PKG_DIR      (build.sh runs it on dist/.pkg after wasm-opt)
//
// wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` in the module "./hangup_bg.js",
// and one export after the closure shim's full Rust path: ~3.8 KB of the Wasm's budget (400 KB,
// docs/BENCHMARKS.md "Wasm size") is these strings. This gives each import and each export the
// glue calls as `wasm.NAME` a name of one or two letters, in the Wasm and in the glue alike; the
// code, the data and the glue's functions are untouched. Every rewrite must match exactly where
// expected (each import's key once in the glue's import object, its old name nowhere else after),
// and the result is instantiated through the rewritten glue before the files are written: a
// wasm-bindgen whose glue looks different fails the build here instead of shipping a Wasm that
// cannot link.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2] ?? 'dist/.pkg');
const wasmFile = path.join(dir, 'hangup_bg.wasm');
const jsFile = path.join(dir, 'hangup.js');
const bytes = readFileSync(wasmFile);
let js = readFileSync(jsFile, 'utf8');

const fail = (msg) => { console.error(`wasm_names: ${msg}`); process.exit(1); };

// --- reading and writing the binary format ---
function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function encLeb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
function readName(buf, at) {
  const [len, s] = leb(buf, at);
  return [buf.subarray(s, s + len).toString('utf8'), s + len];
}
const encName = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([encLeb(b.length), b]); };
function skipLimits(buf, at) {
  const flags = buf[at++];
  [, at] = leb(buf, at);
  if (flags & 1) [, at] = leb(buf, at);
  return at;
}
/** Bytes of one import's descriptor after its kind byte. */
function skipImportDesc(buf, kind, at) {
  switch (kind) {
    case 0: return leb(buf, at)[1]; // function: type index
    case 1: return skipLimits(buf, at + 1); // table: reftype, limits
    case 2: return skipLimits(buf, at); // memory
    case 3: return at + 2; // global: valtype, mutability
    case 4: return leb(buf, at + 1)[1]; // tag: attribute, type index
    default: return fail(`import kind ${kind} unknown`);
  }
}

if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) fail('not a Wasm module');
const sections = [];
for (let at = 8; at < bytes.length;) {
  const id = bytes[at];
  const [size, start] = leb(bytes, at + 1);
  sections.push({ id, start, end: start + size, raw: bytes.subarray(at, start + size) });
  at = start + size;
}

// One or two letters (then more), in order: a … z A … Z aa ab …
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(i) {
  let s = '';
  do { s = LETTERS[i % LETTERS.length] + s; i = Math.floor(i / LETTERS.length) - 1; } while (i >= 0);
  return s;
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (re) => (js.match(re) || []).length;

// --- imports: one module, every field renamed ---
const imports = sections.find((s) => s.id === 2);
if (!imports) fail('no import section');
const modules = new Map();
const parts = [];
let [n, at] = leb(bytes, imports.start);
parts.push(encLeb(n));
for (let i = 0; i < n; i++) {
  let module, field;
  [module, at] = readName(bytes, at);
  [field, at] = readName(bytes, at);
  const kind = bytes[at];
  const end = skipImportDesc(bytes, kind, at + 1);
  if (!modules.has(module)) modules.set(module, shortName(modules.size));
  const short = shortName(i);
  const key = new RegExp(`^(\\s+)${escape(field)}:`, 'm');
  if (count(new RegExp(key.source, 'gm')) !== 1) fail(`import ${field}: not found once as a key in hangup.js`);
  js = js.replace(key, `$1${short}:`);
  if (count(new RegExp(`\\b${escape(field)}\\b`, 'g'))) fail(`import ${field}: still named elsewhere in hangup.js`);
  parts.push(encName(modules.get(module)), encName(short), bytes.subarray(at, end));
  at = end;
}
if (at !== imports.end) fail('import section not read to its end');
for (const [module, short] of modules) {
  const key = `${JSON.stringify(module)}: `;
  if (js.split(key).length !== 2) fail(`module ${module}: not found once in hangup.js`);
  js = js.replace(key, `${short}: `);
}

// --- exports the glue calls as `wasm.NAME` (the others keep their names) ---
const exports = sections.find((s) => s.id === 7);
const exportParts = [];
let renamed = 0;
if (exports) {
  const names = [];
  [n, at] = leb(bytes, exports.start);
  for (let i = 0; i < n; i++) {
    let name;
    [name, at] = readName(bytes, at);
    const [, end] = leb(bytes, at + 1);
    names.push([name, bytes.subarray(at, end)]);
    at = end;
  }
  if (at !== exports.end) fail('export section not read to its end');
  const taken = new Set(names.map(([name]) => name));
  let next = 0;
  exportParts.push(encLeb(n));
  for (const [name, desc] of names) {
    const uses = new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g');
    let out = name;
    // Exports the glue reaches as `wasm.NAME` (the memory keeps its name); after the rewrite no
    // property access or quoted key of the old name may remain in the glue (the glue's own
    // functions may share the name: `export function analyse`, the closure shim's wrapper).
    if (name !== 'memory' && name.length > 2 && count(uses)) {
      do out = shortName(next++); while (taken.has(out));
      js = js.replace(uses, `wasm.${out}`);
      if (count(new RegExp(`(\\.|\\[\\s*['"\`])${escape(name)}\\b`, 'g'))) fail(`export ${name}: still reached by its name in hangup.js`);
      renamed++;
    }
    exportParts.push(encName(out), desc);
  }
}

const section = (id, body) => Buffer.concat([Buffer.from([id]), encLeb(body.length), body]);
const out = Buffer.concat([bytes.subarray(0, 8), ...sections.map((s) => {
  if (s.id === 2) return section(2, Buffer.concat(parts));
  if (s.id === 7 && exportParts.length) return section(7, Buffer.concat(exportParts));
  return s.raw;
})]);

// The rewritten pair must link: instantiate it through the rewritten glue first.
const check = mkdtempSync(path.join(tmpdir(), 'hangup-wasm-names-'));
try {
  writeFileSync(path.join(check, 'hangup.js'), js);
  const glue = await import(pathToFileURL(path.join(check, 'hangup.js')).href);
  await glue.default({ module_or_path: out });
  if (typeof glue.version() !== 'string') fail('the rewritten Wasm does not answer version()');
} catch (e) {
  fail(`the rewritten Wasm does not instantiate: ${e}`);
} finally {
  rmSync(check, { recursive: true, force: true });
}
writeFileSync(wasmFile, out);
writeFileSync(jsFile, js);
console.log(`wasm_names: ${(parts.length - 1) / 3} imports and ${renamed} exports renamed, ${bytes.length} -> ${out.length} bytes`);
