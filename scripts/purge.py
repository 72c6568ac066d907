"""Deletes conversations nobody has written in for RETENTION_DAYS days (`make purge`).

    make purge                                     # var/conversations.db, 90 days
    RETENTION_DAYS=30 make purge
    ENDPOINTS=deploy/endpoints.postgres.yml make purge   # with POSTGRES_* set

The tracker store comes from the endpoints file the server uses (`${VAR}`s are read
from the environment, as Rasa does). A conversation is deleted whole, every event of
it, once its last event is older than the cut-off; one still in use is kept whole.
Safe to run while the server runs (README: "Retention"). Prints counts only: no
sender id and no text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_RETENTION_DAYS = 90
STORE_TYPE = "stores.sql.StrictSQLTrackerStore"


def retention_days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"RETENTION_DAYS must be a number of days, not {value!r}") from None
    if not days > 0:
        raise argparse.ArgumentTypeError("RETENTION_DAYS must be more than 0")
    return days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--endpoints",
        default=os.environ.get("ENDPOINTS") or "endpoints.yml",
        help="the endpoints file whose tracker_store to purge (ENDPOINTS)",
    )
    parser.add_argument(
        "--days",
        type=retention_days,
        default=os.environ.get("RETENTION_DAYS") or str(DEFAULT_RETENTION_DAYS),
        help=f"keep conversations active in the last N days (RETENTION_DAYS, default {DEFAULT_RETENTION_DAYS})",
    )
    args = parser.parse_args(argv)

    from rasa.utils.endpoints import read_endpoint_config

    from stores.sql import StrictSQLTrackerStore

    config = read_endpoint_config(str(args.endpoints), "tracker_store")
    if config is None or config.type != STORE_TYPE:
        print(f"error: {args.endpoints} has no tracker_store of type {STORE_TYPE}", file=sys.stderr)
        return 2
    os.chdir(ROOT)  # a relative SQLite path (var/conversations.db) is relative to the project
    store = StrictSQLTrackerStore(host=config.url, **config.kwargs)
    conversations, events = store.purge(time.time() - args.days * 86400)
    print(f"purged {conversations} conversation(s), {events} event(s), inactive for more than {args.days:g} days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
