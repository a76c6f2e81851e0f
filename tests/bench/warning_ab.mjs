// Two or more builds' first warnings side by side (docs/BENCHMARKS.md "The first warning, cold and
// warm"): warning_time.mjs's cases for each build in turn, in rounds, the order swapped every
// round, so both builds see the same machine load. Prints median / p90 per build, browser, case.
//   node tests/bench/warning_ab.mjs [--rounds 2] [--browsers chromium,firefox] [--cold 1] [--restart 4]
//                                   [--stopped 4] [--ff-stopped 4] [--warm 8] DIST_A DIST_B ...
import path from 'node:path';
import { measureWarnings, summarise } from './warning_time.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const dists = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((d) => path.resolve(d));
if (dists.length < 2) throw new Error('give two or more built dist/ directories');
const rounds = Number(opt('rounds', 2));
const cases = {
  browsers: opt('browsers', 'chromium,firefox').split(','),
  cold: Number(opt('cold', 1)),
  restart: Number(opt('restart', 4)),
  stopped: Number(opt('stopped', 4)),
  firefoxStopped: Number(opt('ff-stopped', opt('stopped', 4))),
  warm: Number(opt('warm', 8)),
};
const all = new Map(dists.map((d) => [d, {}]));
for (let r = 0; r < rounds; r++) {
  for (const dist of r % 2 ? [...dists].reverse() : dists) {
    const got = await measureWarnings({ ...cases, dist });
    for (const [browser, byCase] of Object.entries(got)) {
      for (const [name, samples] of Object.entries(byCase)) {
        const into = ((all.get(dist)[browser] ??= {})[name] ??= []);
        into.push(...samples);
      }
    }
    console.error(`round ${r + 1}: ${dist} done`);
  }
}
const cell = (s) => (s ? `${s.median} / ${s.p90}${s.missed ? ` (${s.missed} missed)` : ''}` : '-');
for (const browser of cases.browsers) {
  for (const name of Object.keys(all.get(dists[0])[browser] ?? {})) {
    for (const key of ['headline', 'painted']) {
      const row = dists.map((d) => summarise(all.get(d)[browser]?.[name] ?? [], key));
      if (row.every((s) => !s)) continue;
      const n = row.find(Boolean)?.n;
      console.log(`${browser.padEnd(9)} ${name.padEnd(21)} ${key.padEnd(9)} n ${String(n).padStart(3)}  ${row.map(cell).map((c) => c.padStart(22)).join('')}`);
    }
  }
}
console.log(`columns: ${dists.join(' | ')}`);
