"""Patient identifiers: the one check every surface applies (import, window, CLI, records).

An identifier is compared exactly after surrounding whitespace is removed, so two identifiers
that print the same must be the same text.  Control characters (Unicode category Cc: C0, DEL,
C1) and invisible format characters (Cf: U+200D ZERO WIDTH JOINER, U+202E RIGHT-TO-LEFT
OVERRIDE, U+FEFF, soft hyphen ...), line and paragraph separators, surrogates, private-use and
unassigned code points are refused: ``ab`` and ``a\u200db`` would be two patients shown
identically, and ``ABC\u202eFDP.exe`` shows reversed.  Nothing is silently removed.
"""

from __future__ import annotations

import unicodedata

from desktop_app.core.findings import Text
from desktop_app.core.values import InputError

MAX_IDENTIFIER_LENGTH = 64
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def check_identifier(identifier: str | None, *, field: str = "patient identifier",
                     limit: int = MAX_IDENTIFIER_LENGTH) -> str:
    """The identifier without surrounding whitespace; ``InputError`` when it is empty, longer
    than ``limit`` characters, or holds a refused character (the same character rules serve
    the identification text a lab file may carry: names, record numbers)."""
    text = (identifier or "").strip()
    if not text:
        raise InputError(field, "identifier_empty")
    if len(text) > limit:
        raise InputError(field, "identifier_too_long", params=(("limit", Text(str(limit))),))
    if not text.isascii() or not text.isprintable():
        if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text):
            # a byte the OS could not decode (Python's surrogateescape): not text at all
            raise InputError(field, "identifier_not_utf8")
        for ch in text:
            if unicodedata.category(ch) in _REFUSED_CATEGORIES:
                name = unicodedata.name(ch, "unnamed character")
                raise InputError(field, "identifier_control", params=(
                    ("character", Text(f"U+{ord(ch):04X}")),
                    ("character_name", Text(name))))
    return text
