"""Imports stored only on request (issue 12 point 5): nothing stored before the choice, both
choices audited with the file's hash, progress and cancel that leave nothing, Enter never
cancels, training imports in the training database, recent imports reopened by hash."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.cohort_source import import_cohort, open_fingerprinted, sha256_of
from desktop_app.services.records import open_store
from desktop_app.ui.cohort_view import CohortView
from desktop_app.ui.cohort_window import recent_imports, reopen_recent, show_cohort
from desktop_app.ui.workers import running_tasks

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)


def cohort_of(path: Path):  # type: ignore[no-untyped-def]
    lab, sha = open_fingerprinted(path)
    return import_cohort(lab, sha, now=NOW, map_title="Cohort phenotype map")


def audit_rows(window) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    name = "training.sqlite" if window.training else "clinical.sqlite"
    path = window.data_dir / name
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return [(a, json.loads(d)) for a, d in
                db.execute("SELECT action, detail FROM audit_log ORDER BY seq")]


def stored_assessments(window, training: bool = False) -> int:  # type: ignore[no-untyped-def]
    with open_store(window.data_dir, training=training) as store:
        return store.counts()["assessments"]


def big_file(tmp_path: Path, n: int = 30_000) -> Path:
    path = tmp_path / "big.csv"
    path.write_text("MRN,Sample time,Ferritin (ng/mL),HLA-DR [AB/C]\n" + "".join(
        f"P{i},2025-03-01T08:{i % 60:02d},{100 + i % 9000},3000\n" for i in range(n)))
    return path


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not running_tasks(), timeout=60_000)


def test_nothing_is_stored_until_the_user_chooses_store(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    cohort = cohort_of(DATA / "en_lis_export.csv")
    view = show_cohort(window, cohort)
    qtbot.addWidget(view)
    bar = view.store_bar
    settle(qtbot)
    assert bar.state == "ask" and "Nothing from this file has been stored" in bar.message.text()
    assert stored_assessments(window) == 0 and audit_rows(window) == []
    assert bar.store_button.text() == (
        f"&Store {cohort.result.assessments} assessment(s) in the clinical records")
    bar.store_button.click()
    qtbot.waitUntil(lambda: bar.state == "stored", timeout=30_000)
    assert stored_assessments(window) == cohort.result.assessments
    (_action, detail), = [r for r in audit_rows(window) if r[0] == "import"]
    assert detail["source_sha256"] == sha256_of(DATA / "en_lis_export.csv") == cohort.sha256
    assert detail["file"] == "en_lis_export.csv"
    assert "import #" in bar.message.text() and not bar.store_button.isVisible()
    first = cohort.result.rows[0]
    with open_store(window.data_dir, training=False) as store:
        history = store.history(first.patient_id)
    assert [h.phenotype for h in history] == [first.assessment.phenotype.value]
    assert history[0].source.row == first.row


def test_view_only_stores_nothing_and_is_audited(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    cohort = cohort_of(DATA / "de_lis_export.csv")
    view = show_cohort(window, cohort)
    qtbot.addWidget(view)
    view.store_bar.view_button.click()
    settle(qtbot)
    assert stored_assessments(window) == 0
    (action, detail), = audit_rows(window)
    assert action == "view" and detail["choice"] == "view_only"
    assert detail["source_sha256"] == cohort.sha256 and detail["stored"] is False
    assert "0012" not in json.dumps(detail) and "Muster" not in json.dumps(detail)
    with open_store(window.data_dir, training=False) as store:
        assert store.verify_audit().ok


def test_closing_without_choosing_is_audited_as_viewed(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = show_cohort(window, cohort_of(DATA / "de_lis_export.csv"))
    view.close()
    settle(qtbot)
    (action, detail), = audit_rows(window)
    assert action == "view" and detail["choice"] == "closed"
    assert stored_assessments(window) == 0


def test_cancel_while_storing_leaves_nothing(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = show_cohort(window, cohort_of(big_file(tmp_path)))
    qtbot.addWidget(view)
    bar = view.store_bar
    bar.store_button.click()
    assert bar.state == "storing" and bar.cancel_button.isVisible()
    bar.cancel_button.click()
    qtbot.waitUntil(lambda: bar.state == "ask", timeout=30_000)
    settle(qtbot)
    assert "cancelled" in bar.message.text()
    assert stored_assessments(window) == 0
    assert [a for a, _ in audit_rows(window)] == []


def test_enter_does_not_cancel_storing(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = show_cohort(window, cohort_of(big_file(tmp_path, 20_000)))
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    bar = view.store_bar
    bar.store_button.click()
    assert not bar.cancel_button.autoDefault() and not bar.cancel_button.isDefault()
    bar.cancel_button.setFocus()
    qtbot.keyClick(bar.cancel_button, Qt.Key.Key_Return)
    qtbot.keyClick(bar.cancel_button, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: bar.state != "storing", timeout=60_000)
    assert bar.state == "stored"
    assert stored_assessments(window) == 20_000


def test_the_cohort_window_stays_open_while_storing(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = show_cohort(window, cohort_of(big_file(tmp_path, 20_000)))
    qtbot.addWidget(view)
    view.store_bar.store_button.click()
    assert not view.close() and "Storing is still running" in view.store_bar.message.text()
    qtbot.waitUntil(lambda: view.store_bar.state == "stored", timeout=60_000)


def test_a_training_import_is_stored_in_the_training_database(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(training=True)
    view = show_cohort(window, cohort_of(DATA / "en_lis_export.csv"))
    qtbot.addWidget(view)
    bar = view.store_bar
    assert "training records" in bar.store_button.text() and view.banner.isVisible() is not None
    bar.store_button.click()
    qtbot.waitUntil(lambda: bar.state == "stored", timeout=30_000)
    assert stored_assessments(window, training=True) == view.result.assessments
    assert not (window.data_dir / "clinical.sqlite").exists()


def stored_import(qtbot, make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window with one lab file imported and stored: (window, its view, the file, the recent
    import)."""
    source = tmp_path / "labs.csv"
    source.write_bytes((DATA / "en_lis_export.csv").read_bytes())
    window = make_window()
    first = show_cohort(window, cohort_of(source))
    qtbot.addWidget(first)
    first.store_bar.store_button.click()
    qtbot.waitUntil(lambda: first.store_bar.state == "stored", timeout=30_000)
    item, = recent_imports(window)
    return window, first, source, item


def test_recent_imports_reopen_by_hash(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch) -> None:
    window, first, source, item = stored_import(qtbot, make_window, tmp_path)
    assert item.import_id is not None and item.path == str(source)
    reopen_recent(window, item)
    qtbot.waitUntil(lambda: len(window.findChildren(CohortView)) == 2, timeout=30_000)
    again = next(v for v in window.findChildren(CohortView) if v is not first)
    qtbot.addWidget(again)
    assert again.result.rows_read == first.result.rows_read
    assert [again.lines.cells(k) for k in range(again.lines.count)] == [
        first.lines.cells(k) for k in range(first.lines.count)]
    assert again.store_bar.state == "stored" and not again.store_bar.store_button.isVisible()
    # The file changes: it is not read in place of the imported cohort.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    source.write_text(source.read_text(encoding="utf-8-sig") + "999,,1,ng/mL,,\n",
                      encoding="utf-8")
    reopen_recent(window, item)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "changed since it was imported" in warnings[0]
    assert len(window.findChildren(CohortView)) == 2
    source.unlink()
    reopen_recent(window, item)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=30_000)
    assert "no longer where it was imported from" in warnings[1]


def test_a_recent_import_that_cannot_be_read_says_why_in_the_window_language(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.i18n import N_, PSEUDO, pseudo
    from desktop_app.lab_import import LabFileError
    from desktop_app.ui import language

    window, _view, _source, item = stored_import(qtbot, make_window, tmp_path)

    def unreadable(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise LabFileError.worded("encoding", N_("{file}: cannot be opened ({error})"),
                                  file="labs.csv", error="EIO")

    monkeypatch.setattr("desktop_app.ui.cohort_window.reopen", unreadable)
    monkeypatch.setitem(language._current, "lang", PSEUDO)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    reopen_recent(window, item)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert pseudo("{file}: cannot be opened ({error})").format(
        file="labs.csv", error="EIO") in warnings[0]


def test_recent_imports_menu_lists_the_imports(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.cohort_window import fill_recent_menu

    window = make_window()
    view = show_cohort(window, cohort_of(DATA / "de_lis_export.csv"))
    qtbot.addWidget(view)
    view.store_bar.view_button.click()
    settle(qtbot)
    menu = window.recent_imports_menu
    assert menu.menuAction() in window.file_menu.actions()
    fill_recent_menu(window, menu)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&1 de_lis_export.csv — clinical, viewed only"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_does_not_cancel_a_progress_dialog(qtbot, key) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QProgressDialog, QWidget

    from desktop_app.ui import workers

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    seen: list[str] = []

    def slow(*, progress, should_cancel) -> str:  # type: ignore[no-untyped-def]
        while not release.wait(0.01):
            if should_cancel():
                return "stopped"
        return "done"

    task = workers.run_in_background(slow, pass_control=True, parent=parent, label="Working…",
                                     on_success=seen.append,
                                     on_cancelled=lambda: seen.append("cancelled"))
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.keyClick(dialog, key)
    assert not task.is_cancelled
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["done"]
