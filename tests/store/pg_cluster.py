"""A throwaway PostgreSQL cluster for tests and benchmarks (Debian's ``postgresql`` package).

The server runs as a non-root user in a temporary directory, listening on 127.0.0.1 only, with
TLS (a CA made for the run, server certificate for ``localhost``) and SCRAM passwords that the
clients find in a ``.pgpass`` file named by ``PGPASSFILE`` — so tests exercise the same paths a
hospital uses (``sslmode=verify-full``, no password in any URL).  PostgreSQL refuses to run as
root; CI runs as root, so there the server runs as ``nobody``.

    python tests/store/pg_cluster.py start DIR   # prints the environment to export
    python tests/store/pg_cluster.py stop DIR
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
OWNER_ROLE = "immunosep_owner"
APP_ROLE = "immunosep_app"
SETUP_SQL = Path(__file__).resolve().parents[2] / "resources" / "database" / \
    "postgresql-setup.sql"


def postgres_bindir() -> Path | None:
    """Debian keeps the server binaries in /usr/lib/postgresql/N/bin (not on PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> tuple[int, int] | None:
    """(uid, gid) to run the server as, when we are root (postgres refuses root)."""
    if os.geteuid() != 0:
        return None
    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


@dataclass
class Cluster:
    root: Path
    port: int
    bindir: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.pem"

    @property
    def pgpass(self) -> Path:
        return self.root / "pgpass"

    def env(self) -> dict[str, str]:
        """What a client needs: the password file (no password is ever in a URL)."""
        return {"PGPASSFILE": str(self.pgpass)}

    def url(self, user: str, database: str, *, host: str = "localhost") -> str:
        return f"postgresql+psycopg://{user}@{host}:{self.port}/{database}"

    def dsn(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        return (f"host=127.0.0.1 port={self.port} user={user} dbname={database} "
                f"passfile={self.pgpass} sslmode=disable")

    def add_password(self, user: str, password: str) -> None:
        with self.pgpass.open("a", encoding="utf-8") as fh:
            fh.write(f"*:{self.port}:*:{user}:{password}\n")

    def psql(self, *args: str, database: str = "postgres", user: str = SUPERUSER,
             input_text: str | None = None) -> str:
        result = subprocess.run(
            [str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At",
             "-d", self.dsn(user, database), *args],
            input=input_text, capture_output=True, text=True, check=False,
            env={**os.environ, **self.env()})
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout

    def sql(self, statement: str, *, database: str = "postgres",
            user: str = SUPERUSER) -> str:
        return self.psql("-c", statement, database=database, user=user)

    def create_roles(self) -> None:
        """The owner and application roles, as IT creates them (passwords in .pgpass)."""
        for role in (OWNER_ROLE, APP_ROLE):
            password = secrets.token_hex(16)
            self.sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
            self.add_password(role, password)

    def create_database(self, name: str) -> None:
        """A ward database made by IT's setup script (``resources/database``)."""
        self.psql("-v", f"db={name}", "-v", f"owner={OWNER_ROLE}", "-v", f"app={APP_ROLE}",
                  "-f", str(SETUP_SQL))

    def restart(self) -> None:
        self._pg_ctl("restart", "-m", "fast")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def _pg_ctl(self, *args: str) -> None:
        _run_as_server([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w",
                        "-l", str(self.root / "server.log"), *args])


def _run_as_server(cmd: list[str], env: Mapping[str, str] | None = None) -> None:
    ids = _server_user()
    kwargs: dict[str, object] = {}
    if ids is not None:
        kwargs = {"user": ids[0], "group": ids[1], "extra_groups": []}
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd="/",
                            env={**os.environ, **(env or {})}, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: {result.stderr.strip()}")


def _make_certificates(root: Path) -> None:
    """A CA and a server certificate for localhost / 127.0.0.1, valid for the run."""
    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=root, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            "/CN=ImmunoSep test CA", "-keyout", "ca.key", "-out", "ca.pem")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
            "-keyout", "server.key", "-out", "server.csr")
    (root / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt")


def start_cluster(*, durable: bool = False, root: Path | None = None) -> Cluster:
    """Initialise and start a cluster; ``durable=False`` turns fsync off (tests only)."""
    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    root = Path(root or tempfile.mkdtemp(prefix="immunosep-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)  # the server user must reach its data directory
    cluster = Cluster(root, _free_port(), bindir)
    password = secrets.token_hex(16)
    pwfile = root / "superuser.pw"
    pwfile.write_text(password + "\n")
    _make_certificates(root)
    ids = _server_user()
    if ids is not None:
        for name in (".", "superuser.pw", "server.key", "server.crt", "ca.pem"):
            os.chown(root / name, *ids)
    os.chmod(root / "server.key", 0o600)
    cluster.data.mkdir(mode=0o700)
    if ids is not None:
        os.chown(cluster.data, *ids)
    _run_as_server([str(bindir / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER,
                    "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                    "--no-locale", "--no-instructions"])
    pwfile.unlink()
    settings = {
        "listen_addresses": "'127.0.0.1'", "port": str(cluster.port),
        "unix_socket_directories": "''", "ssl": "on",
        "ssl_cert_file": f"'{root / 'server.crt'}'", "ssl_key_file": f"'{root / 'server.key'}'",
        "max_connections": "60", "shared_buffers": "32MB",
        "fsync": "on" if durable else "off",
        "synchronous_commit": "on" if durable else "off",
        "full_page_writes": "on" if durable else "off",
    }
    with (cluster.data / "postgresql.conf").open("a", encoding="utf-8") as fh:
        fh.writelines(f"{k} = {v}\n" for k, v in settings.items())
    (cluster.data / "pg_hba.conf").write_text(
        "host all all 127.0.0.1/32 scram-sha-256\n")
    cluster.pgpass.touch(mode=0o600)
    cluster.add_password(SUPERUSER, password)
    cluster._pg_ctl("start")
    return cluster


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[1])
    if argv[0] == "start":
        cluster = start_cluster(root=root, durable=True)
        cluster.create_roles()
        (root / "port").write_text(str(cluster.port))
        print(f"export PGPASSFILE={cluster.pgpass}")
        print(f"export IMMUNOSEP_TEST_PG_PORT={cluster.port}")
        return 0
    bindir = postgres_bindir()
    assert bindir is not None
    Cluster(root, int((root / "port").read_text()), bindir).stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
