"""The diary's files in the chat: the chart of "how am I doing" and the export.

The action server keeps each file in the diary's table for an hour behind a random token
(selfcare.diary.store.put_file) and sends a custom payload naming it:

    {"diary_file": {"token": "...", "name": "fibro-diary-2026-11-29.csv",
                    "media_type": "text/csv", "kind": "document"}}

`kind` is "photo" (the chart) or "document" (the CSV). Each channel turns that into what
its people see: the web page an image or a download link under FILES_ROUTE, Telegram an
uploaded photo or file, REST the payload with the link's path added. The file is read
from the conversations' own database (stores.sql.diary_of), so any replica can serve it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sanic import response
from sanic.response import HTTPResponse

from selfcare.diary.store import DiaryError, DiaryFile
from stores.sql import diary_of

logger = logging.getLogger(__name__)

KEY = "diary_file"
KINDS = ("photo", "document")
FILES_ROUTE = "/files/<token:str>"  # under each channel's own prefix
NOT_FOUND = "This file has expired or never existed. Ask me again for a new one."
FILE_MISSING_REPLY = "Sorry, that file has expired or could not be read. Please ask me again."
FILE_NOT_SENT_REPLY = "Sorry, I couldn't send that file just now. Please ask me again in a little while."


@dataclass(frozen=True)
class FileMessage:
    """What a custom payload says about a diary file."""

    token: str
    name: str
    media_type: str
    kind: str


def file_message(custom: Any) -> FileMessage | None:
    """The file a bot message's custom payload names, None for any other payload."""
    value = custom.get(KEY) if isinstance(custom, dict) else None
    if not isinstance(value, dict):
        return None
    fields = [value.get(k) for k in ("token", "name", "media_type", "kind")]
    if not all(isinstance(f, str) and f for f in fields) or value["kind"] not in KINDS:
        return None
    return FileMessage(*(str(f) for f in fields))


def read(agent: Any, token: str) -> DiaryFile | None:
    """The file behind a token, from the tracker store's database; None when it is not
    there (expired, erased, no diary in this store) or the database cannot be read."""
    try:
        diary = diary_of(getattr(agent, "tracker_store", None))
        return diary.file(token) if diary is not None else None
    except DiaryError:  # logged by the diary, without data
        return None


def serve(agent: Any, token: str) -> HTTPResponse:
    """GET <channel>/files/<token>: the file, never cached, a CSV as a download."""
    found = read(agent, token)
    if found is None:
        return response.text(NOT_FOUND, status=404)
    disposition = "inline" if found.media_type.startswith("image/") else "attachment"
    return response.raw(
        found.content,
        content_type=found.media_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{found.name}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
