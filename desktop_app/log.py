"""Diagnostic logging: a rotating file in the user log directory, never patient data.

Only entry points call ``configure_logging``; modules just use ``logging.getLogger(__name__)``.
Log row numbers, internal ids and codes — never identifiers, names or laboratory values
(hazard H31).  The audit trail is separate (``desktop_app/store``).
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from desktop_app.paths import APP_SLUG

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES, BACKUPS = 1_000_000, 5


class PrivacyFormatter(logging.Formatter):
    """Tracebacks with their frames but without exception messages.

    An exception message can quote what a user typed (``ValueError: '4,420 Doe'``), so every
    traceback written to the log file, from any module, keeps only the exception type and where
    it was raised (hazard H31).
    """

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's rendering in exc_text; never reuse one that may
        # hold the message.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: tuple[type[BaseException], BaseException,
                                         TracebackType | None] | tuple[None, None, None]) -> str:
        kind, _exc, tb = ei
        lines = ["Traceback (exception message withheld: it may contain patient data):"]
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}'
                  for f in traceback.extract_tb(tb)]
        lines.append(f"{kind.__module__}.{kind.__qualname__}" if kind else "unknown exception")
        return "\n".join(lines)


def log_dir() -> Path:
    override = os.environ.get("IMMUNOSEP_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_SLUG, appauthor=False))


class RotatingLog(logging.Handler):
    """The rotating log file (``MAX_BYTES`` × ``BACKUPS``), opened by the first record.

    ``logging.handlers`` imports sockets, pickle and queues, ~10 ms that every start of the
    window would pay although most sessions log nothing before their first paint (docs/gui.md,
    Start-up).  The first record imports it and opens the file before it is written, so no
    record is held back or lost.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__()
        self.path, self.max_bytes, self.backups = path, max_bytes, backups
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            try:
                self._file = RotatingFileHandler(self.path, maxBytes=self.max_bytes,
                                                 backupCount=self.backups, encoding="utf-8")
            except OSError:
                self.handleError(record)
                return
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        super().setFormatter(fmt)
        if self._file is not None:
            self._file.setFormatter(fmt)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating log file (``RotatingLog``) to the root logger; returns its path.

    Failing to create the log directory must never stop the app: diagnostics are optional.
    """
    root = logging.getLogger()
    if any(getattr(h, "_immunosep", False) for h in root.handlers):
        return None
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{APP_SLUG}.log"
        path.open("a", encoding="utf-8").close()  # a file that cannot be written: no log
    except OSError:
        return None
    handler = RotatingLog(path)
    handler.setFormatter(PrivacyFormatter(_FORMAT))
    handler._immunosep = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
