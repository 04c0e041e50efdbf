"""Keep a cohort out of the cycle collector's passes while the window holds it (no stalls).

A 100 000-row cohort is a few objects holding millions of references (lists of patient ids,
sample times and cell texts of 100 000 entries each).  Python's cycle collector walks every
reference of every tracked container it examines, holding the interpreter lock, on whichever
thread happens to allocate: measured, a pass over a just-imported cohort froze the GUI thread
for 50 ms from the import's worker thread, and a full pass later froze it for 0.2 s while
the map was being drawn; such passes recur while the window is in use (bench/window_bench.py,
docs/import.md).  These objects hold no reference cycles (strings, numbers, datetimes in
lists and arrays), so:

- ``quietly(fn, ...)`` runs an import on its worker with the collector paused and, when it
  returns, moves every live object to the collector's permanent generation (``gc.freeze()``,
  constant time; reference counting still frees them);
- a cohort window holds the freeze while it is open (``freeze_while_open``/``thaw``); when the
  last one closes, or an import ends without a window (``thaw_unheld``: cancelled, failed),
  ``gc.unfreeze()`` hands everything back, so cyclic garbage among it is collected then.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from desktop_app.services.cohort import gc_paused

_holders: set[int] = set()


def quietly(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the collector paused, then everything frozen (run it on
    the import's worker thread)."""
    with gc_paused(freeze=True):
        return fn(*args, **kwargs)


def freeze_while_open(owner: object) -> None:
    """Called when a cohort window is made (its cohort is alive): frozen until ``thaw``."""
    gc.freeze()
    _holders.add(id(owner))


def thaw(owner: object) -> None:
    """Called when that window closes; the last one to close unfreezes."""
    _holders.discard(id(owner))
    thaw_unheld()


def thaw_unheld() -> None:
    """Unfreeze unless a cohort window is open (an import ended without one)."""
    if not _holders:
        gc.unfreeze()
