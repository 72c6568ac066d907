#!/usr/bin/env bash
# The Debian packages `make test` needs beyond the Python ones: Chromium for the browser
# tests, PostgreSQL and Redis for the multi-replica tests, curl. Installs the missing ones
# when it can (root, as on CI or a fresh container); otherwise says which and how.
# With arguments, only those packages (.ci/run: postgresql before make test-fast).
set -euo pipefail
wanted=("$@")
((${#wanted[@]})) || wanted=(chromium chromium-driver postgresql redis-server curl)
need=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
((${#need[@]})) || exit 0
echo "== installing the system packages the tests need: ${need[*]}"
if [[ $(id -u) -eq 0 ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "make test needs these Debian packages: ${need[*]}" >&2
  echo "install them with: sudo apt-get install --no-install-recommends ${need[*]}" >&2
  exit 1
fi
