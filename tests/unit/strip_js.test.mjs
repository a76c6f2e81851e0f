// The content scripts in dist/ are the sources in extension/ with their comments and indentation
// taken out by build.sh (tools/strip_js.mjs): the same program, token for token, and smaller.
// The two minified by tools/minify_js.mjs are esbuild's output for their source, exactly, with
// the source's top-level names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { MINIFIED, OPTIONS: MINIFY, outline } = await import(pathToFileURL(path.join(ROOT, 'tools/minify_js.mjs')).href);
const esbuild = createRequire(import.meta.url)(path.join(ROOT, '.tools/node_modules/esbuild'));
// The acorn build.sh installed for tools/strip_js.mjs.
const acorn = await import(pathToFileURL(path.join(ROOT, '.tools/node_modules/acorn/dist/acorn.mjs')).href);
const OPTIONS = { ecmaVersion: 'latest', sourceType: 'script' };
const tokens = (src) => [...acorn.tokenizer(src, OPTIONS)].map((t) => `${t.type.label} ${src.slice(t.start, t.end)}`);
const tree = (src) => JSON.stringify(acorn.parse(src, OPTIONS), (k, v) => (k === 'start' || k === 'end' ? undefined : v));

for (const browser of ['chromium', 'firefox']) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist', browser, 'manifest.json'), 'utf8'));
  const scripts = [...new Set(manifest.content_scripts.flatMap((c) => c.js))];
  test(`${browser}: every content script is its source without comments or indentation`, () => {
    assert.ok(scripts.includes('content/main_world.js') && scripts.includes('content/content.js'), scripts.join());
    for (const file of scripts.filter((f) => !MINIFIED.includes(f))) {
      const src = readFileSync(path.join(ROOT, 'extension', file), 'utf8');
      const built = readFileSync(path.join(ROOT, 'dist', browser, file), 'utf8');
      assert.deepEqual(tokens(built), tokens(src), `${file}: other tokens (dist/ not rebuilt since the source changed?)`);
      assert.equal(tree(built), tree(src), `${file}: another program`);
      assert.ok(built.length < src.length, `${file}: ${built.length} characters, not fewer than its source's ${src.length}`);
    }
  });
  test(`${browser}: snapshot.js and overlay_host.js are their sources minified, with the same top-level names`, async () => {
    assert.deepEqual(MINIFIED.filter((f) => scripts.includes(f)), MINIFIED);
    for (const file of MINIFIED) {
      const src = readFileSync(path.join(ROOT, 'extension', file), 'utf8');
      const built = readFileSync(path.join(ROOT, 'dist', browser, file), 'utf8');
      assert.equal(built, (await esbuild.transform(src, MINIFY)).code, `${file}: not esbuild's output for its source (dist/ not rebuilt?)`);
      assert.deepEqual(outline(acorn, built), outline(acorn, src), `${file}: other top-level names`);
      assert.ok(outline(acorn, src).names && outline(acorn, src).strict, file); // (the check reads something)
    }
  });
}
