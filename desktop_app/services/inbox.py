"""The laboratory drop folder: one pass reads each new message file once and stores it.

An interface engine drops HL7 v2 ORU^R01 and FHIR JSON files into the folder IT configured
(``[inbox] folder`` in ``site.toml``).  A pass (``InboxRunner.run_pass``):

1. **Ready?** A file is read only when its size and modification time did not change between
   two looks at least ``settle_s`` apart, and its name is not a lock or temporary name
   (``.part``, ``~$x``, ``.tmp`` ...): a file still being written is left for a later pass.
2. **Claim.** The file is renamed into ``.processing/`` (one atomic step on the same volume),
   so no other pass reads it at the same time and a crash leaves it where the next pass
   finds it first.
3. **Read** (``MessageLabFile``), with the ledger's earlier messages as ``seen_messages``.
4. **Classify and store** in one transaction (``services.inbox_store``): the file's results
   with the stored results they may pair with (ferritin and HLA-DR of one sample often come
   in different files), through the one pipeline ``batch`` uses
   (``services.cohort.cohort_of``); records and ledger.
5. **Move** to ``processed/`` only after the commit; a file that cannot be read at all, or
   whose content the records refuse (an over-long identifier ...), goes to ``failed/`` with
   ``<name>.reason.txt`` (one sentence) written first.

Why a file was not stored, or a pass skipped, is an ``InboxReason``: a code, its English
template and the values that fill it.  The window and ``inbox run`` word it in the reader's
language (``localized``); ``inbox run --json``, the log and ``.reason.txt`` keep the English
sentence (``message``): ``.reason.txt`` is a record for IT beside the file, read on the
interface server whatever language the ward's screens use.

A process killed anywhere loses nothing and imports nothing twice: before the commit nothing
is stored and the file is still in ``.processing/``; after it, the ledger knows every message,
so reading the file again stores no result twice (only an empty batch that records it was
seen).  A store that cannot be written (server down, disk full) leaves the file claimed and
stops the pass; the next pass retries it.  One runner per folder at a time: the folder lock
(``inbox_lock``) makes a second one skip the pass.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.i18n import N_
from desktop_app.lab_import.message_fields import MessageReadOptions
from desktop_app.lab_import.model import ImportOptions, LabFileError
from desktop_app.services.cohort_source import sha256_of
from desktop_app.services.inbox_lock import FolderLock, FolderLocked
from desktop_app.services.inbox_store import StoredFile, store_inbox_file
from desktop_app.services.records import Store
from desktop_app.site_config import InboxConfig
from desktop_app.store.errors import RecordError, StoreError

if TYPE_CHECKING:
    from desktop_app.i18n import Translator
    from desktop_app.lab_import.message_file import MessageLabFile

logger = logging.getLogger(__name__)

PROCESSING, PROCESSED, FAILED = ".processing", "processed", "failed"
# Names an interface engine, an editor or a copy tool uses while a file is being written.
TEMPORARY_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".filepart", ".crdownload",
                      ".lock", ".lck", ".swp", ".reason.txt")
DEFAULT_SETTLE_S = 2.0


def is_temporary_name(name: str) -> bool:
    lower = name.lower()
    return lower.startswith((".", "~")) or lower.endswith(TEMPORARY_SUFFIXES)


@dataclass(frozen=True)
class InboxReason:
    """Why a file was not stored or a pass skipped: ``code``, the English ``template`` (marked
    with ``N_`` where it is written) and the values of its fields.  A sentence of another layer
    is kept whole: a ``StoreError`` words itself in any language (``of_store``), a ready English
    text stays as it is (``verbatim``)."""

    code: str
    template: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def worded(cls, code: str, template: str, **params: object) -> InboxReason:
        return cls(code, template, tuple(params.items()))

    @classmethod
    def verbatim(cls, code: str, sentence: str) -> InboxReason:
        return cls(code, "", (("sentence", sentence),))

    @classmethod
    def of_store(cls, code: str, exc: StoreError) -> InboxReason:
        return cls(code, "", (("sentence", exc),))

    @classmethod
    def of_lab_file(cls, exc: LabFileError) -> InboxReason:
        if exc.template:
            return cls(exc.code, exc.template, tuple(exc.params.items()))
        return cls.verbatim(exc.code, exc.message)

    @property
    def message(self) -> str:
        """The English sentence (``--json``, the log, ``.reason.txt``)."""
        values = dict(self.params)
        return _full_stop(self.template.format(**values) if self.template
                          else str(values["sentence"]))

    def localized(self, tr: Translator) -> str:
        """The sentence in ``tr``'s language (a ``{reason}`` field of ``tr`` calls this)."""
        if not self.template:
            sentence = dict(self.params)["sentence"]
            if isinstance(sentence, StoreError):
                return _full_stop(sentence.localized(tr))
            return self.message
        text = tr(self.template, **dict(self.params))
        return text if self.template.endswith(".") else _full_stop(text)


def _full_stop(sentence: str) -> str:
    return sentence if sentence.endswith(".") else sentence + "."


@dataclass(frozen=True)
class FileResult:
    """What became of one file: ``stored`` (with what was stored), ``failed`` (``why``; the
    file is in ``failed/``) or ``retry`` (the store could not be written; the file stays
    claimed for the next pass)."""

    name: str
    outcome: str
    why: InboxReason | None = None
    stored: StoredFile | None = None

    @property
    def reason(self) -> str:
        """Why, as the English sentence ("" when stored)."""
        return self.why.message if self.why is not None else ""


@dataclass
class PassResult:
    files: list[FileResult] = field(default_factory=list)
    waiting: int = 0  # files seen but not settled yet
    skipped_why: InboxReason | None = None  # why the whole pass was skipped (folder missing ...)

    @property
    def skipped(self) -> str:
        """Why the pass was skipped, as the English sentence ("" when it ran)."""
        return self.skipped_why.message if self.skipped_why is not None else ""

    @property
    def stored(self) -> list[FileResult]:
        return [f for f in self.files if f.outcome == "stored"]


class InboxRunner:
    """Passes over one drop folder.  Keeps the previous look at each file, so create one and
    call ``run_pass`` repeatedly (``inbox run`` polls, the window's watcher and timer call
    it)."""

    def __init__(self, folder: Path, inbox: InboxConfig, *,
                 clock: Callable[[], datetime], evidence_version: str | None,
                 settle_s: float = DEFAULT_SETTLE_S,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.folder, self.inbox = Path(folder), inbox
        self.clock, self.evidence_version = clock, evidence_version
        self.settle_s, self.monotonic = settle_s, monotonic
        self._looks: dict[str, tuple[int, int, float]] = {}  # name -> size, mtime, first seen

    # -- readiness ------------------------------------------------------------------------------
    def ready_files(self) -> tuple[list[Path], int]:
        """(files unchanged for ``settle_s``, in name order; files still settling)."""
        now = self.monotonic()
        ready, waiting, looks = [], 0, {}
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if is_temporary_name(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            earlier = self._looks.get(entry.name)
            if earlier is not None and earlier[:2] == (st.st_size, st.st_mtime_ns):
                looks[entry.name] = earlier
                if now - earlier[2] >= self.settle_s:
                    ready.append(Path(entry.path))
                    continue
            else:
                looks[entry.name] = (st.st_size, st.st_mtime_ns, now)
            waiting += 1
        self._looks = looks
        return ready, waiting

    # -- one pass -------------------------------------------------------------------------------
    def run_pass(self, store: Store, should_stop: Callable[[], bool] | None = None
                 ) -> PassResult:
        """One pass into ``store`` (the open records of the caller's mode); ``should_stop``
        is asked between files."""
        result = PassResult()
        folder = str(self.folder)
        if not self.folder.is_dir():
            result.skipped_why = InboxReason.worded(
                "folder_missing", N_("The inbox folder {folder} does not exist."), folder=folder)
            return result
        try:
            with FolderLock(self.folder):
                claimed = self._claimed()  # a crashed pass's files first
                ready, result.waiting = self.ready_files()
                for path in claimed + ready:
                    if should_stop is not None and should_stop():
                        break
                    done = self._process(store, path, already_claimed=path in claimed)
                    if done is None:
                        continue
                    result.files.append(done)
                    if done.outcome == "retry":
                        break  # the store cannot be written: later files would fail too
        except FolderLocked:
            result.skipped_why = InboxReason.worded(
                "folder_locked", N_("Another inbox runner is working on {folder}; this pass was "
                                    "skipped."), folder=folder)
        except OSError as exc:
            result.skipped_why = InboxReason.worded(
                "folder_unusable", N_("The inbox folder {folder} cannot be used: {error}."),
                folder=folder, error=str(exc.strerror))
        return result

    def _claimed(self) -> list[Path]:
        folder = self.folder / PROCESSING
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.is_file())

    def _process(self, store: Store, path: Path, *, already_claimed: bool
                 ) -> FileResult | None:
        claimed = path if already_claimed else self._claim(path)
        if claimed is None:
            return None  # gone meanwhile, or still held open by its writer
        name = path.name
        try:
            sha = sha256_of(claimed)
            lab = self._read(store, claimed)
            if sha256_of(claimed) != sha:  # still being written by a writer holding it open
                os.replace(claimed, _free_name(self.folder, name))
                self._looks.pop(name, None)
                return None
        except LabFileError as exc:
            return self._fail(claimed, name, InboxReason.of_lab_file(exc))
        except OSError as exc:
            return self._fail(claimed, name, InboxReason.worded(
                "file_unreadable", N_("The file cannot be read: {error}."),
                error=str(exc.strerror)))
        try:
            stored = store_inbox_file(store, lab, file_name=name, file_sha256=sha,
                                      now=self.clock(), evidence_version=self.evidence_version)
        except RecordError as exc:  # this file's content refused (e.g. an identifier)
            return self._fail(claimed, name, InboxReason.worded(
                "not_stored", N_("Not stored: {error}"), error=exc))
        except StoreError as exc:
            logger.warning("inbox: a file could not be stored; it stays claimed for the next "
                           "pass")
            return FileResult(name, "retry", InboxReason.of_store("store_unavailable", exc))
        _move(claimed, self.folder / PROCESSED, name)
        logger.info("inbox: file stored as import batch %d", stored.import_id)
        return FileResult(name, "stored", stored=stored)

    def _claim(self, path: Path) -> Path | None:
        target = _free_name(self.folder / PROCESSING, path.name)
        try:
            os.replace(path, target)
        except FileNotFoundError:
            return None
        except PermissionError:  # Windows: the writer still holds it open; not ready yet
            self._looks.pop(path.name, None)
            return None
        self._looks.pop(path.name, None)
        return target

    def _read(self, store: Store, path: Path) -> MessageLabFile:
        """The file read; classified when it is stored, with the stored results its results
        may pair with (``store_inbox_file``)."""
        from desktop_app.lab_import.message_file import MessageLabFile, sniff_format

        fmt = sniff_format(path)
        if fmt is None:
            raise LabFileError.worded("not_a_message_file", N_(
                "The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory "
                "messages only."))
        seen = store.read_records(_seen_messages)
        read_options = MessageReadOptions(
            hla_dr_codes=frozenset(self.inbox.hla_dr_codes),
            patient_id_authority=self.inbox.patient_id_authority, seen_messages=seen)
        return MessageLabFile(path, fmt, ImportOptions(), read_options=read_options)

    def _fail(self, claimed: Path, name: str, why: InboxReason) -> FileResult:
        failed = self.folder / FAILED
        failed.mkdir(exist_ok=True)
        target = _free_name(failed, name)
        from desktop_app.services.atomic import write_bytes_atomic

        # In English whatever the screens' language: a log for IT (see the module docstring).
        write_bytes_atomic(target.with_name(target.name + ".reason.txt"),
                           (why.message + "\n").encode("utf-8"), overwrite=True)
        os.replace(claimed, target)
        logger.info("inbox: a file could not be read and was moved to failed/")
        return FileResult(name, "failed", why)


def _seen_messages(conn: object) -> dict[str, str]:
    from desktop_app.store.inbox_ledger import seen_messages

    return seen_messages(conn)  # type: ignore[arg-type]


def _move(path: Path, folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, name)
    os.replace(path, target)
    return target


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem.2.ext`` ... when a file of that name is there (a
    laboratory may reuse names; nothing is ever overwritten)."""
    folder.mkdir(exist_ok=True)
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}.{n}{suffix}"
    return target
