// Turns the corpus runner's JSON lines into the tables of docs/EVALUATION.md ("Browser" section):
// levels per set, warnings, time to warning, per-reason firing rates, misses.
//   node corpus/run.mjs --broad all > /tmp/corpus.jsonl; node corpus/summarise.mjs /tmp/corpus.jsonl
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.startsWith('{"page"')).map((l) => JSON.parse(l));
const setOf = (r) => r.page.split('/')[0];
const sets = ['scam', 'benign', 'broad'];
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}% (${n})` : '-');

console.log('| set | pages | warned (overlay on screen) | scam | suspicious | safe | no verdict read |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const s of sets) {
  const x = rows.filter((r) => setOf(r) === s);
  const lv = (l) => x.filter((r) => r.level === l).length;
  console.log(`| ${s} | ${x.length} | ${x.filter((r) => r.warned).length} | ${lv('scam')} | ${lv('suspicious')} | ${lv('safe')} | ${lv(null)} |`);
}
const ms = rows.filter((r) => setOf(r) === 'scam' && r.warned).map((r) => r.ms).sort((a, b) => a - b);
const q = (p) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))];
console.log(`\nTime from navigation start to the warning on screen (scam pages, ${ms.length}): median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${ms[ms.length - 1]} ms.\n`);

const ids = [...new Set(rows.flatMap((r) => r.reasons))].sort();
console.log('| reason id | scam pages | benign pages | broad pages |');
console.log('|---|---:|---:|---:|');
const byRate = ids.map((id) => [id, ...sets.map((s) => {
  const x = rows.filter((r) => setOf(r) === s);
  return [x.filter((r) => r.reasons.includes(id)).length, x.length];
})]).sort((a, b) => b[1][0] / b[1][1] - a[1][0] / a[1][1]);
for (const [id, ...c] of byRate) console.log(`| ${id} | ${c.map(([n, d]) => pct(n, d)).join(' | ')} |`);

console.log('\nMissed scam pages:');
for (const r of rows.filter((r) => setOf(r) === 'scam' && !r.warned)) console.log(`- ${r.page}: level ${r.level}, reasons ${r.reasons.join(', ') || 'none'}${r.error ? `, error ${r.error}` : ''}`);
console.log('\nBenign or broad pages warned:');
for (const r of rows.filter((r) => setOf(r) !== 'scam' && r.warned)) console.log(`- ${r.page}: reasons ${r.reasons.join(', ')}`);
console.log('\nBenign or broad pages at "suspicious" (badge only):');
for (const r of rows.filter((r) => setOf(r) !== 'scam' && r.level === 'suspicious')) console.log(`- ${r.page}: ${r.reasons.join(', ')}`);
