#!/usr/bin/env bash
# Checks for the container setup (docker/, config/) and the Grafana dashboards. Called by .ci/run.
# There is no Docker engine where this runs, so nothing here starts a container: each check uses the
# real tool for its file (docker-compose, dclint, promtool, a Dockerfile linter) or runs the service itself.
#
#   docker/check.sh                      all checks
#   docker/check.sh compose prometheus   only some: compose | config | topics | prometheus | dockerfile | dashboards
#
# Installs what it needs: Debian packages prometheus (prometheus + promtool), docker-compose, curl;
# npm packages dclint and dockerfile-utils (pinned, run with npx).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${ROOT}"

readonly DCLINT_VERSION=3.1.0
readonly DOCKERFILE_UTILS_VERSION=0.16.3
readonly DOCKERFILE=docker/Dockerfile
readonly COMPOSE_FILE=docker/docker-compose.yml
readonly DASHBOARD_DIR=docker/grafana/dashboards
readonly NO_DATA_FILE=docker/grafana/panels-without-data.json
# The README's build command must be the Dockerfile's build command.
readonly README_FILE="${NEWSSTREAM_README:-README.md}"
readonly JAR=target/newsstream.jar
# How long the demo may take to become ready and to finish the corpus (2 shared cores: generous).
readonly DEMO_TIMEOUT_S="${NEWSSTREAM_CHECK_DEMO_TIMEOUT:-240}"

SUMMARY=()
PYTHON=python3
FAILURES=0
WORK="$(mktemp -d)"
STARTED_PIDS=()

log() { printf '\n== %s\n' "$*"; }
pass() { SUMMARY+=("PASS  $1"); echo "PASS: $1"; }
fail() { SUMMARY+=("FAIL  $1"); echo "FAIL: $1" >&2; FAILURES=$((FAILURES + 1)); }

cleanup() {
    local pid
    for pid in "${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}"; do
        kill "${pid}" 2>/dev/null || true
    done
    for pid in "${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}"; do
        for _ in $(seq 1 30); do
            kill -0 "${pid}" 2>/dev/null || break
            sleep 1
        done
        kill -9 "${pid}" 2>/dev/null || true
    done
    rm -rf "${WORK}"
}
trap cleanup EXIT

install_tools() {
    local missing=()
    command -v promtool >/dev/null && command -v prometheus >/dev/null || missing+=(prometheus)
    command -v docker-compose >/dev/null || missing+=(docker-compose)
    command -v curl >/dev/null || missing+=(curl)
    command -v npx >/dev/null || missing+=(npm)
    if ((${#missing[@]})); then
        echo "installing Debian packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    # The structure checks read YAML: use a python3 that has PyYAML, else Debian's with python3-yaml.
    if python3 -c 'import yaml' 2>/dev/null; then
        PYTHON=python3
    else
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null
        PYTHON=/usr/bin/python3
    fi
}

ensure_jar() {
    if [[ ! -f "${JAR}" ]]; then
        ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- (a) compose file ---------------------------------------------------------------------------
check_compose() {
    log "compose: docker-compose config, dclint, structure"
    if docker-compose -f "${COMPOSE_FILE}" config -q && (cd docker && docker-compose config -q); then
        pass "docker-compose $(docker-compose version --short) config -q (from the root and from docker/)"
    else
        fail "docker-compose config -q rejects ${COMPOSE_FILE}"
    fi
    # Rules off in docker/.dclintrc: key and service order (the file reads in start-up order), and the
    # top-level `name` field (docker-compose 1.29 rejects it).
    if npx --yes "dclint@${DCLINT_VERSION}" -c docker/.dclintrc "${COMPOSE_FILE}"; then
        pass "dclint ${DCLINT_VERSION} ${COMPOSE_FILE}"
    else
        fail "dclint ${DCLINT_VERSION} ${COMPOSE_FILE}"
    fi
    if "${PYTHON}" docker/checks/compose_structure.py "${COMPOSE_FILE}" src/main/resources/newsstream-defaults.properties \
            docker/kafka/create-topics.sh docker/prometheus/prometheus.yml src/main/resources/samples/corpus/index.txt; then
        pass "compose structure (pinned images, scalable processor, topics = defaults, producer = corpus index, scrape target)"
    else
        fail "compose structure"
    fi
}

# --- config/ files against the built-in defaults -------------------------------------------------------
check_config() {
    log "config: config/newsstream.properties and config/example.env against the defaults"
    if "${PYTHON}" docker/checks/config_files.py src/main/resources/newsstream-defaults.properties \
            config/newsstream.properties config/example.env; then
        pass "config/newsstream.properties documents every default, changes none; example.env names known settings"
    else
        fail "config/ files out of step with src/main/resources/newsstream-defaults.properties"
    fi
}

# --- topics-init's script against a real broker ------------------------------------------------------
check_topics() {
    log "topics: docker/kafka/create-topics.sh against newsstream's embedded broker"
    ensure_jar
    local kafka_version port
    kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' pom.xml)"
    # kafka-topics.sh is TopicCommand from kafka-tools; the rest of its classpath is in newsstream's jar.
    if ! ./mvnw -B -q dependency:copy -Dartifact="org.apache.kafka:kafka-tools:${kafka_version}" \
            -DoutputDirectory="${WORK}/kafka-tools" >"${WORK}/kafka-tools.log" 2>&1; then
        tail -20 "${WORK}/kafka-tools.log"
        fail "could not fetch org.apache.kafka:kafka-tools:${kafka_version} to run kafka-topics"
        return
    fi
    cat >"${WORK}/kafka-topics.sh" <<SH
#!/bin/bash
exec java -cp "${WORK}/kafka-tools/kafka-tools-${kafka_version}.jar:${ROOT}/${JAR}" org.apache.kafka.tools.TopicCommand "\$@"
SH
    chmod +x "${WORK}/kafka-topics.sh"
    # The broker creates newsstream's topics under other names, so the script has to create news.* itself.
    printf 'topic.%s=other.%s\n' raw raw enriched enriched duplicates duplicates country.mentions cm \
        leader.mentions lm dlq dlq >"${WORK}/other-topics.properties"
    port="$(free_port)"
    java -jar "${JAR}" broker --port "${port}" --config "${WORK}/other-topics.properties" --data-dir "${WORK}/broker-data" \
        >"${WORK}/broker.log" 2>&1 </dev/null &
    STARTED_PIDS+=("$!")
    if ! wait_for 120 "the embedded broker" grep -q 'Ctrl-C' "${WORK}/broker.log"; then
        tail -20 "${WORK}/broker.log"
        fail "embedded broker did not start"
        return
    fi
    local run
    for run in first second; do
        if ! BOOTSTRAP_SERVERS="127.0.0.1:${port}" KAFKA_TOPICS_SH="${WORK}/kafka-topics.sh" \
                bash docker/kafka/create-topics.sh >"${WORK}/topics-${run}.log" 2>&1; then
            tail -20 "${WORK}/topics-${run}.log"
            fail "create-topics.sh failed on its ${run} run"
            return
        fi
    done
    "${WORK}/kafka-topics.sh" --bootstrap-server "127.0.0.1:${port}" --describe --topic 'news\..*' 2>/dev/null \
        | grep -E '^Topic:' | tee "${WORK}/topics.txt"
    if "${PYTHON}" - "${WORK}/topics.txt" src/main/resources/newsstream-defaults.properties <<'PY'
import re, sys
described = {m.group(1): m.group(0) for m in re.finditer(r"^Topic: (\S+)\t.*$", open(sys.argv[1]).read(), re.M)}
defaults = dict(l.strip().split("=", 1) for l in open(sys.argv[2]) if "=" in l and not l.startswith("#"))
compacted = {defaults["topic.country.mentions"], defaults["topic.leader.mentions"], defaults["topic.gazetteer"]}
wanted = {v for k, v in defaults.items() if k.startswith("topic.")
          and k not in ("topic.create", "topic.partitions", "topic.replication.factor", "topic.max.message.bytes")}
errors = [f"missing topic {t}" for t in sorted(wanted - set(described))]
for topic, line in described.items():
    if "PartitionCount: 3" not in line:
        errors.append(f"{topic}: not 3 partitions")
    if f"max.message.bytes={defaults['topic.max.message.bytes']}" not in line:
        errors.append(f"{topic}: max.message.bytes must be topic.max.message.bytes ({defaults['topic.max.message.bytes']})")
    if ("cleanup.policy=compact" in line) != (topic in compacted):
        errors.append(f"{topic}: cleanup.policy=compact must be set exactly on {sorted(compacted)}")
print("\n".join(errors))
sys.exit(1 if errors else 0)
PY
    then
        pass "create-topics.sh (run twice) made every topic with 3 partitions, the mention and gazetteer topics compacted"
    else
        fail "topics made by create-topics.sh"
    fi
}

# --- (b) Prometheus configuration ----------------------------------------------------------------
check_prometheus() {
    log "prometheus: promtool check config"
    if promtool check config docker/prometheus/prometheus.yml; then
        pass "promtool check config docker/prometheus/prometheus.yml ($(promtool --version 2>&1 | head -1 | awk '{print $3}'))"
    else
        fail "promtool check config docker/prometheus/prometheus.yml"
    fi
}

# --- (d) Dockerfile ------------------------------------------------------------------------------
check_dockerfile() {
    log "dockerfile: build command = README's, lint, structure"
    local build_cmd
    build_cmd="$(grep -oE '\./mvnw [^\\&;]*package' "${DOCKERFILE}" | head -1 | sed 's/[[:space:]]*$//')"
    if [[ -z "${build_cmd}" ]]; then
        fail "no ./mvnw ... package command in ${DOCKERFILE}"
    elif [[ ! -f "${README_FILE}" ]]; then
        fail "${README_FILE} is missing: cannot compare its build command with the Dockerfile's (${build_cmd})"
    elif grep -qF -- "${build_cmd}" "${README_FILE}"; then
        pass "Dockerfile builds with the README's command: ${build_cmd}"
    else
        fail "Dockerfile builds with '${build_cmd}', which ${README_FILE} does not show"
    fi
    # hadolint is neither a Debian package nor installable from npm without downloading a binary, which this
    # machine cannot do; dockerfile-utils is the linter of the VS Code Docker extension (syntax and instruction checks).
    if npx --yes "dockerfile-utils@${DOCKERFILE_UTILS_VERSION}" lint "${DOCKERFILE}"; then
        pass "dockerfile-utils ${DOCKERFILE_UTILS_VERSION} lint ${DOCKERFILE}"
    else
        fail "dockerfile-utils ${DOCKERFILE_UTILS_VERSION} lint ${DOCKERFILE}"
    fi
    if "${PYTHON}" docker/checks/dockerfile_structure.py "${DOCKERFILE}" .dockerignore && bash -n docker/healthcheck.sh; then
        pass "Dockerfile structure (pinned stages, non-root, health check, JVM flags, entrypoint)"
    else
        fail "Dockerfile structure"
    fi
}

# --- (c) dashboards against the running service ---------------------------------------------------
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
    local seconds="$1" what="$2"
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            echo "timed out after ${seconds}s waiting for ${what}" >&2
            return 1
        fi
        sleep 1
    done
}

demo_finished() { # the demo prints its summary, then "Serving until Ctrl-C."
    grep -q 'Serving until Ctrl-C' "$1"
}

all_dashboard_metrics_present() { # every metric a dashboard uses is in /metrics (Kafka Streams' appear late)
    curl -fsS "$1" >"${WORK}/metrics.txt" && "${PYTHON}" docker/checks/dashboard_queries.py --missing \
        "${WORK}/metrics.txt" "${DASHBOARD_DIR}"/*.json >"${WORK}/missing.txt"
}

prometheus_has_scrapes() { # at least 5 successful scrapes of the demo
    promtool query instant -o json "$1" 'sum_over_time(up{job="newsstream"}[1m]) >= 5' | grep -q '"value"'
}

check_dashboards() {
    log "dashboards: every panel query against Prometheus scraping the demo"
    ensure_jar
    local http_port prom_port metrics_url prom_url
    http_port="$(free_port)"
    prom_port="$(free_port)"
    metrics_url="http://127.0.0.1:${http_port}/metrics"
    prom_url="http://127.0.0.1:${prom_port}"

    # Prometheus first, so that it sees the counters rise while the demo works through the corpus.
    mkdir -p "${WORK}/tsdb"
    cat > "${WORK}/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: newsstream
    static_configs:
      - targets: ["127.0.0.1:${http_port}"]
YAML
    prometheus --config.file="${WORK}/prometheus.yml" --storage.tsdb.path="${WORK}/tsdb" \
        --web.listen-address="127.0.0.1:${prom_port}" >"${WORK}/prometheus.log" 2>&1 &
    STARTED_PIDS+=("$!")

    NEWSSTREAM_HTTP_PORT="${http_port}" java -Dnewsstream.http.port="${http_port}" -XX:+ExitOnOutOfMemoryError \
        -jar "${JAR}" demo --config config/newsstream.properties --data-dir "${WORK}/demo-data" >"${WORK}/demo.log" 2>&1 </dev/null &
    STARTED_PIDS+=("$!")

    if ! wait_for 60 "Prometheus ready" curl -fsS "${prom_url}/-/ready"; then
        tail -20 "${WORK}/prometheus.log"
        fail "Prometheus did not start"
        return
    fi
    if ! wait_for "${DEMO_TIMEOUT_S}" "demo /health/ready" curl -fsS "http://127.0.0.1:${http_port}/health/ready"; then
        tail -40 "${WORK}/demo.log"
        fail "demo never became ready on port ${http_port}"
        return
    fi
    if docker/healthcheck.sh "${http_port}"; then
        pass "docker/healthcheck.sh (the image's HEALTHCHECK) reports the running demo healthy"
    else
        fail "docker/healthcheck.sh reports the running demo unhealthy"
    fi
    if ! wait_for "${DEMO_TIMEOUT_S}" "the demo's summary" demo_finished "${WORK}/demo.log"; then
        tail -40 "${WORK}/demo.log"
        fail "demo printed no summary within ${DEMO_TIMEOUT_S}s"
        return
    fi
    # Micrometer binds Kafka Streams metrics that appear after start-up (state stores) on its next refresh.
    if ! wait_for 90 "every metric the dashboards use in /metrics" all_dashboard_metrics_present "${metrics_url}"; then
        echo "still missing from /metrics after 90s: $(cat "${WORK}/missing.txt")"
    fi
    if ! wait_for 60 "5 Prometheus scrapes" prometheus_has_scrapes "${prom_url}"; then
        fail "Prometheus did not scrape the demo"
        return
    fi
    echo "demo output:"
    sed -n '/^Summary/,/Serving until/p' "${WORK}/demo.log"
    curl -fsS "${metrics_url}" >"${WORK}/metrics.txt"
    echo "/metrics: $(grep -cv '^#' "${WORK}/metrics.txt") samples"
    if "${PYTHON}" docker/grafana/generate_dashboards.py --check; then
        pass "dashboard JSON matches docker/grafana/generate_dashboards.py"
    else
        fail "dashboard JSON is stale: run python3 docker/grafana/generate_dashboards.py"
    fi
    local dashboards=("${DASHBOARD_DIR}"/*.json)
    if "${PYTHON}" docker/checks/dashboard_queries.py "${prom_url}" "${WORK}/metrics.txt" "${NO_DATA_FILE}" "${dashboards[@]}"; then
        pass "dashboard queries (${#dashboards[@]} dashboards) run against Prometheus scraping the demo"
    else
        fail "dashboard queries"
    fi
}

main() {
    local checks=("$@")
    ((${#checks[@]})) || checks=(compose config topics prometheus dockerfile dashboards)
    install_tools
    local check
    for check in "${checks[@]}"; do
        case "${check}" in
            compose | config | topics | prometheus | dockerfile | dashboards) "check_${check}" ;;
            *) echo "unknown check: ${check} (compose | config | topics | prometheus | dockerfile | dashboards)" >&2; exit 2 ;;
        esac
    done
    printf '\n== docker checks summary\n'
    printf '%s\n' "${SUMMARY[@]}"
    local total=${#SUMMARY[@]}
    echo "docker-checks: $((total - FAILURES)) passed, ${FAILURES} failed"
    ((FAILURES == 0))
}

main "$@"
