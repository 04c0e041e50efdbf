"""The composition root: what the app is configured with, built once at start-up.

    ctx = build_context(data_dir=args.data_dir)       # reads site.toml once
    with ctx.open_store(training=False) as store:     # the ward server or the local file
        store.save_assessment(pid, classify(inputs, ruleset=ctx.ruleset,
                                            options=ctx.options, now=ctx.now()), ...)

Command-line handlers and the window take their site configuration, record store, clock,
rule set and warning options from here instead of reading files, environment variables or
the system clock themselves, so tests substitute any of them in one place.  Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.rules import DEFAULT_OPTIONS, IMMUNOSEP_RULESET, AssessmentOptions, RuleSet
from desktop_app.site_config import SiteConfig

if TYPE_CHECKING:
    from desktop_app.services.records import Store


def system_clock() -> datetime:
    """The workstation's time, with its UTC offset."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class AppContext:
    """Site configuration, data folder, clock, rule set and options of one app run."""

    site: SiteConfig
    data_dir: Path
    clock: Callable[[], datetime] = system_clock
    ruleset: RuleSet = IMMUNOSEP_RULESET
    options: AssessmentOptions = DEFAULT_OPTIONS
    os_user: str = field(default="")

    def now(self) -> datetime:
        return self.clock()

    @property
    def clinical_is_shared(self) -> bool:
        """Clinical records on the ward's database server (set by IT in site.toml)."""
        url = self.site.database.url
        return bool(url) and not str(url).startswith("sqlite")

    def open_store(self, *, training: bool, migrate: bool = False,
                   db_user: str | None = None) -> Store:
        """The record store of the mode asked (``StoreError`` with a sentence if it cannot
        be used: never a fallback to another database)."""
        from desktop_app.services.records import open_store

        return open_store(self.data_dir, training=training, os_user=self.os_user or None,
                          site=self.site, clock=self.clock, migrate=migrate,
                          db_user=db_user)


def build_context(*, data_dir: Path | str | None = None, site: SiteConfig | None = None,
                  clock: Callable[[], datetime] | None = None,
                  environ: dict[str, str] | None = None) -> AppContext:
    """Read the site configuration once and resolve the data folder (``--data-dir`` wins
    over ``IMMUNOSEP_DATA_DIR``, which wins over the per-user folder).

    Raises ``StoreError`` when ``site.toml`` cannot be used (the message names the file and
    the key), because nothing that stores records may run on a guessed configuration.
    """
    from desktop_app.services.records import current_os_user
    from desktop_app.services.store_target import SITE_UNUSABLE, load_site
    from desktop_app.store.location import resolve_data_dir

    if site is None and environ is not None:
        from desktop_app.site_config import SiteConfigError, load_site_config
        from desktop_app.store.errors import StoreError

        try:
            site = load_site_config(environ)
        except SiteConfigError as exc:
            raise StoreError.worded("site_config", SITE_UNUSABLE, error=str(exc)) from None
    return AppContext(site=load_site(site), data_dir=resolve_data_dir(data_dir, environ),
                      clock=clock or system_clock, os_user=current_os_user())
