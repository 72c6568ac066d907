"""What `make bench` and `make bench-scale` send and how they summarise it: ordinary
questions a person asks (no risk, so the safety replies don't shape the timings) and
the nearest-rank percentile."""

from __future__ import annotations

MESSAGES = [
    "is walking good for fibro?",
    "how long should i start with?",
    "what should i eat to calm the inflammation",
    "whats lyrica for",
    "what about its side effects?",
    "i overdid it yesterday and now im in bed, what now",
    "is swimming ok when everything hurts?",
    "does sugar make flares worse",
    "thanks",
    "what is fibromyalgia",
]


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-th percentile of `values` (not empty)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
