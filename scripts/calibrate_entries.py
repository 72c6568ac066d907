"""Calibrates the answer model's confidence on a development split of its own training
questions (never on an evaluation set): 5-fold cross-validation over every entry's
questions, then, for each threshold, how many questions would be answered and how many of
those answers would be the right entry. Prints the table and the thresholds that keep a
confident wrong answer under the target rate; selfcare/knowledge/choice.py holds them.

    .venv/bin/python scripts/calibrate_entries.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from selfcare import knowledge
from selfcare.knowledge import ranker
from selfcare.knowledge.choice import THRESHOLDS, Thresholds, close_pair, confidence_of

WRONG_TARGET = 0.03  # at most this share of answered development questions may be wrong


def main() -> int:
    from sklearn.model_selection import StratifiedKFold

    kb = knowledge.load()
    own = knowledge.load_questions(kb.directory / "questions", kb.by_id)
    extra = [q for q in ranker.training_questions(kb) if q not in own]
    labels = np.array([q.entry for q in own])
    confidences, right, paired = [], [], []
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(own, labels):
        model = ranker.EntryRanker.train([own[i] for i in train] + extra, kb.subjects_in)
        for i in test:
            ranking = model.rank(own[i].text, 3)
            confidences.append(confidence_of(ranking))
            right.append(ranking[0].entry == own[i].entry)
            paired.append(close_pair(ranking, kb.by_id, Thresholds(pair=0.0)))  # of one topic, the third far
    confidences, right, paired = np.array(confidences), np.array(right), np.array(paired)
    print(f"{len(own)} development questions, {len(kb.entries)} entries; top-1 accuracy {right.mean():.3f}")
    print("threshold  answered  right-of-answered  wrong-of-all")
    best = None
    for threshold in np.arange(0.30, 0.96, 0.05):
        answered = confidences >= threshold
        precision = right[answered].mean() if answered.any() else 1.0
        wrong = (answered & ~right).mean()
        print(f"  {threshold:.2f}     {answered.mean():.3f}     {precision:.3f}              {wrong:.3f}")
        if best is None and 1 - precision <= WRONG_TARGET:
            best = threshold
    print(f"lowest threshold with at most {WRONG_TARGET:.0%} wrong among answers: {best:.2f}" if best else "none")
    # Under the answer threshold: the best of two entries of one topic, the third far behind
    # (selfcare/knowledge/choice.py, close_pair), answered with the other one tap away.
    print(f"close pairs of one topic under {THRESHOLDS.answer:.2f}: threshold  pairs  right-of-pairs  ")
    for threshold in np.arange(0.50, THRESHOLDS.answer, 0.05):
        band = paired & (confidences >= threshold) & (confidences < THRESHOLDS.answer)
        if band.any():
            print(f"  {threshold:.2f}     {band.sum():5d}  {right[band].mean():.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
