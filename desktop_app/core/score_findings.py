"""What the score modules say: a code with typed parameters, rendered from one catalogue.

A ``ScoreFinding`` is data (``code`` + ``params``); its English sentence comes from
``score_messages.MESSAGES`` and its words from ``score_messages.TERMS``.  Parameters are typed so
that a translation catalogue can render them in any language:

- ``int`` and ``Decimal``: numbers (a Decimal is shown in plain notation, never rounded);
- ``Term``: a word or phrase, looked up by key (an input, an organ, a category);
- ``tuple[Term, ...]``: a list of such words (e.g. the inputs still needed);
- ``str``: language-neutral text only: numbers with units and mathematical comparisons such as
  ``"50 ≤ 85 < 100"`` or ``"34 µmol/L ÷ 17.1 ≈ 1.99 mg/dL"``, or a value exactly as entered.

Standard library only.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.core.score_messages import MESSAGES, TERMS
from desktop_app.core.values import format_decimal


@dataclass(frozen=True)
class Term:
    """A word or phrase of ``TERMS``, referred to by its key."""

    key: str

    def __post_init__(self) -> None:
        if self.key not in TERMS:
            raise ValueError(f"unknown term {self.key!r}")

    @property
    def label(self) -> str:
        return TERMS[self.key]


Param = int | Decimal | str | Term | tuple[Term, ...]


@dataclass(frozen=True)
class ScoreFinding:
    """A code and its typed parameters; ``message`` is the English sentence."""

    code: str
    params: tuple[tuple[str, Param], ...] = ()
    # Its ``str`` params are figures and comparisons written with a decimal point: a translator
    # writes their decimals with the language's separator ("39,4 < 39,5" in German).
    FIGURES_IN_TEXT = True

    @property
    def message(self) -> str:
        text = MESSAGES[self.code].format(**{k: render_param(v) for k, v in self.params})
        return text[:1].upper() + text[1:]

    def param(self, name: str) -> Param:
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``code``, ``params`` (JSON-safe, Decimals as exact strings), ``message``."""
        return {"code": self.code,
                "params": {k: _json_param(v) for k, v in self.params},
                "message": self.message}


def finding(code: str, **params: Param) -> ScoreFinding:
    """The finding ``code`` with ``params``; refuses a code or parameter set the catalogue lacks.

    Checked here, at construction, so that a wrong call fails in the test that makes it rather
    than when somebody first reads the sentence.
    """
    if code not in MESSAGES:
        raise ValueError(f"no message for code {code!r}")
    wanted = template_fields(MESSAGES[code])
    if wanted != set(params):
        raise ValueError(f"{code}: parameters {sorted(params)} but the template needs "
                         f"{sorted(wanted)}")
    return ScoreFinding(code, tuple(sorted(params.items())))


def template_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render_param(value: Param) -> str:
    if isinstance(value, Term):
        return value.label
    if isinstance(value, tuple):
        return ", ".join(term.label for term in value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    return str(value)


def _json_param(value: Param) -> Any:
    if isinstance(value, Term):
        return value.key
    if isinstance(value, tuple):
        return [term.key for term in value]
    if isinstance(value, Decimal):
        return format_decimal(value)
    return value


def terms(*keys: str) -> tuple[Term, ...]:
    return tuple(Term(k) for k in keys)


def findings_to_list(items: tuple[ScoreFinding, ...]) -> list[dict[str, Any]]:
    return [f.to_dict() for f in items]

