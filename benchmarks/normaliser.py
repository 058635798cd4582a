#!/usr/bin/env python
"""Benchmark: factcheck's per-document analysis beside bare spaCy ``blank("ar")`` tokenisation.

    .venv/bin/python benchmarks/normaliser.py [--corpus PATH] [--limit N] [--repeat R] [--json OUT]
    .venv/bin/python benchmarks/normaliser.py --profile 1000

All texts are read into memory first (streaming the gzip, never copying the corpus), then every stage runs
over the same texts in the same process:

  baseline   tokenizer   spacy.blank("ar").tokenizer(text), one call per article
             blank_pipe  spacy.blank("ar").pipe(texts, batch_size=--batch-size)   (blank "ar" has no
                         components, so this is the same tokenisation, batched)
  factcheck  normalise   factcheck.nlp.normalise.normalise(text)
             pipeline    factcheck's spaCy pipeline (get_nlp(): blank ar + tokenizer rules + sentencizer +
                         paragraph component) on the normalised text, one call per article
             analyse     factcheck.nlp.analyse.analyse(text, lexicon, nlp[, published]): what factcheck runs
                         per document (claims.document_claims, mentions.extract_mentions); no nlp.pipe in
                         production; the article's date is passed when analyse() takes `published`
             scanner     = analyse - normalise - pipeline (the quantity and date scanners and
                         analyse_doc's bookkeeping)

Each timed stage gets a freshly built pipeline (built outside the timing), so every tokenizer starts with a
cold cache, as in a real ``factcheck check`` run. The order of the baseline and factcheck groups alternates
between repeats. Wall time is time.perf_counter; memory is resource.getrusage(RUSAGE_SELF).ru_maxrss (peak)
and VmRSS from /proc/self/statm (current); tracemalloc is not used because it slows spaCy several-fold.

An exception on a real article is a bug: it is caught per article, counted, printed with the article id and
the run goes on.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("..") / "shared" / "corpus" / "saudinewsnet.jsonl.gz"  # relative to ROOT
MIB = 1024 * 1024
MAX_PRINTED_ERRORS = 20

BASELINE = ("tokenizer", "blank_pipe")
FACTCHECK = ("normalise", "pipeline", "analyse")


# --- memory -------------------------------------------------------------------------------------------

def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


def current_rss_mib() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB
    except OSError:
        return float("nan")


def memory_point() -> dict:
    return {"rss_mib": round(current_rss_mib(), 1), "peak_rss_mib": round(peak_rss_mib(), 1)}


# --- corpus -------------------------------------------------------------------------------------------

def load_articles(path: Path, limit: int | None) -> tuple[list[tuple[str, str]], list[str | None], dict]:
    """(id, text) of every article with a non-blank text, as factcheck's reader keeps them, and their
    publication dates (for analyse's `published`, which resolves relative dates).

    `limit` counts corpus records (lines), so --limit 3000 reads the first 3,000 articles of the file.
    """
    articles: list[tuple[str, str]] = []
    published: list[str | None] = []
    stats = {"records": 0, "skipped_blank_text": 0, "skipped_null_text": 0, "skipped_bad_record": 0}
    with gzip.open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if limit is not None and stats["records"] >= limit:
                break
            if not raw.strip():
                continue
            stats["records"] += 1
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                stats["skipped_bad_record"] += 1
                print(f"  corpus line {lineno}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            text = rec.get("text") if isinstance(rec, dict) else None
            if text is None:
                stats["skipped_null_text"] += 1
            elif not isinstance(text, str) or not text.strip():
                stats["skipped_blank_text"] += 1
            else:
                articles.append((str(rec.get("id", f"line-{lineno}")), text))
                pub = rec.get("published")
                published.append(pub if isinstance(pub, str) else None)
    return articles, published, stats


# --- stages -------------------------------------------------------------------------------------------

class Stage:
    """The figures of one timed pass."""

    def __init__(self, name: str):
        self.name = name
        self.seconds = 0.0
        self.tokens = 0
        self.mentions = 0
        self.sentences = 0
        self.dates: int | None = 0
        self.errors: list[dict] = []
        self.rss_end_mib = float("nan")  # current RSS at the end of the pass, its pipeline still alive
        self.vocab_strings = 0

    def stop(self, t0: float, nlp=None) -> None:
        self.seconds = time.perf_counter() - t0
        self.rss_end_mib = current_rss_mib()
        if nlp is not None:
            self.vocab_strings = len(nlp.vocab.strings)

    def error(self, art_id: str, exc: BaseException) -> None:
        self.errors.append({"id": art_id, "error": f"{type(exc).__name__}: {exc}"})
        if len(self.errors) <= MAX_PRINTED_ERRORS:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            print(f"  ERROR [{self.name}] {art_id}: {type(exc).__name__}: {exc} "
                  f"(at {Path(where.filename).name}:{where.lineno})", file=sys.stderr)


def stage_tokenizer(articles, ctx) -> Stage:
    import spacy

    st = Stage("tokenizer")
    tok = spacy.blank("ar").tokenizer
    ntok = 0
    t0 = time.perf_counter()
    for art_id, text in articles:
        try:
            ntok += len(tok(text))
        except Exception as exc:  # noqa: BLE001 - a crash on a real article is what we count
            st.error(art_id, exc)
    st.stop(t0, tok)
    st.tokens = ntok
    return st


def stage_blank_pipe(articles, ctx) -> Stage:
    import spacy

    st = Stage("blank_pipe")
    nlp = spacy.blank("ar")
    texts = [t for _, t in articles]  # outside the timing
    ntok = 0
    done = 0
    t0 = time.perf_counter()
    try:
        for doc in nlp.pipe(texts, batch_size=ctx["batch_size"]):
            ntok += len(doc)
            done += 1
    except Exception as exc:  # noqa: BLE001 - the generator is dead after this; name the article
        st.error(articles[done][0], exc)
    st.stop(t0, nlp)
    st.tokens = ntok
    return st


def stage_normalise(articles, ctx) -> Stage:
    from factcheck.nlp.normalise import normalise

    st = Stage("normalise")
    out: list[tuple[str, str]] = []
    append = out.append
    t0 = time.perf_counter()
    for art_id, text in articles:
        try:
            append((art_id, normalise(text).text))
        except Exception as exc:  # noqa: BLE001
            st.error(art_id, exc)
    st.stop(t0)
    ctx["normalised"] = out  # for the pipeline stage, which follows
    return st


def stage_pipeline(articles, ctx) -> Stage:
    from factcheck.nlp.pipeline import build_nlp

    st = Stage("pipeline")
    normalised = ctx.pop("normalised", None)
    if normalised is None:  # the pipeline stage always follows normalise; this is a safety net
        from factcheck.nlp.normalise import normalise

        normalised = [(a, normalise(t).text) for a, t in articles]
    nlp = build_nlp()  # a fresh pipeline, equal to get_nlp(), with a cold tokenizer cache
    ntok = nsent = 0
    t0 = time.perf_counter()
    for art_id, text in normalised:
        try:
            doc = nlp(text)
            ntok += len(doc)
            nsent += sum(1 for _ in doc.sents)
        except Exception as exc:  # noqa: BLE001
            st.error(art_id, exc)
    st.stop(t0, nlp)
    st.tokens, st.sentences = ntok, nsent
    del normalised
    return st


def stage_analyse(articles, ctx) -> Stage:
    from factcheck.nlp.analyse import analyse
    from factcheck.nlp.pipeline import build_nlp

    st = Stage("analyse")
    lex = ctx["lexicon"]
    nlp = build_nlp()
    nment = nsent = 0
    ndate = None  # stays None when Analysis has no dates (older versions)
    calls = _analyse_calls(articles, ctx["published"])
    t0 = time.perf_counter()
    for art_id, text, kwargs in calls:
        try:
            a = analyse(text, lex, nlp, **kwargs)
            nment += len(a.mentions)
            nsent += len(a.sentences)
            if hasattr(a, "dates"):
                ndate = (ndate or 0) + len(a.dates)
        except Exception as exc:  # noqa: BLE001
            st.error(art_id, exc)
    st.stop(t0, nlp)
    st.mentions, st.sentences, st.dates = nment, nsent, ndate
    return st


def accepts_published() -> bool:
    """Whether analyse() takes the article's date (newer versions resolve relative dates with it)."""
    import inspect

    from factcheck.nlp.analyse import analyse

    return "published" in inspect.signature(analyse).parameters


def _analyse_calls(articles, published):
    if accepts_published():
        return [(a, t, {"published": p}) for (a, t), p in zip(articles, published)]
    return [(a, t, {}) for a, t in articles]


STAGES = {
    "tokenizer": stage_tokenizer,
    "blank_pipe": stage_blank_pipe,
    "normalise": stage_normalise,
    "pipeline": stage_pipeline,
    "analyse": stage_analyse,
}


def order_for(repeat: int) -> list[str]:
    """Even repeats: baseline first; odd repeats: factcheck first (analyse before its parts)."""
    if repeat % 2 == 0:
        return [*BASELINE, *FACTCHECK]
    return ["analyse", "normalise", "pipeline", *reversed(BASELINE)]


# --- reporting ----------------------------------------------------------------------------------------

def machine_info() -> dict:
    import spacy

    info = {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_count": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "spacy": spacy.__version__,
        "torch_blocked": sys.modules.get("torch", "absent") is None,
    }
    try:
        from importlib.metadata import version

        info["camel_tools"] = version("camel-tools")
    except Exception:  # noqa: BLE001
        pass
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as fh:
            info["mem_total_mib"] = round(int(fh.readline().split()[1]) / 1024)
    except OSError:
        pass
    try:
        git = ["git", "-C", str(ROOT)]
        info["git_head"] = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                                          text=True, check=True).stdout.strip()
        dirty = subprocess.run([*git, "status", "--porcelain", "--", "factcheck", "rules"],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        info["git_dirty_files_in_factcheck_rules"] = len(dirty)
    except (OSError, subprocess.CalledProcessError):
        pass
    info["source_fingerprint"] = source_fingerprint()
    import factcheck

    info["factcheck_imported_from"] = str(Path(factcheck.__file__).resolve().parent)
    return info


def source_fingerprint() -> str:
    """sha256 (12 hex) of factcheck/**/*.py and rules/**: the code and rules measured, dirty tree or not."""
    h = hashlib.sha256()
    for base, pattern in (("factcheck", "*.py"), ("rules", "*")):
        for f in sorted((ROOT / base).rglob(pattern)):
            if f.is_file():
                h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def summarise(runs: dict[str, list[Stage]], n_articles: int, n_words: int) -> dict:
    out: dict[str, dict] = {}
    for name, stages in runs.items():
        secs = [s.seconds for s in stages]
        med = statistics.median(secs)
        out[name] = {
            "seconds": [round(s, 3) for s in secs],
            "median_s": round(med, 3),
            "min_s": round(min(secs), 3),
            "articles_per_s": round(n_articles / med, 1) if med else None,
            "words_per_s": round(n_words / med) if med else None,
            "tokens": stages[0].tokens or None,
            "sentences": stages[0].sentences or None,
            "mentions": stages[0].mentions if name == "analyse" else None,
            "dates": stages[0].dates if name == "analyse" else None,
            "errors": len(stages[0].errors),
            "error_list": stages[0].errors,
        }
    if not all(runs.get(k) for k in FACTCHECK):
        return out
    # the scanner: what analyse costs beyond normalising and the project pipeline, per repeat
    scan = [a.seconds - n.seconds - p.seconds
            for a, n, p in zip(runs["analyse"], runs["normalise"], runs["pipeline"])]
    med = statistics.median(scan)
    out["scanner"] = {
        "seconds": [round(s, 3) for s in scan],
        "median_s": round(med, 3),
        "min_s": round(min(scan), 3),
        "articles_per_s": round(n_articles / med, 1) if med > 0 else None,
        "words_per_s": round(n_words / med) if med > 0 else None,
        "derived": "analyse - normalise - pipeline",
    }
    return out


def ratios(summary: dict) -> dict:
    """Time ratios between the stages that ran (all of them unless --stages chose a few)."""
    med = {k: v["median_s"] for k, v in summary.items()}
    out: dict = {}
    for a, b in (("analyse", "tokenizer"), ("analyse", "blank_pipe"), ("normalise", "tokenizer"),
                 ("pipeline", "tokenizer"), ("scanner", "tokenizer")):
        if a in med and b in med and med[b]:
            out[f"{a}_vs_{b}"] = round(med[a] / med[b], 2)
    if {"normalise", "pipeline", "tokenizer"} <= med.keys():
        out["normalise_plus_pipeline_vs_tokenizer"] = round(
            (med["normalise"] + med["pipeline"]) / med["tokenizer"], 2)
    if {"analyse", "tokenizer"} <= med.keys():
        out["goal"] = "analyse_vs_tokenizer <= 1.5"
        out["goal_met"] = med["analyse"] <= 1.5 * med["tokenizer"]
    return out


def print_report(res: dict) -> None:
    s, n, mc = res["stages"], res["corpus"], res["machine"]
    print()
    print(f"machine: {mc['nproc']} cores ({mc['cpu']}), Python {mc['python']}, spaCy {mc['spacy']}, "
          f"camel-tools {mc.get('camel_tools', '?')}, torch blocked: {mc['torch_blocked']}")
    if res.get("label"):
        print(f"label: {res['label']}")
    print(f"code: {mc['factcheck_imported_from']}, git {mc.get('git_head', '?')} with {mc.get('git_dirty_files_in_factcheck_rules', '?')} "
          f"changed files in factcheck/ rules/, source fingerprint {mc['source_fingerprint']}")
    print(f"corpus: {n['path']}  records {n['records']}, articles {n['articles']} "
          f"({n['skipped_null_text']} null + {n['skipped_blank_text']} blank texts skipped), "
          f"{n['words']:,} words, {n['chars']:,} chars")
    print(f"analyse called with published: {res['analyse_called_with_published']}")
    print(f"repeats: {res['repeat']}  (order per repeat: {'; '.join(', '.join(o) for o in res['orders'])})")
    print()
    print(f"{'stage':<12}{'median s':>10}{'min s':>9}{'articles/s':>12}{'words/s':>11}"
          f"{'x tokenizer':>13}{'errors':>8}")
    tok = s["tokenizer"]["median_s"] if "tokenizer" in s else None
    for name in (*BASELINE, *FACTCHECK, "scanner"):
        if name not in s:
            continue
        row = s[name]
        rel = f"{row['median_s'] / tok:.2f}" if tok else "-"
        print(f"{name:<12}{row['median_s']:>10.2f}{row['min_s']:>9.2f}"
              f"{(row['articles_per_s'] or 0):>12,.0f}{(row['words_per_s'] or 0):>11,.0f}"
              f"{rel:>13}{row.get('errors', 0):>8}")
    r = res["ratios"]
    print()
    if "analyse" in s:
        dates = s["analyse"]["dates"]
        print(f"mentions found: {s['analyse']['mentions']:,}   dates: {'n/a' if dates is None else f'{dates:,}'}   "
              f"sentences: {s['analyse']['sentences']:,}")
    if "tokenizer" in s and "pipeline" in s:
        print(f"tokens (blank / project): {s['tokenizer']['tokens']:,} / {s['pipeline']['tokens']:,}")
    if "goal_met" in r:
        print(f"ratio analyse / tokenizer = {r['analyse_vs_tokenizer']:.2f}x  "
              f"(goal <= 1.5x: {'met' if r['goal_met'] else 'NOT met'})"
              + (f"; analyse / blank_pipe = {r['analyse_vs_blank_pipe']:.2f}x" if "analyse_vs_blank_pipe" in r else "")
              + (f"; normalise + pipeline / tokenizer = {r['normalise_plus_pipeline_vs_tokenizer']:.2f}x"
                 if "normalise_plus_pipeline_vs_tokenizer" in r else ""))
    m = res["memory"]
    print(f"memory: RSS (peak) after imports + lexicon + pipeline {m['after_setup']['rss_mib']:.0f} "
          f"({m['after_setup']['peak_rss_mib']:.0f}) MiB; texts in memory +{m['texts_rss_delta_mib']:.0f} MiB RSS "
          f"({m['texts_str_mib']:.0f} MiB of str); after warm-up {m['after_warmup']['rss_mib']:.0f} "
          f"({m['after_warmup']['peak_rss_mib']:.0f}) MiB; peak RSS of the run {m['final']['peak_rss_mib']:.0f} MiB")
    print("  first repeat, per stage: RSS before -> at the end of the pass (its pipeline still alive), "
          "process peak so far, strings in the pipeline's vocab")
    for name, p in m["stages_first_repeat"].items():
        print(f"  {name:<12} {p['before']['rss_mib']:>6.0f} -> {p['at_end_pipeline_alive_rss_mib']:>6.0f} MiB "
              f"({p['growth_mib']:>+5.0f}), peak {p['after']['peak_rss_mib']:>6.0f} MiB, "
              f"vocab {p['vocab_strings']:>9,}")
    errs = [(name, e) for name in STAGES if name in s for e in s[name]["error_list"]]
    print(f"per-article exceptions: {len(errs)}")
    for name, e in errs[:MAX_PRINTED_ERRORS]:
        print(f"  [{name}] {e['id']}: {e['error']}")


# --- profile ------------------------------------------------------------------------------------------

def _where(key) -> str:
    filename, line, func = key
    if filename == "~":
        return func
    p = filename
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in p:
            p = p.split(marker, 1)[1]
            break
    return f"{p}:{line}({func})"


def profile(articles, published, lexicon, top: int = 10) -> dict:
    import cProfile
    import pstats

    from factcheck.nlp.analyse import analyse
    from factcheck.nlp.pipeline import build_nlp

    nlp = build_nlp()
    calls = _analyse_calls(articles, published)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for art_id, text, kwargs in calls:
        try:
            analyse(text, lexicon, nlp, **kwargs)
        except Exception as exc:  # noqa: BLE001
            print(f"  ERROR [profile] {art_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
    prof.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(prof)
    total = stats.total_tt
    rows = [
        {"where": _where(k), "ncalls": nc, "primitive_calls": cc, "tottime": tt, "cumtime": ct}
        for k, (cc, nc, tt, ct, _callers) in stats.stats.items()
    ]
    result = {"articles": len(articles), "wall_s_with_profiler": round(wall, 2),
              "profiled_total_s": round(total, 2)}
    for key, label in (("cumtime", "cumulative"), ("tottime", "own time")):
        best = sorted(rows, key=lambda r: r[key], reverse=True)[:top]
        print(f"\ntop {top} by {label} ({len(articles)} articles, {total:.2f} s profiled, "
              f"{wall:.2f} s wall under cProfile):")
        print(f"{'ncalls':>12}{'tottime':>10}{'cumtime':>10}{'% total':>9}  function")
        for row in best:
            print(f"{row['ncalls']:>12,}{row['tottime']:>10.3f}{row['cumtime']:>10.3f}"
                  f"{100 * row[key] / total:>8.1f}%  {row['where']}")
        result[f"top_by_{key}"] = [{**row, "tottime": round(row["tottime"], 4),
                                    "cumtime": round(row["cumtime"], 4)} for row in best]
    return result


# --- main ---------------------------------------------------------------------------------------------

def parse_args(argv=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None,
                    help=f"gzipped JSON lines corpus (default: <project>/{DEFAULT_CORPUS})")
    ap.add_argument("--rules", type=Path, default=ROOT / "rules", help="rules directory (default: rules/)")
    ap.add_argument("--limit", type=int, default=None, help="read only the first N corpus records")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per stage (default 1)")
    ap.add_argument("--batch-size", type=int, default=1000,
                    help="batch size of the blank_pipe baseline (default 1000, spaCy's default)")
    ap.add_argument("--json", dest="json_out", type=Path, default=None, help="write the figures as JSON")
    ap.add_argument("--profile", type=int, default=None, metavar="N",
                    help="instead of the benchmark, profile analyse() with cProfile on the first N articles")
    ap.add_argument("--top", type=int, default=10, help="rows per profile table (default 10)")
    ap.add_argument("--stages", default=",".join(STAGES),
                    help="comma-separated subset of " + ", ".join(STAGES) + " (default: all); one stage "
                    "per run gives that stage's own peak RSS")
    ap.add_argument("--label", default=None, help="a note on the code measured, kept in the output")
    ap.add_argument("--allow-torch", action="store_true",
                    help="let thinc import torch (by default it is blocked, as the factcheck CLI does)")
    args = ap.parse_args(argv)
    args.stages = [x.strip() for x in args.stages.split(",") if x.strip()]
    unknown = [x for x in args.stages if x not in STAGES]
    if unknown or not args.stages:
        ap.error(f"--stages: unknown {', '.join(unknown) or '(none given)'}; choose from {', '.join(STAGES)}")
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be >= 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if not args.allow_torch and "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # as factcheck.cli.app._skip_torch
    sys.path.insert(0, str(ROOT))  # benchmark the working tree

    corpus = args.corpus if args.corpus is not None else ROOT / DEFAULT_CORPUS
    if not corpus.is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2

    mem: dict = {"start": memory_point()}
    t_setup = time.perf_counter()
    import spacy  # noqa: F401

    machine = machine_info()  # before the run: the tree may change while it runs

    from factcheck.lexicons import load_lexicon
    from factcheck.nlp.analyse import analyse
    from factcheck.nlp.normalise import normalise  # noqa: F401
    from factcheck.nlp.pipeline import build_nlp, get_nlp

    lexicon = load_lexicon(args.rules)
    get_nlp()  # what production builds once; the stages build their own fresh copies
    setup_s = time.perf_counter() - t_setup
    mem["after_setup"] = memory_point()

    limit = args.limit
    if args.profile is not None and limit is None:
        limit = args.profile
    t_load = time.perf_counter()
    articles, published, cstats = load_articles(corpus, limit)
    gc.collect()
    load_s = time.perf_counter() - t_load
    mem["after_load"] = memory_point()
    mem["texts_rss_delta_mib"] = round(mem["after_load"]["rss_mib"] - mem["after_setup"]["rss_mib"], 1)
    mem["texts_str_mib"] = round(sum(sys.getsizeof(t) for _, t in articles) / MIB, 1)
    n_words = sum(len(t.split()) for _, t in articles)
    n_chars = sum(len(t) for _, t in articles)
    print(f"loaded {len(articles):,} articles ({n_words:,} words) from {corpus} in {load_s:.1f} s; "
          f"setup {setup_s:.1f} s; RSS {mem['after_load']['rss_mib']:.0f} MiB", file=sys.stderr)
    if not articles:
        print("no articles with text", file=sys.stderr)
        return 2

    if args.profile is not None:
        res = {"label": args.label, "machine": machine, "profile": profile(articles[:args.profile], published, lexicon, args.top),
               "analyse_called_with_published": accepts_published()}
        if args.json_out:
            args.json_out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return 0

    # warm-up: first-call imports and lazy initialisation, on throwaway pipelines, not timed
    warm = articles[:50]
    wnlp, wblank = build_nlp(), spacy.blank("ar")
    for _, t, kw in _analyse_calls(warm, published[:len(warm)]):
        analyse(t, lexicon, wnlp, **kw)
        wblank(t)
    del wnlp, wblank
    gc.collect()
    mem["after_warmup"] = memory_point()

    ctx = {"lexicon": lexicon, "batch_size": args.batch_size, "published": published}
    runs: dict[str, list[Stage]] = {name: [] for name in STAGES if name in args.stages}
    orders = []
    mem["stages_first_repeat"] = {}
    for rep in range(args.repeat):
        order = [name for name in order_for(rep) if name in args.stages]
        orders.append(order)
        for name in order:
            gc.collect()
            before = memory_point()
            st = STAGES[name](articles, ctx)
            after = memory_point()
            runs[name].append(st)
            if rep == 0:
                mem["stages_first_repeat"][name] = {
                    "before": before, "at_end_pipeline_alive_rss_mib": round(st.rss_end_mib, 1),
                    "growth_mib": round(st.rss_end_mib - before["rss_mib"], 1),
                    "vocab_strings": st.vocab_strings, "after": after}
            print(f"  repeat {rep + 1}/{args.repeat} {name:<11} {st.seconds:8.2f} s  "
                  f"{len(articles) / st.seconds:8.1f} articles/s  errors {len(st.errors)}  "
                  f"peak RSS {after['peak_rss_mib']:.0f} MiB", file=sys.stderr)
    mem["final"] = memory_point()

    summary = summarise(runs, len(articles), n_words)
    res = {
        "benchmark": "benchmarks/normaliser.py",
        "label": args.label,
        "machine": machine,
        "corpus": {"path": os.path.normpath(str(corpus)), **cstats, "articles": len(articles),
                   "words": n_words, "chars": n_chars, "load_s": round(load_s, 2)},
        "setup_s": round(setup_s, 2),
        "repeat": args.repeat,
        "batch_size_blank_pipe": args.batch_size,
        "analyse_called_with_published": accepts_published(),
        "orders": orders,
        "stages": summary,
        "ratios": ratios(summary),
        "memory": mem,
        "notes": [
            "words = whitespace-split tokens of the original text",
            "tokenizer: spacy.blank('ar').tokenizer(text) per article; blank_pipe: nlp.pipe(texts, batch_size)",
            "analyse: factcheck.nlp.analyse.analyse(text, lexicon, nlp[, published]) per article, as "
            "production runs it (published passed when analyse accepts it)",
            "scanner = analyse - normalise - pipeline",
            "every stage uses a freshly built pipeline (cold tokenizer cache)",
            "peak memory: ru_maxrss; tracemalloc not used (it slows spaCy)",
        ],
    }
    print_report(res)
    if args.json_out:
        args.json_out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
