#!/usr/bin/env python3
"""Native (CLI) evaluation of the HangUp engine on ../shared/corpus.

Runs `hangup-scan` on every scam landing page, every benign page and every broad page, each under
the host it was served from (see the corpus README), and prints a Markdown summary: caught/total,
false positives, misses, and per-signal firing rates on scam vs benign pages.

    python3 tests/corpus/native_eval.py [--corpus DIR] [--strict] [--jsonl OUT] [--misses]

The CLI sees text only (no JavaScript behaviour); the browser corpus runner is the authority.
Nothing from the corpus is written into the repository: only aggregate figures are printed.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "hangup-scan")


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def scam_url(rel):
    top, _, rest = rel.partition("/")
    if "+" in top:
        owner, repo = top.split("+", 1)
        return f"https://{owner.lower()}.github.io/{repo}/{rest}"
    return f"https://{top.strip('_').lower()}.example/{rest}"


def benign_url(rel):
    top, _, rest = rel.partition("/")
    owner, repo = top.split("+", 1)
    if top == "jeffpar+kbarchive":
        return "https://support.microsoft.com/" + rest
    return f"https://{owner.lower()}.github.io/{repo}/{rest}"


def scan(path, url, strict):
    cmd = [BIN, "--url", url, path]
    if strict:
        cmd.insert(1, "--strict")
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    try:
        return json.loads(out.splitlines()[-1])
    except (ValueError, IndexError):
        return {"input": path, "level": "error", "reasons": [], "phones": [], "score": 0}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--jsonl", help="write per-page results here (outside the repo)")
    ap.add_argument("--misses", action="store_true", help="list missed / false-positive pages")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--features", "cli",
                        "--bin", "hangup-scan"], cwd=ROOT, check=True)

    pages = []  # (set, path, url)
    for r in rows(os.path.join(corpus, "scam", "MANIFEST.tsv")):
        if r["role"].startswith("scam_landing"):
            pages.append(("scam", os.path.join(corpus, "scam", r["file"]), scam_url(r["file"])))
    for r in rows(os.path.join(corpus, "benign", "MANIFEST.tsv")):
        if r["role"] == "benign_page":
            pages.append(("benign", os.path.join(corpus, "benign", r["file"]), benign_url(r["file"])))
    broad = os.path.join(corpus, "broad", "MANIFEST.tsv")
    if os.path.exists(broad):
        for r in rows(broad):
            pages.append(("broad", os.path.join(corpus, "broad", r["file"]),
                          f"https://{r['host']}/"))

    results = collections.defaultdict(list)
    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None
    for kind, path, url in pages:
        res = scan(path, url, args.strict)
        res["set"] = kind
        res["input"] = os.path.relpath(path, corpus)
        results[kind].append(res)
        if out:
            out.write(json.dumps(res, ensure_ascii=False) + "\n")
    if out:
        out.close()

    def count(kind, level):
        return sum(1 for r in results[kind] if r["level"] == level)

    mode = "strict" if args.strict else "default"
    print(f"Mode: {mode}. Pages: {sum(len(v) for v in results.values())}.\n")
    print("| set | pages | scam | suspicious | safe |")
    print("|---|---:|---:|---:|---:|")
    for kind in ("scam", "benign", "broad"):
        n = len(results[kind])
        if n:
            print(f"| {kind} | {n} | {count(kind, 'scam')} | {count(kind, 'suspicious')} | {count(kind, 'safe')} |")
    n = len(results["scam"])
    if n:
        print(f"\nScam landing pages caught (level scam): {count('scam', 'scam')}/{n} "
              f"({100.0 * count('scam', 'scam') / n:.1f}%).")
    fp = count("benign", "scam") + count("broad", "scam")
    print(f"False positives (benign + broad pages at level scam): {fp}/"
          f"{len(results['benign']) + len(results['broad'])}.\n")

    ids = collections.Counter()
    for kind in results:
        for r in results[kind]:
            ids.update(set(r["reasons"]))
    print("| reason id | scam pages | benign pages | broad pages |")
    print("|---|---:|---:|---:|")
    for rid, _ in sorted(ids.items(), key=lambda kv: -kv[1]):
        cells = []
        for kind in ("scam", "benign", "broad"):
            tot = len(results[kind]) or 1
            k = sum(1 for r in results[kind] if rid in r["reasons"])
            cells.append(f"{100.0 * k / tot:.0f}% ({k})")
        print(f"| {rid} | " + " | ".join(cells) + " |")

    if args.misses:
        print("\nMissed scam pages:")
        for r in results["scam"]:
            if r["level"] != "scam":
                print(f"- {r['input']}: {r['level']} {r['score']} {r['reasons']}")
        print("\nBenign/broad pages not safe:")
        for kind in ("benign", "broad"):
            for r in results[kind]:
                if r["level"] != "safe":
                    print(f"- [{kind}] {r['input']}: {r['level']} {r['score']} {r['reasons']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
