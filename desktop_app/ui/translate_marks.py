"""``QT_TRANSLATE_NOOP`` typed as what it returns: the text it marks.

PySide6's stubs declare it ``-> object``, which makes every marked text untyped where it is
used.  lupdate and ``tools/i18n_sources.py`` read the name, so modules import it from here
under the same name (or the ``N`` alias the extraction also understands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Mark ``text`` for translation in ``context``; returns it unchanged."""
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
