"""Helpers for the tests of the inbox's stored reasons (issue 18 pt 2): storing a message
file as the drop folder does, and German with the reason templates worded.

The shipped catalogues hold the reason templates unfinished until the translators fill them;
``german()`` adds the test's own wording, while the nested parts -- "Nachricht", "Segment",
"Ferritin", a withdrawal's meaning -- come from the shipped German catalogue."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.record_reason_templates import RECORD_REASON_TEMPLATES
from desktop_app.i18n import Translator, i18n_dir
from desktop_app.i18n.catalogue import FINDING, Catalogue, Entry, catalogue_path, read_catalogue

from .messages import INBOX, write

GERMAN = {
    "lab_version.corrected": "Das Labor hat das {test}-Ergebnis (Status {status}) in {source} "
                             "korrigiert.",
    "lab_version.sent_again": "Das Labor hat das {test}-Ergebnis (Status {status}) in {source} "
                              "erneut gesendet.",
    "lab_version.paired": "Gepaart mit dem {test}-Ergebnis aus {source}.",
    "lab_withdrawal": "Das Labor hat das {test}-Ergebnis ({meaning}) in {source} "
                      "zurückgezogen.",
}


def german() -> Translator:
    """German: the shipped catalogue with ``GERMAN`` added."""
    shipped = read_catalogue(catalogue_path("de", i18n_dir()))
    extra = tuple(Entry(FINDING, RECORD_REASON_TEMPLATES[key], key, (text,))
                  for key, text in GERMAN.items())
    return Translator("de", Catalogue("de", shipped.entries + extra))


def store_file(store: Any, folder: Path, name: str, *messages: str,
               now: datetime = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)) -> Any:
    """Write ``messages`` to ``folder/name`` and store the file as the inbox does."""
    from desktop_app.lab_import.message_fields import MessageReadOptions
    from desktop_app.lab_import.message_file import MessageLabFile
    from desktop_app.lab_import.model import ImportOptions
    from desktop_app.services.inbox_store import store_inbox_file
    from desktop_app.store import inbox_ledger

    path = write(folder, name, *messages)
    seen = store.read_records(inbox_ledger.seen_messages)
    lab = MessageLabFile(path, "hl7", ImportOptions(), read_options=MessageReadOptions.from_site(
        INBOX, seen_messages=seen))
    return store_inbox_file(store, lab, file_name=name, file_sha256="0" * 64, now=now,
                            evidence_version="ev-1")
