#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned requirements, then builds
# the spaCy base pipeline. Idempotent: `make` calls it whenever the lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."

want="3.10"
find_python() {
  if [[ -n "${PYTHON:-}" ]]; then echo "$PYTHON"; return; fi
  if command -v pyenv >/dev/null 2>&1; then
    local prefix
    prefix=$(pyenv prefix "$(cat .python-version)" 2>/dev/null || true)
    if [[ -n "$prefix" && -x "$prefix/bin/python" ]]; then echo "$prefix/bin/python"; return; fi
  fi
  if command -v "python$want" >/dev/null 2>&1; then command -v "python$want"; return; fi
  if command -v python3 >/dev/null 2>&1; then command -v python3; return; fi
}

py=$(find_python)
version=$("${py:-false}" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
if [[ "$version" != "$want" ]]; then
  cat >&2 <<MSG
error: Rasa 3.6 needs Python $want, found '${py:-none}' (version ${version:-unknown}).
Install Python $want (e.g. 'pyenv install $(cat .python-version)') or point to it:
  make install PYTHON=/path/to/python$want
MSG
  exit 1
fi

if [[ -x .venv/bin/python ]] && [[ "$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])')" != "$want" ]]; then
  echo "removing .venv built with another Python"; rm -rf .venv
fi
[[ -x .venv/bin/python ]] || "$py" -m venv .venv

echo "installing pinned requirements (requirements.lock) into .venv ..."
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

if ! .venv/bin/python -c 'import en_fibro_base' 2>/dev/null; then
  echo "building the spaCy base pipeline en_fibro_base ..."
  .venv/bin/python scripts/build_spacy_base.py
fi
if command -v npm >/dev/null 2>&1; then
  if [[ ! -f web/node_modules/rasa-webchat/lib/index.js || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
    echo "installing the web chat widget (web/package-lock.json) ..."
    npm ci --prefix web --ignore-scripts --no-audit --no-fund --loglevel=error
  fi
else
  echo "error: npm not found; the web chat page needs Node.js and npm (apt-get install nodejs npm)" >&2
  exit 1
fi
touch .venv/.installed
echo "install done"
