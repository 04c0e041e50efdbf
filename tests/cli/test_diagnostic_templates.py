"""Every sentence the command line writes on stderr is a template marked where it is written,
in every catalogue, and its translations keep the option names (issue 18).

Read statically from ``desktop_app/cli``: a template reaches ``Diagnostics.error`` /
``.note``, ``OptionError`` or ``parse_count`` as ``N_("…")``, which ``tools/i18n.py update``
collects; a line on stderr is printed by ``cli.common`` only.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop_app.i18n import TRANSLATED_LANGUAGES
from desktop_app.i18n.catalogue import TEXT, Catalogue, catalogue_path, read_catalogue

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "desktop_app" / "cli"
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
# Callee → position of its template: Diagnostics' methods, and the refusals raised for them.
TEMPLATE_ARGUMENT = {"error": 0, "note": 0, "OptionError": 0, "parse_count": 3}
# Where a diagnostic line may be printed: the API, and inbox polling's line for a pass that
# goes on (its sentence through Diagnostics.worded, without "error:").
PRINTS_DIAGNOSTICS = {"common.py", "inbox.py"}


def _callee(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        receiver = func.value  # not a logger's .error, nor argparse's (super().error)
        name = receiver.func if isinstance(receiver, ast.Call) else receiver
        if isinstance(name, ast.Name) and name.id in ("logger", "super"):
            return None
        return func.attr
    return None


def template_arguments() -> list[tuple[str, ast.expr | None]]:
    """(where, the template argument) of every call that takes a diagnostic template."""
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (name := _callee(node)) in TEMPLATE_ARGUMENT:
                index = TEMPLATE_ARGUMENT[name]
                arg = node.args[index] if len(node.args) > index else None
                found.append((f"{path.name}:{node.lineno}", arg))
    return found


def _marked(arg: ast.expr | None) -> str | None:
    """The literal of ``N_("…")``, else None."""
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "N_"
            and len(arg.args) == 1 and isinstance(arg.args[0], ast.Constant)
            and isinstance(arg.args[0].value, str)):
        return arg.args[0].value
    return None


TEMPLATES = sorted({t for _, arg in template_arguments() if (t := _marked(arg)) is not None})


def test_every_template_is_marked_where_it_is_written() -> None:
    calls = template_arguments()
    assert len(calls) > 60  # the scan finds the call sites
    unmarked = [where for where, arg in calls if _marked(arg) is None
                and not (isinstance(arg, ast.Name) and arg.id in ("template", "refusal"))]
    assert unmarked == [], "pass N_(\"…\") literally (the API's own parameters excepted)"


def test_only_the_api_prints_diagnostic_lines() -> None:
    offenders = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    node.value.startswith("immunosep:") and path.name != "common.py":
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id == "PROGRAM" and \
                    path.name not in PRINTS_DIAGNOSTICS:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == [], "write on stderr through cli.common.Diagnostics"


@pytest.fixture(scope="module", params=TRANSLATED_LANGUAGES)
def catalogue(request: pytest.FixtureRequest) -> Catalogue:
    return read_catalogue(catalogue_path(request.param, ROOT / "resources" / "i18n"))


def test_every_template_is_in_the_catalogue(catalogue: Catalogue) -> None:
    sources = {e.source for e in catalogue.entries if e.context == TEXT}
    missing = [t for t in TEMPLATES if t not in sources]
    assert missing == [], "run tools/i18n.py update"


def test_translations_keep_the_option_names(catalogue: Catalogue) -> None:
    """Option names are typed as they are in every language: a translation that drops or
    translates one sends the reader to an option that does not exist."""
    problems = []
    for e in catalogue.entries:
        options = sorted(set(OPTION.findall(e.source)))
        if e.context != TEXT or not e.finished or not options:
            continue
        problems += [f"{e.source[:50]!r}: {t[:50]!r} lacks {o}" for t in e.translations
                     for o in options if o not in t]
    assert problems == []


def test_the_option_check_finds_a_translated_option() -> None:
    assert OPTION.findall("--save needs --patient-id ID; '--' alone and a-b--c are not") == [
        "--save", "--patient-id"]
