"""Where a cohort came from: the file's SHA-256, the options it was read with, and reopening it.

An import seen in the window (stored or not) is listed under File ▸ Recent imports.  Reopening
reads the file again with the same options and the same decision time, so the cohort is the
one that was shown — but only when the file's content is unchanged (its SHA-256 equals the one
taken when it was imported); a changed or missing file is said in words and never read in its
place.  The hash is also written into the store's audit entry of the choice (``import`` or
``view``), so an audit names the exact file content.

``open_fingerprinted`` hashes the file before and after reading it: a file that changes while
it is read (an export still being written) is refused rather than imported half-old.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.words import ENGLISH, Words
from desktop_app.i18n import N_
from desktop_app.lab_import import ImportOptions, LabFile, LabFileError
from desktop_app.lab_import.message_file import MessageLabFile
from desktop_app.services.cohort import CohortResult, cohort_of, open_lab_file
from desktop_app.services.cohort_map import MapColumns, map_columns

if TYPE_CHECKING:
    from desktop_app.lab_import.message_file import MessageLabFile

RECENT_LIMIT = 8
_CHUNK = 1 << 20


def sha256_of(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_fingerprinted(path: str | os.PathLike[str], options: ImportOptions | None = None, *,
                       should_cancel: Callable[[], bool] | None = None
                       ) -> tuple[LabFile | MessageLabFile, str]:
    """``open_lab_file`` and the SHA-256 of the bytes it read (``LabFileError`` if the file
    changed while it was read)."""
    try:
        before = sha256_of(path)
    except OSError:
        before = ""  # open_lab_file says why in its own words
    lab = open_lab_file(path, options, should_cancel=should_cancel)
    if sha256_of(path) != before:
        raise LabFileError.worded(
            "changed_while_read", N_("The file changed while it was being read (is it still "
                                     "being written?); open it again when it is complete."))
    return lab, before


@dataclass(frozen=True)
class CohortImport:
    """A classified cohort with what the window needs to show and reopen it."""

    result: CohortResult
    map_data: MapColumns
    path: Path
    sha256: str
    options: ImportOptions


def import_cohort(lab: LabFile | MessageLabFile, sha256: str, *, now: datetime, map_title: str,
                  tr: Words = ENGLISH, progress: Callable[[int, int], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> CohortImport:
    """Classify an opened file and prepare its map (run it off the GUI thread)."""
    result = cohort_of(lab, progress=progress, should_cancel=should_cancel, now=now)
    return CohortImport(result, map_columns(result, title=map_title, tr=tr), Path(lab.path),
                        sha256, lab.options)


# -- recent imports --------------------------------------------------------------------------

@dataclass(frozen=True)
class RecentImport:
    """One entry of File ▸ Recent imports (kept in the user's settings file, in the data
    folder: file paths are this workstation's)."""

    path: str
    sha256: str
    decided_at: str  # ISO 8601: the decision time the cohort was classified with
    options: dict[str, Any] = field(default_factory=dict)
    training: bool = False
    import_id: int | None = None  # set when the user stored it
    rows_read: int = 0

    def import_options(self) -> ImportOptions:
        return options_from_dict(self.options)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "decided_at": self.decided_at,
                "options": self.options, "training": self.training,
                "import_id": self.import_id, "rows_read": self.rows_read}


def options_to_dict(o: ImportOptions) -> dict[str, Any]:
    """The options the window can set, as JSON values (``local_zone`` is never set there)."""
    return {"sheet": o.sheet, "columns": [list(c) for c in o.columns],
            "ferritin_unit": o.ferritin_unit, "hla_dr_unit": o.hla_dr_unit,
            "decimal_comma": o.decimal_comma, "encoding": o.encoding, "delimiter": o.delimiter,
            "time_format": o.time_format, "layout": o.layout,
            "max_interval_seconds": o.max_interval.total_seconds()}


def options_from_dict(d: dict[str, Any]) -> ImportOptions:
    return ImportOptions(
        sheet=d.get("sheet"), columns=tuple((str(a), str(b)) for a, b in d.get("columns", [])),
        ferritin_unit=d.get("ferritin_unit"), hla_dr_unit=d.get("hla_dr_unit"),
        decimal_comma=d.get("decimal_comma"), encoding=d.get("encoding"),
        delimiter=d.get("delimiter"), time_format=d.get("time_format"), layout=d.get("layout"),
        max_interval=timedelta(seconds=float(d.get("max_interval_seconds", 86400))))


def recent_from_text(text: str) -> list[RecentImport]:
    """The list kept in settings; an unreadable list is an empty one (never an error)."""
    try:
        data = json.loads(text) if text else []
        return [RecentImport(**item) for item in data][:RECENT_LIMIT]
    except (ValueError, TypeError):
        return []


def recent_to_text(items: list[RecentImport]) -> str:
    return json.dumps([i.to_dict() for i in items[:RECENT_LIMIT]], ensure_ascii=False)


def remember(items: list[RecentImport], item: RecentImport) -> list[RecentImport]:
    """``item`` first; an earlier entry of the same file content and mode is replaced."""
    rest = [i for i in items if (i.path, i.sha256, i.training) != (item.path, item.sha256,
                                                                      item.training)]
    return [item, *rest][:RECENT_LIMIT]


class SourceChanged(Exception):
    """The file of a recent import is ``missing`` or its content ``changed`` (``kind``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def reopen(item: RecentImport, *, map_title: str, tr: Words = ENGLISH,
           progress: Callable[[int, int], None] | None = None,
           should_cancel: Callable[[], bool] | None = None) -> CohortImport:
    """Read a recent import's file again, exactly as it was classified; ``SourceChanged`` when
    the file is gone or its content differs."""
    path = Path(item.path)
    if not path.is_file():
        raise SourceChanged("missing")
    lab, sha = open_fingerprinted(path, item.import_options(), should_cancel=should_cancel)
    if sha != item.sha256:
        raise SourceChanged("changed")
    return import_cohort(lab, sha, now=datetime.fromisoformat(item.decided_at),
                         map_title=map_title, tr=tr, progress=progress, should_cancel=should_cancel)
