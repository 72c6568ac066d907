#!/usr/bin/env bash
# Starts the action server, waits for it, then the Rasa server in the foreground.
# Ctrl-C stops both.
#
# Both listen on 127.0.0.1 only: conversations are health data. To let other machines
# reach the assistant, opt in with HOST=0.0.0.0 (or one address of this machine); the
# action server stays on loopback whatever HOST says (only the Rasa server calls it).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5005}
host=${HOST:-127.0.0.1}
actions_port=${ACTIONS_PORT:-5055}  # endpoints.yml names 5055
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
# The key the web chat signs its session ids with (channels/web_session.py): the
# environment's, or var/web-session.key (made once; a new key ends open web sessions).
if [[ -z "${WEB_SESSION_KEY:-}" ]]; then
  [[ -s var/web-session.key ]] || (umask 077; .venv/bin/python -c \
    'import secrets; print(secrets.token_urlsafe(32))' >var/web-session.key)
  WEB_SESSION_KEY=$(cat var/web-session.key)
fi
export WEB_SESSION_KEY
endpoints=endpoints.yml
cleanup=":"
if [[ "$actions_port" != 5055 ]]; then  # point a copy of endpoints.yml at this port
  endpoints=var/endpoints-run-$$.yml
  sed "s#127.0.0.1:5055#127.0.0.1:$actions_port#" endpoints.yml >"$endpoints"
  cleanup="rm -f $endpoints"
fi

# The servers' own output (and their dependencies' warnings) goes to var/*.log; the
# terminal shows this script's lines, and the end of a log when a server fails.
actions_log=var/actions.log rasa_log=var/rasa.log
SANIC_HOST=127.0.0.1 .venv/bin/rasa run actions --actions actions --port "$actions_port" >"$actions_log" 2>&1 &
actions_pid=$!
trap "kill $actions_pid 2>/dev/null || true; $cleanup" EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$actions_port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$actions_pid" 2>/dev/null; then
    echo "the action server failed to start; the end of $actions_log:" >&2; tail -n 30 "$actions_log" >&2; exit 1
  fi
  sleep 0.5
done

echo "starting the assistant on $host port $port (about 40 s; its log: $rasa_log) ..."
.venv/bin/rasa run --interface "$host" --port "$port" --model models --endpoints "$endpoints" \
  --credentials credentials.yml >"$rasa_log" 2>&1 &
rasa_pid=$!
trap "kill $rasa_pid $actions_pid 2>/dev/null || true; $cleanup" EXIT INT TERM
probe=$host; [[ "$host" == 0.0.0.0 ]] && probe=127.0.0.1
until curl -fsS "http://$probe:$port/" >/dev/null 2>&1; do
  if ! kill -0 "$rasa_pid" 2>/dev/null; then
    echo "the assistant failed to start; the end of $rasa_log:" >&2; tail -n 30 "$rasa_log" >&2; exit 1
  fi
  sleep 1
done

# Printed once the server answers, so it is the last thing on the screen.
cat <<MSG

  The assistant is ready on http://localhost:$port
  Talk to it:
    http://localhost:$port/webhooks/webchat/     (the chat page, in a browser)
    make shell                                   (in another terminal)
    ME=\$(python3 -c 'import uuid; print(uuid.uuid4())')   (a fresh REST sender id, then:)
    curl -s localhost:$port/webhooks/rest/webhook -d '{"sender": "'\$ME'", "message": "is walking good for fibro?"}'
  Conversations are kept in var/conversations.db; the servers log to $rasa_log and
  $actions_log (no message text). Ctrl-C stops the assistant.

MSG
if [[ "$host" == 127.0.0.1 ]]; then
  echo "  Listening on 127.0.0.1 only (this machine). HOST=0.0.0.0 make run opens it to the network."
else
  echo "  Listening on $host: other machines can reach it. Anyone who can may read and write"
  echo "  conversations over REST; put it behind a proxy with authentication." >&2
fi
[[ "$port" == 5005 ]] || echo "  note: add http://localhost:$port to cors_origins in credentials.yml for the chat page" >&2
wait "$rasa_pid"
