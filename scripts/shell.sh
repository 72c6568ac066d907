#!/usr/bin/env bash
# Chat in the terminal: starts the action server, then `rasa shell` (which runs
# its own Rasa server on SHELL_PORT, so it works beside `make run`).
set -euo pipefail
cd "$(dirname "$0")/.."
shell_port=${SHELL_PORT:-5006}
actions_port=${ACTIONS_PORT:-5055}
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1 TF_CPP_MIN_LOG_LEVEL=2
export PYTHONWARNINGS=ignore  # Rasa 3.6 dependencies print pages of deprecation warnings
mkdir -p var
# The token the Rasa server sends the action server (actions/auth.py): the environment's,
# or the one kept in var/action-server.token (made once, readable by this user only).
if [[ -z "${ACTION_SERVER_TOKEN:-}" ]]; then
  [[ -s var/action-server.token ]] || (umask 077; .venv/bin/python -c \
    'import secrets; print(secrets.token_urlsafe(32))' >var/action-server.token)
  ACTION_SERVER_TOKEN=$(cat var/action-server.token)
fi
export ACTION_SERVER_TOKEN

if ! curl -fsS "http://127.0.0.1:$actions_port/health" >/dev/null 2>&1; then
  SANIC_HOST=127.0.0.1 .venv/bin/rasa run actions --actions actions --port "$actions_port" --quiet >var/actions-shell.log 2>&1 &
  actions_pid=$!
  trap 'kill $actions_pid 2>/dev/null || true' EXIT INT TERM
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$actions_port/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
endpoints=endpoints.yml
if [[ "$actions_port" != 5055 ]]; then  # endpoints.yml names 5055: point a copy at this port
  endpoints=var/endpoints-shell-$$.yml
  sed "s#127.0.0.1:5055#127.0.0.1:$actions_port#" endpoints.yml >"$endpoints"
  trap 'rm -f "$endpoints"; kill ${actions_pid:-} 2>/dev/null || true' EXIT INT TERM
fi
echo "Starting the assistant (about 40 s). Type a question; /stop ends the chat."
# Rasa's log and its dependencies' warnings go to var/shell.log; the chat stays on screen.
.venv/bin/rasa shell --model models --endpoints "$endpoints" -i 127.0.0.1 -p "$shell_port" --quiet 2>>var/shell.log
