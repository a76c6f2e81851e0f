// The glance's test for letters placed one by one by layout (extension/content/snapshot.js,
// hangupScrambled): a page whose rendered text is mostly lone letters, one per line or table
// cell, asks for the full read (which puts them in screen order); ordinary pages with a few
// single-letter lines or cells (a league table's form column, an A-Z index, calendars in
// Chinese or Japanese) do not.
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
const scrambled = (t) => ctx.hangupScrambled(t);

const LETTERS = [...'Your computer has been blocked Call Support now'].filter((c) => c !== ' ');
const FOOTER = 'This page is part of a community notice board. Posts are moderated by volunteers.';

test('letters one per line or cell (innerText of absolute, floated, grid or table items) are scrambled', () => {
  assert.equal(scrambled(`${LETTERS.join('\n')}\n${FOOTER}`), true);
  assert.equal(scrambled(`${LETTERS.join('\t')}\n${FOOTER}`), true);
  // A lone letter at the very start and the very end counts too.
  assert.equal(scrambled(LETTERS.slice(0, 40).join('\n')), true);
});

test('ordinary pages with some single-letter lines or cells are not', () => {
  assert.equal(scrambled(`${LETTERS.slice(0, 30).join('\n')}\n${FOOTER}`), false, 'under 40 letters');
  let league = 'Team\tP\tW\tD\tL\tPts\tForm\n';
  for (let i = 0; i < 20; i++) league += `Club ${i}\t10\t5\t3\t2\t18\tW\tD\tL\tW\tW\n`;
  assert.equal(scrambled(league), false, 'a league table');
  let glossary = `${[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].join('\n')}\n`;
  for (let i = 0; i < 40; i++) glossary += `Term ${i}: what it means.\n`;
  glossary += [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].join('\n');
  assert.equal(scrambled(glossary), false, 'an A-Z index above and below a glossary');
  assert.equal(scrambled(`${'日\t月\t火\t水\t木\t金\t土\n'.repeat(8)}`), false, 'calendars');
  assert.equal(scrambled('1\n2\n3\n'.repeat(40)), false, 'digits are not letters');
});
