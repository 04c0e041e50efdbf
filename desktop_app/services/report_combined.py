"""One PDF that prints as one job: the cohort summary, then every patient's report, bookmarked.

``all-reports.pdf`` is assembled from PDFs already rendered and checked (the per-patient files
and the summary): pages are copied with pypdf, nothing is laid out again, so the combined file
shows exactly what the single files show.  Every patient's first page gets a bookmark (the PDF
outline a viewer shows beside the pages), and the viewer opens with the outline visible.

Copying costs a few milliseconds per report, so it runs *while* the pool renders: a thread in
this process takes the reports in the combined order as their outcomes arrive (the batch
submits them in that order), and the summary's pages go in front at the end.  The file is
written atomically once it is complete: a cancelled or failed batch leaves no combined file,
never a partial one (hazard H22).
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.services.atomic import atomic_writer

if TYPE_CHECKING:
    from desktop_app.services.report_batch import RowOutcome

COMBINED_NAME = "all-reports.pdf"


class Combiner:
    """Collects the written reports of ``order`` (rows, in the combined file's order).

    ``feed(outcomes)`` may be called from any thread as outcomes arrive; a worker thread copies
    each written report in turn (``bookmark(outcome)`` names it).  ``finish`` puts the summary
    in front and writes the file; ``abort`` drops everything.
    """

    def __init__(self, folder: Path, order: Sequence[int],
                 bookmark: Callable[[RowOutcome], str]) -> None:
        from pypdf import PdfWriter

        self._folder, self._order, self._bookmark = folder, list(order), bookmark
        self._writer = PdfWriter()
        self._marks: list[tuple[str, Any]] = []  # (bookmark, first page) per copied report
        self._arrived: dict[int, RowOutcome] = {}
        self._cond = threading.Condition()
        self._stop = False
        self._error: BaseException | None = None
        self.copied = 0  # rows taken (written or not), for progress
        self._thread = threading.Thread(target=self._run, name="all-reports", daemon=True)
        self._thread.start()

    def feed(self, outcomes: Sequence[RowOutcome]) -> None:
        with self._cond:
            self._arrived.update((o.row, o) for o in outcomes)
            self._cond.notify()

    def _run(self) -> None:
        from pypdf import PdfReader

        from desktop_app.services.report_batch import Outcome

        try:
            for row in self._order:
                with self._cond:
                    while row not in self._arrived and not self._stop:
                        self._cond.wait()
                    if self._stop:
                        return
                    outcome = self._arrived[row]
                if outcome.outcome is Outcome.WRITTEN:
                    reader = PdfReader(io.BytesIO((self._folder / outcome.file).read_bytes()))
                    pages = [self._writer.add_page(page) for page in reader.pages]
                    self._marks.append((outline_text(self._bookmark(outcome)),
                                        pages[0].indirect_reference))
                self.copied += 1
        except BaseException as exc:  # reported by finish(), in the caller's thread
            self._error = exc

    def abort(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        self._thread.join()

    def finish(self, summary: bytes, summary_title: str, target: str | os.PathLike[str], *,
               title: str, creator: str, overwrite: bool,
               progress: Callable[[int], None] | None = None,
               should_cancel: Callable[[], bool] | None = None) -> Path | None:
        """Wait for the last report, put ``summary`` in front, write ``target``; ``None`` when
        cancelled meanwhile.  Every row of ``order`` must have been fed (or this waits)."""
        from pypdf import PdfReader
        from pypdf.generic import NameObject

        while self._thread.is_alive():
            self._thread.join(0.2)
            if progress is not None:
                progress(self.copied)
            if should_cancel is not None and should_cancel():
                self.abort()
                return None
        if self._error is not None:
            raise self._error
        w = self._writer
        w.add_metadata({"/Title": title, "/Creator": creator})
        for i, page in enumerate(PdfReader(io.BytesIO(summary)).pages):
            w.insert_page(page, i)
        # The outline is built last, in reading order: pages are referred to as objects, so
        # inserting the summary in front moved nothing.
        w.add_outline_item(title=summary_title, page_number=0)
        for mark, page in self._marks:
            w.add_outline_item(title=mark, page_number=page)
        w._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
        with atomic_writer(target, overwrite=overwrite) as f:
            w.write(f)
        return Path(target)


def outline_text(text: str, limit: int = 160) -> str:
    """A bookmark title: one line, control characters removed, at most ``limit`` characters."""
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
