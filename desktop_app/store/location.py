"""Where the database lives, and refusing places where SQLite is not safe.

SQLite's locking (and WAL's shared memory) needs a local file system: on NFS/SMB it silently
corrupts databases (hazards §1.8).  So the data directory is checked before anything is opened:
UNC paths and mapped network drives on Windows, network and FUSE-remote mounts on Linux.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from desktop_app.i18n import N_
from desktop_app.store.errors import NetworkShareError, StoreError

DATA_DIR_ENV = "IMMUNOSEP_DATA_DIR"
CLINICAL_FILE = "clinical.sqlite"
TRAINING_FILE = "training.sqlite"

# Linux file-system types (third field of /proc/mounts) whose locking SQLite cannot rely on.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "coda", "fuse.sshfs", "fuse.glusterfs",
    "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.smbnetfs",
    "fuse.cephfs", "fuse.curlftpfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def default_data_dir() -> Path:
    """The per-user application-data folder (platformdirs), e.g. ~/.local/share/...."""
    import platformdirs

    from desktop_app.paths import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(option: Path | str | None, environ: dict[str, str] | None = None) -> Path:
    """``--data-dir`` wins over ``IMMUNOSEP_DATA_DIR``, which wins over the platform default."""
    env = os.environ if environ is None else environ
    if option:
        chosen = Path(option)
    elif env.get(DATA_DIR_ENV, "").strip():
        chosen = Path(env[DATA_DIR_ENV].strip())
    else:
        chosen = default_data_dir()
    return chosen.expanduser().absolute()


def database_file(data_dir: Path, *, training: bool) -> Path:
    """Training records live in their own file, never in the clinical one."""
    return data_dir / (TRAINING_FILE if training else CLINICAL_FILE)


# -- network shares -----------------------------------------------------------------------------

def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def linux_fs_type(path: Path, mounts_text: str) -> str | None:
    """File-system type of the mount holding ``path`` (longest matching mount point)."""
    best, best_len = None, -1
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best_len:
            best, best_len = fstype, len(point)
    return best


def windows_is_network_path(path: str, drive_type: Callable[[str], int] | None) -> bool:
    """UNC paths (``\\\\server\\share``, ``\\\\?\\UNC\\...``) and drives of type DRIVE_REMOTE."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]  # local device / long path prefix: judge the path behind it
    elif text.startswith("\\\\"):
        return True
    drive = PureWindowsPath(text).drive
    if drive and drive_type is not None:
        return drive_type(drive + "\\") == DRIVE_REMOTE
    return False


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate.resolve()
    return path


def read_linux_mounts() -> str | None:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def network_share(path: Path) -> NetworkShareError | None:
    """Why ``path`` is on a network share, or ``None`` when it looks local."""
    why = (N_("SQLite databases are corrupted by the unreliable file locking of network "
              "shares."),
           N_("Choose a folder on this computer's own disk (--data-dir or IMMUNOSEP_DATA_DIR); "
              "a shared hospital database server is the supported way to share records."))
    if sys.platform == "win32":
        raw = str(path)
        resolved = str(_existing_ancestor(path))
        for candidate in (raw, resolved):
            if windows_is_network_path(candidate, _windows_drive_type):
                return NetworkShareError.worded(
                    "network_share", N_("The database folder {folder} cannot be used because "
                                        "it is on a network drive or UNC share."),
                    *why, folder=str(path))
        return None
    if sys.platform.startswith("linux"):
        mounts = read_linux_mounts()
        if mounts is None:
            return None
        fstype = linux_fs_type(_existing_ancestor(path), mounts)
        if fstype is not None and fstype.lower() in NETWORK_FS_TYPES:
            return NetworkShareError.worded(
                "network_share", N_("The database folder {folder} cannot be used because it "
                                    "is on a network file system ({fstype})."),
                *why, folder=str(path), fstype=fstype)
    return None


def refuse_network_share(path: Path) -> None:
    refusal = network_share(path)
    if refusal is not None:
        raise refusal


# -- owner-only permissions ---------------------------------------------------------------------

def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents); the folder itself is made 0700 on POSIX when we create it."""
    if path.exists():
        if not path.is_dir():
            raise StoreError.worded("not_a_folder", N_("The data folder {folder} exists but is "
                                                       "not a folder."), folder=str(path))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        return
    if os.name == "posix":
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask


def create_private_file(path: Path) -> bool:
    """Create an empty ``path`` readable only by its owner; ``False`` if it already existed.

    SQLite gives its ``-wal`` and ``-shm`` files the permissions of the database file, so this
    one step keeps all three owner-only.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return True
