#!/bin/bash
# Creates newsstream's topics (idempotent). Runs once in the kafka image: see the topics-init service.
# Names are newsstream's defaults (topic.* in newsstream-defaults.properties): change both together.
set -euo pipefail

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
partitions="${TOPIC_PARTITIONS:-3}"
topics_cmd="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"

create() {
    local topic="$1"
    shift
    "${topics_cmd}" --bootstrap-server "${bootstrap}" --create --if-not-exists \
        --topic "${topic}" --partitions "${partitions}" --replication-factor 1 "$@"
}

create news.raw
create news.enriched
create news.duplicates
create news.dlq
# Windowed counts: one record per (key, window), updated as counts grow, so only the latest value matters.
create news.country-mentions --config cleanup.policy=compact
create news.leader-mentions --config cleanup.policy=compact

"${topics_cmd}" --bootstrap-server "${bootstrap}" --describe \
    --topic 'news\..*' | grep -v '^\s*Topic: .*Partition:' || true
echo "topics ready"
