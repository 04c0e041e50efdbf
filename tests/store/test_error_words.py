"""The store's error sentences in the reader's language (issue 18).

Every ``StoreError`` the store raises is a code, English templates that are in every
catalogue, and fields: ``str()`` is the English sentence exactly as before (the command line's
stderr, the log), ``localized(tr)`` the same sentence in ``tr``'s language.  A representative
walk raises real errors — disk full, read-only, busy, unreachable, access denied, damaged,
foreign or newer databases, the data folder, backups, record and score refusals, an import —
and checks each; no message or field carries a patient identifier, a value or SQL.
"""

from __future__ import annotations

import ast
import errno
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import insert

from desktop_app.i18n import TRANSLATED_LANGUAGES, pseudo_translator, translator
from desktop_app.i18n.catalogue import FINDING, TEXT, catalogue_path, read_catalogue
from desktop_app.i18n.pseudo import pseudo
from desktop_app.services import store_target
from desktop_app.services.records import Store, open_store
from desktop_app.services.scores import SofaEntry, mark_score_in_error, save_daily_sofa, save_death
from desktop_app.site_config import DatabaseConfig, SiteConfig
from desktop_app.store import backup, database, errors, location, schema, sqlite
from desktop_app.store.bulk import ImportedRow
from desktop_app.store.errors import StoreError
from desktop_app.store.fault_words import FAULTS, NOTHING_SAVED, PLACES, Place
from desktop_app.store.faults import translate
from desktop_app.store.postgres import PostgresTarget
from desktop_app.store.tables import patients

from .conftest import REPO, T0

SECRET = "BED-SECRET"  # the patient of every record operation below
I18N = REPO / "resources" / "i18n"
SERVER = "immunosep_app@db.icu:5432/immunosep"
STORE_ERRORS = frozenset(name for name, value in vars(errors).items()
                         if isinstance(value, type) and issubclass(value, StoreError))


def caught(call: Callable[[], object]) -> StoreError:
    try:
        call()
    except StoreError as exc:
        return exc
    raise AssertionError("no StoreError was raised")


def sqlite_error(code: int, text: str = "disk I/O error") -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


PSYCOPG = {
    "login_refused": psycopg.errors.InvalidPassword(
        'password authentication failed for user "immunosep_app"'),
    "privilege_missing": psycopg.errors.InsufficientPrivilege(
        "permission denied for table patients"),
    "server_full": psycopg.errors.DiskFull("could not extend file: No space left on device"),
    "server_read_only": psycopg.errors.ReadOnlySqlTransaction(
        "cannot execute INSERT in a read-only transaction"),
    "server_busy": psycopg.errors.SerializationFailure("could not serialize access"),
    "record_refused": psycopg.errors.UniqueViolation(
        'duplicate key value violates unique constraint "patients_identifier_key"\n'
        f"DETAIL:  Key (identifier)=({SECRET}) already exists."),
    "unreachable": psycopg.OperationalError("connection to server failed: Connection refused"),
    "unusable": psycopg.errors.UndefinedTable('relation "store_meta" does not exist'),
}


def _faults(tmp: Path) -> Iterator[tuple[str, StoreError]]:
    """Driver and OS failures about each kind of place they can concern."""
    file, copy = Place.database(tmp / "clinical.sqlite"), Place.backup(tmp / "copy.sqlite")
    ward = Place.ward(SERVER)
    sqlite_codes = {"disk_full": 13, "read_only": 8, "cannot_open": 14, "locked": 5,
                    "damaged": 11, "disk_error": 10, "record_refused": 19, "unusable": 1}
    for place in (file, copy):
        for code, number in sqlite_codes.items():
            yield f"sqlite {code} {place.kind}", translate(sqlite_error(number), place)
    for place in (file, copy, ward):
        for number, text in ((errno.ENOSPC, "No space left on device"),
                             (errno.EACCES, "Permission denied"),
                             (errno.EIO, "Input/output error")):
            yield f"os {number} {place.kind}", translate(OSError(number, text), place)
        yield f"failed {place.kind}", translate(RuntimeError(SECRET), place)
    yield "not unicode", translate(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), file)
    for code, exc in PSYCOPG.items():
        yield f"postgres {code}", translate(exc, ward)
    yield "postgres lost", translate(psycopg.errors.AdminShutdown("terminating"), ward, lost=True)


def _schema(tmp: Path) -> Iterator[tuple[str, StoreError]]:
    file, ward = Place.database(tmp / "clinical.sqlite"), Place.ward(SERVER)
    for place in (file, ward):
        yield f"schema newer {place.kind}", caught(lambda p=place: schema.check_known("9999", p))
        yield f"legacy newer {place.kind}", caught(lambda p=place: schema.legacy_revision(9, p))
    for mode in ("training", "clinical", None):
        yield f"other mode {mode}", database._other_mode(tmp / "x.sqlite", mode)
    yield "ward not clinical", database._not_clinical(SERVER, "training")
    yield "ward empty", database._migration_needed(SERVER, None)
    yield "ward behind", database._migration_needed(SERVER, "0003")
    yield "damaged file", sqlite.unreadable(tmp / "clinical.sqlite", "file is not a database")


def _files(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, StoreError]]:
    """Opening: foreign, damaged and other-mode files, the data folder, network shares and
    the site configuration."""
    foreign = tmp / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / "clinical.sqlite") as conn:
        conn.execute("CREATE TABLE t (x)")
    yield "foreign file", caught(lambda: open_store(foreign, training=False, site=SiteConfig()))
    damaged = tmp / "damaged"
    damaged.mkdir()
    (damaged / "clinical.sqlite").write_bytes(b"not a database at all" * 100)
    yield "damaged", caught(lambda: open_store(damaged, training=False, site=SiteConfig()))
    swapped = tmp / "swapped"
    open_store(swapped, training=False, site=SiteConfig()).close()
    (swapped / "clinical.sqlite").rename(swapped / "training.sqlite")
    yield "other mode", caught(lambda: open_store(swapped, training=True, site=SiteConfig()))
    blocker = tmp / "blocked"
    blocker.write_text("a file where the data folder should be")
    yield "not a folder", caught(lambda: open_store(blocker, training=False, site=SiteConfig()))
    yield "relative url", caught(lambda: store_target.sqlite_path_of("sqlite:///x.sqlite"))
    yield "no server", caught(lambda: store_target.postgres_target(DatabaseConfig()))
    with monkeypatch.context() as m:
        m.setattr(location.sys, "platform", "win32")
        m.setattr(location, "_windows_drive_type", lambda root: 4)
        yield "network share", caught(
            lambda: location.refuse_network_share(Path(r"\\server\share\data")))


def _records(store: Store, make_assessment: Callable[..., object], tmp: Path
             ) -> Iterator[tuple[str, StoreError]]:
    a = make_assessment("6000", "3000")
    first = store.save_assessment(SECRET, a, evidence_version=None, now=T0)
    yield "reason needed", caught(lambda: store.correct_assessment(
        first, a, reason=" ", evidence_version=None, now=T0))
    store.correct_assessment(first, a, reason="typo", evidence_version=None, now=T0)
    yield "already corrected", caught(lambda: store.correct_assessment(
        first, a, reason="again", evidence_version=None, now=T0))
    yield "no assessment", caught(lambda: store.mark_entered_in_error(999, reason="x", now=T0))
    store.mark_entered_in_error(first, reason="wrong patient", now=T0)
    yield "already marked", caught(lambda: store.mark_entered_in_error(
        first, reason="again", now=T0))
    yield "no identifier", caught(lambda: store.save_assessment(
        " ", a, evidence_version=None, now=T0))
    yield "identifier refused", caught(lambda: store.save_assessment(
        SECRET * 20, a, evidence_version=None, now=T0))
    yield "not utf-8", caught(lambda: store.save_assessment(
        "BED-\udcff", a, evidence_version=None, now=T0))

    def duplicate() -> None:
        with store._db.write() as conn:
            conn.execute(insert(patients).values(identifier=SECRET, created_at="x"))
    yield "duplicate row", caught(duplicate)
    day1 = T0.date()
    save_daily_sofa(store, SECRET, SofaEntry.typed_total(9), day=1, now=T0)
    yield "day taken", caught(lambda: save_daily_sofa(
        store, SECRET, SofaEntry.typed_total(9), day=1, now=T0))
    yield "after today", caught(lambda: save_death(
        store, SECRET, died_on=day1 + timedelta(days=3), now=T0))
    yield "score reason", caught(lambda: mark_score_in_error(
        store, "daily_sofa", 1, reason="", now=T0))
    yield "no sofa", caught(lambda: mark_score_in_error(
        store, "daily_sofa", 99, reason="x", now=T0))
    row = ImportedRow(row_number=4, patient_id="", inputs=None, assessment=a)
    yield "import row", caught(lambda: store.record_import(
        "lab.csv", [row], evidence_version=None, now=T0))
    yield "import cancelled", caught(lambda: store.record_import(
        "lab.csv", [], evidence_version=None, now=T0, should_cancel=lambda: True))
    existing = tmp / "exists.sqlite"
    existing.write_text("")
    yield "backup exists", caught(lambda: store.backup(existing))
    yield "backup folder", caught(lambda: store.backup(tmp, force=True))
    yield "backup over db", caught(lambda: store.backup(store.path, force=True))
    yield "backup no folder", caught(lambda: store.backup(tmp / "gone" / "b.sqlite"))


@pytest.fixture
def raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_assessment
           ) -> dict[str, StoreError]:
    found = dict(_faults(tmp_path))
    found.update(_schema(tmp_path))
    found.update(_files(tmp_path, monkeypatch))
    with open_store(tmp_path / "data", training=False, site=SiteConfig()) as store:
        found.update(_records(store, make_assessment, tmp_path))
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    found["no pg_dump"] = caught(lambda: backup.backup_postgres(
        PostgresTarget(url=f"postgresql+psycopg://{SERVER}"), tmp_path / "ward.dump"))
    return found


@cache
def catalogued(lang: str) -> frozenset[tuple[str, str]]:
    """(context, source or key) of every entry, finished or not (translators fill them)."""
    entries = read_catalogue(catalogue_path(lang, I18N)).entries
    return frozenset((e.context, e.key if e.context == FINDING else e.source)
                     for e in entries if e.context in (TEXT, FINDING))


def fields(error: StoreError) -> Iterator[str]:
    """Every field value of ``error``, nested errors' included, as text."""
    for value in error.params.values():
        if isinstance(value, StoreError):
            yield from fields(value)
        yield str(value)


def test_every_error_is_worded_with_catalogued_templates(raised: dict[str, StoreError]) -> None:
    assert {type(e).__name__ for e in raised.values()} == STORE_ERRORS  # every kind
    for name, error in raised.items():
        assert error.code and error.code != "store_error", name
        if error.finding is not None:  # a refused identifier: the core's own sentence
            keys = [(FINDING, error.finding.template_id)]  # type: ignore[attr-defined]
        else:
            assert error.template, name
            keys = [(TEXT, t) for t in error.templates]
        for lang in TRANSLATED_LANGUAGES:
            missing = [k for k in keys if k not in catalogued(lang)]
            assert not missing, f"{name}: not in immunosep_{lang}.ts: {missing}"


def test_english_is_str_and_the_pseudo_locale_rewords_every_sentence(
        raised: dict[str, StoreError]) -> None:
    english, pseudo_tr = translator("en"), pseudo_translator()
    for name, error in raised.items():
        assert error.localized(english) == str(error) == error.message, name
        worded = error.localized(pseudo_tr)
        assert worded != str(error) and worded.startswith("["), name
        for value in error.params.values():  # a file or a server is shown as it is
            if isinstance(value, str):
                assert value in worded, (name, value)


def test_each_sentence_is_translated_whole() -> None:
    """The follow-up sentences are whole sentences of their own; so is every failure's."""
    for templates in FAULTS.values():
        assert set(templates) <= set(PLACES)
        for template in templates.values():
            assert template[0].isupper() and template.endswith(".")
    error = caught(lambda: schema.check_known("9999", Place.ward(SERVER)))
    assert error.then == ("Use the newer version of the app that wrote it.",)
    assert error.localized(pseudo_translator()) == " ".join(
        (pseudo(error.template).format(server=SERVER, revision="9999", head=schema.HEAD),
         pseudo(error.then[0])))


def test_str_is_todays_english_sentence(tmp_path: Path) -> None:
    """Scripts and the command line's stderr compare these word for word."""
    file, ward = tmp_path / "clinical.sqlite", Place.ward(SERVER)
    said = {
        translate(sqlite_error(5), Place.database(file)):
            f"The database {file} is busy: another program kept it locked for too long. "
            "Nothing of this operation was saved. Try again.",
        translate(sqlite_error(13), Place.backup(file)):
            f"The disk holding the backup {file} is full. Nothing of this operation was "
            "saved. Free some disk space (or ask IT), then try again.",
        translate(sqlite_error(11, "database disk image is malformed"), Place.database(file)):
            f"The database {file} is damaged or is not an ImmunoSep database (database disk "
            "image is malformed). Keep the file for investigation and restore the latest "
            "backup.",
        translate(OSError(errno.EACCES, "Permission denied"), ward):
            f"The ward database {SERVER} cannot be written: Permission denied. Nothing of this "
            "operation was saved.",
        translate(PSYCOPG["unreachable"], ward):
            f"The ward database {SERVER} cannot be reached (connection to server failed: "
            "Connection refused). Nothing of this operation was saved. Nothing is stored on "
            "this computer instead; try again when the server is back, or ask IT if this "
            "persists.",
        translate(PSYCOPG["login_refused"], ward):
            f"The ward database {SERVER} refused the login (password authentication failed "
            'for user "immunosep_app"). Ask IT to check the database role and its password '
            "(OS keyring or .pgpass) or Kerberos ticket.",
        translate(PSYCOPG["server_full"], ward):
            f"The server of the ward database {SERVER} is out of disk space or memory (could "
            "not extend file: No space left on device). Nothing of this operation was saved. "
            "Tell IT.",
        database._migration_needed(SERVER, "0003"):
            f"The ward database {SERVER} has schema 0003, but this app needs schema "
            f"{schema.HEAD}. Nothing was saved. Ask IT to run 'immunosep db migrate --db-user "
            "OWNER' (the database owner role) once; workstations cannot change the schema.",
        database._not_clinical(SERVER, "training"):
            f"The ward database {SERVER} is a training database, not the clinical database: "
            "training and clinical records are kept strictly apart.",
        database._not_clinical(SERVER, None):
            f"The ward database {SERVER} is not marked as a clinical database and cannot be "
            "used: training and clinical records are kept strictly apart.",
        caught(lambda: schema.legacy_revision(9, Place.database(file))):
            f"The database {file} has schema version 9, newer than this app understands. Use "
            "the newer version of the app that wrote it.",
    }
    for error, sentence in said.items():
        assert str(error) == sentence


def test_fields_are_written_the_readers_way(tmp_path: Path) -> None:
    """A date or a number is a typed field: each language writes it its own way (the
    pseudo-locale writes German figures); a path is shown exactly as it is."""
    with open_store(tmp_path / "data", training=False, site=SiteConfig()) as store:
        save_daily_sofa(store, "BED-1", SofaEntry.typed_total(9), day=1, now=T0)
        later = T0.date() + timedelta(days=3)
        error = caught(lambda: save_death(store, "BED-1", died_on=later, now=T0))
    assert error.params == {"date": later} and isinstance(error.params["date"], date)
    assert str(error) == f"{later.isoformat()} is after today."
    assert error.localized(pseudo_translator()) == pseudo("{date} is after today.").format(
        date=later.strftime("%d.%m.%Y"))
    odd = tmp_path / "Ärzte; 1.5 Station" / "clinical.sqlite"
    busy = translate(sqlite_error(5), Place.database(odd))
    assert f" {odd} " in busy.localized(pseudo_translator())


def test_no_message_or_field_carries_an_identifier_a_value_or_sql(
        raised: dict[str, StoreError]) -> None:
    for name, error in raised.items():
        texts = [str(error), error.localized(pseudo_translator()), *fields(error)]
        for text in texts:
            assert SECRET not in text, name
            assert "6000" not in text and "INSERT INTO" not in text and "SELECT " not in text
    assert "duplicate key" in str(raised["postgres record_refused"])  # the primary text stays
    assert NOTHING_SAVED in raised["duplicate row"].then


def test_every_store_error_is_raised_worded() -> None:
    """No ``StoreError`` is made from a ready English text anywhere in the app (it would stay
    English in every language): each is ``worded``, ``of_finding`` or ``said``."""
    made_from_text = []
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in STORE_ERRORS and path.name != "errors.py":
                made_from_text.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not made_from_text
