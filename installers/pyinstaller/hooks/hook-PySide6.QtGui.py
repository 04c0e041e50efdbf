"""Overrides PyInstaller's hook for PySide6.QtGui: the same collection, minus the Qt plugins the
app does not use (``bundle_policy.QT_PLUGINS_KEPT``; among them the VNC platform, which listens
on the network).  Filtering here, before PyInstaller's dependency scan, also keeps out what only
those plugins link (``libQt6Network``, the eglfs and GTK libraries).  Hooks on ``hookspath``
take precedence over PyInstaller's own (one hook per module).
"""

from bundle_policy import keep_qt_binary  # the spec puts installers/pyinstaller on sys.path
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if keep_qt_binary(source, dest)]
