#!/usr/bin/env python3
"""Writes pages/*.html, clip/*.txt and manifest.tsv from gen_*.py (review 46's kit; all text invented)."""
import glob, html, os, sys
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, D)
import kit
for p in sorted(glob.glob(f'{D}/gen_*.py')):
    __import__(os.path.basename(p)[:-3])
os.makedirs(f'{D}/pages', exist_ok=True); os.makedirs(f'{D}/clip', exist_ok=True)
rows, seen = [], set()
for k in kit.PAGES:
    pid, lang, body = k['pid'], k['lang'], k['body']
    assert pid not in seen, pid; seen.add(pid)
    assert k['exp'] in ('scam', 'honest'), pid
    paras = ''.join(f'<p>{html.escape(x)}</p>\n' for x in body.split('\n') if x.strip())
    if k['tel']:
        t = ''.join(c for c in k['tel'] if c.isdigit() or c == '+')
        paras += f'<p><a href="tel:{t}">{html.escape(k["tel"])}</a></p>\n'
    h1 = '' if len(body.split()) <= 3 and 'clickfix' in k['fam'] else f'<h1>{html.escape(k["title"])}</h1>\n'  # a lone button: no heading
    rtl = ' dir="rtl"' if lang in ('ar', 'he') else ''
    with open(f'{D}/pages/{pid}.html', 'w') as f:
        f.write(f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{html.escape(k["title"])}</title></head>\n<body>\n{h1}{paras}</body></html>\n')
    cf = ''
    if k['clip']:
        cf = f'clip/{pid}.txt'
        with open(f'{D}/{cf}', 'w') as f: f.write(k['clip'])
    rows.append('\t'.join([f'pages/{pid}.html', k['exp'], k['url'], k['fam'], lang, cf, k['beh']]))
with open(f'{D}/manifest.tsv', 'w') as f:
    f.write('file\texpected\turl\tfamily\tlang\tclipboard\tbehaviour\n' + '\n'.join(rows) + '\n')
langs = {r.split('\t')[4] for r in rows}
print(len(rows), 'pages;', sum(r.split('\t')[1] == 'scam' for r in rows), 'scam;', len(langs), 'languages')
