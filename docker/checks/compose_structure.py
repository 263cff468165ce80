#!/usr/bin/env python3
"""Structural checks of docker/docker-compose.yml that a schema linter cannot make.

Usage: compose_structure.py COMPOSE_FILE DEFAULTS_PROPERTIES CREATE_TOPICS_SCRIPT PROMETHEUS_YML [CORPUS_INDEX]
"""
import re
import sys

import yaml

PINNED = re.compile(r"^[\w./-]+:v?\d+(\.\d+)+[\w.-]*$")
COMPACTED_TOPIC_KEYS = ("topic.country.mentions", "topic.leader.mentions", "topic.gazetteer")


def properties(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip()
    return values


def main(compose_file, defaults_file, topics_script, prometheus_file, corpus_index=None):
    errors = []
    compose = yaml.safe_load(open(compose_file, encoding="utf-8"))
    services = compose["services"]

    for name, service in services.items():
        image = service.get("image", "")
        if "build" not in service and not PINNED.match(image):
            errors.append(f"service {name}: image '{image}' is not pinned to an exact version")

    processor = services["processor"]
    for forbidden in ("container_name", "ports"):
        if forbidden in processor:
            errors.append(f"processor: '{forbidden}' prevents `--scale processor=N`")
    if "8080" not in [str(p) for p in processor.get("expose", [])]:
        errors.append("processor: must expose 8080 (metrics and health)")
    if processor.get("depends_on", {}).get("topics-init", {}).get("condition") != "service_completed_successfully":
        errors.append("processor: must wait for topics-init to complete successfully")
    env = processor.get("environment", {})
    if any(not key.startswith("NEWSSTREAM_") for key in env):
        errors.append(f"processor: configured only through NEWSSTREAM_* variables, found {sorted(env)}")
    if env.get("NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS") != "kafka:9092" or str(env.get("NEWSSTREAM_TOPIC_CREATE")) != "false":
        errors.append("processor: needs NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS=kafka:9092 and NEWSSTREAM_TOPIC_CREATE=false")
    if services["topics-init"].get("depends_on", {}).get("kafka", {}).get("condition") != "service_healthy":
        errors.append("topics-init: must wait for kafka to be healthy")
    if "healthcheck" not in services["kafka"]:
        errors.append("kafka: needs a health check")

    defaults = properties(defaults_file)
    wanted = {value for key, value in defaults.items()
              if key.startswith("topic.") and key not in ("topic.create", "topic.partitions", "topic.replication.factor",
                                                                   "topic.max.message.bytes")}
    script = open(topics_script, encoding="utf-8").read()
    created = dict(re.findall(r"^create\s+(\S+)(.*)$", script, re.MULTILINE))
    if set(created) != wanted:
        errors.append(f"{topics_script} creates {sorted(created)}, the defaults name {sorted(wanted)}")
    for key in COMPACTED_TOPIC_KEYS:
        topic = defaults.get(key)
        if topic in created and "cleanup.policy=compact" not in created[topic]:
            errors.append(f"{topics_script}: {topic} must be created with cleanup.policy=compact")
    if "--if-not-exists" not in script:
        errors.append(f"{topics_script}: topic creation must be idempotent (--if-not-exists)")

    if corpus_index:
        with open(corpus_index, encoding="utf-8") as f:
            listed = [line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")]
        produced = services["producer"].get("command", [])
        if produced != ["produce"] + ["/data/" + name for name in listed]:
            errors.append(f"producer: command {produced} must publish the files of {corpus_index} in order: {listed}")
        if not any(str(v).endswith(":/data:ro") for v in services["producer"].get("volumes", [])):
            errors.append("producer: the sample corpus must be mounted read-only at /data")

    prometheus = yaml.safe_load(open(prometheus_file, encoding="utf-8"))
    sd = [sd for job in prometheus["scrape_configs"] for sd in job.get("dns_sd_configs", [])]
    if not any("processor" in c.get("names", []) and c.get("type") == "A" and c.get("port") == 8080 for c in sd):
        errors.append(f"{prometheus_file}: must discover every processor replica (dns_sd_configs names [processor], A, 8080)")

    for error in errors:
        print(f"  {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
