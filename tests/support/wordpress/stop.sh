#!/usr/bin/env bash
# Stops the WordPress started by start.sh STATE_DIR: its PHP server and its MariaDB, by process id,
# and only when that process's command line names this state dir. The data stays for the next start.
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: stop.sh STATE_DIR" >&2; exit 1; }
[ -d "$1" ] || exit 0
STATE=$(cd "$1" && pwd)

ours() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && tr '\0' ' ' <"/proc/$(cat "$1")/cmdline" | grep -qF "$STATE"; }

for name in php mariadb; do
  pidfile="$STATE/$name.pid"
  if ours "$pidfile"; then
    pid=$(cat "$pidfile")
    # The PHP server forks workers in its own session (setsid in start.sh): end the whole group.
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null; }
    echo "[wordpress] stopped $name ($pid)" >&2
  fi
  rm -f "$pidfile"
done
