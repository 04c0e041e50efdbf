#!/usr/bin/env bash
# Package the PyInstaller .app into a compressed, read-only disk image (drag to Applications),
# then mount the image and run the self-test of the app inside it.
#
# Usage: installers/macos/build-dmg.sh "path/ImmunoSep Phenotyper.app" OUT_DIR
# Output: OUT_DIR/immunosep-<version>-macos-<arch>.dmg
# Signing: PyInstaller ad-hoc signs the bundle on Apple silicon, which runs locally but
# Gatekeeper warns on other Macs; distribution needs a Developer ID signature and notarization
# (see installers/README.md), done before this script runs.
set -euo pipefail

APP="${1:?usage: build-dmg.sh APP OUT_DIR}"
OUT_DIR="${2:?usage: build-dmg.sh APP OUT_DIR}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NAME="ImmunoSep Phenotyper"
VERSION="$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
DMG="$OUT_DIR/immunosep-$VERSION-macos-$(uname -m).dmg"

STAGE="$(mktemp -d)"
MOUNT="$(mktemp -d)"
cleanup() { hdiutil detach "$MOUNT" -quiet 2>/dev/null || true; rm -rf "$STAGE"; }
trap cleanup EXIT

ditto "$APP" "$STAGE/$NAME.app"            # ditto keeps symlinks, modes and signatures
ln -s /Applications "$STAGE/Applications"
mkdir -p "$OUT_DIR"
rm -f "$DMG"
hdiutil create -volname "$NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"

hdiutil attach "$DMG" -readonly -nobrowse -mountpoint "$MOUNT" -quiet
"$MOUNT/$NAME.app/Contents/MacOS/immunosep" --self-test
echo "built $DMG"
