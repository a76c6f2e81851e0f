// Minifies the two largest content scripts in a build directory (after tools/strip_js.mjs): their
// compile is most of what each injection of them costs, in every frame of every page, and shorter
// local names and fewer characters cut it (docs/BENCHMARKS.md, "How the content scripts stay cheap").
//
//   node tools/minify_js.mjs ESBUILD_DIR BUILD_DIR
//
// rewrites in place BUILD_DIR's content/snapshot.js and content/overlay_host.js with esbuild's
// minifier (local names shortened, whitespace and comments gone; build.sh runs it on dist/chromium
// and dist/firefox; the sources in extension/ stay as they are). Not main_world.js (its hooks'
// names are what a page sees, and its parenthesised functions are V8's hint to compile them at
// once), protocol.js or content.js (measured: no gain).
// Checked, or the build fails: the output parses as a script, keeps `'use strict'`, declares the
// same top-level names (the other content scripts call them: they share one global scope) and
// uses only ASCII (one-byte strings for V8).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const MINIFIED = ['content/snapshot.js', 'content/overlay_host.js'];
// The browsers' floors (manifest.json's minimum_chrome_version, manifest.build.mjs's
// strict_min_version): the minifier writes no syntax they lack.
export const OPTIONS = { minify: true, charset: 'ascii', target: ['chrome119', 'firefox142'], legalComments: 'none' };

/** The names a script declares at its top level, sorted, and whether it starts in strict mode. */
export function outline(acorn, src) {
  const tree = acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'script' });
  const names = [];
  for (const s of tree.body) {
    if (s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') names.push(s.id.name);
    if (s.type === 'VariableDeclaration') for (const d of s.declarations) names.push(d.id.type === 'Identifier' ? d.id.name : JSON.stringify(d.id));
  }
  return { names: names.sort().join(','), strict: tree.body[0]?.directive === 'use strict' };
}

async function main() {
  const [esbuildDir, buildDir, acornDir] = process.argv.slice(2);
  const esbuild = createRequire(import.meta.url)(path.resolve(esbuildDir));
  const acorn = await import(path.resolve(acornDir, 'dist/acorn.mjs'));
  let before = 0, after = 0;
  for (const f of MINIFIED) {
    const file = path.join(buildDir, f);
    const src = readFileSync(file, 'utf8');
    const { code } = await esbuild.transform(src, OPTIONS);
    const a = outline(acorn, src), b = outline(acorn, code);
    if (a.names !== b.names || a.strict !== b.strict) throw new Error(`minify_js: ${f}: other top-level names or strictness`);
    if (/[^\x00-\x7f]/.test(code)) throw new Error(`minify_js: ${f}: not ASCII`);
    writeFileSync(file, code);
    before += src.length;
    after += code.length;
  }
  console.log(`minify_js: ${MINIFIED.length} content scripts of ${path.basename(buildDir)}, ${before} -> ${after} characters`);
}
if (import.meta.url === `file://${process.argv[1]}`) await main();
