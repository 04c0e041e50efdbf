"""Helper run by test_dialog_screens.py in its own process (real X display, a scale factor):
show About and Settings in each language, save a PNG of each, print what is clipped as JSON.

    python tests/i18n/dialog_screens.py QM_DIR OUT_DIR LANG...
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.core.rules import IMMUNOSEP_RULESET
from desktop_app.services.evidence import load_evidence
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
from desktop_app.ui.language import install_language

_spec = importlib.util.spec_from_file_location(
    "fit", Path(__file__).resolve().parents[1] / "ui" / "fit.py")
assert _spec and _spec.loader
fit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fit)


def main(qm_dir: Path, out: Path, langs: list[str]) -> int:
    app = QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, list[str]] = {}
    for lang in langs:
        install_language(app, lang, qm_dir=qm_dir)
        app.processEvents()
        dialogs = {"settings": SettingsDialog(decimal_comma=False, automatic_language="de"),
                   "about": AboutDialog(__version__, IMMUNOSEP_RULESET,
                                        load_evidence().version, training=True)}
        for name, dialog in dialogs.items():
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"{name}-{lang}.png"))
            report[f"{name}-{lang}"] = fit.clipped(dialog)
            dialog.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]))
