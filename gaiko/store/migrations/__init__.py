"""Numbered schema migrations, discovered by file name.

Each module here named ``mNNNN_<name>.py`` defines ``def apply(db)`` (``db`` is a ``gaiko.store.db.DB``;
branch on ``db.dialect`` where SQLite and PostgreSQL differ). ``migrate(db)`` applies, in number order,
every migration not yet recorded in ``schema_migrations``, each in its own transaction. To change the
schema, add the next number; never edit an applied migration.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from gaiko.errors import StoreError

_NAME = re.compile(r"^m(\d{4})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable


def discover() -> list[Migration]:
    found: dict[int, Migration] = {}
    for info in pkgutil.iter_modules(__path__):
        m = _NAME.match(info.name)
        if not m:
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        number = int(m.group(1))
        if number in found:
            raise StoreError(f"two migrations numbered {number}: {found[number].name} and {m.group(2)}")
        found[number] = Migration(number, m.group(2), mod.apply)
    return [found[k] for k in sorted(found)]


def applied(db) -> set[int]:
    if not db.table_exists("schema_migrations"):
        return set()
    return {r[0] for r in db.rows("SELECT number FROM schema_migrations")}


# PostgreSQL: the advisory lock that serialises migrations between processes (two ingests starting on an empty
# database would otherwise race in CREATE TABLE IF NOT EXISTS, which PostgreSQL does not make atomic)
PG_MIGRATION_LOCK = 0x6761696B6F  # 'gaiko'


@contextlib.contextmanager
def _serialised(db) -> Iterator[None]:
    """Hold the migration lock for the block (SQLite: its write transactions already serialise)."""
    if db.dialect != "postgresql":
        yield
        return
    db.scalar("SELECT pg_advisory_lock(?)", (PG_MIGRATION_LOCK,))
    try:
        yield
    finally:
        db.scalar("SELECT pg_advisory_unlock(?)", (PG_MIGRATION_LOCK,))


def migrate(db, until: int | None = None) -> list[int]:
    """Apply pending migrations (those numbered up to ``until``, if given); returns the numbers applied now.

    Safe to run from several processes at once: on PostgreSQL they take turns (an advisory lock), and each
    migration is applied once (re-checked inside its transaction)."""
    with _serialised(db):
        return _migrate(db, until)


def _migrate(db, until: int | None) -> list[int]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = applied(db)
    now_applied = []
    for mig in discover():
        if mig.number in done or (until is not None and mig.number > until):
            continue
        with db.transaction():
            if mig.number in applied(db):  # another process got there first
                continue
            mig.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (mig.number, mig.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        now_applied.append(mig.number)
    return now_applied
