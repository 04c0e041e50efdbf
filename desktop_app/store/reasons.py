"""Why a new version of a record was stored, or a record marked entered in error, as stored.

A clinician's reason is text as typed: shown as typed in every language.  A reason the app
writes itself (the laboratory inbox: a result corrected, sent again or paired, a result
withdrawn) is stored since schema 0007 as a template id of ``core.findings.TEMPLATES``
(``core.record_reason_templates``) with its typed parameters -- columns ``<name>_code`` and
``<name>_params`` (JSON, ``findings.params_to_dict``) beside the English sentence in
``<name>``, which every older reader, export and audit entry knows -- and is worded in the
reader's language (``localized``).  A reason stored before 0007 has its English sentence
only and keeps it: a stored sentence is never parsed back into parameters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.core.findings import Param, Params, Sentence, params_to_dict, render, text_params
from desktop_app.core.serialize import params_from_dict


class ReasonWriter(Protocol):
    """What ``localized`` needs of a ``desktop_app.i18n.Translator``."""

    def finding(self, finding: Any) -> str: ...


@dataclass(frozen=True)
class RecordReason:
    """``text``: the stored sentence; ``code`` and ``params``: its template id and typed
    values when the app wrote it (None and () for a clinician's words)."""

    text: str
    code: str | None = None
    params: Params = ()

    @classmethod
    def worded(cls, template_id: str, /, **params: str | Param) -> RecordReason:
        """A reason the app writes: ``template_id`` filled with ``params`` (a ``str`` is shown
        exactly as it is: a file name, a status as the laboratory sent it)."""
        values = text_params(**params)
        return cls(render(template_id, values), template_id, values)

    @classmethod
    def stored(cls, text: str | None, code: str | None, params: str | None
               ) -> RecordReason | None:
        """The reason of a stored row (None without one).  A code this app cannot word (its
        template unknown, a parameter missing -- only a row changed around the app, which
        ``audit verify`` reports) leaves the stored sentence."""
        if text is None:
            return None
        if code is None or params is None:
            return cls(text)
        try:
            values = params_from_dict(json.loads(params))
            render(code, values)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return cls(text)
        return cls(text, code, values)

    def columns(self, name: str) -> dict[str, str | None]:
        """The values of columns ``name``, ``name_code`` and ``name_params``."""
        return {name: self.text, f"{name}_code": self.code,
                f"{name}_params": None if self.code is None else json.dumps(
                    params_to_dict(self.params), ensure_ascii=False, separators=(",", ":"))}

    def localized(self, tr: ReasonWriter) -> str:
        """In ``tr``'s language: the app's reason from its template, a clinician's as typed."""
        if self.code is None:
            return self.text
        return tr.finding(Sentence(self.code, self.params))

    def __str__(self) -> str:
        return self.text
