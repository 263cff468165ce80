#!/bin/bash
# Creates newsstream's topics (idempotent). Runs once in the kafka image: see the topics-init service.
# Names are newsstream's defaults (topic.* in newsstream-defaults.properties): change both together.
set -euo pipefail

bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
partitions="${TOPIC_PARTITIONS:-3}"
# topic.max.message.bytes in newsstream's defaults: an enriched article carries up to 1 MiB of text plus tags.
max_message_bytes="${TOPIC_MAX_MESSAGE_BYTES:-4194304}"
topics_cmd="${KAFKA_TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"

create() {
    local topic="$1"
    shift
    "${topics_cmd}" --bootstrap-server "${bootstrap}" --create --if-not-exists \
        --topic "${topic}" --partitions "${partitions}" --replication-factor 1 \
        --config max.message.bytes="${max_message_bytes}" "$@"
}

# Time-based retention (the broker default) counts from a record's timestamp: newsstream stamps its
# outputs with the time an article arrived, not its publication time, so a backfill is kept (docs/contracts.md).
create news.raw
create news.enriched
create news.duplicates
create news.dlq
# Windowed counts: one record per (key, window), updated as counts grow, so only the latest value matters.
create news.country-mentions --config cleanup.policy=compact
create news.leader-mentions --config cleanup.policy=compact
# Gazetteer entries applied live by every processor: one record per entry key, only the latest matters.
create news.gazetteer --config cleanup.policy=compact

"${topics_cmd}" --bootstrap-server "${bootstrap}" --describe \
    --topic 'news\..*' | grep -v '^\s*Topic: .*Partition:' || true
echo "topics ready"
