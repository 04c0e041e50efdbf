"""tools/i18n.py: what it extracts, how translations carry over, and the build step."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from desktop_app.i18n import TRANSLATED_LANGUAGES
from desktop_app.i18n.catalogue import EVIDENCE, FINDING, PLURAL_KEY, TEXT, read_catalogue
from desktop_app.i18n.checks import Expected

from .conftest import I18N_DIR

SOURCE = '''
def report(tr, n, rows):
    #: shown above the table
    title = tr("Laboratory values")
    tr("{n} rows read from {file}", n=n, file="x")
    tr.plural("{n} patient", "{n} patients", n)
    LABEL = N_("Trial regimen")
    tr(f"{n} rows")
    tr("a " + "b")
    tr("x {n}".format(n=1))
    tr(rows.label)  # a marked text shown later: allowed
'''


def test_extraction_reads_literal_templates_and_refuses_built_ones(
        tmp_path: Path, sources: ModuleType) -> None:
    path = tmp_path / "module.py"
    path.write_text(SOURCE, encoding="utf-8")
    found, problems = sources.python_texts([path])
    assert [(x.context, x.source, x.key, x.numerus) for x in found] == [
        (TEXT, "Laboratory values", "", False),
        (TEXT, "{n} rows read from {file}", "", False),
        (TEXT, "{n} patients", PLURAL_KEY, True),
        (TEXT, "Trial regimen", "", False)]
    assert found[0].note == "shown above the table"
    assert "Singular (English): {n} patient" in found[2].note
    assert sorted(p.line for p in problems) == [8, 9, 10]


def test_window_code_that_lupdate_cannot_read_is_reported(tmp_path: Path,
                                                          sources: ModuleType) -> None:
    path = tmp_path / "widget.py"
    path.write_text('class W:\n    def f(self, n):\n        self.tr(f"{n} rows")\n'
                    '        self.tr("{n} rows").format(n=n)\n', encoding="utf-8")
    assert [p.line for p in sources.qt_code_problems([path])] == [3]


def test_data_texts_are_keyed_by_json_path_and_case(sources: ModuleType) -> None:
    evidence = {x.key: x.source for x in sources.evidence_texts()}
    assert evidence["key_points/0/text"].startswith("No mortality benefit")
    assert "trial/citation" not in evidence and "trial/doi" not in evidence  # references stay
    training = {x.key for x in sources.training_texts()}
    assert {"DEMO-001/title", "DEMO-001/note", "DEMO-001/topic"} <= training
    assert not [k for k in training if "/entry" in k or "/expected" in k]


def test_qt_own_strings_only_where_the_wheel_has_no_qt_translation(sources: ModuleType) -> None:
    assert sources.qt_own_texts("el") and not sources.qt_own_texts("de")


def _ts(path: Path, messages: str) -> Path:
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de">'
                    f"<context><name>Finding</name>{messages}</context></TS>", encoding="utf-8")
    return path


def test_a_changed_english_template_keeps_its_translation_unfinished(
        tmp_path: Path, tool: ModuleType) -> None:
    ts = _ts(tmp_path / "immunosep_de.ts",
             "<message><source>Old {x}.</source><comment>code_a</comment>"
             "<translation>Alt {x}.</translation></message>")
    tool.carry_over(ts, [Expected(FINDING, "New {x}.", "code_a")])
    carried = [e for e in read_catalogue(ts).entries if e.source == "New {x}."]
    assert len(carried) == 1
    (e,) = carried
    assert e.state == "unfinished" and e.translations == ("Alt {x}.",)
    assert e.old_source == "Old {x}." and not e.finished  # never shown until reviewed


def test_the_same_english_text_under_a_new_key_reuses_the_finished_translation(
        tmp_path: Path, tool: ModuleType) -> None:
    ts = tmp_path / "immunosep_de.ts"
    ts.write_text('<TS version="2.1" language="de"><context><name>Evidence</name>'
                  "<message><source>placebo</source><comment>a/0</comment>"
                  "<translation>Placebo</translation></message></context></TS>",
                  encoding="utf-8")
    tool.carry_over(ts, [Expected(EVIDENCE, "placebo", "b/3")])
    entry = read_catalogue(ts).get(EVIDENCE, "placebo", "b/3")
    assert entry is not None and entry.finished and entry.translations == ("Placebo",)


def test_update_keeps_a_current_catalogue_as_it_is(tmp_path: Path, tool: ModuleType) -> None:
    for lang in ("de", "el"):
        shutil.copy(I18N_DIR / f"immunosep_{lang}.ts", tmp_path)
    assert tool.update(["de", "el"], directory=tmp_path) == []
    for lang in ("de", "el"):
        ours = (I18N_DIR / f"immunosep_{lang}.ts").read_text(encoding="utf-8")
        assert (tmp_path / f"immunosep_{lang}.ts").read_text(encoding="utf-8") == ours


def test_build_compiles_one_qm_per_language(qm_dir: Path) -> None:
    built = sorted(p.name for p in qm_dir.glob("*.qm"))
    assert built == sorted(f"immunosep_{lang}.qm" for lang in TRANSLATED_LANGUAGES)
    assert all((qm_dir / name).stat().st_size > 1000 for name in built)


def test_catalogues_are_well_formed_ts_files() -> None:
    for lang in TRANSLATED_LANGUAGES:
        root = ET.parse(I18N_DIR / f"immunosep_{lang}.ts").getroot()
        assert root.tag == "TS" and root.get("language") == lang
