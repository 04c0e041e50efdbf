"""``audit verify``: check the chain, the records it audits, and its head against anchors.

Reported as broken, with the first entry that fails:

1. a missing sequence number (an entry removed from the middle);
2. a broken link (an entry altered and its hash recomputed: the next link no longer fits);
3. an entry whose hash does not match its fields (an altered entry), or whose text is not
   valid UTF-8 (written around the app) — reported, never a crash;
4. a record whose stored values no longer match the content hash of the entry that audits it
   (a phenotype, lab value, identifier, owning patient, reason, daily SOFA, death date,
   checklist answer, HScore or inbox ledger row changed in the database; a value in a column
   added after the entry was written), or that entry's record missing;
5. an entry that audits records without a content hash after content hashing began;
6. a head that does not match: ``store_meta.audit_head`` absent or not the end of the log;
   the head this workstation recorded outside the database (``store.anchor``) no longer in
   the chain; or the hash given with ``--expect`` not in the chain (entries cut off the end);
7. a record that no entry audits (its entry cut off with the tail and the head rewritten).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, LargeBinary, and_, cast, or_, select

from desktop_app.store import content
from desktop_app.store.audit import GENESIS_HASH, RECORD_ACTIONS, Head, entry_hash
from desktop_app.store.tables import SCORE_TABLES, audit_log, store_meta

PAGE = 1000
_TEXT = ("at", "os_user", "action", "entity", "detail", "prev_hash", "hash", "content_hash")


@dataclass(frozen=True)
class AuditReport:
    """Result of ``verify``: ``broken_seq`` is the first entry that fails, with the reason
    (``None`` when the failure is not one entry's, e.g. a record with no entry at all)."""

    entries: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None
    records_checked: int = 0
    anchor: Head | None = None  # this workstation's recorded head, when there is one
    expected_at: int | None = None  # where the ``--expect`` hash was found

    @property
    def ok(self) -> bool:
        return self.problem is None


class _Broken(Exception):
    def __init__(self, seq: int | None, problem: str) -> None:
        super().__init__(problem)
        self.seq, self.problem = seq, problem


@dataclass
class _Entry:
    seq: int
    action: str
    entity: str | None
    entity_id: int | None
    detail: str
    content_hash: str | None


def verify(conn: Connection, *, sqlite: bool, anchor: Head | None = None,
           expect: str | None = None) -> AuditReport:
    """Check everything listed in the module docstring; stop at the first failure."""
    run = _Verification(conn, sqlite, anchor, (expect or "").strip().lower() or None)
    try:
        run.check()
    except _Broken as broken:
        return AuditReport(run.count, run.prev, broken.seq, broken.problem, run.records,
                           anchor, run.expected_at)
    return AuditReport(run.count, run.prev, None, None, run.records, anchor, run.expected_at)


class _Verification:
    def __init__(self, conn: Connection, sqlite: bool, anchor: Head | None,
                 expect: str | None) -> None:
        self.conn, self.sqlite, self.anchor, self.expect = conn, sqlite, anchor, expect
        self.count, self.prev, self.records = 0, GENESIS_HASH, 0
        self.expected_at: int | None = None
        self.anchor_hash: str | None = None
        self.hashed_seen = False  # an entry with a content hash was read
        self.unhashed: list[int] = []  # record entries without one, not (yet) sealed
        self.sealed: dict[str, int] = {}

    # -- the chain ------------------------------------------------------------------------------
    def check(self) -> None:
        for page in self._pages():
            self._check_contents(page)
        if self.unhashed:
            raise _Broken(self.unhashed[0], "it audits a record but carries no content hash "
                                            "(entries written since schema 0003 always do)")
        self._check_head()
        self._check_anchor()
        if self.expect is not None and self.expected_at is None:
            raise _Broken(None, f"the expected entry {self.expect} is not in the chain: "
                                "entries were removed or the chain was rewritten")
        self._check_coverage()

    def _pages(self) -> Iterator[list[_Entry]]:
        cols = [cast(audit_log.c[n], LargeBinary).label(n) if self.sqlite else audit_log.c[n]
                for n in _TEXT]
        query = select(audit_log.c.seq, audit_log.c.entity_id, audit_log.c.patient_id, *cols)
        last = 0
        while True:
            rows = self.conn.execute(query.where(audit_log.c.seq > last)
                                     .order_by(audit_log.c.seq).limit(PAGE)).all()
            if not rows:
                return
            yield [self._link(row) for row in rows]
            last = rows[-1].seq

    def _link(self, row: Any) -> _Entry:
        expected = self.count + 1
        seq = row.seq
        if seq != expected:
            raise _Broken(expected, f"entry {expected} is missing (the next entry is {seq})")
        self.count = seq
        text = {n: _text(getattr(row, n), seq) for n in _TEXT}
        at, os_user, action, detail, prev_hash, stored = (
            _required(text, name, seq)
            for name in ("at", "os_user", "action", "detail", "prev_hash", "hash"))
        if prev_hash != self.prev:
            raise _Broken(seq, "its link to the previous entry is broken (an earlier entry "
                               "was altered or removed)")
        digest = entry_hash(seq, at, os_user, action, text["entity"], row.entity_id,
                            row.patient_id, detail, prev_hash, text["content_hash"])
        if digest != stored:
            raise _Broken(seq, "its content no longer matches its hash (the entry was "
                               "altered)")
        self.prev = stored
        if self.anchor is not None and seq == self.anchor.seq:
            self.anchor_hash = self.prev
        if self.expect is not None and self.prev == self.expect:
            self.expected_at = seq
        entry = _Entry(seq, action, text["entity"], row.entity_id, detail,
                       text["content_hash"])
        self._track_content(entry)
        return entry

    def _track_content(self, e: _Entry) -> None:
        if e.action == "migrate" and e.content_hash is not None:
            if self.hashed_seen:
                raise _Broken(e.seq, "a conversion seal follows entries that already carry "
                                     "content hashes (it was added afterwards)")
            self.unhashed.clear()
            self.sealed = dict(json.loads(e.detail).get("sealed", {}))
        if e.content_hash is not None:
            self.hashed_seen = True
        elif e.action in RECORD_ACTIONS:
            self.unhashed.append(e.seq)

    # -- records against their entries --------------------------------------------------------
    def _check_contents(self, page: Sequence[_Entry]) -> None:
        by_kind: dict[str, list[_Entry]] = defaultdict(list)
        for e in page:
            if e.content_hash is None:
                continue
            if content.version_of(e.content_hash) is None:
                raise _Broken(e.seq, "its content hash has an unknown form (altered)")
            by_kind[e.entity or ""].append(e)
        simple = {"patient": "patients", "error_mark": "error_marks",
                  **{kind: table.name for kind, table in SCORE_TABLES.items()}}
        for kind, table in simple.items():
            self._compare(by_kind.pop(kind, []), lambda ids, t=table: self._rows(t, ids))
        self._compare(by_kind.pop("assessment", []), self._assessment_rows)
        for e in by_kind.pop("import_batch", []):
            self._compare([e], lambda ids: {ids[0]: self._batch_sections(ids[0])})
        for e in by_kind.pop("inbox_file", []):
            self._compare([e], lambda ids: {ids[0]: self._ledger_sections(ids[0])})
        for e in by_kind.pop("database", []):
            self._compare([e], lambda _ids, e=e: {e.entity_id: self._seal_sections(e)})
        for leftover in by_kind.values():
            raise _Broken(leftover[0].seq, "it names an unknown kind of record (altered)")

    def _compare(self, entries: list[_Entry], fetch: Any) -> None:
        for chunk in _chunks(entries, 500):
            ids = [e.entity_id for e in chunk]
            sections = fetch(ids)
            for e in chunk:
                found = sections.get(e.entity_id)
                if found is None:
                    raise _Broken(e.seq, f"the {(e.entity or '').replace('_', ' ')} it audits "
                                         f"(#{e.entity_id}) is missing from the database")
                version = content.version_of(e.content_hash or "") or content.VERSION
                hashed = _as_version(found, version)
                if hashed is None or content.digest(hashed, version) != e.content_hash:
                    raise _Broken(e.seq, f"the stored {(e.entity or '').replace('_', ' ')} "
                                         f"#{e.entity_id} no longer matches what was "
                                         "recorded (changed outside the app)")
                self.records += sum(len(rows) for _t, rows in found)

    def _select(self, table: str) -> Any:
        return select(*content.raw_columns(table, sqlite=self.sqlite))

    def _rows(self, table: str, ids: list[Any]) -> dict[Any, list[tuple[str, list[Any]]]]:
        tbl = content.TABLES[table]
        rows = self.conn.execute(self._select(table).where(tbl.c.id.in_(ids))).all()
        return {r.id: [(table, [tuple(r)])] for r in rows}

    def _assessment_rows(self, ids: list[Any]) -> dict[Any, list[tuple[str, list[Any]]]]:
        found = self._rows("assessments", ids)
        labs = content.TABLES["lab_results"]
        lab_rows = self.conn.execute(self._select("lab_results")
                                     .where(labs.c.assessment_id.in_(ids))
                                     .order_by(labs.c.id)).all()
        grouped: dict[Any, list[Any]] = defaultdict(list)
        for r in lab_rows:
            grouped[r.assessment_id].append(tuple(r))
        for aid, sections in found.items():
            sections.append(("lab_results", grouped.get(aid, [])))
        return found

    def _batch_sections(self, batch_id: Any) -> list[tuple[str, list[Any]]] | None:
        sections = self._rows("import_batches", [batch_id]).get(batch_id)
        if sections is None:
            return None
        for table in ("patients", "assessments", "lab_results"):
            tbl = content.TABLES[table]
            sections.append((table, [tuple(r) for r in self.conn.execute(
                self._select(table).where(tbl.c.import_id == batch_id).order_by(tbl.c.id))]))
        return sections

    def _ledger_sections(self, batch_id: Any) -> list[tuple[str, list[Any]]] | None:
        """The inbox ledger rows of an import batch (schema 0006); ``None`` when the batch
        itself is gone."""
        if not self._rows("import_batches", [batch_id]):
            return None
        sections = []
        for table in ("inbox_messages", "inbox_results"):
            tbl = content.TABLES[table]
            sections.append((table, [tuple(r) for r in self.conn.execute(
                self._select(table).where(tbl.c.import_id == batch_id).order_by(tbl.c.id))]))
        return sections

    def _seal_sections(self, e: _Entry) -> list[tuple[str, list[Any]]]:
        sealed = json.loads(e.detail).get("sealed", {})
        sections = []
        for table in ("patients", "assessments", "lab_results", "error_marks"):
            tbl = content.TABLES[table]
            sections.append((table, [tuple(r) for r in self.conn.execute(
                self._select(table).where(tbl.c.id <= int(sealed.get(table, 0)))
                .order_by(tbl.c.id))]))
        return sections

    # -- the head and its anchors -------------------------------------------------------------
    def _check_head(self) -> None:
        head = self.conn.execute(select(store_meta.c.value)
                                 .where(store_meta.c.key == "audit_head")).scalar_one_or_none()
        if head is None:
            if self.count:
                raise _Broken(self.count, "the recorded head of the log (audit_head) is "
                                          "missing: it was deleted")
            return
        recorded = str(head).split()
        if recorded != [str(self.count), self.prev]:
            seq = recorded[0] if recorded else "?"
            broken = int(seq) if seq.isdigit() and int(seq) > self.count else self.count
            raise _Broken(broken, f"the newest entry was recorded as {seq}, but the log ends "
                                  f"at {self.count} (entries were removed or altered)")

    def _check_anchor(self) -> None:
        if self.anchor is None:
            return
        seq, digest = self.anchor
        if seq > self.count:
            raise _Broken(seq, f"this workstation recorded entry {seq}, but the log ends at "
                               f"{self.count}: the newest entries were removed")
        if self.anchor_hash != digest:
            raise _Broken(seq, "it is not the entry this workstation recorded (the chain was "
                               "rewritten)")

    # -- every record has its entry ------------------------------------------------------------
    def _check_coverage(self) -> None:
        def audited(actions: tuple[str, ...], entity: str) -> Any:
            return select(audit_log.c.entity_id).where(audit_log.c.action.in_(actions),
                                                       audit_log.c.entity == entity)

        imports = audited(("import",), "import_batch")
        ledgers = audited(("create",), "inbox_file")
        made = audited(("classify", "correct"), "assessment")
        checks: list[tuple[str, str, Any]] = [
            ("import batch", "import_batches", None),
            ("patient", "patients", audited(("create",), "patient")),
            ("assessment", "assessments", made),
            ("error mark", "error_marks", audited(("mark_in_error",), "error_mark")),
            ("lab result", "lab_results", None),
            *((kind.replace("_", " ") + " record", table.name,
               audited(("create", "correct"), kind)) for kind, table in SCORE_TABLES.items()),
            ("inbox message", "inbox_messages", None),
            ("inbox result", "inbox_results", None),
        ]
        for label, table, own in checks:
            tbl = content.TABLES[table]
            covered: ColumnElement[bool]
            if table == "import_batches":
                covered = tbl.c.id.in_(imports)
            elif table in ("inbox_messages", "inbox_results"):
                covered = tbl.c.import_id.in_(ledgers)
            elif table == "lab_results":
                covered = or_(and_(tbl.c.assessment_id.is_not(None),
                                   tbl.c.assessment_id.in_(made)),
                              and_(tbl.c.import_id.is_not(None), tbl.c.import_id.in_(imports)))
            else:
                covered = tbl.c.id.in_(own)
                if "import_id" in tbl.c:
                    covered = or_(covered, and_(tbl.c.import_id.is_not(None),
                                                tbl.c.import_id.in_(imports)))
            covered = or_(covered, tbl.c.id <= int(self.sealed.get(table, 0)))
            first = self.conn.execute(select(tbl.c.id).where(~covered).order_by(tbl.c.id)
                                      .limit(1)).scalar_one_or_none()
            if first is not None:
                raise _Broken(None, f"{label} record #{first} has no audit entry")


def _as_version(sections: list[tuple[str, list[Any]]], version: str
                ) -> list[tuple[str, list[Any]]] | None:
    """Sections read with the current columns as an entry of ``version`` hashed them; None
    when a record holds a value in a column added after the entry was written."""
    out = []
    for table, rows in sections:
        hashed = content.as_version(table, rows, version)
        if hashed is None:
            return None
        out.append((table, hashed))
    return out


def _required(text: dict[str, str | None], name: str, seq: int) -> str:
    value = text[name]
    if value is None:
        raise _Broken(seq, f"its {name.replace('_', ' ')} is empty (it was changed outside "
                           "the app)")
    return value


def _text(value: Any, seq: int) -> str | None:
    if value is None or isinstance(value, str):
        return value
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        raise _Broken(seq, "it holds text that is not valid UTF-8 (it was changed outside "
                           "the app)") from None


def _chunks(items: list[_Entry], size: int) -> Iterator[list[_Entry]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
