// Draws HangUp's toolbar and store icons (extension/icons/icon-{16,32,48,128}.png) with no
// dependency: a red "hang up" button (a white handset on a red disc), anti-aliased by 8x8
// supersampling, written as PNG with node's zlib. Run `node tools/icons.mjs`; the PNGs are
// committed, so building needs nothing of this.
//
// Store padding: the 128-px icon keeps its artwork in the central 96 px (16 px transparent on
// each side, as the Chrome Web Store asks). The red reads on light and dark toolbars: its contrast
// is at least 3:1 against both white and the dark toolbars (tests/unit/icons.test.mjs checks it).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../extension/icons');
export const RED = [0xe5, 0x3e, 0x3e];
const WHITE = [255, 255, 255];
/** Transparent margin per side, by icon size. */
export const MARGIN = { 16: 0, 32: 1, 48: 3, 128: 16 };

// --- Shapes as signed distances in a unit square centred on 0 (x right, y down, disc radius 1).
const len = (x, y) => Math.hypot(x, y);
/** Distance to a segment a-b, minus a half-width: a capsule. */
function capsule(px, py, ax, ay, bx, by, r) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return len(px - ax - t * dx, py - ay - t * dy) - r;
}
// The handset: an arch (the receiver's body) over two feet (ear and mouth pieces).
const ARCH = { cx: 0, cy: 0.8, R: 1.05, w: 0.16, from: (232 * Math.PI) / 180, to: (308 * Math.PI) / 180 };
function arch(px, py) {
  const { cx, cy, R, w, from, to } = ARCH;
  let a = Math.atan2(py - cy, px - cx);
  if (a < 0) a += 2 * Math.PI;
  if (a >= from && a <= to) return Math.abs(len(px - cx, py - cy) - R) - w;
  const end = (ang) => len(px - cx - R * Math.cos(ang), py - cy - R * Math.sin(ang));
  return Math.min(end(from), end(to)) - w;
}
function feet(px, py) {
  const { cx, cy, R } = ARCH;
  let d = Infinity;
  for (const ang of [ARCH.from, ARCH.to]) {
    const ex = cx + R * Math.cos(ang);
    const ey = cy + R * Math.sin(ang);
    const out = Math.sign(ex); // outwards and down
    d = Math.min(d, capsule(px, py, ex - 0.06 * out, ey - 0.02, ex + 0.1 * out, ey + 0.26, 0.2));
  }
  return d;
}
const handset = (x, y) => Math.min(arch(x, y), feet(x, y));

/** RGBA pixels of the icon at `size`. */
export function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const inner = size - 2 * MARGIN[size];
  const S = 8;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let disc = 0;
      let white = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          // Unit coordinates: the artwork square maps to [-1, 1].
          const ux = ((x + (sx + 0.5) / S - MARGIN[size]) / inner) * 2 - 1;
          const uy = ((y + (sy + 0.5) / S - MARGIN[size]) / inner) * 2 - 1;
          if (len(ux, uy) <= 1) {
            disc++;
            if (handset(ux, uy) <= 0) white++;
          }
        }
      }
      const i = (y * size + x) * 4;
      const a = disc / (S * S);
      const w = disc ? white / disc : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(RED[c] * (1 - w) + WHITE[c] * w);
      px[i + 3] = Math.round(a * 255);
    }
  }
  return px;
}

// --- PNG (RGBA, 8 bit, no interlace).
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
export function png(size, rgba, height = size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(height * (size * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of [16, 32, 48, 128]) {
    writeFileSync(path.join(OUT, `icon-${size}.png`), png(size, draw(size)));
    console.log(`icon-${size}.png`);
  }
}
