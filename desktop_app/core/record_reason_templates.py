"""English templates of the reasons the app itself writes into the records (schema 0007).

The laboratory inbox stores a new version of an assessment when the laboratory corrects a
result, sends it again or sends its partner later, and marks an assessment entered in error
when the laboratory withdraws a result.  Each reason is stored as its template id and typed
parameters (``store.reasons.RecordReason``) beside its English sentence, so an assessment
stored years ago reads in the language of whoever opens it.  Merged into
``findings.TEMPLATES`` (keys unique across tables); whole sentences with a full stop.

Ids are stored in the records: never rename or remove one (reword its English freely; the
catalogues keep each translation by id, ``tools/i18n.py update``).  ``{test}`` is the analyte
(a ``Term``), ``{status}`` the result status as the laboratory sent it ("C", "amended"),
``{meaning}`` a withdrawal's status in words, ``{source}`` the file, message and segment
(``SourceRef.sentence()``).
"""

from __future__ import annotations

RECORD_REASON_TEMPLATES: dict[str, str] = {
    "lab_version.corrected": "The laboratory corrected the {test} result (status {status}) in "
                             "{source}.",
    "lab_version.sent_again": "The laboratory sent the {test} result again (status {status}) "
                              "in {source}.",
    "lab_version.paired": "Paired with the {test} result received in {source}.",
    "lab_withdrawal": "The laboratory withdrew the {test} result ({meaning}) in {source}.",
}
