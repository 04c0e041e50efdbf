"""Reading laboratory exports (CSV, XLSX, XLS, ODS) into validated core inputs.

This package is the I/O layer of batch import: it may use pandas/calamine and the clinical core,
never Qt, services or the report.  Values go through ``core.values.parse_value``, units through
``core.units.parse_ferritin_unit`` / ``parse_hla_dr_unit``; classification is left to the caller
(``desktop_app.services.cohort.run_cohort`` classifies with ``core.phenotype.classify``).

Public API::

    from desktop_app.lab_import import ImportOptions, read_lab_file, open_lab_file

    result = read_lab_file("export.csv", ImportOptions(decimal_comma=True))
    result.samples    # list[Sample]: rows, patient_id (as written), inputs (PatientInputs),
                      # patient_name / record_number / date_of_birth when the file has them
    result.rejected   # list[RejectedRow]: row (header = row 1), patient_id, reasons
    result.settings   # ImportSettings: what was detected or given (layout, columns, units ...)

``open_lab_file`` returns a ``LabFile`` for a preview and a streaming ``outcomes()`` iterator
(bounded memory for very large files).  ``LabFileError`` means the file as a whole cannot be
read; ``ImportCancelled`` that ``should_cancel()`` returned True.
"""

from __future__ import annotations

from desktop_app.lab_import.model import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_INTERVAL,
    DEFAULT_MAX_ROWS,
    FIELDS,
    IDENTITY_FIELDS,
    LONG_FIELDS,
    WIDE_FIELDS,
    ColumnChoice,
    ImportCancelled,
    ImportOptions,
    ImportResult,
    ImportSettings,
    LabFileError,
    RejectedRow,
    RowIssue,
    Sample,
    UnitChoice,
)
from desktop_app.lab_import.reader import LabFile, Outcome, open_lab_file, read_lab_file

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_INTERVAL", "DEFAULT_MAX_ROWS", "FIELDS", "IDENTITY_FIELDS",
    "LONG_FIELDS",
    "WIDE_FIELDS", "ColumnChoice", "ImportCancelled", "ImportOptions", "ImportResult",
    "ImportSettings", "LabFile", "LabFileError", "Outcome", "RejectedRow", "RowIssue", "Sample",
    "UnitChoice", "open_lab_file", "read_lab_file",
]
