"""The site configuration: what hospital IT sets once for every workstation (``site.toml``).

Where it is read from, first match wins:

1. ``IMMUNOSEP_SITE_CONFIG=PATH`` (tests, scripted installs); the file must exist;
2. ``%ProgramData%\\ImmunoSep\\site.toml`` on Windows, ``/etc/immunosep/site.toml`` elsewhere;
3. nothing: every section takes its defaults (SQLite in the user data folder, no drop folder,
   no report header).

Users cannot point the clinical mode elsewhere: the window and the command line take the
database, the drop folder and the report header from here.  The file never holds a password
(a URL with one is refused): passwords come from the OS keyring or PostgreSQL's own mechanisms
(``.pgpass``, GSSAPI).  Standard library only; no Qt, no I/O beyond reading the one file.

Example::

    [database]
    url = "postgresql+psycopg://immunosep_app@db.icu.example.org/immunosep"
    sslmode = "verify-full"              # check the server's certificate and host name
    sslrootcert = "/etc/immunosep/hospital-ca.pem"
    # sslcert / sslkey: a client certificate, where pg_hba.conf asks for one
    # connect_timeout = 10                # seconds before "server unreachable"

    [inbox]
    folder = "/srv/lab-drop/immunosep"
    hla_dr_codes = ["MHLADR", "HLADR-AB"]   # local OBX-3 / Observation.code codes
    patient_id_authority = "GENHOSP"         # whose identifier is the patient id (PID-3.4)

    [report]
    institution = "General Hospital"
    ward = "ICU 2"
    paper = "A4"          # or "Letter"
    appendix = false      # full evidence appendix by default

    [display]
    language = "de"       # en, de, el, nl, fr, it, es; absent: the workstation's locale
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SITE_CONFIG_ENV = "IMMUNOSEP_SITE_CONFIG"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
PAPER_SIZES = ("A4", "Letter")
LANGUAGES = ("en", "de", "el", "nl", "fr", "it", "es")


class SiteConfigError(ValueError):
    """The site configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class DatabaseConfig:
    url: str | None = None  # None: SQLite in the user data folder
    sslmode: str | None = None
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None
    connect_timeout: int | None = None  # seconds; None: the store's default

    @property
    def is_shared(self) -> bool:
        return self.url is not None


@dataclass(frozen=True)
class InboxConfig:
    folder: Path | None = None
    hla_dr_codes: tuple[str, ...] = ()
    # HL7 PID-3.4 namespace or universal id / FHIR identifier.system of the ward's identifier,
    # needed when laboratory messages carry several identifiers per patient (docs/interop.md).
    patient_id_authority: str | None = None


@dataclass(frozen=True)
class ReportConfig:
    institution: str = ""
    ward: str = ""
    paper: str = "A4"
    appendix: bool = False


@dataclass(frozen=True)
class DisplayConfig:
    language: str | None = None  # None: the workstation's locale decides


@dataclass(frozen=True)
class SiteConfig:
    source: Path | None = None  # the file read, None when there is none
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    inbox: InboxConfig = field(default_factory=InboxConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)


def default_site_config_path(platform: str | None = None,
                             environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if (platform or sys.platform).startswith("win"):
        base = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "ImmunoSep" / "site.toml"
    return Path("/etc/immunosep/site.toml")


def site_config_path(environ: Mapping[str, str] | None = None,
                     platform: str | None = None) -> tuple[Path, bool]:
    """The file to read and whether it must exist (named explicitly by the environment)."""
    env = os.environ if environ is None else environ
    named = env.get(SITE_CONFIG_ENV, "").strip()
    if named:
        return Path(named).expanduser(), True
    return default_site_config_path(platform, env), False


def load_site_config(environ: dict[str, str] | None = None,
                     platform: str | None = None) -> SiteConfig:
    path, required = site_config_path(environ, platform)
    if not path.is_file():
        if required:
            raise SiteConfigError(f"{SITE_CONFIG_ENV} names {path}, which is not a file.")
        return SiteConfig()
    return parse_site_config(path.read_bytes(), source=path)


def parse_site_config(data: bytes, *, source: Path | None = None) -> SiteConfig:
    where = str(source) if source else "site configuration"
    import tomllib  # here: a workstation without site.toml starts without it

    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SiteConfigError(f"{where} is not valid UTF-8 TOML: {exc}.") from None
    unknown = set(doc) - {"database", "inbox", "report", "display"}
    if unknown:
        raise SiteConfigError(f"{where}: unknown section(s) {', '.join(sorted(unknown))}.")
    reader = _Reader(doc, where)
    return SiteConfig(
        source=source,
        database=_database(reader),
        inbox=InboxConfig(
            folder=_path(reader.text("inbox", "folder")),
            hla_dr_codes=reader.texts("inbox", "hla_dr_codes"),
            patient_id_authority=reader.text("inbox", "patient_id_authority")),
        report=ReportConfig(
            institution=reader.text("report", "institution") or "",
            ward=reader.text("report", "ward") or "",
            paper=reader.choice("report", "paper", PAPER_SIZES) or "A4",
            appendix=reader.flag("report", "appendix", False)),
        display=DisplayConfig(language=reader.choice("display", "language", LANGUAGES)),
    )


def _database(reader: _Reader) -> DatabaseConfig:
    url = reader.text("database", "url")
    if url is not None:
        scheme, _, rest = url.partition("://")
        userinfo = rest.split("/", 1)[0].rpartition("@")[0]
        if not scheme.startswith(("postgresql", "sqlite")):
            raise SiteConfigError(f"{reader.where}: [database] url must be a postgresql+psycopg:// "
                                  "or sqlite:/// URL.")
        if ":" in userinfo:  # user:password@host
            raise SiteConfigError(f"{reader.where}: [database] url contains a password; store it "
                                  "in the OS keyring or ~/.pgpass, never in the file.")
    timeout = reader.integer("database", "connect_timeout", 1, 300)
    return DatabaseConfig(url=url, sslmode=reader.choice("database", "sslmode", SSL_MODES),
                          sslrootcert=reader.text("database", "sslrootcert"),
                          sslcert=reader.text("database", "sslcert"),
                          sslkey=reader.text("database", "sslkey"), connect_timeout=timeout)


def _path(text: str | None) -> Path | None:
    return Path(text).expanduser() if text else None


_KNOWN_KEYS = {
    "database": {"url", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout"},
    "inbox": {"folder", "hla_dr_codes", "patient_id_authority"},
    "report": {"institution", "ward", "paper", "appendix"},
    "display": {"language"},
}


class _Reader:
    """Typed access to the parsed document; every refusal names the key."""

    def __init__(self, doc: dict[str, Any], where: str) -> None:
        self.doc, self.where = doc, where
        for section, keys in _KNOWN_KEYS.items():
            table = doc.get(section, {})
            if not isinstance(table, dict):
                raise SiteConfigError(f"{where}: [{section}] must be a table.")
            extra = set(table) - keys
            if extra:
                raise SiteConfigError(f"{where}: unknown key(s) in [{section}]: "
                                      f"{', '.join(sorted(extra))}.")

    def _raw(self, section: str, key: str) -> Any:
        return self.doc.get(section, {}).get(key)

    def text(self, section: str, key: str) -> str | None:
        value = self._raw(section, key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise SiteConfigError(f"{self.where}: [{section}] {key} must be text.")
        value = value.strip()
        return value or None

    def texts(self, section: str, key: str) -> tuple[str, ...]:
        value = self._raw(section, key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise SiteConfigError(f"{self.where}: [{section}] {key} must be a list of text.")
        return tuple(v.strip() for v in value)

    def flag(self, section: str, key: str, default: bool) -> bool:
        value = self._raw(section, key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise SiteConfigError(f"{self.where}: [{section}] {key} must be true or false.")
        return value

    def integer(self, section: str, key: str, low: int, high: int) -> int | None:
        value = self._raw(section, key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SiteConfigError(f"{self.where}: [{section}] {key} must be a whole number from "
                                  f"{low} to {high}.")
        return value

    def choice(self, section: str, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.text(section, key)
        if value is None:
            return None
        for option in allowed:
            if value.lower() == option.lower():
                return option
        raise SiteConfigError(f"{self.where}: [{section}] {key} must be one of "
                              f"{', '.join(allowed)} (got {value!r}).")
