"""The action server answers the Rasa server only: every call must carry the shared
token in `Authorization: Bearer <ACTION_SERVER_TOKEN>`.

Without it, anyone who reaches the port (another container on the deployment's
network, a process on this machine) could run the actions directly: read the
knowledge answers, and forge crisis events in the safety statistics
(actions/safety_log.py) with no conversation behind them. The Rasa server sends the
header from endpoints.yml (`action_endpoint.headers`, with `${ACTION_SERVER_TOKEN}`
read from the environment); `make run` and `make shell` keep a token in
var/action-server.token, deploy/ takes it from deploy/.env.

Attached through rasa-sdk's own plug-in hook (`attach_sanic_app_extensions`, called by
rasa_sdk.endpoint.run after the actions are loaded); actions/__init__.py registers it,
so loading this project's actions is enough to switch the check on. Without a token
the action server refuses to start. GET /health stays open, for health checks.
"""

from __future__ import annotations

import logging
from typing import Any

import pluggy

from channels.shared_secrets import Secret, bearer_authorized

logger = logging.getLogger(__name__)

TOKEN = Secret(
    "ACTION_SERVER_TOKEN",
    "the action server refuses to start without the token the "
    "Rasa server sends (a long random one). `make run` sets one; for deploy/ put it "
    "in deploy/.env.",
)
OPEN_PATHS = frozenset({"/health"})
hookimpl = pluggy.HookimplMarker("rasa_sdk")


@hookimpl
def attach_sanic_app_extensions(app: Any) -> None:
    from sanic import response

    token = TOKEN.required()

    @app.on_request
    async def require_token(request: Any) -> Any:
        if request.path in OPEN_PATHS or bearer_authorized(request.headers.get("authorization"), token):
            return None
        logger.warning("refused an action server call without the Rasa server's token (from %s)", request.ip)
        return response.json({"error": "this action server answers the Rasa server only"}, status=401)

    logger.info("the action server requires the Rasa server's token")


def register() -> None:
    """Registers the check with rasa-sdk's plug-in manager (idempotent)."""
    import sys

    from rasa_sdk.plugin import plugin_manager

    manager = plugin_manager()
    module = sys.modules[__name__]
    if not manager.is_registered(module):
        manager.register(module)
