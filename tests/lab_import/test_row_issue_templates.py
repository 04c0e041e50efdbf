"""Every reason a row is rejected or ignored is a template with typed values (issue 18).

``RowIssue.message`` is the English rendering (JSON and results files keep it word for word);
a reader's language renders the template from ``params``.  These tests read every golden input
(tables, HL7 v2, FHIR) and hold each reason to that: a template of ``core.findings.TEMPLATES``,
its placeholders all given, its English equal to ``message``; and a translated catalogue
reaches the reason inside a "{column}: {reason}" composition.
"""

from __future__ import annotations

import argparse
import ast
import string
from pathlib import Path

import pytest

from desktop_app.core.findings import TEMPLATES, Sentence, placeholders, render
from desktop_app.core.row_issue_templates import ROW_ISSUE_TEMPLATES
from desktop_app.i18n import Translator
from desktop_app.i18n.catalogue import FINDING, Catalogue, Entry
from desktop_app.lab_import.model import IN_COLUMN, RowIssue
from tests.golden_outputs import BATCH_CASES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "import"
LAB_IMPORT = ROOT / "desktop_app" / "lab_import"


def _reasons() -> list[RowIssue]:

    from desktop_app.cli.batch import register
    from desktop_app.cli.common_import import import_options_from_args
    from desktop_app.services.cohort import run_cohort

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    issues: list[RowIssue] = []
    for args in BATCH_CASES.values():
        ns = parser.parse_args(["batch", str(DATA / args[0]), *args[1:]])
        result = run_cohort(ns.file, import_options_from_args(ns))
        issues += [i for r in result.rejected_rows for i in r.reasons]
        if result.messages is not None:
            issues += [i for r in result.messages.results for i in r.reasons]
            issues += [m.words for m in result.messages.messages if m.words is not None]
    return issues


REASONS = _reasons()


def _sentences(issue: RowIssue | Sentence) -> list[RowIssue | Sentence]:
    nested = [p for _, p in issue.params if isinstance(p, Sentence)]
    return [issue, *(s for n in nested for s in _sentences(n))]


def test_the_golden_files_give_many_kinds_of_reason() -> None:
    assert len({i.template_id for i in REASONS}) >= 40  # tables, HL7 and FHIR alike


@pytest.mark.parametrize("issue", REASONS, ids=lambda i: i.template_id)
def test_every_reason_renders_from_its_template(issue: RowIssue) -> None:
    for part in _sentences(issue):
        assert part.template_id in TEMPLATES, part.template_id
        assert set(placeholders(part.template_id)) == {k for k, _ in part.params}
    assert render(issue.template_id, issue.params) == issue.message


def test_no_reason_is_built_from_a_ready_text() -> None:
    """A ``RowIssue(...)``, ``CellProblem(...)`` … call with a literal or f-string message
    would be English only: every site goes through ``worded`` or ``of``."""
    made = {"RowIssue", "CellProblem", "TimeProblem", "IdentityProblem", "Problem"}
    bare = []
    for path in LAB_IMPORT.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in made and any(
                        isinstance(a, ast.Constant | ast.JoinedStr) for a in node.args[1:2]):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []


# Calls that word a reason: name -> (position of the template id, fields the callee adds).
WORDING_CALLS = {"worded": (1, set()), "_fail": (1, {"where"}), "_problem": (2, set()),
                 "_remove": (2, set())}


def _template_ids(node: ast.expr) -> tuple[list[str], bool]:
    """The templates a template-id argument can name, and whether one of them is meant (an
    f-string whose literal start several templates share) rather than each."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value], False
    if isinstance(node, ast.Name) and node.id == "IN_COLUMN":
        return [IN_COLUMN], False
    if isinstance(node, ast.IfExp):
        return _template_ids(node.body)[0] + _template_ids(node.orelse)[0], False
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        prefix = str(node.values[0].value)
        return [k for k in TEMPLATES if k.startswith(prefix)], True
    return [], False


def test_every_wording_call_gives_exactly_its_templates_fields() -> None:
    """Statically, for every site in lab_import (the golden files reach only some): the
    template exists and the call names each of its placeholders, and no other field.  A
    template id passed on in a variable is checked where it is written."""
    checked, wrong = 0, []
    for path in sorted(LAB_IMPORT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in WORDING_CALLS or len(node.args) <= WORDING_CALLS[name][0]:
                continue
            position, added = WORDING_CALLS[name]
            argument = node.args[position]
            if isinstance(argument, ast.Call | ast.Attribute) or (
                    isinstance(argument, ast.Name) and argument.id != "IN_COLUMN"):
                continue  # LabFileError.worded(code, N_("…")); a helper's parameter
            ids, one_of = _template_ids(argument)
            given = {k.arg for k in node.keywords if k.arg} | added
            splat = any(k.arg is None for k in node.keywords)
            fits = [t for t in ids if (set(placeholders(t)) >= given if splat
                                       else set(placeholders(t)) == given)]
            if not ids or (fits != ids and not (one_of and fits)):
                wrong.append(f"{path.name}:{node.lineno}: {ids} with {sorted(given)}")
            checked += 1
    assert wrong == []
    assert checked >= 100  # every site of the module is visited


def test_row_issue_templates_are_remarks_with_named_fields() -> None:
    for key, text in ROW_ISSUE_TEMPLATES.items():
        assert not text.endswith("."), key  # remarks, as the import notes
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
        assert all(n.isidentifier() for n in names), key


def test_a_catalogue_words_the_column_and_the_nested_reason() -> None:
    issue = RowIssue.of(_input_error(), "Ferritin (ng/mL)", where="Ferritin (ng/mL)")
    assert issue.message == "Ferritin (ng/mL): '1-2' is not a number; expected digits with " \
                            "an optional '.' decimal separator, e.g. 4420.5."
    cat = Catalogue("de", (
        Entry(FINDING, TEMPLATES["in_column"], "in_column", ("Spalte {where} — {reason}",)),
        Entry(FINDING, TEMPLATES["not_a_number"], "not_a_number",
              ("'{text}' ist keine Zahl (z. B. {example}).",))))
    german = Translator("de", cat)
    assert german.finding(issue) == "Spalte Ferritin (ng/mL) — '1-2' ist keine Zahl (z. B. " \
                                    "4420.5)."


def test_with_column_names_the_column_once() -> None:
    bare = RowIssue.worded("no_values", "no_values", "Ferritin")
    assert bare.with_column().message == "Ferritin: no ferritin or HLA-DR value in this row"
    named = RowIssue.worded("value_missing", "value_missing.row", "OBX-5", where="OBX-5")
    assert named.with_column() is named
    assert RowIssue.worded("no_values", "no_values").with_column().message == \
        "no ferritin or HLA-DR value in this row"


def _input_error():  # type: ignore[no-untyped-def]
    from desktop_app.core.values import InputError, parse_value

    with pytest.raises(InputError) as caught:
        parse_value("1-2", field="ferritin", decimal_comma=False)
    return caught.value
