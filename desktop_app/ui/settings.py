"""User preferences in an INI file at an injectable path (tests pass a temporary one).

The core never reads settings: the window reads them here and passes them explicitly (for
example ``decimal_comma`` to ``services.entry.field_errors``).  Unknown keys are refused so a
typo cannot silently create a new setting; ``settings_schema`` plus ``migrate()`` leave room to
rename keys later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SCHEMA = 1
SETTINGS_FILE = "settings.ini"

# key -> default; the default's type is the stored type.
DEFAULTS: dict[str, Any] = {
    "entry/decimal_comma": False,
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "display/zoom": 100,  # presenter zoom, percent (ui/zoom.py)
    # PDF header, paper and appendix (ui/report_export.py remembers the last choice;
    # "" = not chosen yet: the site configuration's [report], else empty / a4 / no)
    "report/institution": "",
    "report/ward": "",
    "report/paper": "",
    "report/appendix": "",  # "yes" | "no" | ""
    # "" = automatic (site default, then the computer's language); else one of i18n.LANGUAGES
    "display/language": "",
    # File > Recent imports (ui/cohort_window.py): JSON list of path, SHA-256, options, mode
    "imports/recent": "",
    # The laboratory inbox (ui/inbox_watcher.py): the newest ledger row the user has seen
    "inbox/last_seen": 0,
}


class AppSettings:
    """Typed accessors over ``QSettings(path, IniFormat)``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.migrate()

    # -- generic ----------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        default = self._default(key)
        raw = self._qs.value(key, default)
        if isinstance(default, bool):
            # INI stores text; QSettings' own type= conversion accepts "true"/"false" only.
            return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1")
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else default
        if isinstance(default, int):
            try:
                return int(str(raw))
            except (TypeError, ValueError):
                return default
        return raw

    def set_value(self, key: str, value: Any) -> None:
        """Change a setting and write the file at once (call sites are few and deliberate)."""
        self.set_values({key: value})

    def set_values(self, values: dict[str, Any]) -> None:
        for key in values:
            self._default(key)
        for key, value in values.items():
            self._qs.setValue(key, value)
        self._qs.setValue("settings_schema", SCHEMA)
        self.sync()

    def sync(self) -> None:
        # Our own mkdir first: the folder is the data folder, which must stay owner-only.
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._qs.sync()

    def migrate(self) -> None:
        """Bring an older file up to ``SCHEMA``; there is nothing to rename yet.

        Nothing is written for a file that does not exist: starting the app (or its smoke
        test) must not create files until the user changes something.
        """
        if not self.path.exists():
            return
        stored = self._qs.value("settings_schema", 0)
        try:
            version = int(stored)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            version = 0
        if version < SCHEMA:
            self._qs.setValue("settings_schema", SCHEMA)
            self.sync()

    @staticmethod
    def _default(key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        return DEFAULTS[key]

    # -- typed accessors --------------------------------------------------------------------
    @property
    def decimal_comma(self) -> bool:
        """``True``: ',' is the decimal separator and '.' is refused (declared, never guessed)."""
        return bool(self.value("entry/decimal_comma"))

    @decimal_comma.setter
    def decimal_comma(self, on: bool) -> None:
        self.set_value("entry/decimal_comma", bool(on))

    @property
    def language(self) -> str:
        """The language chosen in Settings, or "" for automatic."""
        return str(self.value("display/language") or "")

    @language.setter
    def language(self, code: str) -> None:
        self.set_value("display/language", code or "")
