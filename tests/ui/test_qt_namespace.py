"""ui/qt_namespace.py: Qt properties by name, the lazy namespace, shortcuts as lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt as RealQt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter

from desktop_app.ui.qt_namespace import TOOLTIP_ROLE, Qt, set_properties, set_shortcut


def test_enum_properties_set_by_their_key_names(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_properties(label, alignment="AlignRight|AlignVCenter", textFormat="PlainText",
                   textInteractionFlags="TextSelectableByMouse", wordWrap=True)
    assert label.alignment() == RealQt.AlignmentFlag.AlignRight | RealQt.AlignmentFlag.AlignVCenter
    assert label.textFormat() == RealQt.TextFormat.PlainText
    assert label.textInteractionFlags() == RealQt.TextInteractionFlag.TextSelectableByMouse
    assert label.wordWrap()
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    set_properties(splitter, orientation="Vertical")
    assert splitter.orientation() == RealQt.Orientation.Vertical


@pytest.mark.parametrize(("name", "value"), [("alignment", "AlignRigt"),  # a misspelt key
                                             ("alignmnt", "AlignRight")])  # a misspelt name
def test_a_misspelt_property_or_key_raises(qtbot, name: str, value: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        set_properties(label, **{name: value})


def test_the_stand_in_gives_the_real_namespace() -> None:
    assert Qt.AlignmentFlag is RealQt.AlignmentFlag
    assert RealQt.ItemDataRole.ToolTipRole.value == TOOLTIP_ROLE


def test_tooltip_role_as_int_is_the_tooltip(qtbot) -> None:
    box = QComboBox()
    qtbot.addWidget(box)
    box.addItems(["a"])
    box.setItemData(0, "tip", TOOLTIP_ROLE)
    assert box.itemData(0, RealQt.ItemDataRole.ToolTipRole) == "tip"


def test_set_shortcut_one_or_several() -> None:
    action = QAction()
    set_shortcut(action, "Ctrl+S")
    assert action.shortcut() == QKeySequence("Ctrl+S")
    both = [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    set_shortcut(action, both)
    assert action.shortcuts()[-1] == QKeySequence("Ctrl+=")
