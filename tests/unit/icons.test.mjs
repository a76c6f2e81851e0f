// The icons (drawn by tools/icons.mjs): the right sizes, the store icon's transparent padding,
// and a toolbar icon that reads on light and dark toolbars (WCAG 3:1 for graphics against both,
// and its white handset against its red).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'));

/** Decodes an 8-bit RGBA, non-interlaced PNG: {width, height, px(x, y) -> [r, g, b, a]}. */
function decode(file) {
  const buf = readFileSync(file);
  assert.equal(buf.toString('latin1', 1, 4), 'PNG', file);
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (pos < buf.length) {
    const n = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + n);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.deepEqual([data[8], data[9], data[12]], [8, 6, 0], `${file}: 8-bit RGBA, not interlaced`);
    } else if (type === 'IDAT') idat.push(data);
    pos += n + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][f];
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, px: (x, y) => [...out.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)] };
}

const lum = ([r, g, b]) => {
  const c = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (x, y) => (Math.max(lum(x), lum(y)) + 0.05) / (Math.min(lum(x), lum(y)) + 0.05);
// Chrome light / dark, Firefox light / dark, Edge dark toolbars.
const TOOLBARS = { 'white': [255, 255, 255], 'Chrome light': [241, 243, 244], 'Chrome dark': [32, 33, 36], 'Firefox dark': [43, 42, 51], 'Edge dark': [41, 41, 41] };

const icons = { ...manifest.icons, ...manifest.action.default_icon };

test('every icon the manifest names exists at its size', () => {
  for (const [size, rel] of Object.entries(icons)) {
    const png = decode(path.join(ROOT, 'extension', rel));
    assert.deepEqual([png.width, png.height], [Number(size), Number(size)], rel);
  }
});

test('the 128-px store icon keeps 16 px of transparent padding and fills the 96-px box', () => {
  const png = decode(path.join(ROOT, 'extension', manifest.icons['128']));
  let opaqueOutside = 0;
  let [minX, minY, maxX, maxY] = [128, 128, -1, -1];
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < 128; x++) {
      const a = png.px(x, y)[3];
      const inside = x >= 16 && x < 112 && y >= 16 && y < 112;
      if (!inside && a > 0) opaqueOutside++;
      if (a > 127) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  assert.equal(opaqueOutside, 0, 'pixels in the padding');
  assert.ok(minX <= 17 && minY <= 17 && maxX >= 110 && maxY >= 110, `artwork ${minX},${minY}-${maxX},${maxY} does not fill the box`);
});

test('the 16-px toolbar icon reads on light and dark toolbars', () => {
  const png = decode(path.join(ROOT, 'extension', manifest.action.default_icon['16']));
  const solid = [];
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) if (png.px(x, y)[3] === 255) solid.push(png.px(x, y));
  assert.ok(solid.length >= 120, `only ${solid.length} solid pixels: too faint at 16 px`);
  // The disc's colour (the most common solid colour) against every toolbar.
  const counts = new Map();
  for (const p of solid) counts.set(p.slice(0, 3).join(), (counts.get(p.slice(0, 3).join()) ?? 0) + 1);
  const disc = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  for (const [name, bg] of Object.entries(TOOLBARS)) {
    assert.ok(contrast(disc, bg) >= 3, `disc ${disc} on ${name}: ${contrast(disc, bg).toFixed(2)}:1`);
  }
  // The glyph: enough nearly white pixels, clearly apart from the disc.
  const glyph = solid.filter((p) => lum(p) > 0.8);
  assert.ok(glyph.length >= 12, `the handset has only ${glyph.length} light pixels at 16 px`);
  assert.ok(contrast(glyph[0], disc) >= 3, 'the handset does not stand out from the disc');
});
