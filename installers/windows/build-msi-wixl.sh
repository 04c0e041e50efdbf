#!/usr/bin/env bash
# Build the MSI on Linux with wixl (msitools) from a Windows onedir, to check the WiX authoring
# (installers/windows/immunosep.wxs) without Windows.  The release MSI is built with WiX 3.14 on
# Windows (build-msi.ps1); this one is for CI checks and for re-checking a Windows bundle copied
# to a Linux machine.
#
# Usage: installers/windows/build-msi-wixl.sh PAYLOAD_DIR OUT.msi [VERSION]
#   PAYLOAD_DIR  the PyInstaller onedir for Windows (immunosep.exe, immunosep-cli.exe, _internal/)
#   VERSION      default: [project] version in pyproject.toml
# Needs: apt-get install wixl msitools
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 2 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
PAYLOAD="$(cd "$1" && pwd)"
OUT="$(realpath -m "$2")"
VERSION="${3:-$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")}"
[ -f "$PAYLOAD/immunosep.exe" ] || { echo "build-msi-wixl.sh: $PAYLOAD has no immunosep.exe" >&2; exit 1; }

# wixl only takes relative source paths, so work in a scratch dir with links to the inputs.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ln -s "$PAYLOAD" "$WORK/payload"
ln -s "$ROOT/resources/app/immunosep.ico" "$WORK/immunosep.ico"
cd "$WORK"
find -L payload -type f | LC_ALL=C sort | wixl-heat --prefix payload/ --directory-ref INSTALLDIR \
    --component-group AppFiles --var var.SourceDir --win64 > files.wxs
# Wixl=1 skips the launch condition (wixl has none); Win64 is used by the harvested components.
wixl --arch x64 -D Wixl=1 -D Win64=yes -D SourceDir=payload -D IconFile=immunosep.ico \
    -D Version="$VERSION" -o "$OUT" "$ROOT/installers/windows/immunosep.wxs" files.wxs \
    2> >(grep -v -e "has no property named 'Schedule'" -e "has no property named 'CompressionLevel'" \
         -e '^$' >&2)
echo "$OUT"
