"""Wraps lines past the length limit without changing what the code does.

    .venv/bin/python -m devtools.wrap_long_lines FILE...   (--limit 120 by default)

`ruff format` wraps code but never splits a string, so a long regular expression stays
an E501 finding. This splits a string literal that crosses the limit in two adjacent
literals (r"aaa|bbb" -> r"aaa" / r"|bbb", before a `|` where it can, aligned under the
first; in parentheses when it is not already inside brackets), and breaks a long line
inside brackets before its last `+`. Adjacent literals are one constant to Python, so
the module's AST stays the same: the script compares ast.dump before and after and
writes nothing when they differ. f-strings and triple-quoted strings are left alone;
what remains is for a person.
"""

from __future__ import annotations

import ast
import io
import sys
import tokenize
from pathlib import Path

PREFERRED = "|"  # regex alternatives: split before a bar, like the hand-wrapped lines do


def _prefix_and_quote(token: str) -> tuple[str, str] | None:
    i = 0
    while token[i] not in "'\"":
        i += 1
    prefix, rest = token[:i], token[i:]
    if "f" in prefix.lower() or rest.startswith(('"""', "'''")):
        return None
    return prefix, rest[0]


def _safe_cut(body: str, cut: int, raw: bool) -> bool:
    # never after an odd run of backslashes (an escape or a raw string's \" would split)
    run = 0
    j = cut - 1
    while j >= 0 and body[j] == "\\":
        run += 1
        j -= 1
    if run % 2:
        return False
    if not raw:
        # not inside \xNN, \uNNNN, \N{...}, octal escapes: cut only before a plain character
        # that is not preceded by an escape start within 10 characters
        window = body[max(0, cut - 10) : cut]
        if "\\" in window:
            return False
    return 0 < cut < len(body)


def _choose_cut(body: str, max_len: int, raw: bool) -> int | None:
    """Where to cut `body` so that the first part is at most max_len characters."""
    if max_len <= 10:
        return None
    limit = min(max_len, len(body) - 1)
    for cut in range(limit, 10, -1):  # before a bar
        if body[cut] == PREFERRED and _safe_cut(body, cut, raw):
            return cut
    for cut in range(limit, 10, -1):  # after a space or a closing group
        if body[cut - 1] in " )" and _safe_cut(body, cut, raw):
            return cut
    for cut in range(limit, 10, -1):
        if _safe_cut(body, cut, raw):
            return cut
    return None


def wrap_once(source: str, limit: int) -> str | None:
    lines = source.splitlines(keepends=True)
    depth = 0
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for tok in tokens:
        if tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        if tok.type != tokenize.STRING or tok.start[0] != tok.end[0]:
            continue
        row, col = tok.start
        line = lines[row - 1]
        if len(line.rstrip("\n")) <= limit or tok.end[1] <= limit or len(tok.string) < 40:
            continue  # a short line, a literal that ends before the limit, or a short one: by hand
        leading = len(line) - len(line.lstrip(" "))
        if col > 40 and depth > 0 and line[:col].strip():
            # far right, inside brackets: start the literal on a line of its own first
            lines[row - 1] = line[:col].rstrip() + "\n" + " " * (leading + 4) + line[col:]
            return "".join(lines)
        if col > limit - 60:
            continue  # too far right to wrap in place, outside brackets: by hand
        pq = _prefix_and_quote(tok.string)
        if pq is None:
            continue
        prefix, quote = pq
        raw = "r" in prefix.lower()
        body = tok.string[len(prefix) + 1 : -1]
        wrap = depth == 0
        start_col = col + (1 if wrap else 0)
        # first part: prefix + quote + body[:cut] + quote must end by the limit
        max_len = limit - start_col - len(prefix) - 2
        cut = _choose_cut(body, max_len, raw)
        if cut is None:
            continue
        first = f"{prefix}{quote}{body[:cut]}{quote}"
        second = f"{prefix}{quote}{body[cut:]}{quote}"
        indent = " " * start_col
        replacement = f"({first}\n{indent}{second})" if wrap else f"{first}\n{indent}{second}"
        new_line = line[:col] + replacement + line[tok.end[1] :]
        lines[row - 1] = new_line
        return "".join(lines)
    return None


def break_at_plus_once(source: str, limit: int) -> str | None:
    """A long line inside brackets: break it before its last `+` that starts before the limit."""
    lines = source.splitlines(keepends=True)
    depth = 0
    candidates: dict[int, tuple[int, int]] = {}  # row -> (column of the last fitting +, depth there)
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        elif tok.type == tokenize.OP and tok.string == "+" and depth > 0:
            row, col = tok.start
            line = lines[row - 1]
            if len(line.rstrip("\n")) > limit and col < limit - 1 and line[:col].strip():
                candidates[row] = (col, depth)
    for row, (col, _) in sorted(candidates.items()):
        line = lines[row - 1]
        leading = len(line) - len(line.lstrip(" "))
        lines[row - 1] = line[:col].rstrip() + "\n" + " " * leading + line[col:]
        return "".join(lines)
    return None


def wrap(source: str, limit: int) -> str:
    while True:
        new = wrap_once(source, limit) or break_at_plus_once(source, limit)
        if new is None:
            return source
        source = new


def main(argv: list[str]) -> int:
    limit = 120
    if argv[:1] == ["--limit"]:
        limit, argv = int(argv[1]), argv[2:]
    status = 0
    for path in argv:
        old = Path(path).read_text(encoding="utf-8")
        new = wrap(old, limit)
        if new == old:
            continue
        if ast.dump(ast.parse(old)) != ast.dump(ast.parse(new)):
            print(f"{path}: AST would change, not written", file=sys.stderr)
            status = 1
            continue
        Path(path).write_text(new, encoding="utf-8")
        print(f"{path}: wrapped")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
