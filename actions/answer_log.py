"""Counts which path each question took, without what the person wrote.

One JSON line per answer in var/answer-paths.jsonl: the time (to the minute), the channel
and the path (answer, more, suggest, no_entry, clarify, topic_list, help, out_of_scope, grief,
medicine). No sender id and no text: how often the assistant answers, offers "did you
mean", or says it has no reviewed information, per channel.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

from actions import safety_log
from actions.safety_log import PROJECT_DIR, append

LOG_FILE = Path(os.environ.get("FIBRO_ANSWER_LOG", PROJECT_DIR / "var" / "answer-paths.jsonl"))


def record(path: str, channel: str | None, target: Path | None = None) -> dict[str, str]:
    event = {
        "time": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
        "channel": channel or "unknown",
        "path": path,
    }
    return append(event, target or LOG_FILE)


def counts(target: Path | None = None) -> Counter[tuple[str, str]]:
    """(channel, path) -> number of answers."""
    return safety_log.counts(target or LOG_FILE, field="path")


if __name__ == "__main__":
    rows = counts()
    if not rows:
        print(f"no answers recorded in {LOG_FILE}")
    for (channel, path), number in sorted(rows.items()):
        print(f"{channel:<12} {path:<14} {number}")
