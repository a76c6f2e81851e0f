#!/usr/bin/env python3
"""Per-family figures on the project's own invented pages (tests/fixtures/lang/*.txt).

Runs `hangup-scan --explain` on every page of every language file and prints two Markdown tables
for docs/EVALUATION.md: outcome per family, and how often each reason fires per family.

    python3 tests/corpus/family_eval.py [--strict]

Families: a page expected `scam` is a *fake system screen* when its `system_screen` reason has
two or more distinct screen phrases (weight >= 2.5), a *ClickFix typed by hand* page when its
verdict shows a command to type (`typed_command`), else a *Microsoft / Defender* page when the
impersonated brand is Microsoft or its title names Windows, Defender or Microsoft, else *another
brand's call-us scam*. Pages expected `safe` or `not-scam` are *benign look-alikes*. The Rust test
`language_pages_meet_their_expectations` is what enforces each page's level; this script only
counts.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "hangup-scan")
FAMILIES = ["Microsoft / Defender", "other brands' call-us scams", "fake system screens", "ClickFix typed by hand",
            "benign look-alikes"]


def pages(path):
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("== "):
            want, _, rest = line[3:].partition(" ")
            url, _, title = rest.partition(" | ")
            want, _, flag = want.partition("+")  # `scam+fullscreen`: the page went full screen
            out.append({"want": want, "url": url.strip(), "title": title.strip(), "text": "",
                        "fullscreen": flag == "fullscreen"})
        elif out:
            out[-1]["text"] += line + "\n"
    return out


def family(page, verdict):
    if page["want"] != "scam":
        return FAMILIES[4]
    details = {d["id"]: d for d in verdict.get("details", [])}
    # A language page has no clipboard: its ClickFix pages show the command to type.
    if "typed_command" in details:
        return FAMILIES[3]
    if details.get("system_screen", {}).get("weight", 0) >= 2.5:
        return FAMILIES[2]
    brand = details.get("brand_impersonation", {}).get("detail", {}).get("brand")
    title = page["title"].lower()
    if brand == "Microsoft" or any(w in title for w in ("windows", "defender", "microsoft")):
        return FAMILIES[0]
    return FAMILIES[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--features", "cli", "-q"], cwd=ROOT, check=True)
    all_pages = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "lang", "*.txt"))):
        all_pages += pages(path)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, p in enumerate(all_pages):
            f = os.path.join(tmp, f"{i:04}.json")
            with open(f, "w", encoding="utf-8") as out:
                snap = {"url": p["url"], "title": p["title"], "text": p["text"]}
                if p["fullscreen"]:
                    snap["behaviour"] = {"fullscreen": 1}
                json.dump(snap, out)
            files.append(f)
        cmd = [BIN, "--explain"] + (["--strict"] if args.strict else []) + files
        lines = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
    verdicts = {json.loads(l)["input"]: json.loads(l) for l in lines if l.startswith("{")}
    levels = collections.defaultdict(collections.Counter)
    fired = collections.defaultdict(collections.Counter)
    for f, p in zip(files, all_pages):
        v = verdicts[f]
        fam = family(p, v)
        levels[fam][v["level"]] += 1
        levels[fam]["pages"] += 1
        for rid in set(v["reasons"]):
            fired[fam][rid] += 1
    print("| family | pages | scam | suspicious | safe |\n|---|---:|---:|---:|---:|")
    for fam in FAMILIES:
        c = levels[fam]
        print(f"| {fam} | {c['pages']} | {c['scam']} | {c['suspicious']} | {c['safe']} |")
    ids = collections.Counter()
    for fam in FAMILIES:
        ids.update(fired[fam])
    print("\n| reason id | " + " | ".join(FAMILIES) + " |\n|---|" + "---:|" * len(FAMILIES))
    for rid, _ in ids.most_common():
        cells = []
        for fam in FAMILIES:
            n, total = fired[fam][rid], levels[fam]["pages"]
            cells.append(f"{round(100 * n / total) if total else 0}% ({n})")
        print(f"| {rid} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
