#!/usr/bin/env python3
"""Build set.yml from the hand-written items in src/<lang>.py.

Each src module defines LANG and three lists:
  S: single-turn items   (pattern, text, expect[, fact])
  H: single-turn hard negatives, same shape, pattern starts "hard case:"
  M: multi-turn items    (pattern, [(text, expect[, fact]), ...])
The fact is written explicitly only for med_combination; for the other med_*
labels it follows from the label, and it is null for everything else.
Items are shuffled with random.Random(20261224) and numbered ah0001... in
shuffled order.
"""
import importlib.util
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "es", "fr", "de", "pt", "it", "pl", "nl"]
LABEL_FACT = {
    "med_alcohol": "alcohol",
    "med_stopping": "stopping",
    "med_pregnancy": "pregnancy",
    "med_driving": "driving",
}
COMBO_FACTS = {"serotonin", "maoi", "bleeding", "sedation_breathing", "other"}


def load(lang):
    path = os.path.join(HERE, "src", lang + ".py")
    spec = importlib.util.spec_from_file_location("src_" + lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.LANG == lang, (path, mod.LANG)
    return mod


def make_turn(t, where):
    if len(t) == 2:
        text, expect = t
        fact = None
    elif len(t) == 3:
        text, expect, fact = t
    else:
        raise ValueError("bad turn %r in %s" % (t, where))
    if expect == "med_combination":
        if fact not in COMBO_FACTS:
            raise ValueError("med_combination needs a fact: %s %r" % (where, text))
    else:
        if fact is not None:
            raise ValueError("unexpected fact for %s: %s %r" % (expect, where, text))
        fact = LABEL_FACT.get(expect)
    return {"text": text, "expect": expect, "fact": fact}


def build():
    items = []
    for lang in LANGS:
        mod = load(lang)
        for block in (mod.S, mod.H):
            for row in block:
                pattern, rest = row[0], row[1:]
                items.append({"lang": lang, "pattern": pattern,
                              "turns": [make_turn(rest, lang + ":" + pattern)]})
        for pattern, turns in mod.M:
            items.append({"lang": lang, "pattern": pattern,
                          "turns": [make_turn(t, lang + ":" + pattern) for t in turns]})
    rng = random.Random(20261224)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": "ah%04d" % i, "lang": it["lang"],
                    "pattern": it["pattern"], "turns": it["turns"]})
    doc = {"author": "independent evaluation helper (blind)",
           "written": "2026-11-30",
           "items": out}
    with open(os.path.join(HERE, "set.yml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=4096)
    print("wrote %d items, %d turns" % (len(out), sum(len(i["turns"]) for i in out)))


if __name__ == "__main__":
    sys.exit(build())
