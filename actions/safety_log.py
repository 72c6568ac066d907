"""Counts safety events without what the person wrote.

Each crisis, check-in or emergency reply appends one JSON line to
var/safety-events.jsonl: the time (to the minute), the channel, the category and
the rule that fired. No sender id and no message text, so an operator can see how
often the safety replies fire, per channel, without holding anyone's words.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)
PROJECT_DIR = Path(__file__).resolve().parent.parent
LOG_FILE = Path(os.environ.get("FIBRO_SAFETY_LOG", PROJECT_DIR / "var" / "safety-events.jsonl"))
FIELDS = ("time", "channel", "category", "reason")
_lock = threading.Lock()


def record(category: str, channel: str | None, reason: str, path: Path | None = None) -> dict[str, str]:
    """Appends one event; a failure to write is logged and never stops the reply."""
    event = {
        "time": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
        "channel": channel or "unknown",
        "category": category,
        "reason": reason,
    }
    return append(event, path or LOG_FILE)


def append(event: dict[str, str], target: Path) -> dict[str, str]:
    """Appends one JSON line; a failure to write is logged and never stops the reply."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _lock, target.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(event) + "\n")
    except OSError as error:
        logger.error("could not record an event in %s: %s", target.name, error)
    return event


def counts(path: Path | None = None, field: str = "category") -> Counter[tuple[str, str]]:
    """(channel, category) -> number of events (or another field of them)."""
    target = path or LOG_FILE
    totals: Counter[tuple[str, str]] = Counter()
    if target.exists():
        for line in target.read_text(encoding="utf-8").splitlines():
            if line.strip():
                event = json.loads(line)
                totals[(event["channel"], event[field])] += 1
    return totals


if __name__ == "__main__":
    rows = counts()
    if not rows:
        print(f"no safety events in {LOG_FILE}")
    for (channel, category), number in sorted(rows.items()):
        print(f"{channel:<12} {category:<14} {number}")
