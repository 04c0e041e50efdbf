"""The shared ward database: PostgreSQL through SQLAlchemy 2 and psycopg 3.

Configured by IT in ``site.toml`` (``[database] url``; TLS options beside it).  No password is
ever in that file: libpq reads ``~/.pgpass`` (or ``PGPASSFILE``) and does Kerberos/GSSAPI by
itself, and a password kept in the OS keyring (service ``ImmunoSep Phenotyper``, user
``ROLE@HOST/DATABASE``) is passed to the driver at connect time.

- ``pool_pre_ping``: a connection that died (server restart, network cut) is replaced on the
  next checkout, so the next action after a restart reconnects by itself.
- ``connect_timeout``: an unreachable server fails in seconds, not after the TCP timeout.
- Writes take a transaction-scoped advisory lock first, so appends to the one audit chain are
  serialised across every workstation (``lock_timeout`` bounds the wait); reads run as
  ``REPEATABLE READ READ ONLY`` snapshots.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "ImmunoSep Phenotyper"
APPEND_LOCK = 0x494D4D554E4F  # pg_advisory_xact_lock key of the audit chain ("IMMUNO")
LOCK_TIMEOUT = "30s"
READ_ONLY = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}


@dataclass(frozen=True)
class PostgresTarget:
    """Where the ward database is and how to reach it (never a password)."""

    url: str
    sslmode: str | None = None
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None
    connect_timeout: int = 10
    user: str | None = None  # overrides the URL's role (IT: ``db migrate --db-user OWNER``)

    def sqlalchemy_url(self) -> URL:
        url = make_url(self.url)
        if url.password is not None:
            raise ValueError("the database URL must not contain a password")
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if self.user:
            url = url.set(username=self.user)
        return url

    @property
    def display(self) -> str:
        """``role@host:port/database`` for messages (no password exists to leak)."""
        url = self.sqlalchemy_url()
        port = f":{url.port}" if url.port else ""
        user = f"{url.username}@" if url.username else ""
        return f"{user}{url.host or 'localhost'}{port}/{url.database or ''}"


def keyring_password(target: PostgresTarget) -> str | None:
    """The password kept in the OS keyring for this role and database, if any."""
    url = target.sqlalchemy_url()
    if not url.username:
        return None
    account = f"{url.username}@{url.host or 'localhost'}/{url.database or ''}"
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, account)
    except Exception as exc:  # no keyring backend, a locked store, no D-Bus session ...
        logger.info("no database password from the OS keyring (%s)", type(exc).__name__)
        return None


def connect_args(target: PostgresTarget) -> dict[str, Any]:
    args: dict[str, Any] = {"connect_timeout": target.connect_timeout,
                            "application_name": "ImmunoSep Phenotyper"}
    for key in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
        value = getattr(target, key)
        if value:
            args[key] = value
    password = keyring_password(target)
    if password:
        args["password"] = password
    return args


def make_engine(target: PostgresTarget) -> Engine:
    return create_engine(target.sqlalchemy_url(), connect_args=connect_args(target),
                         pool_pre_ping=True, pool_size=2, max_overflow=4, pool_recycle=1800,
                         pool_timeout=30)


def lock_for_append(conn: Connection) -> None:
    """Serialise writers: one audit chain, appended by one transaction at a time."""
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPEND_LOCK})")
