// tools/wasm_table_gc.mjs (build.sh, between wasm-bindgen and wasm-opt): only the table slots that no
// constant of the code and no 4 bytes of the data name are emptied; a table it cannot reason about
// is left as it is. Small modules written here, read back with binaryen's wasm-dis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, '.tools/node_modules/.bin');
const skip = existsSync(path.join(BIN, 'wasm-as')) ? false : 'binaryen not installed (./build.sh installs it)';

// Slot 1 named by an i32.const, slot 2 by a data word at an odd offset, slot 3 by an i64.const's
// high half, slot 4 by nothing.
const MODULE = (extra = '') => `(module
 (type $t (func (result i32)))
 (memory 1)
 (data (i32.const 16) "\\ff\\02\\00\\00\\00")
 (table $tab 5 5 funcref)
 (elem (table $tab) (i32.const 1) func $a $b $c $d)
 (func $a (result i32) (i32.const 10))
 (func $b (result i32) (i32.const 20))
 (func $c (result i32) (i32.const 30))
 (func $d (result i32) (i32.const 40))
 (func $go (export "go") (param $i i32) (result i32)
  (drop (i64.const 12884901888))
  (call_indirect $tab (type $t) (i32.add (local.get $i) (i32.const 1))))
 ${extra})`;

function run(wat) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wasm_table_gc_test-'));
  try {
    writeFileSync(path.join(dir, 'm.wat'), wat);
    const wasm = path.join(dir, 'm.wasm');
    execFileSync(path.join(BIN, 'wasm-as'), ['--enable-reference-types', '-g', path.join(dir, 'm.wat'), '-o', wasm]);
    const said = execFileSync('node', [path.join(ROOT, 'tools/wasm_table_gc.mjs'), BIN, wasm], { encoding: 'utf8' });
    const out = execFileSync(path.join(BIN, 'wasm-dis'), ['--enable-reference-types', wasm], { encoding: 'utf8' });
    return [said, out.match(/^ \(elem [^\n]*$/m)[0]];
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('only the slot no constant names is emptied', { skip }, () => {
  const [said, elem] = run(MODULE());
  assert.match(said, /1 of 4 table slots emptied/);
  assert.match(elem, / \$a \$b \$c \$wasm_table_gc_empty_slot\)$/);
});

// Refused (exit 1, the file untouched): code outside the module may call any slot, and a step
// that silently did nothing would lose its bytes unseen (review 40).
function refused(wat) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wasm_table_gc_test-'));
  try {
    writeFileSync(path.join(dir, 'm.wat'), wat);
    const wasm = path.join(dir, 'm.wasm');
    execFileSync(path.join(BIN, 'wasm-as'), ['--enable-reference-types', '-g', path.join(dir, 'm.wat'), '-o', wasm]);
    const before = readFileSync(wasm);
    let status = 0;
    let said = '';
    try {
      execFileSync('node', [path.join(ROOT, 'tools/wasm_table_gc.mjs'), BIN, wasm], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = e.status;
      said = e.stderr;
    }
    return [status, said, before.equals(readFileSync(wasm))];
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('an exported function table is refused', { skip }, () => {
  const [status, said, same] = refused(MODULE('(export "t" (table $tab))'));
  assert.equal(status, 1);
  assert.match(said, /refused, the function table is exported/);
  assert.ok(same);
});

test('an imported function table is refused', { skip }, () => {
  // (Imports come first.)
  const wat = MODULE().replace(' (table $tab 5 5 funcref)\n', '')
    .replace(' (memory 1)', ' (import "env" "t" (table $tab 5 5 funcref))\n (memory 1)');
  const [status, said, same] = refused(wat);
  assert.equal(status, 1);
  assert.match(said, /refused, the function table is imported/);
  assert.ok(same);
});

test('an exported externref table (wasm-bindgen\'s) is not the function table', { skip }, () => {
  const [said, elem] = run(MODULE('(table $refs 4 externref) (export "refs" (table $refs))'));
  assert.match(said, /1 of 4 table slots emptied/);
  assert.match(elem, / \$a \$b \$c \$wasm_table_gc_empty_slot\)$/);
});

test('a table that table.get reads is left as it is', { skip }, () => {
  const [said, elem] = run(MODULE('(func $peek (export "peek") (param $i i32) (result funcref) (table.get $tab (local.get $i)))'));
  assert.match(said, /left as it is/);
  assert.match(elem, / \$a \$b \$c \$d\)$/);
});
