"""The desktop application (PySide6 + pyqtgraph): the only package that imports Qt.

``main_window.MainWindow`` composes the widgets of this package; ``app.run_gui`` starts it.
pyqtgraph (and numpy) are imported only by the plot modules, after the window's first paint.
"""
