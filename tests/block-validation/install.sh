#!/usr/bin/env bash
# Installs this package (WordPress's block library, jsdom) into a cache outside the clone, keyed by
# the sha256 of package-lock.json, so a new clone (CI) reuses it and only a changed lockfile installs
# again. Prints the folder holding node_modules on stdout; progress and timings go to stderr.
#
#   usage: bash tests/block-validation/install.sh        (PRESSWORK_CACHE moves the cache, default ~/.cache/presswork)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sha=$(sha256sum "$here/package-lock.json" | cut -c1-16)
cache=${PRESSWORK_CACHE:-${HOME:-/root}/.cache/presswork}/block-validation
target="$cache/$sha"
if [ -f "$target/.complete" ]; then
  echo "[block-validation] reusing $target" >&2
  echo "$target"
  exit 0
fi
mkdir -p "$cache"
# Installed beside the target, then renamed: a half-finished install is never taken for a cache.
work=$(mktemp -d "$cache/.install-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
started=$(date +%s)
# --ignore-scripts: nothing from these packages runs at install time.
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
node "$here/bundle-library.mjs" "$work" >&2
touch "$work/.complete"
rm -rf "$target"
mv "$work" "$target"
trap - EXIT
echo "[block-validation] installed in $(( $(date +%s) - started )) s, $(du -sh "$target" | cut -f1) at $target" >&2
# Installs of older lockfiles are no longer needed.
find "$cache" -mindepth 1 -maxdepth 1 -type d ! -name "$sha" ! -name '.install-*' -exec rm -rf {} + 2>/dev/null || true
echo "$target"
