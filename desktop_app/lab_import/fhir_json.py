"""FHIR JSON as the FHIR reader needs it: strict loading, numbers as written, validation against
the R4 models, and resolving references inside a Bundle.

- JSON is read by the standard library with duplicate keys refused (``{"value": 100,
  "value": 5000}`` would otherwise keep whichever came last) and decimal numbers kept with the
  text they were written with (``JsonDecimal.literal``), so that a value reaches the core's
  grammar exactly as the laboratory sent it, never through ``float``.
- Resources are validated with ``fhir.resources.R4B`` (FHIR 4.3.0; the package has no 4.0.1
  models, and Observation, Patient, Bundle and DocumentReference did not change between R4 and
  R4B in the elements read or written here: docs/decisions/0011-hl7-fhir-interop.md).
  Validation checks types, cardinality, choice types and formats; it does **not** check code
  bindings (``status: "bogus"`` passes), so the reader checks every code it relies on itself.
- A reference inside a Bundle is resolved as FHIR R4 §2.36.4.1 (bundle.html#references) says:
  an absolute URL or URN by ``fullUrl``; a relative ``Type/id`` against the base of the
  referring entry's ``fullUrl`` when that is a RESTful URL, else by the one entry with that
  type and id.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from typing import Any

from desktop_app.i18n import N_
from desktop_app.lab_import.model import LabFileError

_ID = r"[A-Za-z0-9.\-]{1,64}"
_TYPE_ID = rf"(?P<type>[A-Z][A-Za-z]+)/(?P<id>{_ID})(?:/_history/{_ID})?$"
_RESTFUL = re.compile(r"^(?P<base>https?://.+?)/" + _TYPE_ID)
_RELATIVE = re.compile(r"^" + _TYPE_ID)
MAX_ERRORS_SHOWN = 3


class JsonDecimal(Decimal):
    """A JSON decimal number that remembers how it was written ("4420.50", "1e4")."""

    __slots__ = ("literal",)
    literal: str

    def __new__(cls, text: str) -> JsonDecimal:
        number = super().__new__(cls, text)
        number.literal = text
        return number


def number_text(value: object) -> str | None:
    """The text of a JSON number as written; None when ``value`` is not a JSON number."""
    if isinstance(value, JsonDecimal):
        return value.literal
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # JSON integers have exactly one spelling
    return None


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


class _DuplicateKey(ValueError):
    pass


def load_json(data: bytes, file: str) -> Any:
    """Parse FHIR JSON (UTF-8, with or without BOM); raises ``LabFileError``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LabFileError.worded("not_utf8", N_("{file}: FHIR JSON must be UTF-8 and this "
                                                 "file is not"), file=file) from None
    try:
        return json.loads(text, parse_float=JsonDecimal, object_pairs_hook=_refuse_duplicates)
    except _DuplicateKey as exc:
        raise LabFileError.worded(
            "duplicate_key", N_("{file}: the key '{key}' appears twice in one JSON object; which "
                                "one holds is undefined, so the file is not read"),
            file=file, key=str(exc.args[0])) from None
    except json.JSONDecodeError as exc:
        # The parser's own words (``exc.msg``) are English: shown as they are.
        raise LabFileError.worded(
            "not_json", N_("{file}: not valid JSON (line {line}, column {column}: {detail})"),
            file=file, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise LabFileError.worded("not_json", N_("{file}: JSON nested too deeply"),
                                  file=file) from None


def digest(doc: Any) -> str:
    """SHA-256 of the document in canonical form (sorted keys, numbers as written)."""
    canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                           default=lambda o: o.literal if isinstance(o, JsonDecimal) else str(o))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def validation_problems(model: str, resource: dict[str, Any],
                        shape: dict[str, Any] | None = None) -> list[str]:
    """Why ``resource`` is not a valid FHIR R4 ``model`` (empty list when it is); with
    ``shape``, the elements read from the raw JSON must also have the JSON types it names."""
    import pydantic  # with fhir.resources: lazily, the window does not need them to start

    null = _null_path(resource, model)
    if null is not None:
        # The models read null as "absent" even for required elements; FHIR JSON has no null.
        return [f"{null}: null is not allowed in FHIR JSON"]
    wrong = shape_problem(resource, shape, model) if shape else None
    if wrong:
        return [wrong]
    cls = _model(model)
    try:
        cls.model_validate(resource)
    except pydantic.ValidationError as exc:
        out = []
        for err in exc.errors()[:MAX_ERRORS_SHOWN]:
            where = ".".join(str(p) for p in err.get("loc", ())) or model
            given = err.get("input")
            shown = (f" (given: {given!r})" if isinstance(given, str | int | JsonDecimal)
                     and len(str(given)) <= 64 else "")
            out.append(f"{where}: {err.get('msg', 'invalid')}{shown}")
        more = len(exc.errors()) - MAX_ERRORS_SHOWN
        if more > 0:
            out.append(f"and {more} more problem(s)")
        return out
    except Exception as exc:  # the models raise KeyError etc. on some hostile input
        return [f"{model}: cannot be validated ({type(exc).__name__})"]
    return []


class Number:
    """Marker for ``shape_problems``: a JSON number (not a string, not a boolean)."""


def shape_problem(node: Any, shape: Any, path: str) -> str | None:
    """The first element of ``node`` whose JSON type differs from ``shape`` (a type, ``Number``,
    a dict of element shapes, or a one-item list for arrays), or None.

    The models coerce leniently (an integer is accepted as a dateTime, a string as a decimal);
    the reader reads the raw JSON, so the elements it reads are checked here as JSON."""
    if shape is Number:
        ok = isinstance(node, int | JsonDecimal) and not isinstance(node, bool)
        return None if ok else f"{path} must be a JSON number"
    if isinstance(shape, dict):
        if not isinstance(node, dict):
            return f"{path} must be a JSON object"
        for key, sub in shape.items():
            if key in node:
                found = shape_problem(node[key], sub, f"{path}.{key}")
                if found:
                    return found
        return None
    if isinstance(shape, list):
        if not isinstance(node, list):
            return f"{path} must be a JSON array"
        for i, item in enumerate(node):
            found = shape_problem(item, shape[0], f"{path}[{i}]")
            if found:
                return found
        return None
    return None if isinstance(node, shape) else f"{path} must be a JSON {shape.__name__}"


def _null_path(node: Any, path: str) -> str | None:
    """The path of the first JSON null in ``node``, or None."""
    if node is None:
        return path
    children = (node.items() if isinstance(node, dict) else enumerate(node)
                if isinstance(node, list) else ())
    for key, child in children:
        found = _null_path(child, f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]")
        if found is not None:
            return found
    return None


def _model(name: str) -> Any:
    if name == "Bundle":
        from fhir.resources.R4B.bundle import Bundle
        return Bundle
    if name == "Observation":
        from fhir.resources.R4B.observation import Observation
        return Observation
    if name == "Patient":
        from fhir.resources.R4B.patient import Patient
        return Patient
    raise ValueError(f"no model for {name}")


class BundleIndex:
    """The entries of a Bundle by ``fullUrl`` and by type and id, for resolving references."""

    def __init__(self, entries: list[tuple[str | None, dict[str, Any]]]) -> None:
        self.by_url: dict[str, dict[str, Any]] = {}
        self.by_type_id: dict[str, list[dict[str, Any]]] = {}
        for full_url, resource in entries:
            if full_url:
                self.by_url.setdefault(full_url, resource)
            rtype, rid = resource.get("resourceType"), resource.get("id")
            if isinstance(rtype, str) and isinstance(rid, str):
                self.by_type_id.setdefault(f"{rtype}/{rid}", []).append(resource)

    def resolve(self, reference: str, referrer_url: str | None,
                contained: list[dict[str, Any]]) -> dict[str, Any] | None:
        if reference.startswith("#"):
            return next((c for c in contained if isinstance(c, dict)
                         and c.get("id") == reference[1:]), None)
        if reference in self.by_url:
            return self.by_url[reference]
        m = _RELATIVE.match(reference)
        if m is None:
            m_abs = _RESTFUL.match(reference)
            if m_abs is None:
                return None
            versionless = f"{m_abs['base']}/{m_abs['type']}/{m_abs['id']}"
            return self.by_url.get(versionless)
        base = _RESTFUL.match(referrer_url or "")
        if base is not None:
            found = self.by_url.get(f"{base['base']}/{m['type']}/{m['id']}")
            if found is not None:
                return found
        same = self.by_type_id.get(f"{m['type']}/{m['id']}", [])
        return same[0] if len(same) == 1 else None
