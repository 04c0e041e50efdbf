"""One PDF that prints as one job: the cohort summary, then every patient's report, bookmarked.

``all-reports.pdf`` is assembled from PDFs already rendered and checked (the summary and the
per-patient files): pages are copied with pypdf, nothing is laid out again, so the combined file
shows exactly what the single files show.  Every patient's first page gets a bookmark (the PDF
outline a viewer shows beside the pages), and the viewer opens with the outline visible.

The file is written atomically once it is complete: a cancelled or failed batch leaves no
combined file, never a partial one (hazard H22).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.atomic import atomic_writer

COMBINED_NAME = "all-reports.pdf"


@dataclass(frozen=True)
class Part:
    """One document of the combined file and its bookmark."""

    pdf: bytes | Path  # the bytes, or a file written by this batch
    bookmark: str


def combine(parts: Sequence[Part], target: str | os.PathLike[str], *, title: str,
            creator: str, overwrite: bool,
            progress: Callable[[int, int], None] | None = None,
            should_cancel: Callable[[], bool] | None = None) -> Path | None:
    """Write ``parts`` one after the other into ``target``, one bookmark per part.

    Returns the path, or ``None`` when ``should_cancel`` said stop (nothing is written then).
    ``title`` and ``creator`` go into the document information; no patient data does.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    for i, part in enumerate(parts):
        if should_cancel is not None and should_cancel():
            return None
        data = part.pdf.read_bytes() if isinstance(part.pdf, Path) else part.pdf
        reader = PdfReader(io.BytesIO(data))
        first = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        writer.add_outline_item(title=outline_text(part.bookmark), page_number=first)
        if progress is not None:
            progress(i + 1, len(parts))
    writer.add_metadata({"/Title": title, "/Creator": creator})
    writer._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    with atomic_writer(target, overwrite=overwrite) as f:
        writer.write(f)
    return Path(target)


def outline_text(text: str, limit: int = 160) -> str:
    """A bookmark title: one line, control characters removed, at most ``limit`` characters."""
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
