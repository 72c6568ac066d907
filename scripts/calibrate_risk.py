"""Sets the risk model's thresholds on the training side's own data, never on an evaluation set.

    .venv/bin/python -m scripts.calibrate_risk

Five-fold cross-validation over data/safety/training/: every message is predicted by
a model that did not see it; the rules' verdict is combined exactly as at run time
(selfcare.safety.risk.decide, with the request rules and the medicines named). For each
candidate crisis threshold it prints recall on the risk labels and false alarms on `none`,
so the thresholds in
selfcare/safety/risk.py can be chosen and their figures quoted.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from collections import Counter

from selfcare import safety
from selfcare.safety import model as risk_model
from selfcare.safety import requests, risk

ALARM = set(risk_model.ALARM_LABELS)


def folds(examples: list, k: int, seed: int) -> list[list]:
    shuffled = examples[:]
    random.Random(seed).shuffle(shuffled)
    return [shuffled[i::k] for i in range(k)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    examples = risk_model.load_examples() + risk_model.ordinary_nlu_examples()
    print(f"{len(examples)} training examples: {dict(Counter(e.label for e in examples))}")
    parts = folds(examples, args.folds, seed=7)
    predicted: list[tuple[risk_model.Example, risk_model.Prediction]] = []
    for index, held_out in enumerate(parts):
        train = [e for j, part in enumerate(parts) if j != index for e in part]
        model = risk_model.RiskModel.train(train)
        predicted += list(zip(held_out, model.predict_many([e.text for e in held_out]), strict=True))
    rules = {id(e): safety.assess(e.text) for e, _ in predicted}
    figures = {id(e): safety.is_figure_of_speech(e.text) for e, _ in predicted}
    context = {id(e): requests.signals(e.text) for e, _ in predicted}
    print("\nthreshold  alarm-recall  right-kind  none->alarm  none->any-risk  dangerous  medicine")
    for value in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        th = dataclasses.replace(
            risk.THRESHOLDS, crisis=value, emergency=value, check=value - 0.05, dangerous=value, medicine=value
        )
        counts = Counter()
        for example, prediction in predicted:
            decision = risk.decide(rules[id(example)], prediction, figures[id(example)], th, **context[id(example)])
            label = example.label
            if label in ALARM:
                counts["alarm"] += 1
                counts["alarm_hit"] += decision.alarm
                counts["kind_hit"] += decision.alarm and (
                    decision.template == risk.CRISIS_TEMPLATE.get(label, "emergency")
                )
            elif label == "none":
                counts["none"] += 1
                counts["none_alarm"] += decision.alarm or decision.kind == risk.DANGEROUS_KIND
                counts["none_any"] += decision.kind != risk.NONE_KIND
            elif label.startswith("dangerous_"):
                counts["danger"] += 1
                counts["danger_hit"] += decision.kind == risk.DANGEROUS_KIND
            elif label.startswith("med_"):
                counts["med"] += 1
                counts["med_hit"] += decision.kind == risk.MEDICINE_KIND
        print(
            f"  {value:5.2f}     {counts['alarm_hit'] / counts['alarm']:.3f}       "
            f"{counts['kind_hit'] / counts['alarm']:.3f}      {counts['none_alarm'] / counts['none']:.3f}"
            f"        {counts['none_any'] / counts['none']:.3f}        "
            f"{counts['danger_hit'] / max(1, counts['danger']):.3f}      "
            f"{counts['med_hit'] / max(1, counts['med']):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
