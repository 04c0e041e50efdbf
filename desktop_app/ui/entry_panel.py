"""The input side of the window: patient, both laboratory values, sample times.

The panel only holds text.  ``entry_text()`` hands it to ``services.entry`` (the one reader of
typed values); the window passes the core's per-field errors back to ``show_errors`` and the
validated inputs to ``show_inputs`` (the "read as …" echo under each value, hazard H08, with
the plausibility notes of ``services.plausibility`` and, after a change of unit, the value as
re-read, hazard H40).  Labels are set in ``retranslate()`` (again after a language change);
the messages under the fields come from the window's next recomputation.

Enter walks the form: it moves to the next empty required field (identifier, age, each value
and its unit) and, once none is empty, asks to save (``submit_requested``).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.display import show_converted
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import InputError
from desktop_app.services.entry import EntryText
from desktop_app.ui.language import Retranslating, input_error_text
from desktop_app.ui.qt_namespace import Qt
from desktop_app.ui.value_field import ERROR_STYLE, INVALID_BORDER, NOTE_STYLE, ValueField

if TYPE_CHECKING:
    from desktop_app.core.inputs import PatientInputs
    from desktop_app.services.plausibility import PlausibilityNote


class TextField(QWidget):
    """A line edit with its message line (age, sample times)."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.set_name(name, placeholder)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.message)
        self._fit = ""
        self.show_message(None)

    def set_name(self, name: str, placeholder: str) -> None:
        """The field's name and hint in the window's language (again after a change)."""
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.message.setAccessibleName(self.tr("{name} message").format(name=name))

    def fit_text(self, sample: str) -> None:
        """Keep the field wide enough for ``sample`` whole, at any zoom."""
        self._fit = sample
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 16)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._fit:
            self.fit_text(self._fit)

    def show_message(self, error: InputError | None, note: str = "") -> None:
        self.message.setText(input_error_text(error) if error else note)
        self.message.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.message.setVisible(bool(self.message.text()))
        self.edit.setStyleSheet(INVALID_BORDER if error else "")


class EntryPanel(Retranslating, QWidget):
    """Patient identifier and age, ferritin, HLA-DR and the optional sample times."""

    changed = Signal()  # any field edited (emitted synchronously, once per edit)
    submit_requested = Signal()  # Enter with every required field filled in

    def __init__(self, *, decimal_comma: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identifier = QLineEdit()
        self.age = TextField("", "")
        self.ferritin = ValueField("", [u.value for u in FerritinUnit], placeholder="")
        self.hla_dr = ValueField("", [u.value for u in HlaDrUnit], placeholder="")
        self.ferritin_sampled = TextField("", "")
        self.hla_dr_sampled = TextField("", "")
        self.hla_dr_processed = TextField("", "")
        for field in (self.ferritin_sampled, self.hla_dr_sampled, self.hla_dr_processed):
            field.fit_text("2026-11-24 06:00+01:00")  # a whole time with its offset
        self.decimal_note = QLabel()
        self.decimal_note.setWordWrap(True)

        self.patient_box = QGroupBox()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self.patient_box)
        form.addRow(self._buddy("identifier", self.identifier), self.identifier)
        form.addRow(self._buddy("age", self.age.edit), self.age)
        self.labs_box = QGroupBox()
        form = QFormLayout(self.labs_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._buddy("ferritin", self.ferritin.value), self.ferritin)
        form.addRow(self._buddy("hla_dr", self.hla_dr.value), self.hla_dr)
        self.hla_note = QLabel()
        self.hla_note.setWordWrap(True)
        self.hla_note.setStyleSheet(NOTE_STYLE)
        form.addRow(self.hla_note)
        form.addRow(self.decimal_note)
        self.times_box = QGroupBox()
        form = QFormLayout(self.times_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy("ferritin_sampled", self.ferritin_sampled.edit),
                    self.ferritin_sampled)
        form.addRow(self._buddy("hla_dr_sampled", self.hla_dr_sampled.edit),
                    self.hla_dr_sampled)
        form.addRow(self._buddy("hla_dr_processed", self.hla_dr_processed.edit),
                    self.hla_dr_processed)
        labs, times = self.labs_box, self.times_box
        for group in (self.patient_box, labs, times):
            group.layout().setFieldGrowthPolicy(  # type: ignore[attr-defined]
                QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.patient_box)
        column.addWidget(labs)
        column.addWidget(times)
        column.addStretch(1)

        self._fields_by_attr: dict[str, ValueField | TextField] = {
            "ferritin": self.ferritin, "ferritin_unit": self.ferritin,
            "hla_dr": self.hla_dr, "hla_dr_unit": self.hla_dr, "age": self.age,
            "ferritin_sampled": self.ferritin_sampled, "hla_dr_sampled": self.hla_dr_sampled,
            "hla_dr_processed": self.hla_dr_processed,
        }
        self.chain: list[QWidget] = [
            self.identifier, self.age.edit,
            self.ferritin.comparator, self.ferritin.value, self.ferritin.unit,
            self.hla_dr.comparator, self.hla_dr.value, self.hla_dr.unit,
            self.ferritin_sampled.edit, self.hla_dr_sampled.edit, self.hla_dr_processed.edit]
        for first, second in pairwise(self.chain):
            QWidget.setTabOrder(first, second)
        self.identifier.textChanged.connect(self.changed)
        for widget in (self.age, self.ferritin_sampled, self.hla_dr_sampled,
                       self.hla_dr_processed):
            widget.edit.textChanged.connect(self.changed)
            widget.edit.returnPressed.connect(self._on_return)
        self.identifier.returnPressed.connect(self._on_return)
        for field in (self.ferritin, self.hla_dr):
            field.edited.connect(self.changed)
            field.return_pressed.connect(self._on_return)
        self._decimal_comma = decimal_comma
        self.retranslate()

    def retranslate(self) -> None:
        """Every label, name and hint of the form in the window's language."""
        time_hint = self.tr("YYYY-MM-DD HH:MM")
        self.identifier.setPlaceholderText(self.tr("as used on the ward, e.g. bed 7"))
        self.identifier.setAccessibleName(self.tr("Patient identifier"))
        self.age.set_name(self.tr("Age in years"), self.tr("years, e.g. 64"))
        self.ferritin.set_name(self.tr("ferritin"), self.tr("e.g. 5120"))
        self.hla_dr.set_name(self.tr("HLA-DR"), self.tr("e.g. 3200"))
        self.ferritin_sampled.set_name(self.tr("Ferritin sample time"), time_hint)
        self.hla_dr_sampled.set_name(self.tr("HLA-DR sample time"), time_hint)
        self.hla_dr_processed.set_name(self.tr("HLA-DR processing time"), time_hint)
        self.decimal_note.setAccessibleName(self.tr("Decimal separator in force"))
        self.patient_box.setTitle(self.tr("Patient"))
        self.labs_box.setTitle(self.tr("Laboratory values"))
        self.times_box.setTitle(self.tr("Sample times (optional)"))
        for key, text in (("identifier", self.tr("Ward &identifier")),
                          ("age", self.tr("A&ge (years)")), ("ferritin", self.tr("Fe&rritin")),
                          ("hla_dr", self.tr("HLA-&DR")),
                          ("ferritin_sampled", self.tr("Ferritin &sampled")),
                          ("hla_dr_sampled", self.tr("HLA-DR sa&mpled")),
                          ("hla_dr_processed", self.tr("HLA-DR pr&ocessed"))):
            self._labels[key].setText(text)
        self.hla_note.setText(self.tr("Monocyte HLA-DR in antibodies bound per cell (AB/C, "
                                      "QuantiBRITE). % positive and MFI can be chosen, but "
                                      "cannot be used."))
        self.set_decimal_comma(self._decimal_comma)

    # -- reading ----------------------------------------------------------------------------
    def entry_text(self) -> EntryText:
        return EntryText(
            ferritin=self.ferritin.text(), ferritin_unit=self.ferritin.unit_text(),
            hla_dr=self.hla_dr.text(), hla_dr_unit=self.hla_dr.unit_text(),
            age=self.age.edit.text(), ferritin_sampled=self.ferritin_sampled.edit.text(),
            hla_dr_sampled=self.hla_dr_sampled.edit.text(),
            hla_dr_processed=self.hla_dr_processed.edit.text())

    def own_errors(self) -> dict[str, InputError]:
        """Errors of this panel's own controls (a comparator given twice), by field."""
        out = {}
        for attr, field in (("ferritin", self.ferritin), ("hla_dr", self.hla_dr)):
            conflict = field.conflict()
            if conflict is not None:
                out[attr] = conflict
        return out

    def patient_identifier(self) -> str:
        return self.identifier.text().strip()

    def age_text(self) -> str:
        return self.age.edit.text().strip()

    def has_lab_values(self) -> bool:
        return not (self.ferritin.is_blank() and self.hla_dr.is_blank())

    def line_edits(self) -> list[QLineEdit]:
        """Every line edit of the form, top to bottom (named, not searched for: a search of
        the widget tree makes PySide wrap every internal child, milliseconds at start-up)."""
        return [self.identifier, self.age.edit, self.ferritin.value, self.hla_dr.value,
                self.ferritin_sampled.edit, self.hla_dr_sampled.edit,
                self.hla_dr_processed.edit]

    def required_gaps(self) -> list[QWidget]:
        """The required fields still empty, in the order of the form."""
        gaps: list[QWidget] = []
        if not self.patient_identifier():
            gaps.append(self.identifier)
        if not self.age_text():
            gaps.append(self.age.edit)
        for field in (self.ferritin, self.hla_dr):
            if field.is_blank():
                gaps.append(field.value)
            if not field.unit_text():
                gaps.append(field.unit)
        return gaps

    # -- showing ----------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, InputError]) -> None:
        """One message per widget: a value error wins over its unit's error."""
        shown: set[int] = set()
        for attr in EntryText.__dataclass_fields__:
            field = self._fields_by_attr[attr]
            if id(field) in shown:
                continue
            error = errors.get(attr)
            if error is None and attr in ("ferritin", "hla_dr"):
                error = errors.get(f"{attr}_unit")
            field.show_message(error)
            if error is not None:
                shown.add(id(field))

    def show_inputs(self, inputs: PatientInputs) -> None:
        """Echo how each value was read (clears every error), with a note on an unusual
        magnitude and the value as re-read after a change of unit."""
        from desktop_app.services.plausibility import plausibility_notes

        f, h = inputs.ferritin, inputs.hla_dr
        notes = {n.field: self._plausibility_text(n) for n in plausibility_notes(inputs)}
        ferritin_read = ""
        if f is not None:
            shown = f.value.display()
            if f.unit is FerritinUnit.NG_PER_ML:
                ferritin_read = f"{shown} ng/mL"
            else:
                converted = show_converted(f.ng_per_ml, IMMUNOSEP_RULESET.ferritin_threshold_ng_ml)
                ferritin_read = f.conversion.describe(shown, converted)
        hla_read = f"{h.value.display()} {h.unit.value}" if h else ""
        for field, reading, key in ((self.ferritin, ferritin_read, "ferritin"),
                                    (self.hla_dr, hla_read, "hla_dr")):
            text = self.tr("read as {reading}").format(reading=reading) if reading else ""
            if key in notes:
                text = f"{text}. {notes[key]}"
            field.show_message(None, text, warning=key in notes)
            field.show_unit_notice(reading)
        self.age.show_message(None)
        for tf, when in ((self.ferritin_sampled, f.sampled_at if f else None),
                         (self.hla_dr_sampled, h.sampled_at if h else None),
                         (self.hla_dr_processed, h.processed_at if h else None)):
            tf.show_message(None, self.tr("read as {when}").format(
                when=when.isoformat(" ", "minutes")) if when else "")

    def set_decimal_comma(self, on: bool) -> None:
        self._decimal_comma = on
        sep, example = (",", "4420,5") if on else (".", "4420.5")
        self.decimal_note.setText(self.tr(
            "Decimal separator in force: '{sep}' (e.g. {example}); thousands separators are "
            "never accepted. Change it in File ▸ Settings.").format(sep=sep, example=example))

    def set_read_only(self, on: bool) -> None:
        """A stored assessment on screen: readable and selectable, not editable."""
        for edit in (self.identifier, self.age.edit, self.ferritin_sampled.edit,
                     self.hla_dr_sampled.edit, self.hla_dr_processed.edit):
            edit.setReadOnly(on)
        self.ferritin.set_read_only(on)
        self.hla_dr.set_read_only(on)

    def set_identifier_locked(self, on: bool) -> None:
        """While a correction is entered the patient cannot change (it corrects that record)."""
        self.identifier.setReadOnly(on)

    # -- writing ----------------------------------------------------------------------------
    def set_entry(self, entry: EntryText, patient_identifier: str = "") -> None:
        """Replace every field (a demo case, a saved record); emits ``changed`` once."""
        self.blockSignals(True)
        try:
            self.identifier.setText(patient_identifier)
            self.age.edit.setText(entry.age or "")
            self.ferritin.set_entry(entry.ferritin, entry.ferritin_unit)
            self.hla_dr.set_entry(entry.hla_dr, entry.hla_dr_unit)
            self.ferritin_sampled.edit.setText(entry.ferritin_sampled or "")
            self.hla_dr_sampled.edit.setText(entry.hla_dr_sampled or "")
            self.hla_dr_processed.edit.setText(entry.hla_dr_processed or "")
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_entry(EntryText(ferritin_unit=None, hla_dr_unit=None))
        self.identifier.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals --------------------------------------------------------------------------
    def _on_return(self) -> None:
        if self.identifier.isReadOnly() and self.age.edit.isReadOnly():
            return  # a stored assessment on screen: nothing to walk to, nothing to save
        gaps = self.required_gaps()
        if not gaps:
            self.submit_requested.emit()
            return
        current = self.focusWidget()
        start = self.chain.index(current) + 1 if current in self.chain else 0
        ordered = self.chain[start:] + self.chain[:start]
        target = next(w for w in ordered if w in gaps)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _buddy(self, key: str, widget: QWidget) -> QLabel:
        """A field's label (its text is set by ``retranslate``)."""
        label = QLabel()
        label.setBuddy(widget)
        self._labels[key] = label
        return label

    def _plausibility_text(self, note: PlausibilityNote) -> str:
        limit = f"{note.limit:,f}".replace(",", " ")
        if note.direction == "above":
            return self.tr("Unusually high: above {limit} {unit}. Check the value and its "
                           "unit.").format(limit=limit, unit=note.unit)
        return self.tr("Unusually low: below {limit} {unit}. Check the value and its unit."
                       ).format(limit=limit, unit=note.unit)



