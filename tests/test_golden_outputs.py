"""Every output route on the golden inputs is byte-identical to the stored outputs.

The stored outputs (``tests/data/golden_outputs/``) were produced by the code and reviewed;
a change to any of them is deliberate and named in its commit (``tests/golden_outputs.py``
regenerates them).
"""

from __future__ import annotations

import difflib

from .golden_outputs import EXPECTED, render_all


def test_every_route_matches_the_stored_outputs() -> None:
    outputs = render_all()
    assert sorted(outputs) == sorted(p.name for p in EXPECTED.iterdir())
    for name, data in outputs.items():
        expected = (EXPECTED / name).read_bytes()
        if data != expected:
            diff = difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                        data.decode("utf-8", "replace").splitlines(),
                                        "expected", "now", lineterm="", n=1)
            raise AssertionError(f"{name} differs:\n" + "\n".join(list(diff)[:40]))
