#!/usr/bin/env python3
"""Reference scorer for the tagging evaluation set (stdlib only); the rule is in README.md.

Usage:
  python3 score.py PREDICTIONS.jsonl [--gold articles.jsonl]
  python3 score.py --self-check

PREDICTIONS.jsonl has one line per article:
  {"id": "en-001", "countries": {"GE": 2, "US": 1}, "leaders": {"donald-trump": {"mentions": 1, "role": "president"}}}
The "countries"/"leaders" values may also be the tagger's own lists of CountryTag/LeaderTag objects
(with "code"/"id" and "mentions"); both shapes are accepted. A gold article with no prediction line
counts as predicting nothing.
"""
import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def gold_counts(article):
    g = article["gold"]
    countries = {code: len(ss) for code, ss in g["countries"].items()}
    leaders = {lid: len(e["mentions"]) for lid, e in g["leaders"].items()}
    roles = {lid: e["role"] for lid, e in g["leaders"].items()}
    return countries, leaders, roles


def pred_counts(p):
    def as_map(value, key):
        if isinstance(value, list):  # tagger output shape: [{"code"/"id": ..., "mentions": n, ...}]
            return {x[key]: x for x in value}
        return value or {}
    countries = {k: (v["mentions"] if isinstance(v, dict) else int(v))
                 for k, v in as_map(p.get("countries"), "code").items()}
    leaders_raw = as_map(p.get("leaders"), "id")
    leaders = {k: (v["mentions"] if isinstance(v, dict) else int(v)) for k, v in leaders_raw.items()}
    roles = {k: v.get("role") for k, v in leaders_raw.items() if isinstance(v, dict)}
    return countries, leaders, roles


def prf(c):
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_articles, predictions):
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})  # (kind, language) -> counts
    roles = defaultdict(lambda: [0, 0])  # language -> [correct, compared]
    for a in gold_articles:
        lang = a["language"]
        gc, gl, gr = gold_counts(a)
        pc, pl, pr = pred_counts(predictions.get(a["id"], {}))
        for kind, gold, pred in (("countries", gc, pc), ("leaders", gl, pl)):
            for key in set(gold) | set(pred):
                g, p = gold.get(key, 0), pred.get(key, 0)
                tp = min(g, p)
                for scope in (lang, "all"):
                    c = counts[(kind, scope)]
                    c["tp"] += tp
                    c["fp"] += p - tp
                    c["fn"] += g - tp
        for lid in set(gr) & set(pl):
            for scope in (lang, "all"):
                roles[scope][1] += 1
                roles[scope][0] += int(pr.get(lid) == gr[lid])
    return counts, roles


def report(counts, roles, languages, out):
    out.write(f"{'scope':6} {'kind':9} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}\n")
    for scope in languages + ["all"]:
        for kind in ("countries", "leaders"):
            c = counts[(kind, scope)]
            p, r, f = prf(c)
            out.write(f"{scope:6} {kind:9} {c['tp']:5d} {c['fp']:5d} {c['fn']:5d} {p:6.3f} {r:6.3f} {f:6.3f}\n")
        ok, n = roles[scope]
        out.write(f"{scope:6} role accuracy {ok}/{n} = {ok / n if n else 0.0:.3f}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("predictions", nargs="?")
    ap.add_argument("--gold", default=str(Path(__file__).with_name("articles.jsonl")))
    ap.add_argument("--self-check", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(l) for l in Path(args.gold).read_text(encoding="utf-8").splitlines() if l.strip()]
    languages = list(dict.fromkeys(a["language"] for a in gold))
    if args.self_check:
        predictions = {}
        for a in gold:
            gc, gl, gr = gold_counts(a)
            predictions[a["id"]] = {"countries": gc,
                                    "leaders": {k: {"mentions": n, "role": gr[k]} for k, n in gl.items()}}
        counts, roles = score(gold, predictions)
        report(counts, roles, languages, sys.stdout)
        perfect = all(prf(counts[(k, "all")]) == (1.0, 1.0, 1.0) for k in ("countries", "leaders"))
        empty_counts, _ = score(gold, {})  # predicting nothing must give zero recall
        nothing = all(empty_counts[(k, "all")]["tp"] == 0 and empty_counts[(k, "all")]["fn"] > 0
                      for k in ("countries", "leaders"))
        print("self-check " + ("passed" if perfect and nothing else "FAILED"))
        return 0 if perfect and nothing else 1
    if not args.predictions:
        ap.error("give a predictions file or --self-check")
    predictions = {}
    for line in Path(args.predictions).read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            predictions[p["id"]] = p
    counts, roles = score(gold, predictions)
    report(counts, roles, languages, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
