"""No patient data in the diagnostic log (hazard H31), whichever module logs an exception."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app import log

SENTINEL = "PATIENT-SENTINEL-Doe-4420,5"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IMMUNOSEP_LOG_DIR", str(tmp_path))
    root = logging.getLogger()
    # An earlier in-process CLI call may have configured logging already: set it aside.
    earlier = [h for h in root.handlers if getattr(h, "_immunosep", False)]
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    path = log.configure_logging()
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    for handler in earlier:
        root.addHandler(handler)


def test_tracebacks_keep_type_and_frames_but_not_the_message(log_file: Path) -> None:
    try:
        raise ValueError(f"could not read {SENTINEL}")
    except ValueError:
        logging.getLogger("desktop_app.test").exception("import failed at row %d", 7)
    text = log_file.read_text(encoding="utf-8")
    assert "import failed at row 7" in text
    assert "builtins.ValueError" in text and "test_logging_privacy.py" in text
    assert SENTINEL not in text and "Doe" not in text


def test_gui_exception_hook_logs_no_patient_data(log_file: Path, qapp,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    from desktop_app.ui.app import _excepthook

    # No window: the hook would otherwise open a modal message over whatever window an earlier
    # test left active (a run of tests/ui/test_records.py before this file aborted in it).
    monkeypatch.setattr("desktop_app.ui.app.QApplication.activeWindow", lambda: None)
    try:
        raise KeyError(SENTINEL)
    except KeyError as exc:
        _excepthook(KeyError, exc, exc.__traceback__)
    text = log_file.read_text(encoding="utf-8")
    assert "KeyError" in text and SENTINEL not in text
