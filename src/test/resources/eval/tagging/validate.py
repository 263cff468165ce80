#!/usr/bin/env python3
"""Checks articles.jsonl, the gold set for the country/leader tagger (stdlib only).

Usage: python3 validate.py [path/to/articles.jsonl]

Exit status 0 only when there are no errors AND no warnings: every warning must be
resolved in the data (fix the gold, or list the occurrence under "not_mentions").
"""
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

# ISO 3166-1 alpha-2, the 249 officially assigned codes as published by the ISO 3166
# Maintenance Agency (Online Browsing Platform, www.iso.org/obp), plus XK (Kosovo,
# user-assigned, used by the European Commission and others). TW and PS are officially
# assigned and so are already in the list.
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
""".split())
assert len(ISO_ALPHA2) == 249, len(ISO_ALPHA2)
USER_ASSIGNED = {"XK"}
COUNTRY_CODES = ISO_ALPHA2 | USER_ASSIGNED

# Leaders in scope (see ANNOTATION.md): id -> (country, [(role, from, until)]), dates
# half-open [from, until). Terms from the public record (official government sites and
# election results): swearing-in / appointment dates.
D = date.fromisoformat
FAR_PAST, FAR_FUTURE = D("1990-01-01"), D("2100-01-01")
LEADERS = {
    "vladimir-putin": ("RU", [("president", FAR_PAST, FAR_FUTURE)]),
    "volodymyr-zelensky": ("UA", [("president", D("2019-05-20"), FAR_FUTURE)]),
    "donald-trump": ("US", [("former-president", D("2021-01-20"), D("2024-11-06")),
                            ("president-elect", D("2024-11-06"), D("2025-01-20")),
                            ("president", D("2025-01-20"), FAR_FUTURE)]),
    "joe-biden": ("US", [("president", D("2021-01-20"), D("2025-01-20")),
                         ("former-president", D("2025-01-20"), FAR_FUTURE)]),
    "xi-jinping": ("CN", [("president", D("2013-03-14"), FAR_FUTURE)]),
    "li-qiang": ("CN", [("prime-minister", D("2023-03-11"), FAR_FUTURE)]),
    "kim-jong-un": ("KP", [("supreme-leader", D("2011-12-17"), FAR_FUTURE)]),
    "narendra-modi": ("IN", [("prime-minister", D("2014-05-26"), FAR_FUTURE)]),
    "emmanuel-macron": ("FR", [("president", D("2017-05-14"), FAR_FUTURE)]),
    "olaf-scholz": ("DE", [("chancellor", D("2021-12-08"), D("2025-05-06")),
                           ("former-chancellor", D("2025-05-06"), FAR_FUTURE)]),
    "friedrich-merz": ("DE", [("opposition-leader", D("2022-02-15"), D("2025-05-06")),
                              ("chancellor", D("2025-05-06"), FAR_FUTURE)]),
    "rishi-sunak": ("GB", [("prime-minister", D("2022-10-25"), D("2024-07-05")),
                           ("former-prime-minister", D("2024-07-05"), FAR_FUTURE)]),
    "keir-starmer": ("GB", [("opposition-leader", D("2020-04-04"), D("2024-07-05")),
                            ("prime-minister", D("2024-07-05"), FAR_FUTURE)]),
    "recep-tayyip-erdogan": ("TR", [("president", D("2014-08-28"), FAR_FUTURE)]),
    "benjamin-netanyahu": ("IL", [("prime-minister", D("2022-12-29"), FAR_FUTURE)]),
    "pedro-sanchez": ("ES", [("prime-minister", D("2018-06-02"), FAR_FUTURE)]),
    "giorgia-meloni": ("IT", [("prime-minister", D("2022-10-22"), FAR_FUTURE)]),
    "donald-tusk": ("PL", [("opposition-leader", D("2021-07-03"), D("2023-12-13")),
                           ("prime-minister", D("2023-12-13"), FAR_FUTURE)]),
    "andrzej-duda": ("PL", [("president", D("2015-08-06"), D("2025-08-06")),
                            ("former-president", D("2025-08-06"), FAR_FUTURE)]),
    "karol-nawrocki": ("PL", [("president", D("2025-08-06"), FAR_FUTURE)]),
    "luiz-inacio-lula-da-silva": ("BR", [("president", D("2023-01-01"), FAR_FUTURE)]),
    "javier-milei": ("AR", [("president", D("2023-12-10"), FAR_FUTURE)]),
    "claudia-sheinbaum": ("MX", [("president", D("2024-10-01"), FAR_FUTURE)]),
    "viktor-orban": ("HU", [("prime-minister", D("2010-05-29"), FAR_FUTURE)]),
    "alexander-lukashenko": ("BY", [("president", D("1994-07-20"), FAR_FUTURE)]),
}

LANGUAGES = ["en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt"]
MIN_PER_LANGUAGE, MIN_TOTAL = 9, 88
MIN_WORDS, MAX_WORDS = 80, 250
REQUIRED = {"id": str, "language": str, "published_at": str, "title": str, "text": str, "gold": dict}
OPTIONAL = {"traps": list, "not_mentions": list, "notes": str}


def role_on(leader_id, day):
    for role, start, until in LEADERS[leader_id][1]:
        if start <= day < until:
            return role
    return None


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, surface):
    """Start offsets where surface occurs case-sensitively with no letter/digit glued on either side."""
    found, start = [], 0
    while True:
        i = text.find(surface, start)
        if i < 0:
            return found
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        if not (is_word_char(before) and is_word_char(surface[0])) and \
           not (is_word_char(after) and is_word_char(surface[-1])):
            found.append(i)
        start = i + 1


def claim(text, surfaces):
    """Longest surfaces claim their text first; a shorter one inside a claimed range is not counted
    ("Guinea" inside "Equatorial Guinea"). Returns surface -> list of start offsets it owns."""
    taken = [False] * len(text)
    owned = {}
    for s in sorted(set(surfaces), key=lambda x: (-len(x), x)):
        owned[s] = []
        for i in occurrences(text, s):
            if not any(taken[i:i + len(s)]):
                owned[s].append(i)
                for k in range(i, i + len(s)):
                    taken[k] = True
    return owned


def main(path):
    errors, warnings = [], []
    articles = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        articles.append((n, a))

    ids = Counter(a.get("id") for _, a in articles)
    for dup in [i for i, c in ids.items() if c > 1]:
        errors.append(f"duplicate id {dup}")

    lexicon = defaultdict(set)  # surface -> entity keys it was listed for anywhere
    per_lang = Counter()
    traps = defaultdict(list)
    for n, a in articles:
        where = f"line {n} ({a.get('id')})"
        for field, kind in REQUIRED.items():
            if not isinstance(a.get(field), kind):
                errors.append(f"{where}: field '{field}' missing or not {kind.__name__}")
        for field in a:
            if field not in REQUIRED and field not in OPTIONAL:
                errors.append(f"{where}: unknown field '{field}'")
        for field, kind in OPTIONAL.items():
            if field in a and not isinstance(a[field], kind):
                errors.append(f"{where}: field '{field}' is not {kind.__name__}")
        if any(not isinstance(a.get(f), k) for f, k in REQUIRED.items()):
            continue
        lang = a["language"]
        if lang not in LANGUAGES:
            errors.append(f"{where}: language '{lang}' not one of {LANGUAGES}")
        if not re.fullmatch(rf"{re.escape(lang)}-\d{{3}}", a["id"]):
            errors.append(f"{where}: id must be '<language>-NNN'")
        per_lang[lang] += 1
        try:
            published = datetime.strptime(a["published_at"], "%Y-%m-%dT%H:%M:%SZ").date()
        except ValueError:
            errors.append(f"{where}: published_at must look like 2025-03-04T09:00:00Z")
            continue
        if not (D("2023-01-01") <= published < D("2026-01-01")):
            errors.append(f"{where}: published_at outside 2023-2025")
        words = len(a["text"].split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            errors.append(f"{where}: text has {words} words, want {MIN_WORDS}-{MAX_WORDS}")
        for t in a.get("traps", []):
            traps[t].append(a["id"])

        gold = a["gold"]
        if set(gold) != {"countries", "leaders"}:
            errors.append(f"{where}: gold must have exactly 'countries' and 'leaders'")
            continue
        entities = {}  # entity key -> listed surfaces in order
        for code, surfaces in gold["countries"].items():
            if code not in COUNTRY_CODES:
                errors.append(f"{where}: '{code}' is not an ISO 3166-1 alpha-2 code (or XK)")
            if not surfaces or not all(isinstance(s, str) and s for s in surfaces):
                errors.append(f"{where}: country {code} needs a non-empty list of surface strings")
                continue
            entities[f"country:{code}"] = surfaces
        for lid, entry in gold["leaders"].items():
            if lid not in LEADERS:
                errors.append(f"{where}: leader '{lid}' not in the leader list of ANNOTATION.md")
                continue
            if not isinstance(entry, dict) or set(entry) != {"role", "mentions"}:
                errors.append(f"{where}: leader {lid} must be {{role, mentions}}")
                continue
            expected = role_on(lid, published)
            if entry["role"] != expected:
                errors.append(f"{where}: {lid} role '{entry['role']}' but on {published} expected '{expected}'")
            if not entry["mentions"] or not all(isinstance(s, str) and s for s in entry["mentions"]):
                errors.append(f"{where}: leader {lid} needs a non-empty list of surface strings")
                continue
            entities[f"leader:{lid}"] = entry["mentions"]

        text = a["text"]
        not_mentions = a.get("not_mentions", [])
        all_surfaces = [s for ss in entities.values() for s in ss] + not_mentions
        owned = claim(text, all_surfaces)
        listed = Counter(all_surfaces)
        for s, expected_count in listed.items():
            found = len(owned[s])
            if found < expected_count:
                errors.append(f"{where}: '{s}' listed {expected_count}x but occurs {found}x in text")
            elif found > expected_count:
                warnings.append(f"{where}: '{s}' occurs {found}x but listed {expected_count}x "
                                f"(missed mention, or add it to not_mentions)")
        # order: each entity's list must follow text order, for surfaces used by that entity only
        owners = Counter()
        for key, ss in entities.items():
            for s in set(ss):
                owners[s] += 1
        for s in set(not_mentions):
            owners[s] += 1
        for key, ss in entities.items():
            mine = [s for s in ss if owners[s] == 1]
            in_text = sorted((i, s) for s in set(mine) for i in owned[s])
            if [s for _, s in in_text] != mine and len(in_text) == len(mine):
                errors.append(f"{where}: {key} mentions not in text order: {mine} vs {[s for _, s in in_text]}")
            for s in ss:
                lexicon[s].add(key)

    # A surface listed as a mention in one article but present, unlisted, in another.
    for n, a in articles:
        if not isinstance(a.get("gold"), dict) or not isinstance(a.get("text"), str):
            continue
        gold = a["gold"]
        here = set(a.get("not_mentions", []))
        for ss in gold.get("countries", {}).values():
            here.update(ss)
        for entry in gold.get("leaders", {}).values():
            if isinstance(entry, dict):
                here.update(entry.get("mentions", []))
        owned = claim(a["text"], list(here) + [s for s in lexicon if s not in here])
        for s in lexicon:
            if s not in here and owned.get(s):
                warnings.append(f"line {n} ({a['id']}): '{s}' is a mention elsewhere ({sorted(lexicon[s])}) "
                                f"and occurs {len(owned[s])}x here unlisted")

    total = sum(per_lang.values())
    for lang in LANGUAGES:
        if per_lang[lang] < MIN_PER_LANGUAGE:
            errors.append(f"language {lang}: {per_lang[lang]} articles, want >= {MIN_PER_LANGUAGE}")
    if total < MIN_TOTAL:
        errors.append(f"{total} articles, want >= {MIN_TOTAL}")

    country_mentions = sum(len(ss) for _, a in articles if isinstance(a.get("gold"), dict)
                           for ss in a["gold"].get("countries", {}).values())
    leader_mentions = sum(len(e.get("mentions", [])) for _, a in articles if isinstance(a.get("gold"), dict)
                          for e in a["gold"].get("leaders", {}).values() if isinstance(e, dict))
    print("articles per language: " + ", ".join(f"{l}={per_lang[l]}" for l in LANGUAGES) + f"; total={total}")
    print(f"gold mentions: countries={country_mentions}, leaders={leader_mentions}")
    print(f"traps: {len(traps)} kinds")
    for t in sorted(traps):
        print(f"  {t}: {', '.join(traps[t])}")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 0 if not errors and not warnings else 1


if __name__ == "__main__":
    default = Path(__file__).with_name("articles.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
