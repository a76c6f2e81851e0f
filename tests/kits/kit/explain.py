#!/usr/bin/env python3
"""explain.py KIT_DIR BINARY PAGE_ID... : the --explain line of each page, built as run.py builds it (clipboard, behaviour)."""
import json, os, subprocess, sys, tempfile
D = os.path.abspath(sys.argv[1])
binary, ids = sys.argv[2], sys.argv[3:]
CLIP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clip.mjs')
extra = [i for i in ids if i.startswith('--')]; ids = [i for i in ids if not i.startswith('--')]
rows = {os.path.basename(r[0])[:-5]: r for r in (l.rstrip('\n').split('\t') for l in list(open(f'{D}/manifest.tsv'))[1:])}
from subprocess import run
for i in ids:
    f, exp, url, fam, lang, cf, beh = rows[i]
    snap = json.loads(run([binary, '--snapshot', '--url', url, f'{D}/{f}'], capture_output=True, text=True).stdout)
    if cf:
        clip = json.loads(run(['node', CLIP], input=json.dumps({'x': open(f'{D}/{cf}').read()}), capture_output=True, text=True).stdout)['x']
        snap['clipboard'] = {'text': clip, 'via': 'writeText'}
    for b in filter(None, beh.split(',')): snap['behaviour'][b] = 1
    p = tempfile.mktemp(suffix='.json'); json.dump(snap, open(p, 'w'), ensure_ascii=False)
    j = json.loads(run([binary, '--explain', *extra, p], capture_output=True, text=True).stdout)
    print(f"## {i} ({exp}) {j['level']} {j['score']}")
    for r in j.get('details', []):
        print(f"    {r['id']} {r['weight']}: {json.dumps(r.get('detail'), ensure_ascii=False)[:200]}")
