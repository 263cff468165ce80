#!/bin/bash
# Container health check: exit 0 only when GET /health/ready answers 200.
# The JRE base image does not promise curl or wget, so this speaks HTTP/1.0 over bash's /dev/tcp.
# Usage: healthcheck.sh [PORT]   (default: $NEWSSTREAM_HTTP_PORT, else 8080)
set -euo pipefail

port="${1:-${NEWSSTREAM_HTTP_PORT:-8080}}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
status=""
IFS=' ' read -r -t 4 _ status _ <&3 || true
exec 3<&-
status="${status%$'\r'}"
if [[ "${status}" == "200" ]]; then
    exit 0
fi
echo "not ready: GET /health/ready on port ${port} answered '${status:-nothing}'" >&2
exit 1
