#!/usr/bin/env bash
# Build the Linux packages of the ImmunoSep Phenotyper:
#   installers/dist/immunosep_<version>_<arch>.deb          (installs to /opt/immunosep)
#   installers/dist/immunosep-<version>-linux-<machine>.tar.gz   (run-from-a-folder copy)
#   installers/dist/immunosep-<version>-linux-<machine>.cdx.json (CycloneDX SBOM, also inside both)
#   installers/dist/SHA256SUMS
#
# The .deb's Depends are computed from what the bundle links (installers/linux/depends.py:
# dpkg-shlibdeps); the distribution's own libraries are not copied into the bundle
# (installers/pyinstaller/bundle_policy.py). The glibc floor is therefore the build machine's
# libpython and the wheels' manylinux tags, never a copied libstdc++.
#
# Usage: installers/build-linux.sh [--python PY] [--compress zstd|xz] [--reuse-onedir]
#   --python PY      interpreter with the build tools of requirements/build.txt (default: the
#                    project's .venv if it has PyInstaller, otherwise a fresh build venv is made
#                    in $BUILD_DIR/venv with `pip install --require-hashes -r
#                    requirements/build.txt`, which needs PyPI)
#   --compress       .deb payload compression: zstd (default; seconds, for CI) or xz (smaller,
#                    ~1 min, for releases)
#   --reuse-onedir   skip PyInstaller when $BUILD_DIR/onedir/immunosep exists (packaging only)
# Environment: BUILD_DIR (default installers/build), DIST_DIR (default installers/dist),
#   SOURCE_DATE_EPOCH (file times in the archives; default: time of the last git commit).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/installers/build}"
DIST_DIR="${DIST_DIR:-$ROOT/installers/dist}"
PYTHON=""
COMPRESS="zstd"
REUSE_ONEDIR=0

while [ $# -gt 0 ]; do
    case "$1" in
        --python) PYTHON="$2"; shift 2 ;;
        --compress) COMPRESS="$2"; shift 2 ;;
        --reuse-onedir) REUSE_ONEDIR=1; shift ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "build-linux.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
case "$COMPRESS" in
    zstd) DEB_COMPRESS=(-Zzstd -z3) ;;
    xz) DEB_COMPRESS=(-Zxz -z6) ;;
    *) echo "build-linux.sh: --compress must be zstd or xz" >&2; exit 2 ;;
esac

log() { printf '[build-linux %(%H:%M:%S)T] %s\n' -1 "$*"; }

# --- interpreter with PyInstaller --------------------------------------------------------------
has_pyinstaller() { "$1" -c 'import PyInstaller' >/dev/null 2>&1; }
if [ -z "$PYTHON" ]; then
    if [ -x "$ROOT/.venv/bin/python" ] && has_pyinstaller "$ROOT/.venv/bin/python"; then
        PYTHON="$ROOT/.venv/bin/python"
    else
        PYTHON="$BUILD_DIR/venv/bin/python"
        if ! has_pyinstaller "$PYTHON"; then
            log "creating build venv in $BUILD_DIR/venv"
            python3 -m venv "$BUILD_DIR/venv"
            # Hash-pinned: every package and version the release ships or builds with is the
            # one in the repository's lock (./dev lock), byte for byte.
            "$PYTHON" -m pip install --quiet --require-hashes -r "$ROOT/requirements/build.txt"
        fi
    fi
fi
has_pyinstaller "$PYTHON" || { echo "build-linux.sh: $PYTHON has no PyInstaller" >&2; exit 1; }

VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
MACHINE="$(uname -m)"
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH
log "ImmunoSep Phenotyper $VERSION ($ARCH), python: $PYTHON"

# --- 1. frozen onedir --------------------------------------------------------------------------
ONEDIR="$BUILD_DIR/onedir/immunosep"
if [ "$REUSE_ONEDIR" = 1 ] && [ -x "$ONEDIR/immunosep" ]; then
    log "reusing $ONEDIR"
else
    log "PyInstaller onedir"
    rm -rf "$BUILD_DIR/onedir"
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$BUILD_DIR/onedir" --workpath "$BUILD_DIR/pyinstaller" \
        "$ROOT/installers/pyinstaller/immunosep.spec"
fi
"$ONEDIR/immunosep" --version   # the bundle starts and finds its package

# --- 2. .deb -----------------------------------------------------------------------------------
log ".deb staging"
STAGE="$BUILD_DIR/deb/immunosep_${VERSION}_${ARCH}"
rm -rf "$BUILD_DIR/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/doc/immunosep" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$ONEDIR" "$STAGE/opt/immunosep"
ln -s /opt/immunosep/immunosep "$STAGE/usr/bin/immunosep"
install -m 0644 "$ROOT/installers/linux/immunosep.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$ROOT/installers/linux/copyright" "$STAGE/usr/share/doc/immunosep/"
install -m 0644 "$ROOT/resources/app/immunosep.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps/immunosep.svg"
for png in "$ROOT"/resources/app/immunosep-*.png; do
    size="$(basename "$png" .png)"; size="${size#immunosep-}"
    install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/immunosep.png"
done
# Debian policy modes: directories and executables 0755, everything else 0644.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod go-w,a+r {} +
install -m 0755 "$ROOT/installers/linux/postinst" "$ROOT/installers/linux/postrm" "$STAGE/DEBIAN/"

log "Depends (dpkg-shlibdeps over the bundle)"
DEPENDS="$("$PYTHON" "$ROOT/installers/linux/depends.py" "$STAGE" "$ROOT/installers/linux/depends.txt")"
INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$ROOT/installers/linux/control.in" > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

mkdir -p "$DIST_DIR"
DEB="$DIST_DIR/immunosep_${VERSION}_${ARCH}.deb"
log ".deb ($COMPRESS)"
dpkg-deb --root-owner-group "${DEB_COMPRESS[@]}" --build "$STAGE" "$DEB" >/dev/null

# --- 3. .tar.gz of the onedir ------------------------------------------------------------------
TARBALL="$DIST_DIR/immunosep-${VERSION}-linux-${MACHINE}.tar.gz"
log ".tar.gz"
GZIP_CMD=(gzip -n -6)
command -v pigz >/dev/null 2>&1 && GZIP_CMD=(pigz -n -6)
tar -C "$(dirname "$ONEDIR")" --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --transform "s,^immunosep,immunosep-$VERSION,S" \
    -cf - immunosep | "${GZIP_CMD[@]}" > "$TARBALL"

# The SBOM the bundle carries, also beside the packages for IT inventories.
SBOM="$DIST_DIR/immunosep-${VERSION}-linux-${MACHINE}.cdx.json"
cp "$ONEDIR/_internal/sbom/immunosep.cdx.json" "$SBOM"

(cd "$DIST_DIR" && sha256sum "$(basename "$DEB")" "$(basename "$TARBALL")" "$(basename "$SBOM")" \
    > SHA256SUMS)
log "done:"
ls -l "$DEB" "$TARBALL" "$SBOM"
