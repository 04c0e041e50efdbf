"""Persistent records: patients, lab results, assessments and the audit trail (SQLite or
PostgreSQL).

Only ``desktop_app.services.records`` should be used by the GUI and the command line; the
modules here take an SQLAlchemy ``Connection`` (one transaction) and never read a clock: every
time is passed in.  Nothing here imports Qt or the UI.
"""

from __future__ import annotations
