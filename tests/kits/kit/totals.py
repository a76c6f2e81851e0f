#!/usr/bin/env python3
"""totals.py KIT_DIR BASE [TAG...]: scams warned (level scam) per family and language, honest pages warned, pages that moved.
A page "warned" = level 'scam' (the overlay); 'suspicious' (a badge) is reported apart."""
import collections, os, sys
D = os.path.abspath(sys.argv.pop(1))
def load(t):
    rows = [l.rstrip('\n').split('\t') for l in open(f'{D}/results/{t}.tsv')][1:]
    return {r[0]: r for r in rows}
base = load(sys.argv[1]); tags = sys.argv[2:] or [sys.argv[1]]
for t in tags:
    cur = load(t)
    print(f'== {t} (vs {sys.argv[1]})')
    for side in ('scam', 'honest'):
        rs = [r for r in cur.values() if r[1] == side]
        w = sum(r[4] == 'scam' for r in rs); s = sum(r[4] == 'suspicious' for r in rs)
        bw = sum(base[r[0]][4] == 'scam' for r in rs)
        print(f'{side}: warned {w}/{len(rs)} (base {bw}), suspicious {s}')
        for key, idx in (('group', 2), ('family', 2), ('lang', 3)):
            c = collections.defaultdict(lambda: [0, 0])
            for r in rs:
                k = r[idx].split('-')[0] if key == 'group' and side == 'scam' else r[idx]
                if key == 'group' and side == 'honest': continue
                c[k][1] += 1; c[k][0] += r[4] == 'scam'
            if not c: continue
            print(f'  by {key}: ' + ', '.join(f'{k} {v[0]}/{v[1]}' for k, v in sorted(c.items())))
    moved = [(f, base[f][4], r[4]) for f, r in cur.items() if base[f][4] != r[4]]
    print(f'moved: {len(moved)}')
    for f, a, b in moved: print(f'  {f} ({cur[f][1]}): {a} -> {b}  [{cur[f][6]}]')
    print('scams not warned:'); [print(f'  {r[0]} {r[4]} {r[5]} [{r[6]}]') for r in cur.values() if r[1] == 'scam' and r[4] != 'scam']
    print('honest warned:'); [print(f'  {r[0]} {r[4]} {r[5]} [{r[6]}]') for r in cur.values() if r[1] == 'honest' and r[4] == 'scam']
    print('honest suspicious:'); [print(f'  {r[0]} {r[5]} [{r[6]}]') for r in cur.values() if r[1] == 'honest' and r[4] == 'suspicious']
