"""Settings live in an INI file at an injectable path; window state is remembered there."""

from __future__ import annotations

import pytest

from desktop_app.ui.settings import AppSettings


def test_defaults_and_no_file_until_something_changes(settings_path) -> None:  # type: ignore[no-untyped-def]
    s = AppSettings(settings_path)
    assert s.decimal_comma is False
    assert s.value("window/geometry").isEmpty()
    assert not settings_path.exists()


def test_values_persist_to_the_ini_file(settings_path) -> None:  # type: ignore[no-untyped-def]
    AppSettings(settings_path).decimal_comma = True
    text = settings_path.read_text(encoding="utf-8")
    assert "decimal_comma=true" in text and "settings_schema=1" in text
    assert AppSettings(settings_path).decimal_comma is True


def test_unknown_keys_are_refused(settings_path) -> None:  # type: ignore[no-untyped-def]
    s = AppSettings(settings_path)
    with pytest.raises(KeyError):
        s.value("entry/decimal_coma")
    with pytest.raises(KeyError):
        s.set_value("entry/decimal_coma", True)


def test_an_old_file_is_migrated(settings_path) -> None:  # type: ignore[no-untyped-def]
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[entry]\ndecimal_comma=true\n", encoding="utf-8")
    s = AppSettings(settings_path)
    assert s.decimal_comma is True
    assert "settings_schema=1" in settings_path.read_text(encoding="utf-8")


def test_window_geometry_is_saved_on_close_and_restored(qtbot, make_window, settings_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True)
    w.resize(701, 603)  # inside the offscreen screen (800×800): restore clamps to the screen
    qtbot.waitUntil(lambda: w.width() == 701)
    w.close()
    assert "geometry=" in settings_path.read_text(encoding="utf-8")
    w2 = make_window()
    assert (w2.width(), w2.height()) == (701, 603)


def test_smoke_mode_window_does_not_write_settings(qtbot, make_window, settings_path) -> None:  # type: ignore[no-untyped-def]
    w = make_window(show=True, persist_state=False)
    w.close()
    assert not settings_path.exists()
