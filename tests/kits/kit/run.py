#!/usr/bin/env python3
"""Run a hangup-scan binary on every page of a kit's manifest.tsv: run.py KIT_DIR BINARY TAG [--strict]
(each kit's own run.py calls this with its directory).
Each page: `--snapshot --url URL page.html` builds the snapshot; the manifest's clipboard text (squeezed
by extension/background/clip_text.js through node, as the background does; via 'writeText') and
behaviour (e.g. fullscreen) are put into it; then the binary judges the snapshot with --explain.
Writes results/TAG.tsv: file, expected, family, lang, level, score, reasons."""
import json, os, subprocess, sys, tempfile
D = os.path.abspath(sys.argv[1])
binary, tag = sys.argv[2], sys.argv[3]
extra = sys.argv[4:]
CLIP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clip.mjs')
rows = [l.rstrip('\n').split('\t') for l in open(f'{D}/manifest.tsv')][1:]
clips = {r[0]: open(f'{D}/{r[5]}').read() for r in rows if r[5]}
squeezed = json.loads(subprocess.run(['node', CLIP], input=json.dumps(clips), capture_output=True, text=True, check=True).stdout)
tmp = tempfile.mkdtemp(prefix='kitsnap_')
paths = []
for r in rows:
    f, exp, url, fam, lang, cf, beh = r
    snap = json.loads(subprocess.run([binary, '--snapshot', '--url', url, f'{D}/{f}'], capture_output=True, text=True, check=True).stdout)
    if cf:
        snap['clipboard'] = {'text': squeezed[f], 'via': 'writeText'}
    for b in filter(None, beh.split(',')):
        snap['behaviour'][b] = 1
    p = f'{tmp}/{os.path.basename(f)}.json'
    json.dump(snap, open(p, 'w'), ensure_ascii=False)
    paths.append(p)
out = subprocess.run([binary, '--explain', *extra, *paths], capture_output=True, text=True).stdout
res = {}
for line in out.splitlines():
    j = json.loads(line)
    res[os.path.basename(j['input'])[:-5]] = j
os.makedirs(f'{D}/results', exist_ok=True)
with open(f'{D}/results/{tag}.tsv', 'w') as o:
    o.write('file\texpected\tfamily\tlang\tlevel\tscore\treasons\n')
    for r in rows:
        j = res[os.path.basename(r[0])]
        reasons = ','.join((x['id'] if isinstance(x, dict) else str(x)) for x in j.get('reasons', []))
        o.write('\t'.join([r[0], r[1], r[3], r[4], j.get('level', 'error'), str(j.get('score', '')), reasons]) + '\n')
print(f'results/{tag}.tsv', len(rows))
