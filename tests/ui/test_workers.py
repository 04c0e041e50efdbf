"""The background-task helper: results, errors, progress and cancel come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from desktop_app.ui.workers import run_in_background, running_tasks


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[tuple[object, bool]] = []
    worker_threads: list[bool] = []

    def work(a: int, b: int) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return a + b

    task = run_in_background(work, 2, b=3, on_success=lambda r: got.append(
        (r, threading.current_thread() is threading.main_thread())))
    assert task in running_tasks()  # kept alive until `finished` has been delivered
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    assert got == [(5, True)] and worker_threads == [False]


def test_errors_go_to_on_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("row 7")

    run_in_background(boom, on_error=errors.append, on_success=lambda r: None)
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    assert [type(e) for e in errors] == [ValueError]


def test_progress_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    progress: list[tuple[int, int]] = []
    outcome: list[str] = []
    started = threading.Event()

    def long_job(*, progress, should_cancel) -> str:  # type: ignore[no-untyped-def]
        progress(1, 100)
        started.set()
        for _ in range(500):
            if should_cancel():
                return "stopped early"
            threading.Event().wait(0.01)
        return "ran to the end"

    task = run_in_background(long_job, pass_control=True,
                             on_progress=lambda d, t: progress.append((d, t)),
                             on_success=lambda r: outcome.append(r),
                             on_cancelled=lambda: outcome.append("cancelled"),
                             on_finished=lambda: outcome.append("finished"))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: outcome[-1:] == ["finished"], timeout=5000)
    assert outcome == ["cancelled", "finished"] and task.is_cancelled
    assert progress == [(1, 100)]


def test_progress_dialog_is_parented_and_closed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    run_in_background(lambda: 1, parent=parent, label="Working…")
    assert parent.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    qtbot.waitUntil(lambda: not [d for d in parent.findChildren(QProgressDialog)
                                 if d.isVisible()])


def test_without_on_error_the_exception_reaches_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    def boom() -> None:
        raise KeyError("x")

    with pytest.raises(KeyError), qtbot.captureExceptions() as caught:
        run_in_background(boom)
        qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
        if caught:
            raise caught[0][1]
