"""The input side of the window: patient, both laboratory values, sample times.

The panel only holds text.  ``entry_text()`` hands it to ``services.entry`` (the one reader of
typed values); the window passes the core's per-field errors back to ``show_errors`` and the
validated inputs to ``show_inputs`` (the "read as …" echo under each value, hazard H08).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.display import show_converted
from desktop_app.core.inputs import PatientInputs
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.core.units import FerritinUnit, HlaDrUnit
from desktop_app.core.values import InputError
from desktop_app.services.entry import EntryText
from desktop_app.ui.value_field import ERROR_STYLE, NOTE_STYLE, ValueField

TIME_PLACEHOLDER = "YYYY-MM-DD HH:MM"


class TextField(QWidget):
    """A line edit with its message line (age, sample times)."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.edit.setClearButtonEnabled(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(f"{name} message")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.message)
        self.show_message(None)

    def show_message(self, error: InputError | None, note: str = "") -> None:
        self.message.setText(error.message if error else note)
        self.message.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.message.setVisible(bool(self.message.text()))
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #A63A00; }" if error else "")


class EntryPanel(QWidget):
    """Patient identifier and age, ferritin, HLA-DR and the optional sample times."""

    changed = Signal()  # any field edited (emitted synchronously, once per edit)

    def __init__(self, *, decimal_comma: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText("as used on the ward, e.g. bed 7")
        self.identifier.setAccessibleName("Patient identifier")
        self.age = TextField("Age in years", "years, e.g. 64")
        self.ferritin = ValueField("ferritin", [u.value for u in FerritinUnit],
                                   placeholder="e.g. 5120 or >40000")
        self.hla_dr = ValueField("HLA-DR", [u.value for u in HlaDrUnit],
                                 placeholder="e.g. 3200 or <5000")
        self.ferritin_sampled = TextField("Ferritin sample time", TIME_PLACEHOLDER)
        self.hla_dr_sampled = TextField("HLA-DR sample time", TIME_PLACEHOLDER)
        self.hla_dr_processed = TextField("HLA-DR processing time", TIME_PLACEHOLDER)
        self.decimal_note = QLabel()
        self.decimal_note.setWordWrap(True)
        self.decimal_note.setAccessibleName("Decimal separator in force")

        patient = QGroupBox("Patient")
        form = QFormLayout(patient)
        form.addRow(_buddy("Ward &identifier", self.identifier), self.identifier)
        form.addRow(_buddy("A&ge (years)", self.age.edit), self.age)
        labs = QGroupBox("Laboratory values")
        form = QFormLayout(labs)
        form.addRow(_buddy("Fe&rritin", self.ferritin.value), self.ferritin)
        form.addRow(_buddy("HLA-&DR", self.hla_dr.value), self.hla_dr)
        hla_note = QLabel("Monocyte HLA-DR in antibodies bound per cell (AB/C, QuantiBRITE). "
                          "% positive and MFI can be chosen, but cannot be used.")
        hla_note.setWordWrap(True)
        hla_note.setStyleSheet(NOTE_STYLE)
        form.addRow(hla_note)
        form.addRow(self.decimal_note)
        times = QGroupBox("Sample times (optional)")
        form = QFormLayout(times)
        form.addRow(_buddy("Ferritin &sampled", self.ferritin_sampled.edit),
                    self.ferritin_sampled)
        form.addRow(_buddy("HLA-DR sa&mpled", self.hla_dr_sampled.edit), self.hla_dr_sampled)
        form.addRow(_buddy("HLA-DR pr&ocessed", self.hla_dr_processed.edit),
                    self.hla_dr_processed)
        for group in (patient, labs, times):
            group.layout().setFieldGrowthPolicy(  # type: ignore[attr-defined]
                QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(patient)
        column.addWidget(labs)
        column.addWidget(times)
        column.addStretch(1)

        self._fields_by_attr: dict[str, ValueField | TextField] = {
            "ferritin": self.ferritin, "ferritin_unit": self.ferritin,
            "hla_dr": self.hla_dr, "hla_dr_unit": self.hla_dr, "age": self.age,
            "ferritin_sampled": self.ferritin_sampled, "hla_dr_sampled": self.hla_dr_sampled,
            "hla_dr_processed": self.hla_dr_processed,
        }
        chain = [self.identifier, self.age.edit,
                 self.ferritin.comparator, self.ferritin.value, self.ferritin.unit,
                 self.hla_dr.comparator, self.hla_dr.value, self.hla_dr.unit,
                 self.ferritin_sampled.edit, self.hla_dr_sampled.edit,
                 self.hla_dr_processed.edit]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.identifier.textChanged.connect(self.changed)
        for widget in (self.age, self.ferritin_sampled, self.hla_dr_sampled,
                       self.hla_dr_processed):
            widget.edit.textChanged.connect(self.changed)
        self.ferritin.edited.connect(self.changed)
        self.hla_dr.edited.connect(self.changed)
        self.set_decimal_comma(decimal_comma)

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
        """Echo how each value was read (clears every error)."""
        f, h = inputs.ferritin, inputs.hla_dr
        note = ""
        if f is not None:
            shown = f.value.display()
            if f.unit is FerritinUnit.NG_PER_ML:
                note = f"read as {shown} ng/mL"
            else:
                converted = show_converted(f.ng_per_ml, IMMUNOSEP_RULESET.ferritin_threshold_ng_ml)
                note = "read as " + f.conversion.describe(shown, converted)
        self.ferritin.show_message(None, note)
        self.hla_dr.show_message(None, f"read as {h.value.display()} {h.unit.value}" if h else "")
        self.age.show_message(None)
        for field, when in ((self.ferritin_sampled, f.sampled_at if f else None),
                            (self.hla_dr_sampled, h.sampled_at if h else None),
                            (self.hla_dr_processed, h.processed_at if h else None)):
            field.show_message(None, f"read as {when.isoformat(' ', 'minutes')}" if when else "")

    def set_decimal_comma(self, on: bool) -> None:
        sep, example = (",", "4420,5") if on else (".", "4420.5")
        self.decimal_note.setText(
            f"Decimal separator in force: '{sep}' (e.g. {example}); thousands separators are "
            "never accepted. Change it in File ▸ Settings.")

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


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
