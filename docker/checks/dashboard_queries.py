#!/usr/bin/env python3
"""Checks every Grafana panel query against a live Prometheus that scrapes a running newsstream.

For each dashboard JSON, every panel target's `expr` (Grafana variables replaced by fixed values) must
  1. use only metric names that the service's /metrics output really contains,
  2. run without error via `promtool query instant`,
  3. return at least one series, unless the panel is listed, with the reason, in the no-data file.

Usage: dashboard_queries.py PROMETHEUS_URL METRICS_FILE NO_DATA_FILE DASHBOARD.json...
       dashboard_queries.py --missing METRICS_FILE DASHBOARD.json...   (names used but not in METRICS_FILE)
Exit status 0 when every query passes, 1 otherwise.
"""
import json
import re
import subprocess
import sys

# Values for Grafana's built-in and dashboard variables when a query is run outside Grafana.
VARIABLES = {
    "__rate_interval": "1m",
    "__interval": "15s",
    "__range": "5m",
    "instance": ".+",
    "topn": "10",
}

# Series Prometheus itself adds to every scrape target: not in /metrics, but real.
SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling",
             "scrape_series_added"}

PROMQL_KEYWORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
    "offset", "inf", "nan", "atan2",
}


def substitute(expr):
    def value(match):
        name = match.group(1) or match.group(2)
        if name not in VARIABLES:
            raise KeyError(f"unknown Grafana variable ${name}")
        return VARIABLES[name]
    return re.sub(r"\$\{(\w+)(?::\w+)?\}|\$(\w+)", value, expr)


def metric_names(expr):
    """Metric names in a PromQL expression: identifiers that are not functions, keywords, labels or durations."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expr)   # string literals
    text = re.sub(r"\{[^}]*\}", " ", text)                                  # label matchers
    text = re.sub(r"\[[^\]]*\]", " ", text)                                 # range / subquery selectors
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = set()
    for match in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?", text):
        word, call = match.group(1), match.group(2)
        if call or word.lower() in PROMQL_KEYWORDS:
            continue
        names.add(word)
    return names


def scraped_names(metrics_file):
    names = set()
    with open(metrics_file, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# TYPE ") or line.startswith("# HELP "):
                names.add(line.split()[2])
            elif line.strip() and not line.startswith("#"):
                names.add(re.match(r"[a-zA-Z_:][a-zA-Z0-9_:]*", line).group(0))
    return names


def panels(dashboard):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])          # panels inside collapsed rows


def queries(path):
    with open(path, encoding="utf-8") as f:
        dashboard = json.load(f)
    title = dashboard["title"]
    for panel in panels(dashboard):
        exprs = [t for t in panel.get("targets", []) if t.get("expr")]
        for target in exprs:
            legend = f" [{target.get('legendFormat', target['refId'])}]" if len(exprs) > 1 else ""
            yield f"{title} / {panel['title']}{legend}", target["expr"]
    for variable in dashboard.get("templating", {}).get("list", []):
        query = variable.get("query")
        if variable.get("type") == "query" and isinstance(query, dict):
            query = query.get("query")
        if variable.get("type") == "query" and query:
            match = re.fullmatch(r"label_values\((.+),\s*\w+\)", query.strip())
            yield f"{title} / variable {variable['name']}", match.group(1) if match else query


def run(prometheus_url, expr):
    result = subprocess.run(["promtool", "query", "instant", "-o", "json", prometheus_url, expr],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        return None, (result.stderr or result.stdout).strip()
    return json.loads(result.stdout or "[]"), None


def missing_names(metrics_file, dashboard_files):
    """Metric names the dashboards use that /metrics does not (yet) show."""
    available = scraped_names(metrics_file)
    used = set()
    for path in dashboard_files:
        for _, expr in queries(path):
            used |= metric_names(substitute(expr))
    return sorted(used - available - SYNTHETIC)


def main(argv):
    if argv[1] == "--missing":
        missing = missing_names(argv[2], argv[3:])
        print(" ".join(missing))
        return 1 if missing else 0
    prometheus_url, metrics_file, no_data_file, dashboard_files = argv[1], argv[2], argv[3], argv[4:]
    with open(no_data_file, encoding="utf-8") as f:
        no_data = json.load(f)
    available = scraped_names(metrics_file)
    seen, failures, passed = set(), [], 0
    for path in dashboard_files:
        for panel, raw_expr in queries(path):
            seen.add(panel)
            try:
                expr = substitute(raw_expr)
            except KeyError as e:
                failures.append(f"{panel}: {e.args[0]}")
                continue
            missing = sorted(n for n in metric_names(expr) if n not in available and n not in SYNTHETIC)
            if missing:
                failures.append(f"{panel}: not in /metrics: {', '.join(missing)}  [{expr}]")
                continue
            series, error = run(prometheus_url, expr)
            if error is not None:
                failures.append(f"{panel}: query failed: {error}  [{expr}]")
                continue
            count = len(series) if isinstance(series, list) else 1
            if count == 0 and panel not in no_data:
                failures.append(f"{panel}: no data after the demo run  [{expr}]")
                continue
            note = f"(no data expected: {no_data[panel]})" if count == 0 else f"{count} series"
            print(f"  ok  {panel}: {note}")
            passed += 1
    for stale in sorted(set(no_data) - seen):
        failures.append(f"{no_data_file} names a panel that no dashboard has: {stale}")
    for failure in failures:
        print(f"  FAIL {failure}")
    print(f"dashboards: {passed} passed, {len(failures)} failed")
    return 1 if failures or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
