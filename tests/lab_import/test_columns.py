"""Header synonyms (English and German), units in headers, overrides and refusals."""

from __future__ import annotations

import pytest

from desktop_app.lab_import import LabFileError
from desktop_app.lab_import.columns import field_of, map_columns, split_header


@pytest.mark.parametrize(("header", "field"), [
    ("patient id", "patient_id"), ("MRN", "patient_id"), ("Patient-ID", "patient_id"),
    ("Pat.-Nr.", "patient_id"), ("PID", "patient_id"),
    ("Ferritin", "ferritin"), ("ferritin", "ferritin"), ("Ferritin (µg/l)", "ferritin"),
    ("ferritin_ng_ml", "ferritin"),
    ("HLA-DR", "hla_dr"), ("mHLA-DR", "hla_dr"), ("HLA-DR [AB/C]", "hla_dr"),
    ("hla_dr_ab_per_cell", "hla_dr"),
    ("sample time", "sampled_at"), ("Entnahmezeit", "sampled_at"), ("sample_time", "sampled_at"),
    ("age", "age"), ("Alter", "age"), ("Alter (Jahre)", "age"),
    ("Ferritin unit", "ferritin_unit"), ("HLA-DR Einheit", "hla_dr_unit"),
    ("Geburtsdatum", "date_of_birth"), ("LOINC", "test_code"), ("Test", "test"),
    ("Ergebnis", "value"), ("Einheit", "unit"), ("Date de naissance", "date_of_birth"),
    ("Patient name", "patient_name"), ("Name, Vorname", "patient_name"),
    ("Nom du patient", "patient_name"), ("Aktennummer", "record_number"),
    ("N° dossier", "record_number"),
    ("Patient", None), ("Name", None), ("Nom", None), ("Datum", None), ("Fallnummer", None),
    ("CRP", None),
])
def test_synonyms(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(("header", "unit"), [
    ("Ferritin (µg/l)", "µg/l"), ("HLA-DR [AB/C]", "AB/C"), ("Ferritin [ ng/mL ]", "ng/mL"),
    ("Ferritin", None), ("ferritin_ng_ml", "ng/mL"), ("hla_dr_ab_per_cell", "AB/C"),
])
def test_unit_in_header(header: str, unit: str | None) -> None:
    assert split_header(header).unit == unit


def test_override_wins_and_frees_the_detected_column() -> None:
    headers = ["MRN", "Ferritin (ng/mL)", "Ferritin (pmol/l)", "HLA-DR"]
    with pytest.raises(LabFileError) as info:
        map_columns(headers, {}, None)
    assert info.value.code == "ambiguous_column"  # two ferritin columns: refused, not picked
    m = map_columns(headers, {"ferritin": "Ferritin (pmol/l)"}, None)
    assert m.index("ferritin") == 2
    assert m.header_units["ferritin"] == "pmol/l"
    assert "Ferritin (ng/mL)" in m.unused


def test_override_of_an_unknown_header_lists_the_columns() -> None:
    with pytest.raises(LabFileError) as info:
        map_columns(["MRN", "Ferritin"], {"ferritin": "Ferritn"}, None)
    assert info.value.code == "no_column"
    assert "'MRN'" in info.value.message


def test_patient_id_column_is_required() -> None:
    with pytest.raises(LabFileError) as info:
        map_columns(["Name", "Ferritin", "HLA-DR"], {}, None)
    assert info.value.code == "missing_column"
    assert "--column patient_id=HEADER" in info.value.message
    assert map_columns(["Name", "Ferritin"], {"patient_id": "Name"}, None).index(
        "patient_id") == 0


def test_layouts() -> None:
    assert map_columns(["MRN", "Ferritin"], {}, None).layout == "wide"
    long = map_columns(["MRN", "Test", "Wert", "Einheit", "Entnahmezeit"], {}, None)
    assert long.layout == "long"
    with pytest.raises(LabFileError) as info:
        map_columns(["MRN", "Ferritin", "Test", "Wert", "Entnahmezeit"], {}, None)
    assert info.value.code == "ambiguous_layout"
    assert map_columns(["MRN", "Ferritin", "Test", "Wert", "Entnahmezeit"], {},
                       "long").layout == "long"
    with pytest.raises(LabFileError):  # long layout pairs by time: the time column is needed
        map_columns(["MRN", "Test", "Wert"], {}, None)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(LabFileError) as info:
        map_columns(["MRN", "Ferritin"], {"ferritn": "Ferritin"}, None)
    assert info.value.code == "bad_option"


def test_empty_override_excludes_a_field() -> None:
    m = map_columns(["MRN", "Ferritin", "HLA-DR", "Alter"], {"age": ""}, None)
    assert m.index("age") is None and "Alter" in m.unused
