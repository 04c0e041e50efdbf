"""The import dialog with a hostile workbook (hazard H42): refused with a message, and the
window -- this process -- stays alive (the workbook is bounded first and read in a child)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.import_dialog import ImportDialog

from ..lab_import.sheet_builders import workbook


def test_far_cell_workbook_is_refused_in_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(workbook(tmp_path / "far.xlsx"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=30_000)
    assert "XFD1048576" in dialog.error.text()
    assert dialog.lab is None and not dialog.import_button.isEnabled()
