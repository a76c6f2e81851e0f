//! Native benchmark of `analyse` (harness = false: no extra dependency).
//!
//! ```text
//! cargo bench --features cli --bench engine [-- CORPUS_DIR]
//! ```
//! Builds snapshots from every HTML page of the corpus (default `../shared/corpus`, if present)
//! the way `hangup-scan` does, times `analyse` on each (several runs, after a warm-up), and prints
//! median and p99 microseconds per page and throughput in MB/s of visible text. It also times a
//! worst case: 64 KB snapshots (the content script's bound) made by repeating real page text.
//! Without the corpus it falls back to synthetic text.

use std::path::{Path, PathBuf};
use std::time::Instant;

use hangup::engine::html::from_html;
use hangup::snapshot::MAX_TEXT_BYTES;
use hangup::{analyse, Options, Snapshot};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("html" | "htm" | "php")
        ) {
            out.push(p);
        }
    }
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let idx = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

/// Times `analyse` on each snapshot `runs` times; returns sorted per-call µs and total text bytes.
fn time(snaps: &[Snapshot], runs: usize) -> (Vec<f64>, usize, f64) {
    let opts = Options::default();
    for s in snaps.iter().take(20) {
        std::hint::black_box(analyse(s, &opts));
    }
    let mut us = Vec::with_capacity(snaps.len() * runs);
    let mut bytes = 0;
    let mut total = 0.0;
    for _ in 0..runs {
        for s in snaps {
            let t = Instant::now();
            std::hint::black_box(analyse(std::hint::black_box(s), &opts));
            let d = t.elapsed().as_secs_f64();
            total += d;
            us.push(d * 1e6);
            bytes += s.text.len() + s.title.len();
        }
    }
    us.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    (us, bytes, total)
}

fn report(name: &str, snaps: &[Snapshot], runs: usize) {
    let (us, bytes, total) = time(snaps, runs);
    let avg_kb = bytes as f64 / us.len().max(1) as f64 / 1024.0;
    println!(
        "{name:<28} pages {:>4}  avg text {:>6.1} KB  median {:>8.1} µs  p99 {:>8.1} µs  max {:>8.1} µs  {:>6.1} MB/s",
        snaps.len(),
        avg_kb,
        percentile(&us, 0.5),
        percentile(&us, 0.99),
        us.last().copied().unwrap_or(0.0),
        bytes as f64 / total.max(1e-9) / 1e6,
    );
}

fn main() {
    let corpus = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus"));
    let mut files = Vec::new();
    walk(&corpus, &mut files);

    let t = Instant::now();
    let _ = analyse(&Snapshot::default(), &Options::default());
    println!(
        "first call (builds the lexicon automaton): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let mut pages: Vec<Snapshot> = files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .map(|b| {
            let mut s = from_html(&String::from_utf8_lossy(&b));
            s.url = "https://bench.example/".into();
            s.bounded()
        })
        .collect();
    if pages.is_empty() {
        println!("(no corpus at {}: synthetic pages)", corpus.display());
        let para = "Your computer has been blocked. Call Windows Support 1-888-555-0100. \
                    Weather, sport and culture news of the day with many ordinary words. ";
        pages = (1..=50)
            .map(|i| {
                Snapshot {
                    url: "https://bench.example/".into(),
                    text: para.repeat(i * 10),
                    ..Default::default()
                }
                .bounded()
            })
            .collect();
    }
    if let Some(rounds) = std::env::var("HANGUP_BENCH_FIXED")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        // Fixed work for `perf stat -e task-clock` (CPU time, immune to a busy machine):
        // `rounds` passes of `analyse` over the 64 KB snapshots, nothing printed.
        let big = big_snapshots(&pages);
        if std::env::var_os("HANGUP_BENCH_NORMALIZE_ONLY").is_some() {
            for _ in 0..rounds {
                for s in &big {
                    std::hint::black_box(hangup::engine::normalize::normalize(&s.text));
                }
            }
            return;
        }
        for _ in 0..rounds {
            for s in &big {
                std::hint::black_box(analyse(s, &Options::default()));
            }
        }
        return;
    }
    report("corpus pages", &pages, 5);

    let big = big_snapshots(&pages);
    report("64 KB snapshots", &big, 10);
    if std::env::var_os("HANGUP_BENCH_STAGES").is_some() {
        stages(&big);
    }
}

/// Worst case: 64 KB of text per snapshot, built by repeating the text of real pages.
fn big_snapshots(pages: &[Snapshot]) -> Vec<Snapshot> {
    let mut big: Vec<Snapshot> = pages
        .iter()
        .filter(|s| s.text.len() > 2048)
        .take(40)
        .map(|s| {
            let mut t = String::with_capacity(MAX_TEXT_BYTES + s.text.len());
            while t.len() < MAX_TEXT_BYTES {
                t.push_str(&s.text);
                t.push('\n');
            }
            Snapshot {
                text: t,
                ..s.clone()
            }
            .bounded()
        })
        .collect();
    if big.is_empty() {
        big.push(
            Snapshot {
                text: "Windows Defender alert 1-888-555-0100 ".repeat(2000),
                ..Default::default()
            }
            .bounded(),
        );
    }
    big
}

/// Time of each stage on the 64 KB snapshots (set HANGUP_BENCH_STAGES=1); best of 5 rounds, so
/// a busy machine disturbs it less.
fn stages(big: &[Snapshot]) {
    use hangup::engine::{lexicon::lexicon, normalize::normalize, phone::find_phones};
    let n = big.len() as f64;
    let best = |f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut out = 0;
        for _ in 0..5 {
            let t = Instant::now();
            out = f();
            best = best.min(t.elapsed().as_secs_f64() * 1e6 / n);
        }
        (best, out)
    };
    let norms: Vec<_> = big.iter().map(|s| normalize(&s.text)).collect();
    let (t, _) = best(&|| big.iter().map(|s| normalize(&s.text).base.len()).sum());
    println!("  normalize   {t:>8.1} µs/page");
    let (t, h) = best(&|| norms.iter().map(|x| lexicon().find(&x.skel).len()).sum());
    println!(
        "  lexicon     {t:>8.1} µs/page ({} hits/page)",
        h / big.len()
    );
    let (t, p) = best(&|| norms.iter().map(|x| find_phones(&x.base).len()).sum());
    println!(
        "  phones      {t:>8.1} µs/page ({} numbers/page)",
        p / big.len()
    );
    let (t, _) = best(&|| {
        big.iter()
            .map(|s| analyse(s, &Options::default()).reasons.len())
            .sum()
    });
    println!("  analyse     {t:>8.1} µs/page (whole)");
}
