"""The pseudo-locale: English made accented and ~40 % longer, to find layout that cannot grow.

``[Šéţţîñĝš ~~~~~~ ~~~]``: every letter is still readable, accents test the font and the line
height, the extra length is what German or Greek typically add, and the brackets show at once
whether a label was clipped (a missing ``]``).  Placeholders (``{ferritin}``, ``{n:.1f}``,
``%n``, ``%1``), markup (``<b>``, ``&amp;``), keyboard mnemonics (``&Point``: the letter
after ``&`` stays, so shortcuts stay) and command-line options (``--save``: translations keep
them) are left intact, so a pseudo text formats like the
original.  Used by tests and screenshots only; never a language a user can choose.
"""

from __future__ import annotations

import math
import re

PSEUDO = "en-XA"  # the conventional pseudo-locale tag (accented English)
EXPANSION = 0.4

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# Spans copied unchanged: format fields (one nesting level), Qt's %n / %1…%99, tags, entities,
# a mnemonic '&' with its letter, and command-line options.
_PROTECTED = re.compile(
    r"\{\{|\}\}|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|%n|%L?\d{1,2}|<[^<>]*>|&[A-Za-z]+;|&#\d+;|&."
    r"|--[a-z][a-z0-9-]*")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale (empty stays empty)."""
    if not text:
        return text
    out: list[str] = []
    visible = 0
    pos = 0
    for m in _PROTECTED.finditer(text):
        plain = text[pos:m.start()]
        out.append(plain.translate(_ACCENTED))
        out.append(m.group())
        visible += len(plain) + (1 if m.group().startswith("&") and len(m.group()) == 2 else 0)
        pos = m.end()
    tail = text[pos:]
    out.append(tail.translate(_ACCENTED))
    visible += len(tail)
    # "[" + text + " " + padding + "]", the added characters 40 % of the visible ones; the
    # padding is words of tildes, so a long text can still wrap as a translated one would.
    room = max(1, math.ceil(visible * EXPANSION) - 3)
    padding = " ".join("~" * len(chunk) for chunk in _chunks(room, 6))
    return f"[{''.join(out)} {padding}]"


def _chunks(total: int, size: int) -> list[str]:
    """``total`` characters as words of ``size`` letters plus their separating spaces."""
    words: list[str] = []
    while total > 0:
        take = min(size, total)
        words.append("x" * take)
        total -= take + 1
    return words
