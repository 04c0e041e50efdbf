"""What a clinician enters: each lab value with its unit and sample time, and the age."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desktop_app.core.times import check_sample_time
from desktop_app.core.units import Conversion, FerritinUnit, HlaDrUnit, ferritin_to_ng_per_ml
from desktop_app.core.values import Comparator, ParsedValue


@dataclass(frozen=True)
class Ferritin:
    value: ParsedValue
    unit: FerritinUnit
    sampled_at: datetime | None = None

    @property
    def ng_per_ml(self) -> Decimal:
        """The value (or censoring bound) in ng/mL; the comparator is unchanged."""
        return ferritin_to_ng_per_ml(self.value.value, self.unit)[0]

    @property
    def converts(self) -> bool:
        """False for ng/mL and µg/L, whose numbers are the value in ng/mL as entered."""
        return self.unit not in (FerritinUnit.NG_PER_ML, FerritinUnit.UG_PER_L)

    @property
    def conversion(self) -> Conversion:
        return ferritin_to_ng_per_ml(self.value.value, self.unit)[1]


@dataclass(frozen=True)
class HlaDr:
    value: ParsedValue
    unit: HlaDrUnit
    sampled_at: datetime | None = None
    processed_at: datetime | None = None  # staining / processing start, for the 4-h window


@dataclass(frozen=True)
class NotDetermined:
    """A laboratory result without a value: the laboratory wrote ``text`` ("n.b.",
    "pending", "storniert", a FHIR dataAbsentReason ...) where the number would be.  It is a
    known state, not a missing input and not a typing error: the decision says "not
    determined" with the laboratory's own word.  ``sampled_at`` is shown, never compared."""

    text: str
    sampled_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("a not-determined result keeps the laboratory's word")


@dataclass(frozen=True)
class PatientInputs:
    """Inputs of one assessment.  ``None`` means "not available", never zero.

    ``ferritin_not_determined`` / ``hla_dr_not_determined``: the laboratory reported that
    analyte without a value (never together with the value itself)."""

    ferritin: Ferritin | None = None
    hla_dr: HlaDr | None = None
    age_years: ParsedValue | None = None
    ferritin_not_determined: NotDetermined | None = None
    hla_dr_not_determined: NotDetermined | None = None

    def __post_init__(self) -> None:
        f, h = self.ferritin, self.hla_dr
        if (f and self.ferritin_not_determined) or (h and self.hla_dr_not_determined):
            raise ValueError("a value and a not-determined result of the same analyte")
        fn, hn = self.ferritin_not_determined, self.hla_dr_not_determined
        times: tuple[tuple[str, datetime | None], ...] = (
            ("ferritin sample time", f.sampled_at if f else fn.sampled_at if fn else None),
            ("HLA-DR sample time", h.sampled_at if h else hn.sampled_at if hn else None),
            ("HLA-DR processing time", h.processed_at if h else None))
        for name, when in times:
            if when is None:
                continue
            if when.tzinfo is None:
                # Intervals between naive and aware times are meaningless; callers attach a zone.
                raise ValueError("sample times must carry a time zone")
            check_sample_time(when, field=name)  # no overflow in any interval or comparison


def exact(value: str | int | Decimal) -> ParsedValue:
    """An exact (uncensored) value, for tests and synthetic cases."""
    return ParsedValue(Comparator.EQ, Decimal(value), str(value))
