"""Rows that describe the same patient at the same time: reported, never merged (hazard H12).

Exact duplicates (same values after parsing) keep the first row and reject the later ones as
"duplicate of row N"; rows that disagree are all rejected, because which one is right cannot be
decided.  (A patient id with two different names or dates of birth: ``identity``.)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from desktop_app.lab_import.model import RowIssue


class KeyIndex:
    """Collects row indices by key in one pass; remembers only keys seen more than once."""

    def __init__(self) -> None:
        self._first: dict[Hashable, int] = {}
        self.groups: dict[Hashable, list[int]] = {}

    def add(self, key: Hashable, index: int) -> None:
        first = self._first.setdefault(key, index)
        if first != index:
            group = self.groups.get(key)
            if group is None:
                self.groups[key] = [first, index]
            else:
                group.append(index)

    def release(self) -> None:
        self._first = {}


def resolve_groups(groups: dict[Hashable, list[int]],
                   signature: Callable[[int], Hashable | None],
                   row_number: Callable[[int], int], what: str) -> dict[int, RowIssue]:
    """Issues for the rows of every group.  ``signature(i)`` is None for a row that is rejected
    for its own reasons anyway (it takes no part in the comparison)."""
    issues: dict[int, RowIssue] = {}
    for members in groups.values():
        valid = [(i, signature(i)) for i in members]
        valid = [(i, s) for i, s in valid if s is not None]
        if len(valid) < 2:
            continue
        rows = [row_number(i) for i, _ in valid]
        if len({s for _, s in valid}) == 1:
            first = rows[0]
            for i, _ in valid[1:]:
                issues[i] = RowIssue.worded("duplicate_result", f"duplicate_result.{what}",
                                            row=str(first))
        else:
            listed = ", ".join(str(r) for r in rows)
            for i, _ in valid:
                issues[i] = RowIssue.worded("conflicting_results",
                                            f"conflicting_results.{what}", rows=listed)
    return issues

