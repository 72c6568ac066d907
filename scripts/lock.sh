#!/usr/bin/env bash
# Regenerates requirements.lock: a clean Python 3.10 venv, requirements.in, pip freeze.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-$(pyenv prefix "$(cat .python-version)" 2>/dev/null)/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check -r requirements.in
{
  echo "# pip freeze of a clean Python 3.10 venv made from requirements.in by 'make lock'."
  "$tmp/venv/bin/pip" freeze --exclude-editable
} > requirements.lock
echo "requirements.lock: $(grep -vc '^#' requirements.lock) packages"
