#!/usr/bin/env bash
# The full fault-injection run: N publishes (default 200) through the loopback fault proxy in front of
# the local WordPress must end with exactly N posts, none missing, none duplicated.
#   usage: bash scripts/fault-run.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${WP_URL:-}" ]; then
  eval "$(bash tests/support/wordpress/start.sh .tmp/wordpress | sed -n 's/^\(WP_[A-Z0-9_]*\)=\(.*\)$/export \1="\2"/p')"
fi
FAULT_RUN_COUNT="${1:-200}" FAULT_RUN_SEED="${2:-$RANDOM}" npx vitest run -c vitest.integration.config.ts tests/integration/publish/publish-faults.test.ts -t 'publishes through random faults' --reporter=default
