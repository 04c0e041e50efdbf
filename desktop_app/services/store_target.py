"""Which database to open: the site configuration decides, the user cannot.

- training mode: always ``training.sqlite`` in the data folder (never the ward server);
- clinical mode with ``[database] url = "postgresql+psycopg://…"``: the ward server, with the
  TLS options beside the URL; if it cannot be reached, that is an error — never a silent
  fallback to a local file (clinical records must not fork);
- clinical mode with ``url = "sqlite:////path/clinical.sqlite"``: that file;
- no URL: ``clinical.sqlite`` in the data folder, as the first wave did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.i18n import N_
from desktop_app.services.context import system_clock
from desktop_app.site_config import DatabaseConfig, SiteConfig
from desktop_app.store.database import Database, open_postgres, open_sqlite
from desktop_app.store.errors import DataFolderError, StoreError
from desktop_app.store.location import (
    database_file,
    ensure_private_dir,
    refuse_network_share,
    resolve_data_dir,
)
from desktop_app.store.postgres import PostgresTarget

#: {error}: what is wrong in site.toml (its file and key), in English
SITE_UNUSABLE = N_("The site configuration cannot be used: {error}")


def load_site(site: SiteConfig | None) -> SiteConfig:
    """The given ``SiteConfig``, or the one in ``site.toml``; a bad file is a ``StoreError``."""
    if site is not None:
        return site
    from desktop_app.site_config import SiteConfigError, load_site_config

    try:
        return load_site_config()
    except SiteConfigError as exc:
        raise StoreError.worded("site_config", SITE_UNUSABLE, N_("Ask IT to correct it."),
                                error=str(exc)) from None


def postgres_target(database: DatabaseConfig, db_user: str | None = None) -> PostgresTarget:
    if database.url is None:
        raise StoreError.worded("site_config", N_("The site configuration names no ward "
                                                  "database server."))
    return PostgresTarget(url=database.url, sslmode=database.sslmode,
                          sslrootcert=database.sslrootcert, sslcert=database.sslcert,
                          sslkey=database.sslkey, connect_timeout=database.connect_timeout or 10,
                          user=db_user)


def sqlite_path_of(url: str) -> Path:
    """``sqlite:////abs/path.sqlite`` -> the path (a relative path is refused)."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path.startswith("/") and not (len(path) > 2 and path[1] == ":"):
        raise StoreError.worded("site_config", N_("The site configuration's database URL {url} "
                                                  "must name an absolute file path "
                                                  "(sqlite:////path/clinical.sqlite)."),
                                url=repr(url))
    return Path(path)


def _private_dir(folder: Path) -> None:
    try:
        ensure_private_dir(folder)
    except StoreError:
        raise
    except OSError as exc:
        raise DataFolderError.worded(
            "data_folder", N_("The data folder {folder} cannot be created: {reason}."),
            N_("Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT."),
            folder=str(folder), reason=exc.strerror or type(exc).__name__) from None


def open_database(data_dir: Path | str | None, *, training: bool, os_user: str,
                  site: SiteConfig | None,
                  clock: Callable[[], datetime] | None, migrate: bool,
                  db_user: str | None) -> tuple[Database, Path, PostgresTarget | None]:
    """``(database, data folder, server target or None)`` for the mode asked."""
    folder = resolve_data_dir(data_dir)
    now = clock or system_clock
    database = load_site(site).database
    refuse_network_share(folder)
    _private_dir(folder)
    if not training and database.url and not database.url.startswith("sqlite"):
        target = postgres_target(database, db_user)
        return open_postgres(target, now=now, os_user=os_user, migrate=migrate), folder, target
    if not training and database.url:
        path = sqlite_path_of(database.url)
        refuse_network_share(path.parent)
        _private_dir(path.parent)
    else:
        path = database_file(folder, training=training)
    return open_sqlite(path, training=training, now=now, os_user=os_user), folder, None
