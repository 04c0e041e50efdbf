"""Static review of the release workflow and its Windows scripts (no runner needed).

What is checked here is what a reviewer would check line by line: pinned actions, least
privilege, secrets only from the secret store and never pasted into scripts, signing before
packaging and before the install test, and every script the workflow calls actually exists.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
TEXT = WORKFLOW.read_text(encoding="utf-8")
WINDOWS = ROOT / "installers" / "windows"


def _job(name: str) -> str:
    """The text of one job (from its key to the next job key)."""
    match = re.search(rf"^  {name}:\n(.*?)(?=^  \S|\Z)", TEXT, re.M | re.S)
    assert match, name
    return match.group(1)


def test_actions_are_pinned_to_commit_shas() -> None:
    uses = re.findall(r"^\s*-?\s*uses:\s*(\S+)(.*)$", TEXT, re.M)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.search(r"#\s*v\d+\.\d+\.\d+", comment), f"{action}: say which release"


def test_least_privilege_and_safe_triggers() -> None:
    assert re.search(r"^permissions:\n  contents: read$", TEXT, re.M)
    assert "pull_request_target" not in TEXT
    assert "write-all" not in TEXT
    assert TEXT.count("persist-credentials: false") == TEXT.count("actions/checkout@")
    assert "\t" not in TEXT


def test_secrets_only_through_step_environment() -> None:
    for line in TEXT.splitlines():
        if "secrets." in line and not line.lstrip().startswith("#"):
            assert re.fullmatch(r"\s+(\w+): \$\{\{ secrets\.\1 \}\}", line), line


def test_jobs_and_runners() -> None:
    assert re.search(r"runs-on: windows-latest", _job("windows"))
    assert re.search(r"runs-on: macos-latest", _job("macos"))
    assert re.search(r"container: python:3\.11-slim-bookworm", _job("linux"))


def test_windows_job_order_sign_package_sign_install() -> None:
    job = _job("windows")
    steps = [m.start() for m in re.finditer(r"^      - ", job, re.M)]
    names = [job[s:e] for s, e in zip(steps, [*steps[1:], len(job)], strict=True)]

    def index(pattern: str) -> int:
        found = [i for i, step in enumerate(names) if re.search(pattern, step)]
        assert len(found) == 1, (pattern, found)
        return found[0]

    freeze = index(r"python -m PyInstaller")
    sign_exe = index(r"sign\.ps1 -Files\s+installers\\dist\\pyinstaller")
    msi = index(r"build-msi\.ps1")
    sign_msi = index(r"sign\.ps1 -Files \(Get-ChildItem installers\\dist\\\*\.msi\)")
    install = index(r"smoke-test\.ps1")
    assert freeze < sign_exe < msi < sign_msi < install


def test_every_script_the_workflow_runs_exists() -> None:
    scripts = set(re.findall(r"(installers[/\\][\w/\\.-]+\.(?:ps1|sh|spec))", TEXT))
    assert len(scripts) >= 5
    for script in scripts:
        assert (ROOT / script.replace("\\", "/")).is_file(), script


def test_each_platform_runs_the_self_test_of_what_it_ships() -> None:
    assert "--self-test" in _job("macos") and "build-dmg.sh" in _job("macos")
    assert "immunosep --self-test" in _job("linux") and "apt-get install" in _job("linux")
    smoke = (WINDOWS / "smoke-test.ps1").read_text(encoding="utf-8")
    assert "'/qn'" in smoke and "@('/x', $productCode)" in smoke
    assert smoke.count("--self-test") >= 2  # console and windowed executables
    assert "-not (Test-Path $installDir)" in smoke  # uninstall leaves nothing behind


def test_signing_is_skipped_loudly_without_a_certificate() -> None:
    sign = (WINDOWS / "sign.ps1").read_text(encoding="utf-8")
    skip = re.search(r"if \(-not \$env:SIGNING_CERT_PFX_BASE64\) \{(.*?)\}", sign, re.S)
    assert skip and "::warning::" in skip.group(1) and "exit 0" in skip.group(1)
    assert "/tr $timestamp" in sign and "/fd SHA256" in sign
    assert "/p " not in sign  # the password never goes on a command line


def test_msi_build_uses_the_same_wxs_and_defines_as_the_linux_check() -> None:
    build = (WINDOWS / "build-msi.ps1").read_text(encoding="utf-8")
    wixl = (WINDOWS / "build-msi-wixl.sh").read_text(encoding="utf-8")
    for define in ("Version", "SourceDir", "Win64", "IconFile"):
        assert f"-d{define}=" in build and f"-D {define}=" in wixl, define
    assert "immunosep.wxs" in build and "immunosep.wxs" in wixl
    assert "'-arch', 'x64'" in build


def test_release_builds_install_only_hash_pinned_requirements() -> None:
    installs = re.findall(r"pip install[^\n]*", TEXT)
    assert installs
    for line in installs:
        assert "--require-hashes -r requirements/build.txt" in line, line
    assert ".[build]" not in TEXT
    assert "pip install --quiet --require-hashes -r" in (
        ROOT / "installers" / "build-linux.sh").read_text(encoding="utf-8")


def test_the_linux_package_is_installed_where_it_is_promised_and_refused_elsewhere() -> None:
    job = _job("linux-install")
    assert "needs: linux" in job
    assert re.search(r"image: debian:12\n\s+expect: installs", job)
    assert re.search(r"image: ubuntu:22\.04.*\n\s+expect: refused", job)
    assert "--self-test" in job and "--simulate" in job
    assert "installers/dist/*.cdx.json" in _job("linux")
