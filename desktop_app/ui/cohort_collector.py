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
  has returned its cohort, moves every live object to the collector's permanent generation
  (``gc.freeze()``, constant time; reference counting still frees them);
- a cohort window holds the freeze while it is open (``freeze_while_open``/``thaw``); when the
  last one closes, or an import ends without a window (``thaw_unheld``: cancelled, failed),
  ``gc.unfreeze()`` hands everything back, so cyclic garbage among it is collected then.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop_app.services.cohort import gc_paused

_holders: set[int] = set()


def quietly(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the collector paused, then, if it returned, everything
    frozen (run it on the import's worker thread; a cancelled or failed import freezes
    nothing)."""
    with gc_paused():
        result = fn(*args, **kwargs)
        gc.freeze()  # before the collector is switched on again
    return result


def freeze_while_open(owner: QObject) -> None:
    """Called when a cohort window is made (its cohort is alive): frozen until ``thaw`` or
    until the window is destroyed (a parent window closing does not close it first)."""
    gc.freeze()
    key = id(owner)
    _holders.add(key)
    owner.destroyed.connect(lambda *_: _release(key))


def thaw(owner: QObject) -> None:
    """Called when that window closes; the last one to close unfreezes."""
    _release(id(owner))


def _release(key: int) -> None:
    if key in _holders:
        _holders.discard(key)
        thaw_unheld()


def thaw_unheld() -> None:
    """Unfreeze unless a cohort window is open (an import ended without one)."""
    if not _holders:
        gc.unfreeze()
