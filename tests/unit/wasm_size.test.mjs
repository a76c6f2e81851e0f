// The size budget of the engine's Wasm (docs/BENCHMARKS.md, "Wasm size"): under 400 000 bytes
// after wasm-opt, as build.sh builds it. A check of the built file, not a timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET = 400_000;

for (const browser of ['chromium', 'firefox']) {
  test(`${browser}: the Wasm is under ${BUDGET} bytes`, () => {
    const size = statSync(path.join(ROOT, 'dist', browser, 'wasm/hangup_bg.wasm')).size;
    assert.ok(size < BUDGET, `${size} bytes: over the budget by ${size - BUDGET}`);
  });
}
