#!/usr/bin/env python3
"""Writes the provisioned Grafana dashboards (docker/grafana/dashboards/*.json) from the definitions below.

Edit here, run `python3 docker/grafana/generate_dashboards.py`, commit both. `--check` fails when the JSON
files differ from what this script writes (docker/check.sh runs it). Every query must use metrics that
newsstream really exports: docker/check.sh runs each one against Prometheus scraping the demo.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dashboards"
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}
SEL = 'instance=~"$instance"'      # every query is limited to the selected processor replicas
RI = "$__rate_interval"
# The stream threads' main consumers (not the restore consumers, whose lag is changelog restoration).
# Kafka also reports topic="news_raw" (dots replaced) next to topic="news.raw": queries use the dotted name.
MAIN_CONSUMER = 'client_id=~".+-StreamThread-[0-9]+-consumer"'


class Layout:
    """Places panels left to right on Grafana's 24-column grid."""

    def __init__(self):
        self.x, self.y, self.row_height, self.next_id = 0, 0, 0, 1

    def place(self, width, height):
        if self.x + width > 24:
            self.x, self.y, self.row_height = 0, self.y + self.row_height, 0
        pos = {"h": height, "w": width, "x": self.x, "y": self.y}
        self.x += width
        self.row_height = max(self.row_height, height)
        return pos

    def row(self, title):
        if self.x:
            self.x, self.y, self.row_height = 0, self.y + self.row_height, 0
        panel = {"type": "row", "title": title, "collapsed": False, "panels": [],
                 "gridPos": {"h": 1, "w": 24, "x": 0, "y": self.y}, "id": self.take_id()}
        self.y += 1
        return panel

    def take_id(self):
        self.next_id += 1
        return self.next_id - 1


def targets(queries):
    return [{"datasource": DATASOURCE, "expr": expr, "legendFormat": legend, "refId": chr(ord("A") + i),
             "range": True, "instant": False}
            for i, (expr, legend) in enumerate(queries)]


def timeseries(layout, title, description, queries, unit="short", width=12, height=8, stack=False, max_value=None):
    defaults = {"unit": unit, "custom": {"lineWidth": 1, "fillOpacity": 10, "showPoints": "never",
                                         "stacking": {"mode": "normal" if stack else "none", "group": "A"}}}
    if max_value is not None:
        defaults["max"] = max_value
        defaults["min"] = 0
    return {"type": "timeseries", "title": title, "description": description, "datasource": DATASOURCE,
            "id": layout.take_id(), "gridPos": layout.place(width, height), "targets": targets(queries),
            "fieldConfig": {"defaults": defaults, "overrides": []},
            "options": {"legend": {"displayMode": "table", "placement": "right", "showLegend": True,
                                   "calcs": ["lastNotNull", "max"]},
                        "tooltip": {"mode": "multi", "sort": "desc"}}}


def stat(layout, title, description, expr, unit="short", width=4, height=4):
    return {"type": "stat", "title": title, "description": description, "datasource": DATASOURCE,
            "id": layout.take_id(), "gridPos": layout.place(width, height), "targets": targets([(expr, "")]),
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "options": {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                        "colorMode": "value", "graphMode": "area", "textMode": "auto"}}


def bars(layout, title, description, expr, legend, unit="short", width=12, height=8, max_value=None):
    defaults = {"unit": unit, "min": 0}
    if max_value is not None:
        defaults["max"] = max_value
    panel = {"type": "bargauge", "title": title, "description": description, "datasource": DATASOURCE,
             "id": layout.take_id(), "gridPos": layout.place(width, height), "targets": targets([(expr, legend)]),
             "fieldConfig": {"defaults": defaults, "overrides": []},
             "options": {"orientation": "horizontal", "displayMode": "gradient", "showUnfilled": True,
                         "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False}}}
    panel["targets"][0]["instant"], panel["targets"][0]["range"] = True, False
    return panel


def dashboard(uid, title, description, panels, tags):
    return {
        "uid": uid, "title": title, "description": description, "tags": tags,
        "editable": True, "graphTooltip": 1, "schemaVersion": 41, "version": 1,
        "refresh": "10s", "time": {"from": "now-30m", "to": "now"}, "timezone": "utc",
        "annotations": {"list": []}, "links": [],
        "templating": {"list": [{
            "name": "instance", "label": "Processor replica", "type": "query", "datasource": DATASOURCE,
            "query": {"query": "label_values(newsstream_articles_in_total, instance)", "refId": "instance"},
            "definition": "label_values(newsstream_articles_in_total, instance)",
            "multi": True, "includeAll": True, "allValue": ".+", "refresh": 2, "sort": 1,
            "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        }]},
        "panels": panels,
    }


def pipeline():
    lay = Layout()
    panels = [lay.row("Pipeline")]
    panels += [
        stat(lay, "Processor replicas up", "Replicas Prometheus scrapes successfully (one per `docker compose --scale processor=N`).",
             f'sum(up{{job="newsstream", {SEL}}})'),
        stat(lay, "Articles in", "Records read from news.raw since the replicas started.",
             f"sum(newsstream_articles_in_total{{{SEL}}})"),
        stat(lay, "Enriched", "Articles written to news.enriched since the replicas started.",
             f"sum(newsstream_articles_enriched_total{{{SEL}}})"),
        stat(lay, "Duplicates dropped", "Articles dropped as duplicates (same URL, same content or near copy) since the replicas started.",
             f"sum(newsstream_articles_duplicates_total{{{SEL}}})"),
        stat(lay, "Dead-lettered", "Inputs sent to news.dlq since the replicas started.",
             f"sum(newsstream_articles_dead_lettered_total{{{SEL}}})"),
        stat(lay, "Tagging coverage", "Share of enriched articles with at least one country or leader tag, since start.",
             f"sum(newsstream_articles_tagged_total{{{SEL}}}) / sum(newsstream_articles_enriched_total{{{SEL}}})",
             unit="percentunit"),
        timeseries(lay, "Throughput by stage", "Records per second entering (news.raw) and leaving each way: "
                   "enriched, dropped as duplicates, dead-lettered. In = enriched + duplicates + dead-lettered.",
                   [(f"sum(rate(newsstream_articles_in_total{{{SEL}}}[{RI}]))", "in"),
                    (f"sum(rate(newsstream_articles_enriched_total{{{SEL}}}[{RI}]))", "enriched"),
                    (f"sum(rate(newsstream_articles_duplicates_total{{{SEL}}}[{RI}]))", "duplicates"),
                    (f"sum(rate(newsstream_articles_dead_lettered_total{{{SEL}}}[{RI}]))", "dead-lettered")],
                   unit="reqps", width=12),
        timeseries(lay, "Consumer lag", "Records the stream threads' consumers are behind: per partition of news.raw, "
                   "and in all of the internal repartition topics (Kafka consumer metric records-lag; the restore "
                   "consumers' lag on changelogs is left out).",
                   [(f'max by (partition) (kafka_consumer_fetch_manager_records_lag{{topic="news.raw", {MAIN_CONSUMER}, {SEL}}})', "news.raw p{{partition}}"),
                    (f'sum(kafka_consumer_fetch_manager_records_lag{{topic=~".+-repartition", {MAIN_CONSUMER}, {SEL}}})', "repartition topics")],
                   width=12),
        timeseries(lay, "End-to-end latency", "Wall time from a raw record's timestamp to its enriched write "
                   "(histogram quantiles over all replicas).",
                   [(f"histogram_quantile(0.5, sum by (le) (rate(newsstream_end_to_end_latency_seconds_bucket{{{SEL}}}[{RI}])))", "p50"),
                    (f"histogram_quantile(0.95, sum by (le) (rate(newsstream_end_to_end_latency_seconds_bucket{{{SEL}}}[{RI}])))", "p95"),
                    (f"histogram_quantile(0.99, sum by (le) (rate(newsstream_end_to_end_latency_seconds_bucket{{{SEL}}}[{RI}])))", "p99"),
                    (f"max(newsstream_end_to_end_latency_seconds_max{{{SEL}}})", "max (recent)")],
                   unit="s", width=12),
        timeseries(lay, "Stage time per article", "Mean time to normalize and to tag one article.",
                   [(f"sum(rate(newsstream_stage_normalize_seconds_sum{{{SEL}}}[{RI}])) / sum(rate(newsstream_stage_normalize_seconds_count{{{SEL}}}[{RI}]))", "normalize"),
                    (f"sum(rate(newsstream_stage_tag_seconds_sum{{{SEL}}}[{RI}])) / sum(rate(newsstream_stage_tag_seconds_count{{{SEL}}}[{RI}]))", "tag")],
                   unit="s", width=12),
    ]
    panels.append(lay.row("Quality"))
    panels += [
        timeseries(lay, "Duplicates by rule", "Articles dropped as duplicates per second, by dedup rule.",
                   [(f"sum by (rule) (rate(newsstream_articles_duplicates_total{{{SEL}}}[{RI}]))", "{{rule}}")],
                   unit="reqps", width=8, stack=True),
        timeseries(lay, "Dead letters by reason", "Inputs sent to news.dlq per second, by reject reason "
                   "(the reason is also in each DLQ record's headers).",
                   [(f"sum by (reason) (rate(newsstream_articles_dead_lettered_total{{{SEL}}}[{RI}]))", "{{reason}}")],
                   unit="reqps", width=8, stack=True),
        bars(lay, "Tagging coverage by language", "Per language: share of enriched articles with at least one "
             "country or leader tag, since the replicas started (0 when none was tagged).",
             f"(sum by (language) (newsstream_articles_tagged_total{{{SEL}}}) or 0 * sum by (language) (newsstream_articles_enriched_total{{{SEL}}}))"
             f" / sum by (language) (newsstream_articles_enriched_total{{{SEL}}})",
             "{{language}}", unit="percentunit", width=8, max_value=1),
        timeseries(lay, "Enriched by language", "Articles written to news.enriched per second, by detected language.",
                   [(f"sum by (language) (rate(newsstream_articles_enriched_total{{{SEL}}}[{RI}]))", "{{language}}")],
                   unit="reqps", width=24, height=7, stack=True),
    ]
    panels.append(lay.row("Mentions"))
    panels += [
        timeseries(lay, "Top countries over time", "The 10 most mentioned countries (ISO 3166 code): mentions per second.",
                   [(f"topk(10, sum by (country) (rate(newsstream_mentions_country_total{{{SEL}}}[{RI}])))", "{{country}}")],
                   unit="reqps", width=12),
        timeseries(lay, "Top leaders over time", "The 10 most mentioned leaders: mentions per second.",
                   [(f"topk(10, sum by (leader) (rate(newsstream_mentions_leader_total{{{SEL}}}[{RI}])))", "{{leader}}")],
                   unit="reqps", width=12),
        bars(lay, "Top countries since start", "Mentions per country since the replicas started (the windowed "
             "counts are in the news.country-mentions topic).",
             f"topk(10, sum by (country) (newsstream_mentions_country_total{{{SEL}}}))", "{{country}}", width=12),
        bars(lay, "Top leaders since start", "Mentions per leader since the replicas started (the windowed "
             "counts are in the news.leader-mentions topic).",
             f"topk(10, sum by (leader) (newsstream_mentions_leader_total{{{SEL}}}))", "{{leader}}", width=12),
    ]
    return dashboard("newsstream-pipeline", "newsstream — pipeline",
                     "Throughput, lag, latency, duplicates, dead letters, tagging coverage and mentions.",
                     panels, ["newsstream"])


def runtime():
    lay = Layout()
    panels = [lay.row("JVM")]
    panels += [
        timeseries(lay, "Heap used", "Heap in use and its limit per replica (the limit follows the container "
                   "memory via -XX:MaxRAMPercentage=75).",
                   [(f'sum by (instance) (jvm_memory_used_bytes{{area="heap", {SEL}}})', "used {{instance}}"),
                    (f'sum by (instance) (jvm_memory_max_bytes{{area="heap", {SEL}}})', "max {{instance}}")],
                   unit="bytes", width=8),
        timeseries(lay, "GC pause time", "Share of wall time spent in GC pauses, per replica and collector action.",
                   [(f"sum by (instance, action) (rate(jvm_gc_pause_seconds_sum{{{SEL}}}[{RI}]))", "{{instance}} {{action}}")],
                   unit="percentunit", width=8),
        timeseries(lay, "CPU and threads", "Process CPU use (0-1 of all cores) and live JVM threads.",
                   [(f"process_cpu_usage{{{SEL}}}", "cpu {{instance}}"),
                    (f"jvm_threads_live_threads{{{SEL}}}", "threads {{instance}}")],
                   width=8),
    ]
    panels.append(lay.row("Kafka Streams"))
    panels += [
        timeseries(lay, "Stream threads alive", "Running stream threads per replica (kafka.num.stream.threads each).",
                   [(f"sum by (instance) (kafka_stream_alive_stream_threads{{{SEL}}})", "{{instance}}")],
                   width=8),
        timeseries(lay, "Records processed", "Records processed per second by each stream thread.",
                   [(f"sum by (instance, thread_id) (kafka_stream_thread_process_rate{{{SEL}}})", "{{instance}} {{thread_id}}")],
                   unit="reqps", width=8),
        timeseries(lay, "Commit latency", "Mean time of a commit (exactly-once: a transaction commit).",
                   [(f"max by (instance, thread_id) (kafka_stream_thread_commit_latency_avg{{{SEL}}}) / 1000", "{{instance}} {{thread_id}}")],
                   unit="s", width=8),
    ]
    panels.append(lay.row("State stores"))
    panels += [
        timeseries(lay, "Keys per store", "Estimated keys in each RocksDB store (dedup windows, mention counts), "
                   "summed over tasks and replicas.",
                   [(f"sum by (rocksdb_window_state_id) (kafka_stream_state_estimate_num_keys{{{SEL}}})", "{{rocksdb_window_state_id}}")],
                   width=8),
        timeseries(lay, "Store size on disk", "Total SST file size of each store.",
                   [(f"sum by (rocksdb_window_state_id) (kafka_stream_state_total_sst_files_size{{{SEL}}})", "{{rocksdb_window_state_id}}")],
                   unit="bytes", width=8),
        timeseries(lay, "Store memory", "Memtable and block-cache memory of each store.",
                   [(f"sum by (rocksdb_window_state_id) (kafka_stream_state_cur_size_all_mem_tables{{{SEL}}})", "memtables {{rocksdb_window_state_id}}"),
                    (f"sum by (rocksdb_window_state_id) (kafka_stream_state_block_cache_usage{{{SEL}}})", "block cache {{rocksdb_window_state_id}}")],
                   unit="bytes", width=8),
        timeseries(lay, "Dropped records", "Records Kafka Streams dropped (e.g. too late for a window, or skipped), per second.",
                   [(f"sum by (instance) (rate(kafka_stream_task_dropped_records_total{{{SEL}}}[{RI}]))", "{{instance}}")],
                   unit="reqps", width=24, height=6),
    ]
    return dashboard("newsstream-runtime", "newsstream — JVM and Kafka Streams",
                     "JVM heap, GC and CPU; Kafka Streams threads, commits and state stores.",
                     panels, ["newsstream"])


def render(board):
    return json.dumps(board, indent=2, ensure_ascii=False) + "\n"


def main(argv):
    files = {OUT / "newsstream.json": pipeline(), OUT / "newsstream-runtime.json": runtime()}
    if "--check" in argv:
        stale = [str(p) for p, board in files.items() if not p.is_file() or p.read_text(encoding="utf-8") != render(board)]
        if stale:
            print("dashboards differ from generate_dashboards.py (run it and commit): " + ", ".join(stale))
            return 1
        print("dashboards match generate_dashboards.py")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path, board in files.items():
        path.write_text(render(board), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
