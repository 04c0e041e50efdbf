"""The patient list: one line per patient with the newest current assessment.

"Current" is what the trend uses: not replaced by a correction and not marked entered in
error.  "Newest" follows the history's order: sample time where known, else assessment time.
One query with a window function (SQLite ≥ 3.25 and PostgreSQL alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, case, exists, func, select

from desktop_app.store.tables import assessments, error_marks, patients


@dataclass(frozen=True)
class PatientSummary:
    """A row of the patient list; ``last_*`` are ``None`` when no current assessment exists."""

    identifier: str
    assessments: int  # current assessments (corrected versions and errors not counted)
    last_assessment_id: int | None
    last_status: str | None
    last_phenotype: str | None
    last_date: datetime | None  # sample time where known, else assessment time (UTC)


def patients_overview(conn: Connection, search: str = "", *,
                      limit: int | None = None) -> list[PatientSummary]:
    """Most recently assessed first; patients without a current assessment last, by
    identifier.  ``search``: identifiers containing it, ignoring case (``%``/``_`` literal)."""
    a, newer = assessments, assessments.alias("newer")
    when = func.coalesce(a.c.sampled_at_utc, a.c.assessed_at_utc)
    current = (
        select(a.c.patient_id, a.c.id, a.c.status, a.c.phenotype, when.label("at"),
               func.row_number().over(partition_by=a.c.patient_id,
                                      order_by=(when.desc(), a.c.assessed_at_utc.desc(),
                                                a.c.id.desc())).label("rank"),
               func.count().over(partition_by=a.c.patient_id).label("n"))
        .where(~exists().where(newer.c.supersedes_id == a.c.id),
               ~exists().where(error_marks.c.entity == "assessment",
                               error_marks.c.entity_id == a.c.id))
        .subquery())
    query = (
        select(patients.c.identifier, current.c.n, current.c.id, current.c.status,
               current.c.phenotype, current.c.at)
        .select_from(patients.outerjoin(current, and_(current.c.patient_id == patients.c.id,
                                                      current.c.rank == 1)))
        .order_by(case((current.c.at.is_(None), 1), else_=0), current.c.at.desc(),
                  patients.c.identifier))
    if search.strip():
        query = query.where(patients.c.identifier.icontains(search.strip(), autoescape=True))
    if limit is not None:
        query = query.limit(limit)
    rows = conn.execute(query).all()
    return [PatientSummary(r.identifier, int(r.n or 0), r.id, r.status, r.phenotype,
                           datetime.fromisoformat(r.at) if r.at else None) for r in rows]


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows per record table, for ``db check``."""
    from desktop_app.store.tables import SCORE_TABLES, audit_log, import_batches, lab_results

    out = {}
    for table in (patients, assessments, lab_results, error_marks, import_batches, audit_log,
                  *SCORE_TABLES.values()):
        out[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    out["corrections"] = int(conn.execute(select(func.count()).select_from(assessments).where(
        assessments.c.supersedes_id.is_not(None))).scalar_one())
    return out
