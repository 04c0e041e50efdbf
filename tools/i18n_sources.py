"""Every translatable text of the app, collected from where it is defined.

* the window (``desktop_app/ui/``): ``self.tr("…")`` and ``QCoreApplication.translate(…)``,
  read by Qt's own ``pyside6-lupdate`` (``tools/i18n.py`` runs it), and calls of a module's
  one-line wrapper ``def _tr(text): return QCoreApplication.translate("Context", text)``, which
  lupdate cannot follow, read here (``qt_wrapper_texts``);
* the rest of the package: ``tr("…")``, ``tr.plural("…", "…", n)`` and ``N_("…")`` with
  literal English texts, read here with ``ast`` (context ``Text``);
* finding templates: every ``FINDING_TEMPLATES`` or ``MESSAGES`` mapping (code → English
  template) of a ``desktop_app.core`` module (context ``Finding``, keyed by code), and every
  ``TERMS`` mapping (key → English word used inside findings; context ``Term``, keyed by key);
* enum labels of ``desktop_app.core`` (``Phenotype.MALS.label`` …) and ``DISPLAY_TEXTS``
  tuples of core modules (context ``Text``: shown with ``tr(label)``);
* the texts of ``resources/evidence/immunosep.json`` (``Evidence``, keyed by JSON path) and
  ``resources/demo/cases.json`` (``Training``, keyed by case id and field);
* Qt's own strings (standard buttons, context menus) for languages whose Qt translation the
  PySide6 wheel lacks.

Runs in the project's virtual environment (it imports ``desktop_app.core``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from desktop_app.i18n.catalogue import EVIDENCE, FINDING, PLURAL_KEY, TERM, TEXT, TRAINING
from desktop_app.i18n.checks import Expected

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
QT_PACKAGE = PACKAGE / "ui"
EVIDENCE_FILE = ROOT / "resources" / "evidence" / "immunosep.json"
CASES_FILE = ROOT / "resources" / "demo" / "cases.json"

# Keys of immunosep.json whose values are identifiers, references or data, never prose shown
# in a language: citations and the article title stay as published.
EVIDENCE_DATA_KEYS = frozenset({
    "schema", "evidence_version", "evidence_cutoff", "source_note", "id", "doi", "registry_id",
    "eudract", "pmid", "phenotype", "subgroup", "rd_contrast", "primary_comparison",
    "mortality_comparisons", "source", "citation", "title", "name"})
CASE_DATA_KEYS = frozenset({"schema", "id", "entry", "expected"})
_NUMERIC = re.compile(r"[\d.,\-–− ]*")

# Qt's own strings the window can show (standard buttons, edit menus, message-box details),
# captured from Qt 6.11 with a recording QTranslator.  PySide6 6.11 ships qtbase_*.qm for de,
# es, fr, it and nl (loaded by ui/language.py) but none for Greek: our catalogue supplies these.
QT_OWN_LANGUAGES = ("el",)
QT_OWN: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
                           "Copy &Link Location"),
    "QAbstractSpinBox": ("&Select All", "&Step up", "Step &down"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
}


@dataclass(frozen=True)
class CodeProblem:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.what}"


def text_files() -> list[Path]:
    """Package modules outside ``ui/``: their texts go through a ``Translator``."""
    return sorted(p for p in PACKAGE.rglob("*.py") if QT_PACKAGE not in p.parents)


def qt_files() -> list[Path]:
    return sorted(QT_PACKAGE.rglob("*.py"))


# -- Python sources -------------------------------------------------------------------------
def _is_tr(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "tr") or (
        isinstance(node, ast.Attribute) and node.attr == "tr")


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _note(lines: list[str], lineno: int) -> str:
    """A ``#: note`` comment on the line(s) right above a call, for translators."""
    notes: list[str] = []
    i = lineno - 2
    while i >= 0 and lines[i].strip().startswith("#:"):
        notes.insert(0, lines[i].strip()[2:].strip())
        i -= 1
    return " ".join(notes)


def python_texts(files: list[Path] | None = None) -> tuple[list[Expected], list[CodeProblem]]:
    """``tr("…")``, ``tr.plural("…", "…", n)`` and ``N_("…")`` in non-Qt modules."""
    found: list[Expected] = []
    problems: list[CodeProblem] = []
    for path in files if files is not None else text_files():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source, str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            marker = isinstance(func, ast.Name) and func.id == "N_"
            plural = isinstance(func, ast.Attribute) and func.attr == "plural" and _is_tr(
                func.value)
            if not (marker or plural or _is_tr(func)):
                continue
            note = _note(lines, node.lineno)
            if plural:
                one, many = _literal(node.args[0]), _literal(node.args[1] if len(
                    node.args) > 1 else None)
                if one is None or many is None:
                    problems.append(CodeProblem(path, node.lineno, "tr.plural() needs two "
                                                "literal texts"))
                    continue
                found.append(Expected(TEXT, many, PLURAL_KEY, True,
                                      note=f"Singular (English): {one}. {note}".strip()))
                continue
            text = _literal(node.args[0])
            if text is not None:
                found.append(Expected(TEXT, text, note=note))
            elif isinstance(node.args[0], ast.JoinedStr | ast.BinOp) or _is_format_call(
                    node.args[0]):
                problems.append(CodeProblem(path, node.lineno, "translate a literal template "
                                            "with named fields, not an f-string, a "
                                            "concatenation or .format()"))
            elif marker:
                problems.append(CodeProblem(path, node.lineno, "N_() needs a literal text"))
    return found, problems


def qt_code_problems(files: list[Path] | None = None) -> list[CodeProblem]:
    """``self.tr(…)`` / ``translate(ctx, …)`` with a text lupdate cannot read."""
    problems = []
    for path in files if files is not None else qt_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            index = 0 if name == "tr" else 1 if name == "translate" else None
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if _literal(arg) is None and (isinstance(arg, ast.JoinedStr | ast.BinOp)
                                          or _is_format_call(arg)):
                problems.append(CodeProblem(path, node.lineno, f"{name}() of an f-string, a "
                                            "concatenation or .format(): lupdate cannot see "
                                            "it; translate the template, then .format()"))
    return problems


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def name(text): return QCoreApplication.translate("Ctx", text)``:
    name → context."""
    out = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1
                and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2
                and _literal(call.args[0]) is not None and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            out[node.name] = _literal(call.args[0]) or ""
    return out


def _noop_aliases(tree: ast.Module) -> set[str]:
    """Names ``QT_TRANSLATE_NOOP`` is imported as (``import QT_TRANSLATE_NOOP as N``): lupdate
    knows only the full name."""
    return {a.asname for node in tree.body if isinstance(node, ast.ImportFrom)
            for a in node.names if a.name == "QT_TRANSLATE_NOOP" and a.asname}


def qt_wrapper_texts(files: list[Path] | None = None) -> tuple[list[Expected],
                                                               list[CodeProblem]]:
    """Texts passed to a module's translate wrapper (``_tr("…")``) in the window's modules.

    A literal text is collected under the wrapper's context; a name or subscript must hold a
    text marked where it is defined (``QT_TRANSLATE_NOOP("Ctx", "…")``, which lupdate reads);
    an f-string, a concatenation or ``.format()`` is a problem (translate the template first).
    """
    found: list[Expected] = []
    problems: list[CodeProblem] = []
    for path in files if files is not None else qt_files():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, str(path))
        wrappers, aliases = _wrappers(tree), _noop_aliases(tree)
        if not wrappers and not aliases:
            continue
        lines = source.splitlines()
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in wrappers.keys() | aliases and node.args):
                continue
            if node.func.id in aliases:
                context, text = _literal(node.args[0]), _literal(node.args[-1])
                if context is None or text is None or len(node.args) != 2:
                    problems.append(CodeProblem(path, node.lineno, f"{node.func.id}() needs "
                                                "a literal context and text"))
                else:
                    found.append(Expected(context, text, note=_note(lines, node.lineno)))
                continue
            text = _literal(node.args[0])
            if text is not None:
                found.append(Expected(wrappers[node.func.id], text,
                                      note=_note(lines, node.lineno)))
            elif isinstance(node.args[0], ast.JoinedStr | ast.BinOp) or _is_format_call(
                    node.args[0]):
                problems.append(CodeProblem(path, node.lineno, f"{node.func.id}() of an "
                                            "f-string, a concatenation or .format(): translate "
                                            "the template, then .format()"))
    return found, problems


def _is_format_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
        node.func.attr == "format")


# -- the clinical core ----------------------------------------------------------------------
def _core_modules() -> Iterator[Any]:
    core = importlib.import_module("desktop_app.core")
    for info in pkgutil.iter_modules(core.__path__, "desktop_app.core."):
        yield importlib.import_module(info.name)


def _core_tables(names: tuple[str, ...]) -> dict[str, str]:
    """key → English text from the named module-level tables of every core module; a module
    that re-exports another's table adds nothing, a key with two texts is an error."""
    merged: dict[str, str] = {}
    for module in _core_modules():
        for name in names:
            table = getattr(module, name, None)
            if not isinstance(table, dict):
                continue
            for key, text in table.items():
                if merged.get(key, text) != text:
                    raise ValueError(f"{key!r} has two texts ({module.__name__}.{name})")
                merged[key] = text
    return merged


# Module-level tables of keyed sentences in desktop_app.core (context Finding, keyed by id).
TEMPLATE_TABLES = ("TEMPLATES", "CRITERION_TEMPLATES", "FINDING_TEMPLATES", "MESSAGES")


def finding_templates() -> dict[str, str]:
    """template id → English template of every finding, input error and criteria-table text
    (ids are unique across modules)."""
    return _core_tables(TEMPLATE_TABLES)


def finding_texts() -> list[Expected]:
    out = []
    for code, template in finding_templates().items():
        names = sorted({f for f in re.findall(r"\{(\w+)", template)})
        note = f"Finding {code}." + (f" Fields: {', '.join(names)}." if names else "")
        out.append(Expected(FINDING, template, code, note=note))
    return out


def term_texts() -> list[Expected]:
    """Words used inside findings (``TERMS``), keyed by term key."""
    return [Expected(TERM, text, key, note=f"Term {key}: a word inside finding sentences, "
                     "written as it reads mid-sentence")
            for key, text in _core_tables(("TERMS",)).items()]


def core_labels() -> list[Expected]:
    """Labels of core enums and ``DISPLAY_TEXTS``: shown with ``tr(label)``."""
    out: list[Expected] = []
    for module in _core_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, Enum):
                continue
            if isinstance(inspect.getattr_static(cls, "label", None), property):
                out += [Expected(TEXT, str(m.label), note=f"{cls.__name__}.{m.name} label")
                        for m in cls]
        out += [Expected(TEXT, t, note=f"{module.__name__}") for t in
                getattr(module, "DISPLAY_TEXTS", ())]
    return out


# -- data files -----------------------------------------------------------------------------
def _strings(value: Any, path: list[str], skip: frozenset[str]) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in skip:
                yield from _strings(v, [*path, str(k)], skip)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, [*path, str(i)], skip)
    elif isinstance(value, str) and value.strip() and not _NUMERIC.fullmatch(value):
        yield "/".join(path), value


def evidence_texts(path: Path = EVIDENCE_FILE) -> list[Expected]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Expected(EVIDENCE, text, key, note=f"immunosep.json {key}")
            for key, text in _strings(data, [], EVIDENCE_DATA_KEYS)]


def training_texts(path: Path = CASES_FILE) -> list[Expected]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for case in data.get("cases", []):
        cid = str(case.get("id", "?"))
        out += [Expected(TRAINING, text, f"{cid}/{key}", note=f"Training case {cid}, {key}")
                for key, text in _strings(case, [], CASE_DATA_KEYS)]
    return out


def qt_own_texts(lang: str) -> list[Expected]:
    if lang not in QT_OWN_LANGUAGES:
        return []
    return [Expected(context, text, note="Qt's own text (PySide6 ships no translation)")
            for context, texts in QT_OWN.items() for text in texts]


def generated_texts(lang: str) -> tuple[list[Expected], list[CodeProblem]]:
    """Every message of ``lang``'s catalogue that lupdate cannot find in ``ui/`` itself."""
    texts, problems = python_texts()
    wrapped, wrapper_problems = qt_wrapper_texts()
    problems += wrapper_problems
    found = texts + wrapped + core_labels() + finding_texts() + term_texts() + evidence_texts()
    found += training_texts()
    found += qt_own_texts(lang)
    unique: dict[tuple[str, str, str], Expected] = {}
    for x in found:
        key = (x.context, x.source, x.key)
        if key in unique and x.note and x.note not in unique[key].note:
            x = Expected(x.context, x.source, x.key, x.numerus,
                         note=f"{unique[key].note} | {x.note}")
        unique[key] = x
    return list(unique.values()), problems + qt_code_problems()
