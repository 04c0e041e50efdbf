"""Modal dialogs of the desktop application; each returns its result through properties."""
