"""Rows of a cohort written fast: the row renderers compiled into one template per kind of row.

Rows whose decision, units, comparators and given inputs are the same ("a shape") differ only
in their texts (row number, patient id, values, times).  For each shape the writer renders one
row through the very functions that render a single row (``cohort_rows.result_cells`` /
``result_entry``) with placeholders instead of texts, and turns the result into a
template (constant pieces with slots between them); every row of that shape is then one
``str.join`` of the pieces and its texts, escaped for where they stand (a whole CSV cell:
formula-neutralised and quoted as ``csv`` would; inside a quoted cell: quotes doubled; inside
a JSON string: JSON-escaped).

Where a text would change more than its own characters -- a value inside an unquoted CSV cell
that needs quoting, a text at the start of a cell that could start a formula -- or where a row
carries import notes, that row is rendered directly instead.  Before a template is used, the
first row of its shape is rendered both ways and compared; a difference (a defect) makes the
whole shape render directly.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any

import numpy as np

from desktop_app.core.wording import TEXT_FIELDS, InputTexts
from desktop_app.services.spreadsheet_safety import FORMULA_TRIGGERS, NEUTRALISER

_log = logging.getLogger(__name__)

OPEN, CLOSE = "\ue000", "\ue001"
SLOT_PATTERN = _SLOT = re.compile(f"{OPEN}([a-z_]+){CLOSE}")
IDENTITY_FIELDS = ("row", "rows", "patient_id", "sampled_at", "sheet_row")
FIELDS = IDENTITY_FIELDS + TEXT_FIELDS
_CSV_SPECIAL = re.compile(r'[,"\r\n]')


def _csv_special(text: str) -> bool:
    """Would ``csv.writer`` quote a cell holding ``text``?  (``in`` scans far faster than a
    regular expression's character class.)"""
    return "," in text or '"' in text or "\n" in text or "\r" in text


def _json_special(text: str) -> bool:
    """Would JSON escape a character of ``text`` (quote, backslash, control character)?"""
    return '"' in text or "\\" in text or (not text.isprintable() and bool(
        _JSON_CONTROL.search(text)))


_JSON_CONTROL = re.compile("[\x00-\x1f]")
# XLSX slots, checked over a column's texts at once (joined by "\n", which XML text holds
# as it is; a false alarm only sends the column through the per-text functions):
# a character xml_text escapes or replaces, a text starting with a formula trigger,
_XML_SPECIAL = re.compile("[&<>_\x00-\x08\x0b-\x1f\ufffe\uffff]")
_XML_TRIGGER = re.compile("\n[=+\\-@\t\r\x00]")  # over "\n" + joined
# texts (joined by NUL) with space at an end or a trigger at the start,
_START_RISK = re.compile("\x00[\\s=+\\-@]")  # over NUL + joined
_END_SPACE = re.compile("\\s\x00")  # over joined + NUL
# and number texts that are exact cells (at most 15 digits; empty: the slot is not used by
# that row); a fraction's closing zeros are dropped as exact_number drops them.
_XML_PLAIN_NUMBERS = re.compile(r"(?:(?:(?=(?:[0-9]\.?){1,15}\n)[0-9]+(?:\.[0-9]+)?)?\n)*")
# Where a text stands; the ones in _CHECKED may make a row fall back to direct rendering.
_CHECKED = {"plain": (True, False), "start": (True, True), "quoted_start": (False, True)}

Columns = Callable[[str, int, int], list[str]]  # field, first row, end -> texts


def placeholder(field: str) -> str:
    return f"{OPEN}{field}{CLOSE}"


def placeholder_texts(t: InputTexts) -> InputTexts:
    """``t`` with every given text replaced by its placeholder (categories unchanged)."""
    texts = {f: placeholder(f) for f in TEXT_FIELDS if getattr(t, f)}
    return dataclasses.replace(t, **texts)  # type: ignore[arg-type]  # only str fields


def csv_text(value: str) -> str:
    """A text cell as the results CSV holds it: formula-neutralised, then quoted as
    ``csv.writer`` (excel dialect, minimal quoting) quotes it."""
    if value and value[0] in FORMULA_TRIGGERS:
        value = NEUTRALISER + value
    if _CSV_SPECIAL.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(cells: Sequence[object]) -> str:
    """One row exactly as the results CSV holds it (``csv.writer`` of the neutralised cells)."""
    text = io.StringIO()
    csv.writer(text).writerow([_neutral(c) if isinstance(c, str) else c for c in cells])
    return text.getvalue()


def _neutral(value: str) -> str:
    return NEUTRALISER + value if value and value[0] in FORMULA_TRIGGERS else str(value)


def json_text(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False)


@dataclass(frozen=True)
class Slot:
    field: str
    context: str  # cell, quoted(_start), plain, start, raw, json, xml_cell, xml_part, xml_number


class TemplateWriter:
    """Writes rows of one format (``csv``: a list of cells per row; ``json``: a dict per row).

    ``structure(i, placeholders)`` returns row ``i``'s cells or dict, with placeholders
    instead of its texts when ``placeholders`` is true, or None when the row must always be
    rendered directly (import notes).  ``columns(field, a, b)`` returns a field's texts of
    rows a..b, ``row`` as its number, ``rows`` as "2;3".
    """

    def __init__(self, kind: str, structure: Callable[[int, bool], Any],
                 columns: Columns) -> None:
        assert kind in ("csv", "json", "xlsx")
        self.kind, self.structure, self.columns = kind, structure, columns
        self.slots: list[Slot] = []
        self._slot_index: dict[Slot, int] = {}
        self.formats: dict[int, Joiner | None] = {}
        self._merged: list[int] = []
        self._sequence_key: tuple[int, ...] = ()
        self._percents: dict[int, str] = {}

    def direct(self, i: int) -> str:
        got = self.structure(i, False)
        if self.kind == "xlsx":
            from desktop_app.services.xlsx_writer import row_xml

            return row_xml(self.columns("sheet_row", i, i + 1)[0], got)
        return csv_line(got) if self.kind == "csv" else json_text(got)

    def render(self, shapes: np.ndarray, start: int, stop: int, separator: str = "") -> str:
        """Rows ``start``..``stop`` as one text, in order, ``separator`` between rows
        (``shapes[i]``: the shape of row i).

        All rows of the chunk are one ``%`` operation: each row's template (its shape's, or
        ``"%s"`` for a row rendered directly) consumes the same sequence of slot texts, taking
        the ones it shows and skipping the others (``%.0s``)."""
        kinds = shapes[start:stop].tolist()
        for k, shape in enumerate(kinds):
            if shape not in self.formats:
                self.formats[shape] = self._compiled(shape, start + k)
        n = len(kinds)
        args = [self._escaped(s, self.columns(s.field, start, stop)) for s in self.slots]
        bad = self._bad_rows(args)
        sequence = self._sequence()
        width = max(1, len(sequence))
        flat: list[object] = [""] * (n * width)
        for j, slot in enumerate(sequence):
            flat[j::width] = args[slot]
        tail = separator.replace("%", "%%")
        percent = {shape: fmt + tail for shape, fmt in self._percent(sequence).items()}
        direct = "%s" + "%.0s" * (width - 1) + tail
        templates = [percent.get(shape, direct) for shape in kinds]
        for k in bad.union(k for k, shape in enumerate(kinds) if shape not in percent):
            templates[k] = direct
            flat[k * width] = self.direct(start + k)
        text = "".join(templates) % tuple(flat)
        return text[:len(text) - len(separator)] if separator and text else text

    def _sequence(self) -> list[int]:
        """One sequence of slot numbers in which every compiled template's slots occur in
        their order (a shortest common supersequence, folded over the templates)."""
        key = tuple(sorted(s for s, j in self.formats.items() if j is not None))
        if key != self._sequence_key:
            merged: list[int] = []
            for joiner in self.formats.values():
                if joiner is not None:
                    merged = _supersequence(merged, joiner.slots)
            self._merged, self._sequence_key, self._percents = merged, key, {}
        return self._merged

    def _percent(self, sequence: list[int]) -> dict[int, str]:
        """Each compiled shape's ``%`` template over ``sequence``."""
        if not self._percents:
            for shape, joiner in self.formats.items():
                if joiner is not None:
                    self._percents[shape] = joiner.percent(sequence)
        return self._percents

    # -- compiling -----------------------------------------------------------------------------
    def _compiled(self, shape: int, example: int) -> Joiner | None:
        got = self.structure(example, True)
        if got is None:
            return None
        text = self._csv_template(got) if self.kind == "csv" else \
            self._json_template(got) if self.kind == "json" else self._xlsx_template(got)
        fmt = Joiner(text)
        args = [self._escaped(s, self.columns(s.field, example, example + 1))
                for s in self.slots]
        if self._bad_rows(args) or fmt(*(a[0] for a in args)) != self.direct(example):
            _log.warning("the row template of a shape differs from the direct rendering; "
                         "rows of that shape are rendered directly")
            return None
        return fmt

    def _csv_template(self, cells: list[object]) -> str:
        out = []
        for cell in cells:
            if not isinstance(cell, str):
                out.append("" if cell is None else str(cell))
                continue
            m = _SLOT.fullmatch(cell)
            if m is not None:
                out.append(self._ref(m.group(1), "cell"))
                continue
            escaped = csv_text(cell)
            if OPEN not in cell:
                out.append(escaped)
                continue
            out.append(self._replaced(escaped, partial(_csv_context,
                                                       escaped.startswith('"'))))
        return ",".join(out) + "\r\n"

    def _xlsx_template(self, cells: list[object]) -> str:
        from desktop_app.services.xlsx_writer import NUMBER_SLOT, row_xml

        text = row_xml(placeholder("sheet_row"), cells)

        def context(pos: int) -> str:
            before = text[max(0, pos - 40):pos]
            if before.endswith('r="') or before.endswith('<row r="'):
                return "raw"
            if before.endswith(NUMBER_SLOT):
                return "xml_number"
            end = text.index(CLOSE, pos) + 1
            if before.endswith("<t>") and text.startswith("</t>", end):
                return "xml_cell"
            return "xml_part"

        return self._replaced(text, context).replace(NUMBER_SLOT, "")

    def _json_template(self, entry: dict[str, Any]) -> str:
        text = json_text(entry)
        return self._replaced(text, lambda pos: "json", raw=True)

    def _replaced(self, text: str, context: Callable[[int], str], raw: bool = False) -> str:
        out: list[str] = []
        pos = 0
        for m in _SLOT.finditer(text):
            field = m.group(1)
            begin, end = m.start(), m.end()
            if raw and field in ("row", "rows") and text[begin - 1:begin] == '"':
                out.append(text[pos:begin - 1])
                out.append(self._ref(field, "raw"))
                pos = end + 1
                continue
            out.append(text[pos:begin])
            out.append(self._ref(field, context(begin)))
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def _ref(self, field: str, context: str) -> str:
        slot = Slot(field, context)
        k = self._slot_index.get(slot)
        if k is None:
            k = self._slot_index[slot] = len(self.slots)
            self.slots.append(slot)
        return f"{_REF}{k}{_END}"

    # -- per-row texts --------------------------------------------------------------------------
    @staticmethod
    def _escaped(slot: Slot, texts: list[str]) -> list[str]:
        context = slot.context
        if context.startswith("xml"):
            from desktop_app.services.xlsx_writer import xml_cell_text, xml_part_text

            if context == "xml_number":  # the whole cell body: a number only when exact
                from desktop_app.services.xlsx_writer import number_cell_body

                if _XML_PLAIN_NUMBERS.fullmatch("\n".join(texts) + "\n"):
                    return [("><v>" + (t if t[-1] != "0" or "." not in t else
                                       t.rstrip("0").rstrip(".")) + "</v>") if t else ""
                            for t in texts]  # "": the slot is not used by that row
                return [number_cell_body(t) if t else "" for t in texts]
            joined = "\n".join(texts)
            if context == "xml_cell":
                if not _XML_SPECIAL.search(joined) and not _XML_TRIGGER.search(
                        "\n" + joined):
                    return texts
                return [xml_cell_text(t) for t in texts]
            if not _XML_SPECIAL.search(joined):
                return texts
            return [xml_part_text(t) for t in texts]
        if context == "raw":
            if slot.field == "rows":
                return [t if ";" not in t else json.dumps([int(n) for n in t.split(";")])
                        for t in texts] if any(";" in t for t in texts) else \
                    [f"[{t}]" for t in texts]
            return texts
        if context == "json":
            if not _json_special("".join(texts)):
                return texts
            return [encode_basestring(t)[1:-1] for t in texts]
        if context in ("quoted", "quoted_start"):
            return [t.replace('"', '""') for t in texts] if '"' in "".join(texts) else texts
        if context == "cell":
            joined = "\x1f".join(texts)
            if _csv_special(joined) or _starts_with_trigger(joined):
                return [csv_text(t) for t in texts]
        return texts

    def _bad_rows(self, args: list[list[str]]) -> set[int]:
        """Rows whose text would need quoting in an unquoted cell, or neutralising at the
        start of a cell that holds more than the text; in XLSX, a text with space at an end
        (another attribute) or a sentence's part that may start its cell."""
        bad: set[int] = set()
        if self.kind == "xlsx":
            for slot, texts in zip(self.slots, args, strict=True):
                if slot.context in ("xml_cell", "xml_part"):
                    joined = "\x00".join(texts)
                    if not _START_RISK.search("\x00" + joined) and not _END_SPACE.search(
                            joined + "\x00"):
                        continue
                if slot.context == "xml_cell":
                    bad.update(k for k, t in enumerate(texts) if t and (
                        t[0].isspace() or t[-1].isspace()))
                elif slot.context == "xml_part":
                    # Part of a cell: a leading trigger or space may be the cell's own
                    # start (neutralising, xml:space); such rows are rendered whole.
                    bad.update(k for k, t in enumerate(texts) if t and (
                        t[0].isspace() or t[-1].isspace() or t[0] in FORMULA_TRIGGERS))
            return bad
        for slot, texts in zip(self.slots, args, strict=True):
            special, start = _CHECKED.get(slot.context, (False, False))
            if not (special or start):
                continue
            joined = "\x1f".join(texts)
            if (special and _csv_special(joined)) or (
                    start and _starts_with_trigger(joined)):
                bad.update(k for k, t in enumerate(texts) if (
                    special and _CSV_SPECIAL.search(t)) or (start and t[:1] in FORMULA_TRIGGERS))
        return bad


def _csv_context(quoted: bool, position: int) -> str:
    """Where a text at ``position`` of a cell stands (see ``Slot.context``)."""
    if quoted:
        return "quoted_start" if position == 1 else "quoted"
    return "start" if position == 0 else "plain"


_TRIGGER_AFTER_SEPARATOR = re.compile(
    "\x1f[" + re.escape("".join(sorted(FORMULA_TRIGGERS))) + "]")


def _starts_with_trigger(joined: str) -> bool:
    """Does some text of ``"\x1f".join(texts)`` start with a formula trigger?"""
    return bool(joined) and (joined[0] in FORMULA_TRIGGERS
                             or _TRIGGER_AFTER_SEPARATOR.search(joined) is not None)


class Joiner:
    """A row template: constant pieces with slot references (``_REF`` k ``_END``) between
    them; ``joiner(*slot_texts)`` is the row, one ``str.join``."""

    def __init__(self, text: str) -> None:
        pieces = _REF_PATTERN.split(text)
        constants, slots = pieces[0::2], [int(k) for k in pieces[1::2]]
        self.buffer: list[str] = [None] * (2 * len(constants) - 1)  # type: ignore[list-item]
        self.buffer[0::2] = constants
        self.slots = slots
        if not slots:
            self.pick: Callable[[tuple[str, ...]], Any] = lambda args: ()
        elif len(slots) == 1:
            only = slots[0]
            self.pick = lambda args: (args[only],)
        else:
            self.pick = itemgetter(*slots)

    def __call__(self, *args: str) -> str:
        buffer = self.buffer
        buffer[1::2] = self.pick(args)
        return "".join(buffer)

    def percent(self, sequence: list[int]) -> str:
        """This template as a ``%`` format consuming one text per entry of ``sequence`` (a
        supersequence of its slots): ``%s`` where it shows a text, ``%.0s`` where not."""
        out: list[str] = []
        mine = iter(enumerate(self.slots))
        nxt = next(mine, None)
        for slot in sequence:
            if nxt is not None and nxt[1] == slot:
                out.append(self.buffer[2 * nxt[0]].replace("%", "%%") + "%s")
                nxt = next(mine, None)
            else:
                out.append("%.0s")
        assert nxt is None, "the sequence must hold every slot of the template"
        out.append(self.buffer[-1].replace("%", "%%"))
        return "".join(out)


def _supersequence(a: list[int], b: list[int]) -> list[int]:
    """A shortest sequence holding both ``a`` and ``b`` as subsequences (dynamic programming;
    both are a few dozen slots long)."""
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else \
                max(table[i + 1][j], table[i][j + 1])
    out: list[int] = []
    i = j = 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


_REF, _END = "\ue002", "\ue003"
_REF_PATTERN = re.compile(f"{_REF}([0-9]+){_END}")
