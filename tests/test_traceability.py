"""Hazard traceability, enforced (hazards.md goal G14).

``docs/hazard-traceability.md`` maps every hazard of the log (H01-H34, H40-H43) to the
automated tests that prove its mitigation, and every release goal (G1-G18) to its evidence.
This file parses those tables and fails when a hazard is missing or listed twice, when a hazard
marked covered or partial names no test, when a partial or gap row does not say what is
missing, or when a listed test id or file does not exist.  Test ids are looked up by reading
the test files with ``ast`` (nothing is imported, collected or run), so the check takes
milliseconds and renaming or deleting a listed test fails it.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "hazard-traceability.md"

# hazards.md §3; H43 (results of one sample split across laboratory files) added with issue 14
HAZARDS = (*(f"H{n:02d}" for n in range(1, 35)), "H40", "H41", "H42", "H43")
GOALS = tuple(f"G{n}" for n in range(1, 19))  # hazards.md §7
HAZARD_STATUSES = ("covered", "partial", "gap")
GOAL_STATUSES = ("met", "partly", "not")
NOTHING = ("", "—", "-")

# `tests/x/test_y.py::test_z`, `...::TestClass::test_z`, `...::test_z[param]`
TEST_ID = re.compile(r"`(tests/[^`\s]+?\.py::[^`\s]+)`")
# `desktop_app/core/units.py`, `docs/import.md`, `desktop_app/lab_import/` (no node ids: no ':')
REPO_PATH = re.compile(r"`((?:desktop_app|tests|bench|docs|installers)/[^`\s:*]*)`")
CELL_BOUNDARY = re.compile(r"(?<!\\)\|")
SEPARATOR_CELL = re.compile(r":?-{3,}:?")
COLLECTED_FILE = re.compile(r"test_\w*\.py")  # pytest's default python_files (test_*.py)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, title: str) -> int:
        """Index of the column whose header starts with ``title``."""
        for i, name in enumerate(self.header):
            if name.startswith(title):
                return i
        raise AssertionError(f"table {self.header[0]!r} has no column {title!r}")


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    return tuple(cell.strip() for cell in CELL_BOUNDARY.split(inner))


def parse_tables(markdown: str) -> list[Table]:
    """Every pipe table of the document: header cells and body rows (separator line dropped)."""
    blocks: list[list[str]] = []
    previous_was_table = False
    for line in markdown.splitlines():
        is_table = line.lstrip().startswith("|")
        if is_table and not previous_was_table:
            blocks.append([])
        if is_table:
            blocks[-1].append(line)
        previous_was_table = is_table
    tables = []
    for block in blocks:
        body = [_cells(line) for line in block[1:]]
        if body and all(SEPARATOR_CELL.fullmatch(c) for c in body[0]):
            body = body[1:]
        tables.append(Table(_cells(block[0]), tuple(body)))
    return tables


def table_headed(tables: list[Table], first_column: str) -> Table:
    found = [t for t in tables if t.header and t.header[0] == first_column]
    assert len(found) == 1, f"{len(found)} tables whose first column is {first_column!r}"
    return found[0]


def _status(cell: str) -> str:
    return cell.strip("* ").lower()


def _listed_once(ids: list[str], expected: tuple[str, ...], kind: str) -> list[str]:
    counts = Counter(ids)
    problems = [f"{key} is listed {counts[key]} times; it must appear exactly once"
                for key in expected if counts[key] != 1]
    problems += [f"{key!r} is not a {kind} of hazards.md"
                 for key in sorted(set(ids) - set(expected))]
    return problems


def check_hazards(table: Table) -> list[str]:
    """Problems of the hazard table; an empty list when it is complete and consistent."""
    tests, status_at, gap = (table.column(t) for t in ("Automated tests", "Status", "Gap"))
    problems = _listed_once([row[0] for row in table.rows], HAZARDS, "hazard")
    for row in table.rows:
        if len(row) != len(table.header):
            problems.append(f"{row[0]}: {len(row)} cells, the header has {len(table.header)}")
            continue
        status, ids = _status(row[status_at]), TEST_ID.findall(row[tests])
        if status not in HAZARD_STATUSES:
            problems.append(f"{row[0]}: status {row[status_at]!r} is not one of "
                            f"{', '.join(HAZARD_STATUSES)}")
        if status in ("covered", "partial") and not ids:
            problems.append(f"{row[0]} is marked {status} but lists no automated test id")
        if status == "gap" and ids:
            problems.append(f"{row[0]} is marked gap but lists tests: call it partial")
        if status in ("partial", "gap") and row[gap] in NOTHING:
            problems.append(f"{row[0]} is marked {status} but does not say what is missing")
    return problems


def check_goals(table: Table) -> list[str]:
    """Problems of the goal table: each goal once, a known status, evidence or what is missing."""
    status_at, evidence, missing = (table.column(t) for t in ("Status", "Evidence", "Missing"))
    problems = _listed_once([row[0] for row in table.rows], GOALS, "goal")
    for row in table.rows:
        if len(row) != len(table.header):
            problems.append(f"{row[0]}: {len(row)} cells, the header has {len(table.header)}")
            continue
        status = _status(row[status_at])
        if status not in GOAL_STATUSES:
            problems.append(f"{row[0]}: status {row[status_at]!r} is not one of "
                            f"{', '.join(GOAL_STATUSES)}")
        if status == "met" and row[evidence] in NOTHING:
            problems.append(f"{row[0]} is marked met without evidence")
        if status in ("partly", "not") and row[missing] in NOTHING:
            problems.append(f"{row[0]} is marked {status} but does not say what is missing")
    return problems


def _test_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
        return node.name
    return None


def defined_tests(path: Path) -> set[str]:
    """Test names pytest would collect from ``path``: ``test_x`` and ``TestClass::test_x``."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        if (name := _test_name(node)) is not None:
            names.add(name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            names.update(f"{node.name}::{method}" for method in map(_test_name, node.body)
                         if method is not None)
    return names


def missing_tests(node_ids: list[str], root: Path) -> list[str]:
    """Node ids that name no test; a ``[...]`` parameter suffix is ignored."""
    problems = []
    known: dict[Path, set[str]] = {}
    for node_id in sorted(set(node_ids)):
        file_part, _, name = node_id.partition("::")
        name = name.split("[", 1)[0]
        path = root / file_part
        if not COLLECTED_FILE.fullmatch(path.name):
            problems.append(f"{node_id}: pytest does not collect tests from {path.name}")
        elif not path.is_file():
            problems.append(f"{node_id}: there is no file {file_part}")
        else:
            if path not in known:
                known[path] = defined_tests(path)
            if name not in known[path]:
                problems.append(f"{node_id}: {file_part} defines no test {name}")
    return problems


def missing_files(markdown: str, root: Path) -> list[str]:
    return [f"{p} does not exist" for p in sorted(set(REPO_PATH.findall(markdown)))
            if not (root / p).exists()]


# -- the real matrix ---------------------------------------------------------------------------

def _doc() -> str:
    assert DOC.is_file(), f"{DOC.relative_to(ROOT)} is missing"
    return DOC.read_text(encoding="utf-8")


def test_every_hazard_is_listed_once_and_covered_or_partial_ones_name_tests() -> None:
    problems = check_hazards(table_headed(parse_tables(_doc()), "ID"))
    assert not problems, "\n".join(problems)


def test_every_goal_is_listed_once_with_its_evidence() -> None:
    problems = check_goals(table_headed(parse_tables(_doc()), "Goal"))
    assert not problems, "\n".join(problems)


def test_every_listed_test_exists() -> None:
    ids = TEST_ID.findall(_doc())
    assert len(ids) > len(HAZARDS)  # the pattern still matches the document's ids
    problems = missing_tests(ids, ROOT)
    assert not problems, "update docs/hazard-traceability.md:\n" + "\n".join(problems)


def test_every_referenced_file_exists() -> None:
    problems = missing_files(_doc(), ROOT)
    assert not problems, "\n".join(problems)


# -- the checker itself can fail ---------------------------------------------------------------

SAMPLE_TESTS = """\
import pytest

def test_alpha():
    pass

@pytest.mark.parametrize("x", [1, 2])
def test_beta(x):
    pass

class TestGamma:
    def test_delta(self):
        pass

def helper_test_epsilon():
    def test_nested():
        pass
"""


def _matrix(rows: dict[str, tuple[str, str, str]]) -> str:
    lines = ["| ID | Hazard | Mitigation | Automated tests | Status | Gap |",
             "| --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {key} | h | m | {tests} | {status} | {gap} |"
              for key, (tests, status, gap) in rows.items()]
    return "\n".join(lines) + "\n"


def test_the_checker_catches_missing_duplicate_untested_and_renamed(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    sample = tmp_path / "tests" / "test_sample.py"
    sample.write_text(SAMPLE_TESTS, encoding="utf-8")
    alpha = "`tests/test_sample.py::test_alpha`"
    rows = {key: (alpha, "covered", "—") for key in HAZARDS}
    rows["H02"] = ("`tests/test_sample.py::test_beta[1]`<br>"
                   "`tests/test_sample.py::TestGamma::test_delta`", "partial", "no X")
    rows["H03"] = ("—", "gap", "nothing tests Y")
    good = _matrix(rows)
    assert check_hazards(table_headed(parse_tables(good), "ID")) == []
    assert missing_tests(TEST_ID.findall(good), tmp_path) == []

    broken = dict(rows)
    del broken["H07"]
    broken["H04"] = ("—", "covered", "—")
    broken["H05"] = (alpha, "partial", "—")
    broken["H06"] = (alpha, "done", "—")
    text = _matrix(broken).replace("| H09 |", "| H08 |") + "| H35 | h | m | x | gap | y |\n"
    problems = "\n".join(check_hazards(table_headed(parse_tables(text), "ID")))
    for expected in ("H07 is listed 0 times", "H08 is listed 2 times", "H09 is listed 0 times",
                     "'H35' is not a hazard", "H04 is marked covered but lists no automated",
                     "H05 is marked partial but does not say", "H06: status 'done'"):
        assert expected in problems, expected

    sample.write_text(SAMPLE_TESTS.replace("def test_alpha", "def test_alpha_renamed"),
                      encoding="utf-8")
    ids = [*TEST_ID.findall(good), "tests/test_sample.py::test_nested",
           "tests/test_sample.py::helper_test_epsilon", "tests/conftest.py::test_alpha",
           "tests/test_gone.py::test_a"]
    problems = "\n".join(missing_tests(ids, tmp_path))
    for expected in ("tests/test_sample.py defines no test test_alpha",
                     "defines no test test_nested", "defines no test helper_test_epsilon",
                     "does not collect tests from conftest.py", "there is no file tests/test_gone"):
        assert expected in problems, expected
    assert "test_delta" not in problems and "test_beta" not in problems
