"""Helpers for the lab-import tests: golden files, a fixed clock, outcomes by row."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.lab_import import ImportOptions
from desktop_app.services.cohort import CohortResult, run_cohort

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
NOW = datetime(2025, 12, 1, tzinfo=UTC)  # after every golden sample time but the 2099 one


def outcome_table(result: CohortResult) -> dict[int, tuple[object, ...]]:
    """row -> ("mals"|"immunoparalysis"|"unclassified", rows) | ("cannot", reason codes, rows)
    | ("rejected", reason codes); every data row appears exactly once."""
    table: dict[int, tuple[object, ...]] = {}
    for r in result.rows:
        a = r.assessment
        entry: tuple[object, ...]
        if a.phenotype is not None:
            entry = (a.phenotype.value, r.rows)
        else:
            entry = ("cannot", tuple(sorted(set(a.reason_codes()))), r.rows)
        for row in r.rows:
            assert row not in table, f"row {row} twice"
            table[row] = entry
    for rej in result.rejected_rows:
        assert rej.row not in table, f"row {rej.row} twice"
        table[rej.row] = ("rejected", tuple(sorted({i.code for i in rej.reasons})))
    return table


def cohort(name: str | Path, **options: object) -> CohortResult:
    path = name if isinstance(name, Path) else DATA / name
    result = run_cohort(path, ImportOptions(**options), now=NOW)  # type: ignore[arg-type]
    assert result.balanced
    assert len(outcome_table(result)) == result.rows_read
    return result


@pytest.fixture(name="cohort")
def cohort_fixture():  # type: ignore[no-untyped-def]
    """cohort(name or path, **ImportOptions fields) -> CohortResult, checked for balance."""
    return cohort


@pytest.fixture(name="table")
def table_fixture():  # type: ignore[no-untyped-def]
    """table(result) -> {row: outcome}; see ``outcome_table``."""
    return outcome_table


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(text or bytes, name="x.csv", encoding="utf-8") -> path of a new file."""
    def _write(content: str | bytes, name: str = "labs.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path
    return _write
