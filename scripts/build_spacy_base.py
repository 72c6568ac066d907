"""Build and install the small English spaCy base pipeline that config.yml names.

The official en_core_web_* pipelines come from a host these machines cannot
reach, so the pipeline is built from PyPI packages: a blank English tokenizer
plus a lookup lemmatizer whose tables come from spacy-lookups-data. It carries
no word vectors, so config.yml uses it for tokens and lemmas only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import spacy

NAME = "fibro_base"  # installed as the package en_fibro_base
VERSION = "1.0.0"


def build(out_dir: Path) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # pulls the lookup tables from spacy-lookups-data
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "description": "Blank English tokenizer + lookup lemmatizer for the fibromyalgia assistant",
            "license": "MIT",
        }
    )
    path = out_dir / "pipeline"
    nlp.to_disk(path)
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        pipeline = build(tmp_path)
        dist = tmp_path / "dist"
        dist.mkdir()
        subprocess.run(
            [sys.executable, "-m", "spacy", "package", str(pipeline), str(dist), "--build", "wheel", "--force"],
            check=True,
            capture_output=True,  # spacy package is chatty; its output only matters on failure
        )
        wheels = list(dist.rglob("*.whl"))
        if len(wheels) != 1:
            print(f"expected one wheel, found {wheels}", file=sys.stderr)
            return 1
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--no-deps", "--force-reinstall", "--quiet", str(wheels[0])],
            check=True,
            capture_output=True,
        )
    nlp = spacy.load(f"en_{NAME}")
    lemmas = [t.lemma_ for t in nlp("my muscles were aching")]
    print(f"installed en_{NAME} {VERSION}: pipes={nlp.pipe_names} lemmas={lemmas}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
