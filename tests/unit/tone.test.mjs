// How the full read tells letters no one can see (extension/content/snapshot.js): glyphs in the
// colour of the background behind them or nearly transparent, clipped or masked away. Honest
// light grey on white stays seen.
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
const { hangupRgba: rgba, hangupSameTone: same, hangupOpacity: opacity, hangupClippedAway: clipped } = ctx;
const WHITE = [255, 255, 255, 1];

test('computed colours as both browsers write them', () => {
  assert.deepEqual([...rgba('rgb(1, 2, 3)')], [1, 2, 3, 1]);
  assert.deepEqual([...rgba('rgba(30, 30, 30, 0.01)')], [30, 30, 30, 0.01]);
  assert.deepEqual([...rgba('rgb(1 2 3 / 50%)')], [1, 2, 3, 0.5]);
  assert.deepEqual([...rgba('transparent')], [0, 0, 0, 0]);
  assert.deepEqual([...rgba('color(srgb 1 1 1)')].map(Math.round), [255, 255, 255, 1]);
  assert.equal(rgba('oklch(0.9 0 0)'), null); // not measured: counts as seen
  assert.equal(rgba('currentcolor'), null);
});

test('the background\'s own colour and near-zero alpha are not seen; light grey and faint but legible text are', () => {
  for (const c of ['rgb(255, 255, 255)', 'rgb(248, 248, 248)', 'rgba(0, 0, 0, 0.01)', 'rgba(0, 0, 0, 0.03)', 'color(srgb 0.99 0.99 0.99)']) assert.equal(same(rgba(c), WHITE), true, c);
  for (const c of ['rgb(226, 226, 226)', 'rgb(240, 240, 240)', 'rgba(0, 0, 0, 0.1)', 'rgb(0, 0, 0)', 'rgb(255, 255, 200)']) assert.equal(same(rgba(c), WHITE), false, c);
  assert.equal(same(rgba('rgb(27, 79, 156)'), [27, 79, 156, 1]), true);
  assert.equal(same(rgba('rgb(255, 255, 255)'), [27, 79, 156, 1]), false);
});

test('opacity and filter opacity multiply', () => {
  assert.equal(opacity({ opacity: '1', filter: 'none' }), 1);
  assert.equal(opacity({ opacity: '0.5', filter: 'opacity(0.1)' }), 0.05);
  assert.equal(opacity({ opacity: '1', filter: 'blur(1px) opacity(2%)' }), 0.02);
  assert.equal(opacity({ opacity: '1', filter: 'opacity(3)' }), 1);
});

test('clipped or masked away: only shapes and masks that leave nothing', () => {
  const el = { getBoundingClientRect: () => ({ width: 20, height: 10 }) };
  const cs = (clipPath, maskImage = 'none') => ({ clipPath, maskImage });
  for (const c of ['inset(50%)', 'inset(0px 0px 100% 0px)', 'inset(5px 0px)', 'circle(0px at 50% 50%)', 'inset(0px 10px 0px 10px round 2px)']) assert.equal(clipped(cs(c), el), true, c);
  for (const c of ['none', 'inset(10%)', 'circle(50% at 50% 50%)', 'inset(2px)', 'inset(calc(50% + 1px))', 'polygon(0% 0%, 100% 0%, 50% 100%)', 'url("#c")']) assert.equal(clipped(cs(c), el), false, c);
  for (const m of ['linear-gradient(rgba(0, 0, 0, 0), rgba(0, 0, 0, 0))', 'linear-gradient(transparent, transparent)', 'radial-gradient(circle at 50% 50%, transparent 0%, rgba(0, 0, 0, 0) 100%)']) assert.equal(clipped(cs('none', m), el), true, m);
  for (const m of ['linear-gradient(rgb(0, 0, 0), rgba(0, 0, 0, 0))', 'linear-gradient(black, transparent)', 'url("m.svg")', 'none', 'linear-gradient(to right, rgba(0, 0, 0, 0) 0%, rgb(0, 0, 0) 30%)']) assert.equal(clipped(cs('none', m), el), false, m);
});
