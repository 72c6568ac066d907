"""The strategies a person can try one at a time: loading and checking
data/knowledge/strategies.yml.

Each strategy links the knowledge entry it comes from, and its one-message plan is
written from that entry and the seed article only. Checked once at load, failing loudly
with the file and the strategy named: a known kind, a linked entry that exists, sources
that are the entry's own (or the seed article), no dose in the plan, a review date that is
not in the future, and names that point at one strategy only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from selfcare import safety, yamlfile
from selfcare.knowledge.entries import KNOWLEDGE_DIR, SEED_SOURCE, STRATEGIES_FILE, Entry, checked_record, review_date

KINDS = ("exercise", "diet", "sleep", "other")
REQUIRED = ("id", "name", "names", "kind", "entry", "plan", "sources", "last_reviewed")
MAX_PLAN_WORDS = 60  # one short message
ID_LENGTH = 64  # the diary store's strategy column


class StrategyError(ValueError):
    """strategies.yml is wrong; the message names the file and the strategy."""


@dataclass(frozen=True)
class StrategyInfo:
    id: str
    name: str
    names: tuple[str, ...]
    kind: str
    entry: str
    plan: str
    sources: tuple[str, ...]
    last_reviewed: dt.date

    @property
    def is_exercise(self) -> bool:
        return self.kind == "exercise"


class Strategies:
    """The strategies in file order, found by id, by linked entry, or by a name in a message."""

    def __init__(self, strategies: Sequence[StrategyInfo]) -> None:
        self.all = tuple(strategies)
        self.by_id = {s.id: s for s in self.all}
        self.by_entry = {s.entry: s for s in self.all}
        # Longest names first, so "exercise bike" wins over "bike" and "gentle yoga" over "yoga".
        pairs = sorted(((n, s) for s in self.all for n in s.names), key=lambda p: -len(p[0]))
        self._by_name = dict(pairs)
        self._pattern = re.compile(
            r"(?<![a-z])(" + "|".join(re.escape(n) for n, _ in pairs) + r")(?![a-z])" if pairs else r"(?!x)x"
        )

    def __iter__(self) -> Iterator[StrategyInfo]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    def named_in(self, text: str) -> list[StrategyInfo]:
        """The strategies a message names, in the order it names them, each once."""
        plain = " ".join(str(text).lower().replace("\u2019", "'").split())
        found: list[StrategyInfo] = []
        for match in self._pattern.finditer(plain):
            strategy = self._by_name[match.group(1)]
            if strategy not in found:
                found.append(strategy)
        return found


def _fail(path: Path, name: str, problem: str) -> StrategyError:
    return StrategyError(f"{path}: strategy {name}: {problem}")


def _plain(text: object) -> str:
    return " ".join(str(text).split())


def load(entries: Mapping[str, Entry], path: Path | None = None, today: dt.date | None = None) -> Strategies:
    """Loads and checks the strategies file against the knowledge `entries` (by id)."""
    path = path or KNOWLEDGE_DIR / STRATEGIES_FILE
    today = today or dt.date.today()
    try:
        document = yamlfile.read(path)
    except (OSError, yaml.YAMLError) as error:
        raise StrategyError(f"{path}: cannot be read as YAML: {type(error).__name__}") from None
    if not isinstance(document, dict) or not isinstance(document.get("strategies"), list):
        raise StrategyError(f"{path}: expected a mapping with a 'strategies' list")
    result: list[StrategyInfo] = []
    seen_names: dict[str, str] = {}
    for position, item in enumerate(document["strategies"]):
        name, raw = checked_record(path, position, item, REQUIRED, (), _fail)
        if len(raw["id"]) > ID_LENGTH:
            raise _fail(path, name, f"id is longer than {ID_LENGTH} characters")
        if raw["id"] in {s.id for s in result}:
            raise _fail(path, name, "duplicate id")
        if raw["kind"] not in KINDS:
            raise _fail(path, name, f"kind '{raw['kind']}' is not one of {', '.join(KINDS)}")
        for field in ("name", "plan"):
            if not isinstance(raw[field], str) or not raw[field].strip():
                raise _fail(path, name, f"{field} is empty")
        entry = entries.get(raw["entry"]) if isinstance(raw["entry"], str) else None
        if entry is None:
            raise _fail(path, name, f"entry '{raw['entry']}' is not a knowledge entry")
        plan = _plain(raw["plan"])
        if len(plan.split()) > MAX_PLAN_WORDS:
            raise _fail(path, name, f"plan has {len(plan.split())} words; the limit is {MAX_PLAN_WORDS}")
        if safety.contains_dose(plan):
            raise _fail(path, name, "plan states a dose; the assistant never gives doses")
        names = raw["names"]
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise _fail(path, name, "names must be a non-empty list of text")
        names = [_plain(n).lower() for n in names]
        for written in names:
            if seen_names.get(written, raw["id"]) != raw["id"]:
                raise _fail(path, name, f"name '{written}' is also a name of '{seen_names[written]}'")
            seen_names[written] = raw["id"]
        sources = raw["sources"]
        if not isinstance(sources, list) or not sources:
            raise _fail(path, name, "needs at least one source")
        own = {s.name for s in entry.sources}
        for source in sources:
            text = _plain(source) if isinstance(source, str) else ""
            if not text or (text not in own and not text.startswith(SEED_SOURCE)):
                raise _fail(path, name, f"source {source!r} is not a source of entry '{entry.id}' or the seed article")
        reviewed_date = review_date(path, name, raw["last_reviewed"], today, _fail)
        result.append(
            StrategyInfo(
                id=raw["id"],
                name=_plain(raw["name"]),
                names=tuple(names),
                kind=raw["kind"],
                entry=entry.id,
                plan=plan,
                sources=tuple(_plain(s) for s in sources),
                last_reviewed=reviewed_date,
            )
        )
    if not result:
        raise StrategyError(f"{path}: no strategies")
    return Strategies(result)
