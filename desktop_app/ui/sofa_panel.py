"""The SOFA calculator: six organ systems, each with its inputs, its points and why.

Everything is decided by the core (``core.sofa_entry.read_sofa`` → ``core.sofa.score_sofa``):
this panel assembles the text typed, shows each field's refusal beside it, and renders the
result.  A component whose inputs are missing is "not assessed" (never 0); the total says on
how many organ systems it rests and, when some are missing, what it could be with them.  Values
with a unit that differs by a factor (PaO2 kPa/mm Hg, bilirubin and creatinine µmol/L or mg/dL)
use the guarded unit boxes (never preselected, H40); single-unit values show their unit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.score_findings import Term
from desktop_app.core.sofa import Organ, SofaComponent, SofaResult, score_sofa
from desktop_app.core.sofa_entry import SofaText, read_sofa, sofa_field_errors
from desktop_app.core.values import InputError
from desktop_app.ui.language import Retranslating, text_translator
from desktop_app.ui.score_widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    WARN_STYLE,
    ChoiceBox,
    bold,
    wrapped,
    yes_no,
)
from desktop_app.ui.value_field import ValueField

# (SofaText attribute, units, censored allowed, organ)
FIELDS: tuple[tuple[str, tuple[str, ...], bool, Organ], ...] = (
    ("pao2", ("kPa", "mmHg"), False, Organ.RESPIRATION),
    ("fio2", ("0.21–1",), False, Organ.RESPIRATION),
    ("platelets", ("×10³/µL",), True, Organ.COAGULATION),
    ("bilirubin", ("µmol/L", "mg/dL"), True, Organ.LIVER),
    ("map", ("mmHg",), False, Organ.CARDIOVASCULAR),
    ("norepinephrine", ("µg/kg/min",), False, Organ.CARDIOVASCULAR),
    ("epinephrine", ("µg/kg/min",), False, Organ.CARDIOVASCULAR),
    ("dopamine", ("µg/kg/min",), False, Organ.CARDIOVASCULAR),
    ("gcs", ("3–15",), False, Organ.CNS),
    ("creatinine", ("µmol/L", "mg/dL"), True, Organ.RENAL),
    ("urine_output", ("mL/day",), True, Organ.RENAL),
)
CHOICES = (("ventilated", Organ.RESPIRATION), ("dobutamine", Organ.CARDIOVASCULAR))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SofaPanel", text)


def field_labels() -> dict[str, str]:
    """The row label of each input (translated)."""
    return {
        "pao2": _tr("PaO2 (arterial)"), "fio2": _tr("FiO2 (fraction)"),
        "ventilated": _tr("Respiratory support"), "platelets": _tr("Platelets"),
        "bilirubin": _tr("Bilirubin"), "map": _tr("Mean arterial pressure"),
        "norepinephrine": _tr("Norepinephrine"), "epinephrine": _tr("Epinephrine"),
        "dopamine": _tr("Dopamine"), "dobutamine": _tr("Dobutamine (any dose)"),
        "gcs": _tr("Glasgow Coma Scale"), "creatinine": _tr("Creatinine"),
        "urine_output": _tr("Urine output"),
    }


def organ_title(organ: Organ) -> str:
    label = text_translator()(Term(organ.value).label)
    return label[:1].upper() + label[1:]


class OrganBox(Retranslating, QGroupBox):
    """One organ system: its inputs, then its points and the reason in words."""

    def __init__(self, organ: Organ, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organ = organ
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.points = bold(QLabel())
        self.points.setAccessibleName(organ.value)
        self.reason = wrapped()
        self.details = wrapped(style=NOTE_STYLE)
        self.warnings = wrapped(style=WARN_STYLE)
        head = QHBoxLayout()
        head.addWidget(self.points)
        head.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addLayout(head)
        for label in (self.reason, self.details, self.warnings):
            box.addWidget(label)
        self.component: SofaComponent | None = None
        self.retranslate()

    def show_component(self, component: SofaComponent | None) -> None:
        self.component = component
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(organ_title(self.organ))
        c = self.component
        tr = text_translator()
        if c is None:
            self.points.setText(self.tr("—"))
            for label in (self.reason, self.details, self.warnings):
                label.setVisible(False)
            return
        self.points.setText(self.tr("{n} of 4 points").format(n=c.points) if c.points is not None
                            else self.tr("not assessed (could be {low} to {high})").format(
                                low=c.possible[0], high=c.possible[1]))
        self.points.setAccessibleName(self.tr("{organ}: {points}").format(
            organ=organ_title(self.organ), points=self.points.text()))
        self.reason.setText(tr.finding(c.reason))
        details = [tr.finding(f) for f in c.criteria if f != c.reason]
        details += [tr.finding(f) for f in c.notes]
        self.details.setText("\n".join(details))
        self.warnings.setText("\n".join("⚠ " + tr.finding(f) for f in c.warnings))
        self.reason.setVisible(True)
        self.details.setVisible(bool(details))
        self.warnings.setVisible(bool(c.warnings))


class SofaCalculatorPanel(Retranslating, QWidget):
    """Type the values of one SOFA; every edit recomputes (``result_changed``)."""

    result_changed = Signal(object)  # SofaResult | None

    def __init__(self, *, decimal_comma: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimal_comma = decimal_comma
        self.result: SofaResult | None = None
        self.total = bold(wrapped(name=_tr("SOFA total")), 1.4)
        self.total_note = wrapped(style=NOTE_STYLE)
        self.boxes = {organ: OrganBox(organ) for organ in Organ}
        self.fields: dict[str, ValueField] = {}
        self.choices: dict[str, ChoiceBox] = {}
        self.none_running = QCheckBox()
        labels = field_labels()
        for name, units, censored, organ in FIELDS:
            field = ValueField(labels[name], list(units), placeholder="", censored=censored,
                               fixed_unit=len(units) == 1)
            field.edited.connect(self.recompute)
            self.fields[name] = field
            self.boxes[organ].form.addRow(QLabel(), field)
        for name, organ in CHOICES:
            box = ChoiceBox(("yes", "no"), name=labels[name])
            box.chosen.connect(self.recompute)
            self.choices[name] = box
            self.boxes[organ].form.addRow(QLabel(), box)
        self.none_running.toggled.connect(lambda _on: self.recompute())
        self.boxes[Organ.CARDIOVASCULAR].form.addRow(self.none_running)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.total)
        column.addWidget(self.total_note)
        grid = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for index, organ in enumerate(Organ):
            (left if index < 3 else right).addWidget(self.boxes[organ])
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        column.addLayout(grid)
        self.source = wrapped(style=NOTE_STYLE)
        column.addWidget(self.source)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        self.recompute()

    # -- reading ------------------------------------------------------------------------------
    def sofa_text(self) -> SofaText:
        f, c = self.fields, self.choices

        def unit(name: str) -> str | None:
            return f[name].unit_text() or None

        return SofaText(
            pao2=f["pao2"].text(), pao2_unit=unit("pao2"), fio2=f["fio2"].text(),
            ventilated=yes_no(c["ventilated"]), platelets=f["platelets"].text(),
            bilirubin=f["bilirubin"].text(), bilirubin_unit=unit("bilirubin"),
            map=f["map"].text(), dopamine=f["dopamine"].text(),
            dobutamine=yes_no(c["dobutamine"]), epinephrine=f["epinephrine"].text(),
            norepinephrine=f["norepinephrine"].text(), gcs=f["gcs"].text(),
            creatinine=f["creatinine"].text(), creatinine_unit=unit("creatinine"),
            urine_output=f["urine_output"].text(), no_catecholamines=self.none_running.isChecked())

    def set_decimal_comma(self, on: bool) -> None:
        if on != self.decimal_comma:
            self.decimal_comma = on
            self.recompute()

    def clear(self) -> None:
        for field in self.fields.values():
            field.clear()
        for box in self.choices.values():
            box.set_value(None)
        self.none_running.setChecked(False)

    # -- recomputation ------------------------------------------------------------------------
    def recompute(self) -> None:
        text = self.sofa_text()
        errors = sofa_field_errors(text, decimal_comma=self.decimal_comma)
        for name, field in self.fields.items():
            error = errors.get(name) or errors.get(f"{name}_unit")
            field.show_message(error)
        conflict = errors.get("no_catecholamines")
        self.none_running.setStyleSheet(ERROR_STYLE if conflict else "")
        self.none_running.setToolTip(conflict.message if conflict else "")
        result = None
        if not errors:
            try:
                result = score_sofa(read_sofa(text, decimal_comma=self.decimal_comma))
            except InputError as exc:  # a refusal the field checks did not place
                errors = {"": exc}
        self.result = result
        self._errors = errors
        self._show()
        self.result_changed.emit(result)

    def _show(self) -> None:
        tr = text_translator()
        for organ, box in self.boxes.items():
            box.show_component(self.result.component(organ) if self.result else None)
        if self.result is not None:
            self.total.setText(tr.finding(self.result.summary))
            self.total.setStyleSheet("")
        elif self._errors:
            first = next(iter(self._errors.values()))
            self.total.setText(self.tr("No total: correct the field marked in red ({reason})."
                                       ).format(reason=first.message))
            self.total.setStyleSheet(ERROR_STYLE)

    def retranslate(self) -> None:
        labels = field_labels()
        for name, field in self.fields.items():
            self._row_label(field).setText(labels[name])
        for name, box in self.choices.items():
            self._row_label(box).setText(labels[name])
            box.set_texts((self.tr("unknown"), self.tr("yes"), self.tr("no")))
        self.none_running.setText(self.tr("No catecholamine running (doses not given count "
                                          "as 0)"))
        self.total_note.setText(self.tr(
            "A missing input leaves its organ system “not assessed”: it never counts as 0, and "
            "the total says on how many systems it rests. Doses in µg/kg/min given for at "
            "least one hour. Which values to use (the worst of the day) is the clinician's "
            "choice."))
        self.source.setText(self.tr("Table: Vincent 1996 as reproduced in Singer 2016 "
                                    "(Sepsis-3), Table 1; each band is read from its printed "
                                    "lower limit (inclusive) to the next band's."))
        if hasattr(self, "_errors"):
            self._show()

    def _row_label(self, widget: QWidget) -> QLabel:
        for box in self.boxes.values():
            label = box.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(widget.value if isinstance(widget, ValueField) else widget)
                return label
        raise LookupError("field without a row")
