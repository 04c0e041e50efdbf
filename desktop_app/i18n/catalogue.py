"""A language's catalogue, read without Qt: ``resources/i18n/immunosep_<lang>.ts``.

One Qt Linguist ``.ts`` file per language holds every translated text of the app: the window's
strings (contexts named after their Qt classes, compiled to ``.qm`` for ``QTranslator``) and the
texts rendered without Qt, in the contexts below, which this module reads directly with
``xml.etree``.  A message is identified as in Qt by context, English source text and
disambiguation (the ``<comment>``); for the contexts here the disambiguation is the stable key
that lets a translation follow its text when the English wording changes:

=============  ===============================  ===============================================
context        ``<comment>`` (key)              text
=============  ===============================  ===============================================
``Text``       ``""`` or ``"plural"``           ``tr("…")`` in PDF / command-line code
``Finding``    the finding's code               a finding's sentence template
``Evidence``   the JSON path in immunosep.json  an evidence text (key point, regimen, …)
``Training``   ``<case id>/<field>``            a training case's title, topic or note
``Term``       the term's key                   a word used inside findings (a core ``TERMS``)
=============  ===============================  ===============================================

Only *finished* translations are used: an entry marked ``unfinished``, ``vanished`` or
``obsolete``, or with an empty translation, counts as missing (the completeness test forbids
missing entries in shipped catalogues).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

CATALOGUE_STEM = "immunosep"
TEXT = "Text"
FINDING = "Finding"
EVIDENCE = "Evidence"
TRAINING = "Training"
TERM = "Term"
TEXT_CONTEXTS = (TEXT, FINDING, EVIDENCE, TRAINING, TERM)
PLURAL_KEY = "plural"


class CatalogueError(RuntimeError):
    """A catalogue file is missing or not a readable Qt ``.ts`` file."""


@dataclass(frozen=True)
class Entry:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    key: str  # the <comment> (Qt's disambiguation): finding code, JSON path, "plural" or ""
    translations: tuple[str, ...]  # one text, or one per plural form (numerus)
    state: str = ""  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool = False
    old_source: str = ""  # the English text this translation was made for, when it changed
    note: str = ""  # the translator's note (<extracomment>)

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translations) and all(
            t.strip() for t in self.translations)


class Catalogue:
    """The entries of one language, indexed for the look-ups the ``Translator`` makes."""

    def __init__(self, lang: str, entries: tuple[Entry, ...]) -> None:
        self.lang = lang
        self.entries = entries
        self._exact: dict[tuple[str, str, str], Entry] = {}
        self._by_key: dict[tuple[str, str], Entry] = {}
        self._by_source: dict[tuple[str, str], Entry] = {}
        for e in entries:
            if not e.finished:
                continue
            self._exact[(e.context, e.source, e.key)] = e
            if e.key:
                self._by_key[(e.context, e.key)] = e
            # Evidence and training texts carry their JSON path as key; the same English text
            # at two paths has the same translation (checks.py verifies it): any one will do.
            self._by_source.setdefault((e.context, e.source), e)

    def get(self, context: str, source: str, key: str = "") -> Entry | None:
        """The finished entry for exactly this English ``source`` and ``key``, if any."""
        return self._exact.get((context, source, key))

    def by_key(self, context: str, key: str) -> Entry | None:
        """The finished entry with this stable key (e.g. a finding code), whatever its source."""
        return self._by_key.get((context, key))

    def by_source(self, context: str, source: str) -> Entry | None:
        """The finished entry for this English ``source`` under any key."""
        return self._by_source.get((context, source))


def catalogue_path(lang: str, directory: Path) -> Path:
    return Path(directory) / f"{CATALOGUE_STEM}_{lang}.ts"


def read_catalogue(path: Path) -> Catalogue:
    """Parse a Qt Linguist ``.ts`` file (our own resource, never user input)."""
    import xml.etree.ElementTree as ET  # here: the English window starts without it

    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise CatalogueError(f"translation catalogue not found: {path}") from None
    except (ET.ParseError, OSError) as exc:
        raise CatalogueError(f"translation catalogue {path} cannot be read: {exc}") from None
    if root.tag != "TS":
        raise CatalogueError(f"{path} is not a Qt .ts file")
    lang = (root.get("language") or "").split("_")[0]
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            entries.append(_entry(name, message))
    return Catalogue(lang, tuple(entries))


def _entry(context: str, message: ET.Element) -> Entry:
    translation = message.find("translation")
    numerus = message.get("numerus") == "yes"
    if translation is None:
        texts: tuple[str, ...] = ()
        state = "unfinished"
    else:
        state = translation.get("type", "")
        if numerus:
            texts = tuple(f.text or "" for f in translation.iter("numerusform"))
        else:
            texts = (translation.text or "",)
    return Entry(context=context, source=message.findtext("source", ""),
                 key=message.findtext("comment", ""), translations=texts, state=state,
                 numerus=numerus, old_source=message.findtext("oldsource", ""),
                 note=message.findtext("extracomment", ""))
