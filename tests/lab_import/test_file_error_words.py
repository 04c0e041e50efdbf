"""A file that cannot be read is refused in the reader's language (issue 18).

Every ``LabFileError`` is a code, an English template marked ``N_`` and its fields: ``message``
is the English sentence exactly as before (JSON ``error``, stderr without ``--lang``),
``localized(tr)`` the sentence in ``tr``'s language.  The pseudo-locale shows which text went
through the translator: a template turns accented, a file name or header stays as it is.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from desktop_app.i18n import pseudo_translator
from desktop_app.i18n.pseudo import pseudo
from desktop_app.lab_import import ImportOptions, LabFileError, open_lab_file
from desktop_app.lab_import.csv_table import decode
from desktop_app.lab_import.model import Word

from .sheet_builders import workbook

REPO = Path(__file__).resolve().parents[2]
PSEUDO = pseudo_translator()


def refused(path: Path, options: ImportOptions | None = None) -> LabFileError:
    with pytest.raises(LabFileError) as info:
        open_lab_file(path, options)
    return info.value


def test_a_delimiter_tie_is_worded_whole_with_the_delimiters_translated(tmp_path: Path) -> None:
    path = tmp_path / "tie.csv"
    path.write_text("x,y;z,w\n", encoding="utf-8")
    exc = refused(path)
    assert exc.code == "delimiter"
    assert exc.message == ("tie.csv: both semicolon and comma could be the delimiter; give the "
                           "delimiter")
    assert exc.localized(PSEUDO) == pseudo(exc.template).format(
        file="tie.csv", first=pseudo("semicolon"), second=pseudo("comma"))


def test_an_unmatched_quote_names_file_and_line_in_the_language(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('patient;ferritin\nP1;"12\nP2;3\n', encoding="utf-8")
    exc = refused(path)
    assert exc.code == "unmatched_quote"
    assert exc.message.startswith("quote.csv: the quoted cell that starts on line 2 is never")
    text = exc.localized(PSEUDO)
    assert text != exc.message and "quote.csv" in text and " 2 " in text


def test_an_error_raised_in_the_spreadsheet_child_keeps_its_template(tmp_path: Path) -> None:
    exc = refused(workbook(tmp_path / "ok.xlsx", None), ImportOptions(sheet="nope"))
    assert exc.code == "no_sheet" and exc.message == (
        "ok.xlsx has no sheet named 'nope'; sheets: 'labs'")
    assert exc.localized(PSEUDO) == pseudo(exc.template).format(
        file="ok.xlsx", sheet="nope", sheets="'labs'")
    again = pickle.loads(pickle.dumps(exc))
    assert (again.code, again.message, again.template, again.params) == (
        exc.code, exc.message, exc.template, exc.params)


def test_a_damaged_workbook_and_its_counts_are_worded(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    exc = refused(path)
    assert exc.code == "corrupt" and exc.message.startswith("broken.xlsx is not a valid")
    assert exc.localized(PSEUDO) == pseudo(exc.template).format(file="broken.xlsx")
    mixed = "ä\n".encode() + "é\n".encode("cp1252")
    with pytest.raises(LabFileError) as info:
        decode(mixed, "mixed.csv", None)
    assert info.value.params == {"file": "mixed.csv", "utf8_line": 1, "other_line": 2}


def test_option_errors_use_the_core_template_or_a_marked_text(tmp_path: Path) -> None:
    path = tmp_path / "labs.csv"
    path.write_text("Patient ID;Sample time;Ferritin;HLA-DR\nP1;2025-03-01T08:00;500;3000\n",
                    encoding="utf-8")
    unit = refused(path, ImportOptions(ferritin_unit="furlongs"))
    assert unit.code == "bad_option" and unit.problem is not None
    assert unit.localized(PSEUDO) not in ("", unit.message)
    times = refused(path, ImportOptions(time_format="%d.%m.%Y"))
    assert times.message == "the time format must include the time of day (%H:%M)"
    assert times.localized(PSEUDO) == pseudo(times.message)


def test_word_is_english_in_the_message_and_translated_in_a_field() -> None:
    assert f"{Word('comma')}" == "comma"
    assert PSEUDO("{d}", d=Word("comma")) == pseudo("{d}").format(d=pseudo("comma"))


def test_no_lab_file_error_is_made_from_a_ready_text() -> None:
    """Anywhere in the app a ``LabFileError`` is raised ``worded`` (an ``N_`` template) or
    ``of`` a core problem, never from an English text that would stay English."""
    unmarked = []
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        where = path.relative_to(REPO)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            direct = isinstance(func, ast.Name) and func.id == "LabFileError"
            # worded: N_("…") here, or a template marked N_ where it was written (a helper's)
            from_text = isinstance(func, ast.Attribute) and func.attr == "worded" and isinstance(
                func.value, ast.Name) and func.value.id == "LabFileError" and isinstance(
                node.args[1], ast.Constant | ast.JoinedStr | ast.BinOp)
            if direct or from_text:
                unmarked.append(f"{where}:{node.lineno}")
    assert not unmarked
