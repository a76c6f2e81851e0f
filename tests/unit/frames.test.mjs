// The background's joining of a page's frames (extension/background/frames.js): a scam split
// across frames of different sites is read as one page, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { framesTogether, forgetFrames } = await import(pathToFileURL(path.join(ROOT, 'extension/background/frames.js')).href);
const { LIMITS } = globalThis.hangupProtocol;
const TOP = 'https://pc-alert.example/';
const snap = (text, extra = {}) => ({ url: TOP, title: 'Alert', text, tel_links: [], alt_texts: [], dialog_texts: [], dom: {}, behaviour: {}, ...extra });

test('the claims of one frame and the number of another are read together, top frame first', () => {
  assert.equal(framesTogether(1, 0, TOP, 'p1', snap('Call now: +1 888 555 0101', { behaviour: { fullscreen: 1 } }), 'suspicious'), null, 'one frame: nothing to join');
  const j = framesTogether(1, 7, TOP, 'f7', snap('Your computer is locked', { url: 'https://cdn.example/x', tel_links: ['tel:+18885550101'] }), 'suspicious');
  assert.equal(j.text, 'Call now: +1 888 555 0101\nYour computer is locked');
  assert.equal(j.url, TOP, 'judged as the top page (its host)');
  assert.deepEqual(j.behaviour, { fullscreen: 1 });
  assert.deepEqual(j.tel_links, ['tel:+18885550101']);
  forgetFrames(1);
});

test('safe sub-frames are not joined; a new page in the tab starts afresh; the text stays bounded', () => {
  framesTogether(2, 0, TOP, 'p1', snap('Call now: +1 888 555 0101'), 'suspicious');
  assert.equal(framesTogether(2, 5, TOP, 'f5', snap('Weather: sunny'), 'safe'), null, 'a safe sub-frame');
  // The top frame's new document: the old frames are gone.
  assert.equal(framesTogether(2, 0, TOP, 'p2', snap('Call now: +1 888 555 0101'), 'suspicious'), null);
  // Another address.
  framesTogether(2, 0, 'https://other.example/', 'p3', snap('x'.repeat(LIMITS.textChars)), 'safe');
  const j = framesTogether(2, 9, 'https://other.example/', 'f9', snap('y'.repeat(1000)), 'suspicious');
  assert.equal(j.text.length, LIMITS.textChars);
  forgetFrames(2);
});

test('a page of many frames keeps at most eight; bad fields are skipped', () => {
  for (let f = 0; f < 20; f++) framesTogether(3, f, TOP, `p${f}`, snap(`frame ${f}`), 'suspicious');
  const j = framesTogether(3, 1, TOP, 'p1', snap('frame 1 again', { tel_links: 'not a list', text: 42 }), 'suspicious');
  assert.equal(j.text.split('\n').length, 8);
  assert.deepEqual(j.tel_links, []);
  forgetFrames(3);
});
