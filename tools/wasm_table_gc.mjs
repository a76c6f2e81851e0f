// Empties the slots of the function table that nothing can reach, so that wasm-opt drops the
// functions only they kept.
//
//   node tools/wasm_table_gc.mjs BINARYEN_BIN WASM   (build.sh runs it between wasm-bindgen and wasm-opt)
//
// Why: rustc exports the `__wbindgen_describe_*` function of every js-sys and web-sys import, used
// or not, and some of them take the address of a closure shim (`invoke::<i8, u32, Int8Array, …>`,
// one per closure signature js-sys declares). wasm-bindgen reads and deletes the describe functions
// but leaves the table as the linker made it, and wasm-opt must keep every function the table
// holds: ~0.7 KB of shims nothing calls (docs/benchmarks/history.md, "Fortieth session").
//
// Which slots can be reached: a function is called through the table only by `call_indirect` with
// its slot's index, and rustc writes such an index only as a constant, either in the code
// (`i32.const`) or in the data (a vtable, a `fn` in a static). A slot whose index is no `i32.const`
// or `i64.const` half of the code and no 4 bytes at any offset of the data is never read, and
// gets an empty function in its place (one that traps, so a wrong reading here fails loudly rather
// than calling something else). Every other number that happens to equal an index keeps its slot:
// the reading only errs on the side of keeping. Nothing is changed (and the build says so) when
// the table is read or written by `table.*` instructions or filled by more than one segment. An
// exported or imported table fails the build (exit 1, the file untouched): code outside the module
// may call any slot, and a step that silently did nothing would lose its bytes unseen (review 40).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [bin, wasm] = process.argv.slice(2);
const FEATURES = ['--enable-bulk-memory', '--enable-mutable-globals', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue'];
const tmp = mkdtempSync(path.join(tmpdir(), 'wasm_table_gc-'));
const wat = path.join(tmp, 'm.wat');
execFileSync(path.join(bin, 'wasm-dis'), [...FEATURES, wasm, '-o', wat]);
const text = readFileSync(wat, 'utf8');
const leave = (why) => { console.log(`wasm_table_gc: table left as it is (${why})`); rmSync(tmp, { recursive: true }); process.exit(0); };
const refuse = (why) => { console.error(`wasm_table_gc: refused, ${why}: its slots may be called from outside`); rmSync(tmp, { recursive: true }); process.exit(1); };

// The one function table, internal, filled by one active segment at a constant offset.
const tables = [...text.matchAll(/^ \(table (\$\S+) (\d+) (?:\d+ )?funcref\)$/gm)];
const elems = [...text.matchAll(/^ \(elem [^\n]*$/gm)];
// (wasm-bindgen exports its externref table: only a function table is this step's.)
if (/^ \(import [^\n]*\(table [^\n]*funcref\)\)$/m.test(text)) refuse('the function table is imported');
const exported = [...text.matchAll(/^ \(export "[^"]*" \(table (\$\S+)\)\)$/gm)].map((m) => m[1]);
if (tables.some((t) => exported.includes(t[1]))) refuse('the function table is exported');
if (tables.length !== 1 || elems.length !== 1) leave('not one internal funcref table with one segment');
const table = tables[0][1];
const code = text.replace(/^ \(data [^\n]*$/gm, '').replace(/\$"(?:[^"\\]|\\.)*"/g, '$n');
for (const m of code.matchAll(/\((table\.\w+|elem\.drop)([^\n(]*)/g)) {
  if (m[2].split(/\s+/).includes(table) || m[1] === 'elem.drop' || m[1] === 'table.init') leave(`${m[1]} on the table`);
}
// (binaryen names the table and writes `func` only when the module has more than one table)
const seg = elems[0][0].match(/^ \(elem (\$\S+ )?(?:\(table (\$\S+)\) )?\(i32\.const (\d+)\) (?:func )?(.*)\)$/);
if (!seg || (seg[2] ?? table) !== table) leave('a segment of another form');
const offset = Number(seg[3]);
const names = [...seg[4].matchAll(/\$("(?:[^"\\]|\\.)*"|[^\s"()]+)/g)].map((m) => m[1]);
if (names.map((n) => '$' + n).join(' ') !== seg[4]) leave('a segment it cannot read');

// Every constant of the code (both halves of an i64) and every 4 bytes of the data.
const seen = new Set();
for (const m of text.matchAll(/\bi32\.const (-?\d+)/g)) seen.add(Number(BigInt.asUintN(32, BigInt(m[1]))));
for (const m of text.matchAll(/\bi64\.const (-?\d+)/g)) {
  const v = BigInt.asUintN(64, BigInt(m[1]));
  seen.add(Number(v & 0xffffffffn)); seen.add(Number(v >> 32n));
}
const unescape = (s) => {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') { out.push(...Buffer.from(s[i], 'utf8')); continue; }
    const h = s.slice(i + 1, i + 3);
    if (/^[0-9a-fA-F]{2}$/.test(h)) { out.push(parseInt(h, 16)); i += 2; continue; }
    const c = { n: 10, t: 9, r: 13, '"': 34, "'": 39, '\\': 92 }[s[i + 1]];
    if (c === undefined) leave(`an escape it cannot read: \\${s[i + 1]}`);
    out.push(c); i++;
  }
  return Buffer.from(out);
};
for (const line of text.match(/^ \(data [^\n]*$/gm) ?? []) {
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    const b = unescape(m[1]);
    for (let i = 0; i + 4 <= b.length; i++) seen.add(b.readUInt32LE(i));
  }
}

const DEAD = '$wasm_table_gc_empty_slot';
let emptied = 0;
const kept = names.map((n, k) => {
  if (seen.has(offset + k)) return '$' + n;
  emptied++;
  return DEAD;
});
if (emptied === 0) leave('every slot can be reached');
const segment = elems[0][0].replace(seg[4], kept.join(' '));
const out = text.replace(elems[0][0], ` (func ${DEAD}\n  (unreachable)\n )\n${segment}`);
writeFileSync(wat, out);
execFileSync(path.join(bin, 'wasm-as'), [...FEATURES, '-g', wat, '-o', wasm]); // -g: the names stay
rmSync(tmp, { recursive: true });
console.log(`wasm_table_gc: ${emptied} of ${names.length} table slots emptied`);
