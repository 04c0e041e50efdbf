"""The results CSV of the fast lane: one line template per kind of decided row.

Rows of one kind (same status, phenotype, reasons, warnings, units, quoting) differ only in a
few texts taken from the file: row number, patient id, the values as entered and as
canonical numbers, the sample time.  Each kind's line is built once from the core's sentence
templates (``core.phenotype.MESSAGES``, filled with ``message_constants``) and the results
layout, with ``%s`` where those texts go; all rows are then written with one bytes ``%``
operation per chunk, in row order, the lines of the reference rows slotted in between.

Before anything is written, ``verify`` renders the first row of every kind through the
reference as well (the core's ``classify`` and the exporter's ``result_cells``) and compares
the bytes; one difference and the whole file takes the reference path.  (That guards the
templates; the decisions themselves are proven in ``decide.py`` and tested row by row.)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

import numpy as np

from desktop_app.core.inputs import Ferritin, HlaDr
from desktop_app.core.phenotype import (
    MESSAGES,
    TRIAL_ARM,
    Phenotype,
    Status,
    ferritin_shown,
    hla_dr_shown,
    message_constants,
)
from desktop_app.core.rules import IMMUNOSEP_RULESET, AssessmentOptions
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import Comparator, ParsedValue
from desktop_app.lab_import.fast.decide import FERRITIN_UNITS
from desktop_app.lab_import.fast.plan import FAST, FastBatch
from desktop_app.lab_import.model import Sample

# Every column this module can write (``services.cohort_export.EXPLAINED_RESULT_COLUMNS``);
# the caller's columns must be some of these, in this order, or the fast lane is not used.
RESULT_LAYOUT = (
    "row", "rows", "patient_id", "status", "phenotype", "treatment_arm",
    "ferritin_entered", "ferritin_unit", "ferritin_comparator", "ferritin_value",
    "ferritin_ng_ml", "ferritin_sampled_at", "hla_dr_entered", "hla_dr_unit",
    "hla_dr_comparator", "hla_dr_value", "hla_dr_sampled_at", "age_years",
    "reason_codes", "reasons", "warning_codes", "warnings", "ruleset_version",
)
# The texts every row's arguments supply, in this order; a kind's template consumes them in
# order and skips (``%.0s``) what it does not show.
SLOTS = ("row", "row2", "pid", "ftext", "fnorm", "fnorm", "time", "htext", "hnorm", "time",
         "age", "fnorm", "hnorm", "fnorm", "hnorm", "hnorm")
_SKIP = b"%.0s"
_CSV_SPECIAL = (",", '"', "\r", "\n")  # csv.writer's QUOTE_MINIMAL for the excel dialect
_CHUNK_ROWS = 2048
_REFERENCE_ROW, _NO_LINE = -1, -2


@dataclass(frozen=True)
class CsvStyle:
    """What the exporter does to text cells (``services.spreadsheet_safety``)."""

    columns: tuple[str, ...]
    formula_triggers: frozenset[str]
    neutraliser: str


class _Ref:
    """A per-row text inside a cell; ``comma``: the text may contain ','."""

    def __init__(self, slot: str, comma: bool = False) -> None:
        self.slot, self.comma = slot, comma


Piece = str | _Ref


class Renderer:
    def __init__(self, batch: FastBatch, options: AssessmentOptions, style: CsvStyle) -> None:
        self.batch, self.style = batch, style
        self.keep = [RESULT_LAYOUT.index(c) for c in style.columns]
        self.words = message_constants(IMMUNOSEP_RULESET, options)
        d = batch.decided
        fast = batch.status == FAST
        f, h, t = d.f_present, d.h_present, d.has_time
        bits = [f, h, d.a_present, d.mals & f, d.low & h, d.near_f & f,
                d.near_h & h & ~(d.mals & f), d.implausible & h, (d.f_unit == 1) & f,
                d.pid_formula, d.pid_comma, d.f_comma & f, d.h_comma & h, t,
                d.time_seconds & t]
        code = np.zeros(len(fast), np.int64)
        for k, b in enumerate(bits):
            code |= b.astype(np.int64) << k
        code |= np.where(t, d.zone, 0) << len(bits)
        self.code = np.where(fast, code, _NO_LINE)
        self.kinds = _unique(self.code[fast])
        self._active: list[int] | None = None
        self._templates: dict[tuple[int, tuple[int, ...]], bytes] = {}

    # -- kinds ----------------------------------------------------------------------------
    def decision(self, code: int) -> tuple[Phenotype | None, list[str], list[str]]:
        """Phenotype, reason codes and warning codes of a kind, as ``classify`` decides them
        for its inputs (see ``decide.py`` for why the inputs are read exactly)."""
        f, h, a, mals, low, near_f, near_h, implausible = (bool(code >> k & 1) for k in range(8))
        if not f:
            phenotype, reasons = None, ["ferritin_missing"]
        elif mals:
            phenotype = Phenotype.MALS
            reasons = ["ferritin_above_threshold"] + (["both_criteria_met"] if h and low else [])
        elif not h:
            phenotype, reasons = None, ["hla_dr_missing"]
        else:
            phenotype = Phenotype.IMMUNOPARALYSIS if low else Phenotype.UNCLASSIFIED
            reasons = ["ferritin_at_or_below_threshold",
                       "hla_dr_below_threshold" if low else "hla_dr_at_or_above_threshold"]
        warnings = [c for c, on in (("ferritin_near_threshold", near_f),
                                    ("hla_dr_near_threshold", near_h),
                                    ("hla_dr_implausibly_low", implausible),
                                    ("age_not_given", not a)) if on]
        return phenotype, reasons, warnings

    def counts(self) -> list[tuple[Phenotype | None, int]]:
        """(phenotype, rows) per kind of decided row; one assessment per row."""
        fast = self.code[self.code >= 0]
        rows = np.bincount(np.searchsorted(self.kinds, fast), minlength=len(self.kinds))
        return [(self.decision(c)[0], int(k))
                for c, k in zip(self.kinds.tolist(), rows.tolist(), strict=True)]

    def _cells(self, code: int) -> list[list[Piece] | None]:
        """The cells of a kind in the caller's columns: pieces of text cells, None for an
        empty cell."""
        cells = self._all_cells(code)
        return [cells[k] for k in self.keep]

    def _all_cells(self, code: int) -> list[list[Piece] | None]:
        """The cells of a kind in ``RESULT_LAYOUT``."""
        phenotype, reasons, warnings = self.decision(code)
        f, h, a, t = (bool(code >> k & 1) for k in (0, 1, 2, 13))
        bits = {k: bool(code >> k & 1) for k in range(15)}
        zone = self.batch.decided.zone_suffixes[code >> 15] if t else ""
        when: list[Piece] = [_Ref("time"), ("" if bits[14] else ":00") + zone] if t else []
        status = Status.CLASSIFIED if phenotype else Status.CANNOT_CLASSIFY
        arm = TRIAL_ARM.get(phenotype) if phenotype else None
        f_unit = FERRITIN_UNITS[bits[8]]
        return [
            [_Ref("row")], [_Ref("row2")],
            [self.style.neutraliser if bits[9] else "", _Ref("pid", bits[10])],
            [status.value], [phenotype.value] if phenotype else None,
            [arm.value] if arm else None,
            [_Ref("ftext", bits[11])] if f else None, [f_unit.value] if f else None, None,
            [_Ref("fnorm")] if f else None, [_Ref("fnorm")] if f else None,
            when if f and t else None,
            [_Ref("htext", bits[12])] if h else None,
            [HlaDrUnit.AB_PER_CELL.value] if h else None, None,
            [_Ref("hnorm")] if h else None, when if h and t else None,
            [_Ref("age")] if a else None,
            [";".join(reasons)], self._sentences(reasons, f_unit),
            [";".join(warnings)], self._sentences(warnings, f_unit),
            [IMMUNOSEP_RULESET.version],
        ]

    def _sentences(self, codes: list[str], f_unit: FerritinUnit) -> list[Piece]:
        """The findings joined as the exporter joins them, with the shown values as slots."""
        marks = {"ferritin": _shown(lambda v: ferritin_shown(Ferritin(v, f_unit)), "F"),
                 "hla_dr": _shown(lambda v: hla_dr_shown(HlaDr(v, HlaDrUnit.AB_PER_CELL)), "H")}
        text = " | ".join(MESSAGES[c].format(**self.words, **marks) for c in codes)
        out: list[Piece] = []
        for k, part in enumerate(text.split("\0")):
            if k % 2:
                out.append(_Ref({"F": "fnorm", "H": "hnorm"}[part]))
            elif part:
                out.append(part)
        return out

    def _positions(self, code: int) -> list[int]:
        """The positions in ``SLOTS`` a kind's texts take (each the first free match)."""
        out, slot = [], 0
        for cell in self._cells(code):
            for p in cell or ():
                if isinstance(p, _Ref):
                    slot = SLOTS.index(p.slot, slot)  # ValueError: texts out of order
                    out.append(slot)
                    slot += 1
        return out

    def template(self, code: int, active: list[int]) -> bytes:
        """The line of a kind as a bytes ``%`` template over the ``active`` slot positions
        (``%.0s`` for an active text the kind does not show)."""
        key = (code, tuple(active))
        if key not in self._templates:
            self._templates[key] = self._template(code, active)
        return self._templates[key]

    def _template(self, code: int, active: list[int]) -> bytes:
        out: list[bytes] = []
        free = 0  # index into active

        def take(ref: _Ref) -> None:
            nonlocal free
            while SLOTS[active[free]] != ref.slot:
                out.append(_SKIP)
                free += 1
            out.append(b"%d" if ref.slot.startswith("row") else b"%s")
            free += 1

        for k, cell in enumerate(self._cells(code)):
            if k:
                out.append(b",")
            if not cell:
                continue
            head = cell[0]
            if isinstance(head, str) and head and head[0] in self.style.formula_triggers:
                cell = [self.style.neutraliser, *cell]
            quote = any(p.comma if isinstance(p, _Ref) else any(c in p for c in _CSV_SPECIAL)
                        for p in cell)
            if quote:
                out.append(b'"')
            for p in cell:
                if isinstance(p, _Ref):
                    take(p)
                else:
                    text = p.replace('"', '""') if quote else p
                    out.append(text.replace("%", "%%").encode("utf-8"))
            if quote:
                out.append(b'"')
        out.append(b"\r\n")
        out.extend([_SKIP] * (len(active) - free))
        return b"".join(out)

    def active(self) -> list[int]:
        """The slot positions some kind of this file uses (the row number always)."""
        if self._active is None:
            used = {0, 1}.union(*(self._positions(c) for c in self.kinds.tolist()))
            self._active = sorted(used)
        return self._active

    # -- output ---------------------------------------------------------------------------
    def _columns(self, active: list[int],
                 reference_lines: dict[int, bytes] | None = None) -> list[list[object]]:
        d = self.batch.decided
        rows: list[object] = list(range(2, len(self.code) + 2))
        rows2 = list(rows)
        for i in np.flatnonzero(self.code < 0).tolist():  # ints cannot be skipped by %.0s
            rows[i] = rows2[i] = b""
        for i, line in (reference_lines or {}).items():
            rows[i] = line
        by_name = {"row": rows, "row2": rows2,
                   "pid": self.batch.split.column(self.batch.lab.fields.pid_col),  # type: ignore[arg-type]
                   "ftext": d.f_text, "fnorm": d.f_norm, "time": d.time_text,
                   "htext": d.h_text, "hnorm": d.h_norm, "age": d.a_norm}
        return [by_name[SLOTS[p]] for p in active]  # type: ignore[misc]

    def line(self, i: int) -> bytes:
        """The rendered line of decided row ``i``."""
        d = self.batch.decided
        pid = self.batch.split.column(self.batch.lab.fields.pid_col)  # type: ignore[arg-type]
        by_name = {"row": i + 2, "row2": i + 2, "pid": pid[i], "ftext": d.f_text[i],
                   "fnorm": d.f_norm[i], "time": d.time_text[i], "htext": d.h_text[i],
                   "hnorm": d.h_norm[i], "age": d.a_norm[i]}
        active = self.active()
        template = self.template(int(self.code[i]), active)
        return template % tuple(by_name[SLOTS[p]] for p in active)

    def verify(self, reference_line: Callable[[Sample], bytes]) -> bool:
        """Render the first row of every kind both ways: equal bytes?"""
        lines = sorted(int(np.argmax(self.code == c)) for c in self.kinds.tolist())
        return all(self.line(i) == reference_line(sample)
                   for i, sample in zip(lines, self.batch.samples_of(lines), strict=True))

    def write(self, out: BinaryIO, reference_lines: dict[int, bytes]) -> None:
        """Write every result line in row order (the header is the caller's)."""
        code = self.code.copy()
        for i in self.batch.reference_lines:
            code[i] = _REFERENCE_ROW if i in reference_lines else _NO_LINE
        kinds = _unique(code)
        active = self.active()
        k = len(active)
        table = np.array([b"%s" + _SKIP * (k - 1) if c == _REFERENCE_ROW
                          else _SKIP * k if c == _NO_LINE else self.template(c, active)
                          for c in kinds.tolist()], dtype=object)
        index = np.searchsorted(kinds, code)
        columns = self._columns(active, reference_lines)
        sink = _Sink(out)
        for a in range(0, len(code), _CHUNK_ROWS):
            b = min(a + _CHUNK_ROWS, len(code))
            args: list[object] = [None] * ((b - a) * k)
            for j, column in enumerate(columns):
                args[j::k] = column[a:b]
            sink.write(b"".join(table[index[a:b]].tolist()) % tuple(args))
        sink.close()


# A value that the core's display functions show digit for digit, and nothing else is.
_PROBE = ParsedValue(Comparator.EQ, Decimal("987654321.01234567890123456789"),
                     "987654321.01234567890123456789")


def _shown(show: Callable[[ParsedValue], str], mark: str) -> str:
    """How the core shows an exact, unconverted value in its sentences, with ``\\0mark\\0``
    where the canonical number goes (e.g. "\\0H\\0 AB/C")."""
    text = show(_PROBE)
    number = format(_PROBE.value, "f")
    if text.count(number) != 1:
        raise ValueError("the core shows this value in an unexpected way")
    return text.replace(number, f"\0{mark}\0")


def _unique(values: np.ndarray) -> np.ndarray:
    s = np.sort(values)
    return s[np.r_[True, s[1:] != s[:-1]]] if len(s) else s


class _Sink:
    """Writes the chunks, and on POSIX asks the kernel to start writing each few MiB to disk
    at once (``posix_fadvise(DONTNEED)`` starts writeback of dirty pages), so that the final
    fsync of the atomic writer does not wait for all of it; the data and the fsync are as
    without it."""

    _EVERY = 4 << 20

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.fd = -1
        if hasattr(os, "posix_fadvise"):
            try:
                out.flush()
                self.fd, self.start = out.fileno(), out.tell()
            except (OSError, ValueError, AttributeError):  # not a real file
                self.fd = -1
        self.pending = 0

    def write(self, chunk: bytes) -> None:
        self.out.write(chunk)
        self.pending += len(chunk)
        if self.fd >= 0 and self.pending >= self._EVERY:
            self.close()

    def close(self) -> None:
        if self.fd >= 0 and self.pending:
            self.out.flush()
            os.posix_fadvise(self.fd, self.start, self.pending, os.POSIX_FADV_DONTNEED)
            self.start += self.pending
        self.pending = 0
