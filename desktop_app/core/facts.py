"""The facts a decision is made from: every comparison the rule and its warnings depend on.

A fact is one named outcome: a comparator (how a value was reported, or None when it was not
given), a flag, or the ``Sign`` of an exact comparison of a value with a threshold.  The
decision (``core.decision.decide``) reads nothing but facts, so two assessments with the same
facts get the same phenotype, reasons, warnings and criteria outcomes, and a batch needs the
decision once per distinct combination of facts.

``Facts`` keeps its values as small integer codes in the order of a ``FactLayout``; a batch
computes the same codes column-wise (``encode``) and hands each distinct row of codes to
``Facts``.  Only the comparison of an exact decimal (or instant) with a threshold may be
computed outside the core, and it must give exactly ``compare``'s ``Sign``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, IntEnum

from desktop_app.core.values import Comparator


class Sign(IntEnum):
    """sign(value - threshold)."""

    BELOW = -1
    EQUAL = 0
    ABOVE = 1


def compare(value: Decimal, threshold: Decimal) -> Sign:
    """The exact sign of ``value - threshold`` (Decimal comparison: no context, no rounding)."""
    return Sign.ABOVE if value > threshold else Sign.BELOW if value < threshold else Sign.EQUAL


ANALYTES = ("ferritin", "hla_dr", "age")
RULE_UNITS = {"ferritin": "ng/mL", "hla_dr": "AB/C", "age": "years"}


@dataclass(frozen=True)
class Comparison:
    """One explicit comparison: an analyte's value against a threshold in the rule's unit
    (ng/mL, AB/C, years).  Its fact, named ``name``, is the ``Sign`` of value - threshold, or
    None when the value was not given (or, for HLA-DR, is not in AB/C).  ``param`` is the
    finding parameter that shows the threshold (e.g. ``ferritin_threshold``)."""

    name: str
    analyte: str
    threshold: Decimal
    param: str = ""

    def __post_init__(self) -> None:
        if self.analyte not in ANALYTES:
            raise ValueError(f"unknown analyte {self.analyte!r}")
        if not self.threshold > 0:
            # The interval of a censored "<v" starts at 0; the decision assumes 0 < threshold.
            raise ValueError("a threshold must be positive")


class FactKind(Enum):
    COMPARATOR = "comparator"  # Comparator | None
    FLAG = "flag"  # bool | None
    SIGN = "sign"  # Sign | None


# The integer code of each fact value (0 is always None: "not given / not applicable").
COMPARATOR_CODES: dict[Comparator | None, int] = {
    None: 0, Comparator.EQ: 1, Comparator.GT: 2, Comparator.GE: 3, Comparator.LT: 4,
    Comparator.LE: 5}
FLAG_CODES: dict[bool | None, int] = {None: 0, False: 1, True: 2}
SIGN_CODES: dict[Sign | None, int] = {None: 0, Sign.BELOW: 1, Sign.EQUAL: 2, Sign.ABOVE: 3}
_CODES: dict[FactKind, dict[object, int]] = {
    FactKind.COMPARATOR: COMPARATOR_CODES,  # type: ignore[dict-item]
    FactKind.FLAG: FLAG_CODES,  # type: ignore[dict-item]
    FactKind.SIGN: SIGN_CODES,  # type: ignore[dict-item]
}
_VALUES = {kind: {code: value for value, code in table.items()}
           for kind, table in _CODES.items()}

FactValue = Comparator | bool | Sign | None


def encode(kind: FactKind, value: FactValue) -> int:
    return _CODES[kind][value]


# The facts that are not comparisons with a threshold of the rule set, in layout order.
FIXED_FACTS: tuple[tuple[str, FactKind], ...] = (
    ("ferritin", FactKind.COMPARATOR),
    ("hla_dr", FactKind.COMPARATOR),
    ("hla_dr_usable", FactKind.FLAG),  # HLA-DR in AB/C (not % or MFI)
    ("age", FactKind.COMPARATOR),
    ("ferritin_sampled_vs_now", FactKind.SIGN),  # against now + the future tolerance
    ("hla_dr_sampled_vs_now", FactKind.SIGN),
    ("hla_dr_processed_vs_now", FactKind.SIGN),
    ("sample_gap_vs_max_interval", FactKind.SIGN),  # |ferritin - HLA-DR sample times|
    ("processing_delay_vs_zero", FactKind.SIGN),  # HLA-DR processed - sampled
    ("processing_delay_vs_max_delay", FactKind.SIGN),
    # The laboratory reported the analyte without a value ("n.b.", a dataAbsentReason):
    # True, or None when a value was given or nothing at all.
    ("ferritin_not_determined", FactKind.FLAG),
    ("hla_dr_not_determined", FactKind.FLAG),
)


@dataclass(frozen=True)
class FactLayout:
    """The facts of a rule set and its options, in a fixed order: ``FIXED_FACTS`` first,
    then one ``SIGN`` fact per comparison."""

    comparisons: tuple[Comparison, ...]
    names: tuple[str, ...] = field(init=False, compare=False, repr=False)
    kinds: tuple[FactKind, ...] = field(init=False, compare=False, repr=False)
    _index: dict[str, int] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        names = tuple(n for n, _ in FIXED_FACTS) + tuple(c.name for c in self.comparisons)
        if len(set(names)) != len(names):
            raise ValueError("fact names must be unique")
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "kinds", tuple(k for _, k in FIXED_FACTS)
                           + (FactKind.SIGN,) * len(self.comparisons))
        object.__setattr__(self, "_index", {n: i for i, n in enumerate(names)})

    def index(self, name: str) -> int:
        return self._index[name]

    def of(self, analyte: str) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if c.analyte == analyte)

    def facts(self, values: dict[str, FactValue]) -> Facts:
        """``Facts`` from values by name; a fact not named is None."""
        return Facts(self, tuple(encode(k, values.get(n)) for n, k in zip(
            self.names, self.kinds, strict=True)))


@dataclass(frozen=True)
class Facts:
    """The outcome of every fact of ``layout`` for one assessment, as codes."""

    layout: FactLayout
    codes: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.codes) != len(self.layout.names):
            raise ValueError("one code per fact is needed")

    def __getitem__(self, name: str) -> FactValue:
        i = self.layout._index[name]
        return _VALUES[self.layout.kinds[i]][self.codes[i]]  # type: ignore[return-value]

    def sign(self, name: str) -> Sign | None:
        value = self[name]
        assert value is None or isinstance(value, Sign)
        return value

    def comparator(self, name: str) -> Comparator | None:
        value = self[name]
        assert value is None or isinstance(value, Comparator)
        return value


@dataclass(frozen=True)
class WarningRule:
    """A warning of the decision table: its finding (``code``, ``variant``) is given when
    ``applies(facts)`` is true.  Warnings never change the phenotype."""

    code: str
    applies: Callable[[Facts], bool]
    variant: str = ""
