#!/usr/bin/env python3
"""Inter-annotator agreement for the tagging evaluation set (stdlib only).

Compares the blind second annotation (second-annotator.jsonl, annotator 2) with the gold of
articles.jsonl (annotator 1) on the articles both annotated, and lists every disagreement.

Usage: python3 agreement.py [--first articles.jsonl] [--second second-annotator.jsonl]
       python3 agreement.py --self-check

Units and measures (annotator 1 is the reference, annotator 2 the "prediction"):
- entity level: (article, code) pairs for countries, (article, leader id) for leaders;
  tp = pairs both list, fp = only annotator 2, fn = only annotator 1; P/R/F1.
- mention level: per (article, entity), tp = min(count1, count2), fp/fn = the excess;
  the same counting rule as score.py. Surfaces are compared as multisets too, so a
  disagreement that keeps the count equal but swaps the string is still listed.
- role: over (article, leader) pairs both list, the share with the same role.
- Cohen's kappa on one closed set of binary decisions: for each article, every
  (article, candidate surface occurrence) where a candidate is any surface string that
  either annotator listed for that article as a country or leader mention, counted once per
  occurrence in the text (whole word, longest string first, as validate.py matches).
  Each annotator's label for an occurrence is the entity it was assigned to, or "none".
  Occurrences that neither annotator listed anywhere (every other word) are left out: kappa
  is computed over the candidate occurrences only, which is the honest unit here because
  the universe of "all words" would inflate chance-corrected agreement with trivial
  negatives. Labels are multi-class (entity key or none); kappa = (po - pe) / (1 - pe).
  Because most candidates are mentions of many different entities, chance agreement pe is
  small and kappa stays close to the observed agreement; it says more about "same entity"
  than about "mention or not". Annotator 1's not_mentions are not added as candidates
  (annotator 2 did not write any), only occurrences of the listed mention surfaces.
- When a surface occurs more often than it is listed, the n-th listing is taken to be the
  n-th occurrence (the gold holds surfaces, not offsets).
"""
import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from validate import claim  # noqa: E402  (same whole-word, longest-first matching)


def load(path):
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            out[a["id"]] = a
    return out


def entities(gold):
    """entity key -> list of surfaces; leader roles separately."""
    ents = {f"country:{c}": list(ss) for c, ss in gold["countries"].items()}
    ents.update({f"leader:{l}": list(e["mentions"]) for l, e in gold["leaders"].items()})
    roles = {l: e["role"] for l, e in gold["leaders"].items()}
    return ents, roles


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def occurrence_labels(text, ents):
    """Offset -> entity key for each listed surface occurrence, in text order per surface."""
    owned = claim(text, [s for ss in ents.values() for s in ss])
    used = Counter()
    labels = {}
    for key, ss in ents.items():
        for s in ss:
            offs = owned.get(s, [])
            # the n-th listing of a surface (across entities, in entity order) takes the n-th
            # unassigned occurrence; surfaces shared by two entities are rare and flagged below
            if used[s] < len(offs):
                labels[offs[used[s]]] = key
            used[s] += 1
    return labels, owned


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan"), 0, 0.0
    po = sum(a == b for a, b in pairs) / n
    c1, c2 = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(c1[k] * c2[k] for k in set(c1) | set(c2)) / (n * n)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), n, po


def compare(first, second):
    """Both: id -> article (second needs only "gold"). Returns (ids, scopes, role, kpairs, disagreements)."""
    ids = sorted(second, key=lambda i: (i.split("-")[0], i))

    scopes = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))  # scope -> measure -> tp,fp,fn
    role = defaultdict(lambda: [0, 0])
    kpairs = defaultdict(list)
    disagreements = []
    for i in ids:
        a1, a2 = first[i], second[i]
        lang = a1["language"]
        e1, r1 = entities(a1["gold"])
        e2, r2 = entities(a2["gold"])
        for key in sorted(set(e1) | set(e2)):
            kind = "countries" if key.startswith("country:") else "leaders"
            s1, s2 = e1.get(key, []), e2.get(key, [])
            n1, n2 = len(s1), len(s2)
            tp = min(n1, n2)
            for scope in (lang, "all"):
                m = scopes[scope]
                ent = m[f"{kind}/entity"]
                ent[0] += int(n1 > 0 and n2 > 0)
                ent[1] += int(n2 > 0 and n1 == 0)
                ent[2] += int(n1 > 0 and n2 == 0)
                men = m[f"{kind}/mention"]
                men[0] += tp
                men[1] += n2 - tp
                men[2] += n1 - tp
            only1 = list((Counter(s1) - Counter(s2)).elements())
            only2 = list((Counter(s2) - Counter(s1)).elements())
            if only1 or only2:
                disagreements.append((i, key, n1, n2, only1, only2))
        for lid in sorted(set(r1) & set(r2)):
            for scope in (lang, "all"):
                role[scope][1] += 1
                role[scope][0] += int(r1[lid] == r2[lid])
            if r1[lid] != r2[lid]:
                disagreements.append((i, f"role:{lid}", r1[lid], r2[lid], [], []))
        text = a1["text"]
        if text != a2.get("text", text):
            print(f"WARNING {i}: texts differ between the two files")
        l1, _ = occurrence_labels(text, e1)
        l2, _ = occurrence_labels(text, e2)
        # candidate occurrences: every occurrence of any surface either annotator listed
        cand = claim(text, [s for ss in list(e1.values()) + list(e2.values()) for s in ss])
        offsets = sorted({o for offs in cand.values() for o in offs} | set(l1) | set(l2))
        for o in offsets:
            pair = (l1.get(o, "none"), l2.get(o, "none"))
            for scope in (lang, "all"):
                kpairs[scope].append(pair)
    return ids, scopes, role, kpairs, disagreements


def self_check(first):
    """The gold against itself must agree fully; dropping one mention must show exactly one fn."""
    sample = {i: first[i] for i in sorted(first)[:20]}
    _, scopes, role, kpairs, dis = compare(first, sample)
    assert not dis, dis
    assert all(v[1] == v[2] == 0 for v in scopes["all"].values()), dict(scopes["all"])
    assert role["all"][0] == role["all"][1] > 0
    assert kappa(kpairs["all"])[0] == 1.0
    victim = next(i for i, a in sample.items() if a["gold"]["countries"])
    code = next(iter(sample[victim]["gold"]["countries"]))
    changed = json.loads(json.dumps(sample[victim]))
    dropped = changed["gold"]["countries"][code].pop()
    if not changed["gold"]["countries"][code]:
        del changed["gold"]["countries"][code]
    _, scopes, _, kpairs, dis = compare(first, {**sample, victim: changed})
    assert scopes["all"]["countries/mention"] == [sum(len(ss) for a in sample.values()
                                                      for ss in a["gold"]["countries"].values()) - 1, 0, 1]
    assert dis == [(victim, f"country:{code}", len(sample[victim]["gold"]["countries"][code]),
                    len(sample[victim]["gold"]["countries"][code]) - 1, [dropped], [])], dis
    assert kappa(kpairs["all"])[0] < 1.0
    assert abs(kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")])[0] - 0.5) < 1e-12
    print("self-check ok: identical annotations agree fully; one dropped mention is one fn and one listed disagreement")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", default=HERE / "articles.jsonl")
    ap.add_argument("--second", default=HERE / "second-annotator.jsonl")
    ap.add_argument("--self-check", action="store_true", help="test this script on the gold itself")
    args = ap.parse_args()
    first = load(args.first)
    if args.self_check:
        return self_check(first)
    second = load(args.second)
    missing = [i for i in second if i not in first]
    if missing:
        print(f"ERROR: ids of the second annotation not in {args.first}: {missing}")
        return 1
    ids, scopes, role, kpairs, disagreements = compare(first, second)
    langs = sorted({first[i]["language"] for i in ids})
    per_lang = Counter(first[i]["language"] for i in ids)
    print(f"articles compared: {len(ids)} (" + ", ".join(f"{l}={per_lang[l]}" for l in langs) + ")")
    print("annotator 1 = articles.jsonl gold (reference), annotator 2 = second-annotator.jsonl")
    print()
    print(f"{'scope':5} {'measure':18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for scope in ["all"] + langs:
        for measure in ("countries/entity", "countries/mention", "leaders/entity", "leaders/mention"):
            tp, fp, fn = scopes[scope][measure]
            p, r, f = prf(tp, fp, fn)
            print(f"{scope:5} {measure:18} {tp:4d} {fp:4d} {fn:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
        ok, n = role[scope]
        print(f"{scope:5} {'leader role':18} {ok}/{n} agree" + (f" ({ok / n:.3f})" if n else ""))
        k, n, po = kappa(kpairs[scope])
        print(f"{scope:5} {'kappa (occurrences)':18} kappa={k:.3f} over {n} candidate occurrences, observed agreement {po:.3f}")
    print()
    print(f"disagreements: {len(disagreements)}")
    for i, key, n1, n2, only1, only2 in disagreements:
        if key.startswith("role:"):
            print(f"  {i} {key}: annotator 1 '{n1}', annotator 2 '{n2}'")
        else:
            print(f"  {i} {key}: annotator 1 {n1}x, annotator 2 {n2}x; only annotator 1: {only1}; only annotator 2: {only2}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
