// Pixel checks of what is really on screen: a screenshot, sampled on a grid, against the
// warning's palette (extension/pages/ui.css). A warning that is present in the DOM but hidden,
// covered, shrunk, blank or painted over fails here.
import { PNG } from 'pngjs';

// The overlay's colours: paper (the page background), the white card, ink, accent, warn, and
// the light tints of its boxes.
const PAPER = [0xf4, 0xf1, 0xea];
const PALETTE = [PAPER, [0xff, 0xff, 0xff], [0x1b, 0x1b, 0x1b], [0x15, 0x5e, 0x75], [0x8a, 0x1c, 0x1c],
  [0xfd, 0xf3, 0xf3], [0x44, 0x44, 0x44], [0x4a, 0x4a, 0x4a], [0xdd, 0xdd, 0xdd]];
const near = (p, c, tol) => Math.abs(p[0] - c[0]) <= tol && Math.abs(p[1] - c[1]) <= tol && Math.abs(p[2] - c[2]) <= tol;
/** Anti-aliased text: a pixel on the line between the white/paper ground and a text colour. */
function textEdge(p) {
  for (const ground of [[255, 255, 255], PAPER]) {
    for (const ink of PALETTE.slice(2, 5)) {
      const t = (ground[0] - p[0]) / (ground[0] - ink[0] || 1);
      if (t > 0 && t < 1 && [0, 1, 2].every((i) => Math.abs(ground[i] + t * (ink[i] - ground[i]) - p[i]) <= 10)) return true;
    }
  }
  return false;
}

/**
 * Samples a 32 x 20 grid of a PNG screenshot. Returns the share of points in the warning's
 * colours (`overlay`), its paper background (`paper`) and its white card (`white`).
 */
export function warningShare(pngBuffer) {
  const png = PNG.sync.read(pngBuffer);
  const cols = 32;
  const rows = 20;
  let overlay = 0;
  let paper = 0;
  let white = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = Math.floor(((c + 0.5) * png.width) / cols);
      const y = Math.floor(((r + 0.5) * png.height) / rows);
      const i = (png.width * y + x) * 4;
      const p = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (near(p, PAPER, 6)) paper++;
      if (near(p, [255, 255, 255], 4)) white++;
      if (PALETTE.some((col) => near(p, col, 12)) || textEdge(p)) overlay++;
    }
  }
  const n = cols * rows;
  return { overlay: overlay / n, paper: paper / n, white: white / n, width: png.width, height: png.height };
}

/** The warning covers the screen and is rendered: >= 80 % of the points in its colours, >= 15 %
 *  its paper and >= 15 % its card (a blank warning frame is paper only). */
export const warningOnScreen = (share) => share.overlay >= 0.8 && share.paper >= 0.15 && share.white >= 0.15;

/** Where a person would click "Leave this page": the centre of the widest run of the warning's
 *  filled accent colour (its primary button, ui.css `button.primary`) in a PNG screenshot, in
 *  screenshot pixels (CSS pixels at the tests' scale 1); null when no such button is painted. */
const px = (png, x, y) => {
  const i = (png.width * y + x) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
};
export function primaryButton(pngBuffer) {
  const png = PNG.sync.read(pngBuffer);
  const accent = PALETTE[3];
  let best = null;
  for (let y = 0; y < png.height; y++) {
    let run = 0;
    for (let x = 0; x <= png.width; x++) {
      const i = (png.width * y + x) * 4;
      if (x < png.width && near([png.data[i], png.data[i + 1], png.data[i + 2]], accent, 12)) run++;
      else {
        // The first row of a filled run (the secondary buttons are only outlined in it): a few
        // pixels below, inside its left padding, is still the accent.
        const filled = (dy) => y + dy < png.height && near(px(png, x - run + 6, y + dy), accent, 12);
        if (run > 60 && !best && [3, 6, 9, 12].every(filled)) best = { run, x: Math.round(x - run / 2), y: y + 6 };
        run = 0;
      }
    }
  }
  return best && { x: best.x, y: best.y };
}
