"""Measures question answering on a frozen evaluation set, over REST, on the real servers.

    make evaluate-answers                              # every set under evaluation/answers-*/
    .venv/bin/python scripts/evaluate_answers.py evaluation/answers-2026-11-28

Each item is a new conversation; every turn is sent as a person would send it and the
reply is read for what it is: the knowledge entry whose answer (or "tell me more" text) it
gives, "did you mean" (and which entries it offers), the question back ("which medicine do
you mean?"), the honest "no reviewed information", or the out-of-scope reply. Figures go
to results/answers-eval.json, with the answer model's own per-entry report (top-1 of the
entry ranking on the same questions) in results/answers-entry-report.txt.

The evaluation sets are written by authors who never see the training questions. Never
add a training question from an item here: describe the gap to the training side.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools.servers import start_assistant  # noqa: E402
from selfcare import knowledge  # noqa: E402

HONEST = {"no_entry", "out_of_scope"}
# A reply from the reviewed medicine-safety facts (data/safety/medicine_facts.yml, not the
# knowledge entries): the label's fact, the honest "no reviewed fact on that combination",
# or the dose, stopping or pregnancy guardrail. For a question no entry answers it is an
# honest, sourced reply, not a guess (counted apart in `paths` as "medicine").
MEDICINE_STARTS = (
    "Here is what the official medicine label",
    "I don't have reviewed safety information about that combination",
    "I can't give doses",
    "Please don't stop this medicine suddenly",
    "Please talk to your prescriber or obstetrician",
)
SUGGEST_START = "I'm not sure I've understood. Did you mean"
CLARIFY_START = "Which medicine, therapy or activity do you mean?"
NO_ENTRY_MARK = "I don't have reviewed information"
OUT_OF_SCOPE_MARK = "outside what I can help with"


def read_reply(body: Any, kb: knowledge.KnowledgeBase) -> dict[str, Any]:
    """What a reply is: its path, the entry it answers with, the entries it offers."""
    messages = body if isinstance(body, list) else []
    text = "\n".join(m.get("text") or "" for m in messages)
    buttons = [b.get("payload", "") for m in messages for b in (m.get("buttons") or [])]
    offered = [p.split('"entry": "')[1].split('"')[0] for p in buttons if '"entry": "' in p]
    answered = [
        e.id
        for e in kb.entries
        if e.answer in text or (e.more and e.more in text) or f'reviewed information I have on "{e.title}"' in text
    ]
    if answered:
        return {"path": "answer", "entry": answered[0], "offered": offered}
    if SUGGEST_START in text:
        return {"path": "suggest", "entry": None, "offered": offered}
    if text.startswith(CLARIFY_START) or CLARIFY_START in text:
        return {"path": "clarify", "entry": None, "offered": []}
    if NO_ENTRY_MARK in text:
        return {"path": "no_entry", "entry": None, "offered": []}
    if OUT_OF_SCOPE_MARK in text:
        return {"path": "out_of_scope", "entry": None, "offered": []}
    if text.startswith(MEDICINE_STARTS):
        return {"path": "medicine", "entry": None, "offered": [], "start": text[:80]}
    return {"path": "other", "entry": None, "offered": [], "start": text[:80]}


def run_item(assistant, item: dict[str, Any], kb) -> list[dict[str, Any]]:
    sender = f"answers-eval-{uuid.uuid4().hex}"
    out = []
    for index, turn in enumerate(item["turns"]):
        status, body = assistant.send(sender, turn["text"], timeout=60)
        verdict = read_reply(body, kb) if status == 200 else {"path": "error", "entry": None, "offered": []}
        out.append(
            {
                "id": item["id"],
                "turn": index,
                "kind": item.get("kind"),
                "beyond_seed": item.get("beyond_seed"),
                "expect": turn["expect"],
                "also": turn.get("also") or [],
                "text": turn["text"],
                **verdict,
            }
        )
    return out


def judge(t: dict[str, Any]) -> str:
    """right, offered (the right entry among "did you mean"), wrong (another entry given
    as the answer), or missed (an honest no, a question back or a suggestion without it)."""
    expect, accepted = t["expect"], {t["expect"], *t["also"]}
    if expect in ("out_of_scope", "no_entry"):
        if t["path"] in HONEST or (expect == "no_entry" and t["path"] == "medicine"):
            return "right"
        if t["path"] == "answer" and t["entry"] in t["also"]:
            return "right"  # the set's author named this entry as also right ("alcohol on lyrica": diet_alcohol)
        return "wrong" if t["path"] == "answer" else "missed"
    if expect == "clarify":
        return "right" if t["path"] == "clarify" else ("wrong" if t["path"] == "answer" else "missed")
    if t["path"] == "answer":
        return "right" if t["entry"] in accepted else "wrong"
    if t["path"] == "suggest" and accepted & set(t["offered"]):
        return "offered"
    return "missed"


def rate(turns: list[dict[str, Any]], verdict: str) -> dict[str, Any]:
    hits = sum(1 for t in turns if t["verdict"] == verdict)
    return {"hits": hits, "total": len(turns), "rate": round(hits / len(turns), 3) if turns else None}


def score(turns: list[dict[str, Any]]) -> dict[str, Any]:
    for t in turns:
        t["verdict"] = judge(t)
    follow = [t for t in turns if t["kind"] == "followup" and t["turn"] > 0]
    single = [t for t in turns if t["kind"] == "single"]
    beyond = [t for t in single if t["beyond_seed"]]
    scope = [t for t in turns if t["expect"] in ("out_of_scope", "no_entry")]
    paths: dict[str, int] = {}
    for t in turns:
        paths[t["path"]] = paths.get(t["path"], 0) + 1
    return {
        "right": rate(turns, "right"),
        "right_or_offered": {
            "hits": sum(t["verdict"] in ("right", "offered") for t in turns),
            "total": len(turns),
            "rate": round(sum(t["verdict"] in ("right", "offered") for t in turns) / len(turns), 3),
        },
        "confident_wrong": rate(turns, "wrong"),
        "single_right": rate(single, "right"),
        "beyond_seed_right": rate(beyond, "right"),
        "follow_ups_right": rate(follow, "right"),
        "honest_when_out_of_scope_or_no_entry": rate(scope, "right"),
        # the same, counting only the "no reviewed information" and out-of-scope replies (the
        # figure before 2026-11-29, when a medicine-safety fact for a no-entry question was a miss)
        "honest_strict": {
            "hits": sum(t["path"] in HONEST for t in scope),
            "total": len(scope),
            "rate": round(sum(t["path"] in HONEST for t in scope) / len(scope), 3) if scope else None,
        },
        "paths": paths,
        "wrong": [(t["id"], t["turn"], t["expect"], t["entry"]) for t in turns if t["verdict"] == "wrong"],
        # missed: the right entry neither given nor offered (the path taken, and the reply's start for "other")
        "missed": [
            (t["id"], t["turn"], t["expect"], t["path"], t.get("start", "")) for t in turns if t["verdict"] == "missed"
        ],
    }


def entry_model_report(turns: list[dict[str, Any]], kb) -> str:
    """The answer model's own per-entry report on the single questions (top-1 ranking)."""
    from sklearn.metrics import classification_report

    from selfcare.knowledge import ranker

    model = ranker.EntryRanker.train(ranker.training_questions(kb), kb.subjects_in)
    single = [t for t in turns if t["kind"] == "single" and t["expect"] in kb.by_id]
    truth = [t["expect"] for t in single]
    predicted = [model.rank(t["text"], 1)[0].entry for t in single]
    return classification_report(truth, predicted, zero_division=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="evaluation folders (default: evaluation/answers-*)")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "answers-eval.json")
    parser.add_argument("--show-replies", action="store_true", help="keep every turn's verdict in the output")
    args = parser.parse_args()
    folders = args.sets or sorted((ROOT / "evaluation").glob("answers-*"))
    kb = knowledge.load()
    results: dict[str, Any] = {}
    report = ""
    with tempfile.TemporaryDirectory(prefix="answers-eval-") as tmp:
        assistant = start_assistant(Path(tmp))
        try:
            for folder in folders:
                items = yaml.safe_load((folder / "set.yml").read_text())["items"]
                started = time.monotonic()
                with ThreadPoolExecutor(max_workers=4) as pool:
                    turns = [t for chunk in pool.map(lambda i: run_item(assistant, i, kb), items) for t in chunk]
                figures = score(turns)
                figures.update(items=len(items), turns=len(turns), seconds=round(time.monotonic() - started, 1))
                if args.show_replies:
                    figures["turn_verdicts"] = turns
                results[folder.name] = figures
                report += f"== {folder.name}\n{entry_model_report(turns, kb)}\n"
                print(f"\n== {folder.name}: {len(items)} items, {len(turns)} turns")
                for key, value in figures.items():
                    if isinstance(value, dict) and "rate" in value:
                        print(f"  {key:38s} {value['hits']:4d}/{value['total']:<4d} {value['rate']}")
                print("  paths:", figures["paths"])
        finally:
            assistant.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    (args.out.parent / "answers-entry-report.txt").write_text(report)
    print(f"\nwritten {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
