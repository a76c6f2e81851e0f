// Reads JSON {id: text} on stdin, prints {id: clipText(text)} as the extension's background would.
import { clipText } from '../../../extension/background/clip_text.js';
let s = '';
process.stdin.on('data', (d) => { s += d; });
process.stdin.on('end', () => {
  const o = JSON.parse(s);
  for (const k of Object.keys(o)) o[k] = clipText(o[k]);
  process.stdout.write(JSON.stringify(o));
});
