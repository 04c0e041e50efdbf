"""The window's language: chosen, installed with Qt's translators, switched live."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app import __version__
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.i18n import PSEUDO
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
from desktop_app.ui.language import (
    current_language,
    install_language,
    text_translator,
    window_language,
)
from desktop_app.ui.settings import AppSettings

from .fit import clipped

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled by the build step (tools/i18n.py build), into a temp folder."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n as tool  # tools/i18n.py
    finally:
        sys.path.remove(str(ROOT / "tools"))
    out = tmp_path_factory.mktemp("qm")
    tool.build(out)
    return out


@pytest.fixture
def live_language(qapp, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Language switching against freshly built catalogues; English again afterwards (the
    installed translators are application-wide)."""
    from desktop_app.ui import language

    monkeypatch.setattr(language, "i18n_dir", lambda: qm_dir)
    yield qm_dir
    language.install_language(qapp, "en")
    qapp.processEvents()


def _about(qtbot) -> AboutDialog:  # type: ignore[no-untyped-def]
    d = AboutDialog(__version__, IMMUNOSEP_RULESET, load_evidence().version, training=True)
    qtbot.addWidget(d)
    return d


def _switch(qtbot, lang: str, qm_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_language(app, lang, qm_dir=qm_dir) == lang
    qtbot.wait(1)  # Qt posts LanguageChange; let the event loop deliver it
    QApplication.processEvents()


def test_switching_language_rerenders_what_is_on_screen(qtbot, live_language) -> None:  # type: ignore[no-untyped-def]
    d = _about(qtbot)
    english = d.text.text()
    assert "Decision support only" in english and "Training mode" in english
    assert "pending clinical review" not in english

    _switch(qtbot, "de", live_language)
    qtbot.waitUntil(lambda: "Nur zur Entscheidungsunterstützung" in d.text.text())
    german = d.text.text()
    assert d.windowTitle() == "Über ImmunoSep Phenotyper"
    assert "Schulungsmodus" in german and "Sprache: Deutsch" in german
    assert "klinische Prüfung ausstehend" in german  # the review status, while pending
    assert IMMUNOSEP_RULESET.version in german and __version__ in german

    _switch(qtbot, "el", live_language)
    qtbot.waitUntil(lambda: "Μόνο υποστήριξη αποφάσεων" in d.text.text())
    assert "εκκρεμεί κλινικός έλεγχος" in d.text.text()
    assert text_translator().lang == "el" and current_language() == "el"

    _switch(qtbot, "en", live_language)
    qtbot.waitUntil(lambda: d.text.text() == english)


def test_qt_own_buttons_follow_in_every_language(qtbot, live_language) -> None:  # type: ignore[no-untyped-def]
    d = SettingsDialog(decimal_comma=False)
    qtbot.addWidget(d)
    box = d.findChild(QDialogButtonBox)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    for lang, word in (("de", "Abbrechen"), ("el", "Ακύρωση"), ("fr", "Annuler"),
                       ("en", "Cancel")):
        _switch(qtbot, lang, live_language)
        qtbot.waitUntil(lambda w=word: cancel.text().replace("&", "") == w)


def test_settings_offer_each_language_by_its_own_name(qtbot, live_language) -> None:  # type: ignore[no-untyped-def]
    d = SettingsDialog(decimal_comma=True, language="", automatic_language="el")
    qtbot.addWidget(d)
    names = [d.language_box.itemText(i) for i in range(d.language_box.count())]
    assert names == ["Automatic (Ελληνικά)", "English", "Deutsch", "Ελληνικά", "Nederlands",
                     "Français", "Italiano", "Español"]
    assert d.language == ""
    d.language_box.setCurrentIndex(names.index("Deutsch"))
    assert d.language == "de" and d.decimal_comma
    _switch(qtbot, "de", live_language)
    qtbot.waitUntil(lambda: d.windowTitle() == "Einstellungen")
    assert d.language_box.itemText(0) == "Automatisch (Ελληνικά)"
    assert d.language == "de"  # retranslating keeps the choice


def test_the_language_never_changes_how_typed_values_are_read(qtbot, live_language) -> None:  # type: ignore[no-untyped-def]
    before = QLocale().name()
    for lang in ("de", "fr", "el"):
        _switch(qtbot, lang, live_language)
        assert QLocale().name() == before  # no QLocale.setDefault: validators stay as they were


def test_missing_compiled_catalogue_leaves_the_window_in_english(qtbot, tmp_path, live_language,
                                                                 caplog) -> None:  # type: ignore[no-untyped-def]
    assert install_language(QApplication.instance(), "de", qm_dir=tmp_path) == "en"
    assert "tools/i18n.py build" in caplog.text


def test_choice_then_site_then_computer() -> None:
    assert window_language("nl", site_default="de", system=["el_GR"]) == "nl"
    assert window_language("", site_default="de", system=["el_GR"]) == "de"
    assert window_language(None, site_default=None, system=["el-GR", "en-US"]) == "el"
    assert window_language(None, site_default=None, system=["ja-JP"]) == "en"


def test_the_choice_is_remembered_in_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.language == ""
    settings.language = "el"
    assert AppSettings(tmp_path / "settings.ini").language == "el"


def test_main_window_applies_the_language_chosen_in_settings(  # type: ignore[no-untyped-def]
        qtbot, live_language, tmp_path) -> None:
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(evidence=load_evidence(), settings=AppSettings(tmp_path / "s.ini"),
                   data_dir=tmp_path / "data", persist_state=False, load_charts=False)
    qtbot.addWidget(w)
    w.set_language("de")
    assert current_language() == "de" and w.settings.language == "de"


@pytest.mark.parametrize("lang", [PSEUDO, "de", "el"])
def test_dialogs_fit_in_long_languages(qtbot, live_language, lang) -> None:  # type: ignore[no-untyped-def]
    _switch(qtbot, lang, live_language)
    for dialog in (SettingsDialog(decimal_comma=False), _about(qtbot)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if lang == PSEUDO:
            assert dialog.windowTitle().startswith("[")
        assert not clipped(dialog), clipped(dialog)


def test_gui_lang_option_reaches_the_window(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cli import build_parser
    from desktop_app.cli import gui as gui_command

    calls: list[dict[str, object]] = []
    monkeypatch.setattr("desktop_app.ui.app.run_gui", lambda **kw: calls.append(kw) or 0)
    args = build_parser().parse_args(["gui", "--lang", "el", "--data-dir", str(tmp_path)])
    assert gui_command.run(args) == 0 and calls[0]["lang"] == "el"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["gui", "--lang", "pt"])
