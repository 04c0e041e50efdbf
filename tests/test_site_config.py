"""The site configuration: where it is read from, what it holds, and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.site_config import (
    SITE_CONFIG_ENV,
    SiteConfigError,
    default_site_config_path,
    load_site_config,
    parse_site_config,
)

FULL = b"""
[database]
url = "postgresql+psycopg://immunosep_app@db.example.org/immunosep"
sslmode = "verify-full"
sslrootcert = "/etc/immunosep/ca.pem"

[inbox]
folder = "/srv/lab-drop"
hla_dr_codes = ["MHLADR", " HLADR-AB "]

[report]
institution = "General Hospital"
ward = "ICU 2"
paper = "letter"
appendix = true

[display]
language = "DE"
"""


def test_full_file_is_read() -> None:
    cfg = parse_site_config(FULL, source=Path("site.toml"))
    assert cfg.database.url == "postgresql+psycopg://immunosep_app@db.example.org/immunosep"
    assert cfg.database.is_shared
    assert cfg.database.sslmode == "verify-full"
    assert cfg.inbox.folder == Path("/srv/lab-drop")
    assert cfg.inbox.hla_dr_codes == ("MHLADR", "HLADR-AB")
    assert (cfg.report.institution, cfg.report.ward) == ("General Hospital", "ICU 2")
    assert cfg.report.paper == "Letter" and cfg.report.appendix is True
    assert cfg.display.language == "de"


def test_no_file_means_defaults(tmp_path: Path) -> None:
    cfg = load_site_config(environ={}, platform="linux")
    if default_site_config_path("linux").is_file():  # a real /etc file on a dev machine
        pytest.skip("a system-wide site.toml exists here")
    assert cfg.source is None and cfg.database.url is None and not cfg.database.is_shared
    assert cfg.report.paper == "A4" and cfg.inbox.folder is None


def test_environment_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_bytes(b'[report]\nward = "ICU 7"\n')
    cfg = load_site_config(environ={SITE_CONFIG_ENV: str(path)})
    assert cfg.source == path and cfg.report.ward == "ICU 7"


def test_named_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(SiteConfigError, match="not a file"):
        load_site_config(environ={SITE_CONFIG_ENV: str(tmp_path / "missing.toml")})


def test_platform_paths() -> None:
    assert default_site_config_path("linux") == Path("/etc/immunosep/site.toml")
    win = default_site_config_path("win32", {"ProgramData": r"D:\PD"})
    assert win.parts[-2:] == ("ImmunoSep", "site.toml")


@pytest.mark.parametrize(("text", "match"), [
    (b'[database]\nurl = "postgresql+psycopg://u:secret@h/db"\n', "password"),
    (b'[database]\nurl = "mysql://h/db"\n', "postgresql"),
    (b'[database]\nsslmode = "sometimes"\n', "sslmode must be one of"),
    (b'[report]\npaper = "A3"\n', "paper must be one of"),
    (b'[report]\nappendix = "yes"\n', "true or false"),
    (b'[report]\ncolour = "red"\n', "unknown key"),
    (b'[printer]\nname = "x"\n', "unknown section"),
    (b'[inbox]\nhla_dr_codes = "MHLADR"\n', "list of text"),
    (b'[display]\nlanguage = "tlh"\n', "language must be one of"),
    (b"[database\n", "not valid UTF-8 TOML"),
    (b"\xff\xfe", "not valid UTF-8 TOML"),
])
def test_refusals_name_the_key(text: bytes, match: str) -> None:
    with pytest.raises(SiteConfigError, match=match):
        parse_site_config(text, source=Path("site.toml"))
