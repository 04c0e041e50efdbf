"""About and Settings dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.settings_dialog import SettingsDialog


def test_about_names_versions_and_the_disclaimer(qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = load_evidence()
    d = AboutDialog(__version__, IMMUNOSEP_RULESET, ev.version, training=True)
    qtbot.addWidget(d)
    text = d.text.text()
    for needed in (__version__, IMMUNOSEP_RULESET.version, ev.version, "Decision support only",
                   "not orders", "clinician decides", "Training mode"):
        assert needed in text


def test_settings_dialog_returns_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = SettingsDialog(decimal_comma=False)
    qtbot.addWidget(d)
    assert d.point.isChecked() and not d.decimal_comma
    d.comma.setChecked(True)
    assert d.decimal_comma


def test_settings_from_the_menu_apply_at_once(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)

    def choose_comma() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.comma.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, choose_comma)
    w.menus.settings_action.trigger()
    assert w.settings.decimal_comma and "','" in w.entry.decimal_note.text()


def test_about_from_the_help_menu(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.text.text())
        dialog.accept()

    QTimer.singleShot(0, read_and_close)
    w.menus.about_action.trigger()
    assert seen and IMMUNOSEP_RULESET.version in seen[0]


def test_an_unhandled_error_is_said_over_the_active_window(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The exception hook names the error's type only (never its message: values, H31)."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from desktop_app.ui.app import _excepthook

    window = QMainWindow()
    qtbot.addWidget(window)
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(QApplication, "activeWindow", lambda: window)
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, _title, text: shown.append((parent, text)))
    try:
        raise KeyError("BED-7 ferritin 5120")
    except KeyError as exc:
        _excepthook(KeyError, exc, exc.__traceback__)
    assert len(shown) == 1 and shown[0][0] is window
    assert "KeyError" in shown[0][1] and "enter the values again" in shown[0][1]
    assert "BED-7" not in shown[0][1]
