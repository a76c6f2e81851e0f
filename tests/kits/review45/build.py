#!/usr/bin/env python3
"""Writes pages/*.html, clip/*.txt and manifest.tsv from gen_*.py (review 45's blind kit; all text invented)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_a, gen_b, gen_c, gen_d  # noqa: F401  (each appends to gen_a.PAGES)
import glob
extra = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen_*.py')) if os.path.basename(p)[4] not in 'abcd')
for m in extra: __import__(m)
D = os.path.dirname(os.path.abspath(__file__))
os.makedirs(f'{D}/pages', exist_ok=True); os.makedirs(f'{D}/clip', exist_ok=True)
rows = []
seen = set()
for a, k in gen_a.PAGES:
    pid, exp, url, fam, lang, title, body = a[:7]
    clip = a[7] if len(a) > 7 else k.get('clip')
    beh = a[8] if len(a) > 8 else k.get('beh')
    assert pid not in seen, pid; seen.add(pid)
    paras = ''.join(f'<p>{html.escape(x)}</p>\n' for x in body.split('\n'))
    h1 = '' if len(body.split()) <= 2 and fam.startswith('t-clickfix') else f'<h1>{html.escape(title)}</h1>\n'  # a lone button: no heading
    rtl = ' dir="rtl"' if lang in ('ar', 'he') else ''
    with open(f'{D}/pages/{pid}.html', 'w') as f:
        f.write(f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>\n<body>\n{h1}{paras}</body></html>\n')
    cf = ''
    if clip:
        cf = f'clip/{pid}.txt'
        with open(f'{D}/{cf}', 'w') as f: f.write(clip)
    rows.append('\t'.join([f'pages/{pid}.html', exp, url, fam, lang, cf, beh or '']))
with open(f'{D}/manifest.tsv', 'w') as f:
    f.write('file\texpected\turl\tfamily\tlang\tclipboard\tbehaviour\n' + '\n'.join(rows) + '\n')
print(len(rows), 'pages;', sum(r.split('\t')[1] == 'scam' for r in rows), 'scam')
