"""A small backend-neutral connection wrapper: SQLite (default) or PostgreSQL (psycopg 3).

SQL is written once with ``?`` placeholders; for PostgreSQL they become ``%s``. ``query`` returns
dicts, ``rows`` tuples, ``scalar`` one value. ``transaction()`` nests (only the outermost commits).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from gaiko.errors import StoreError, ValueRefused

# psycopg logs what it ignores while cleaning up after a lost connection ("error ignored terminating
# <psycopg.Pipeline [BAD]>"); with no handler of its own that reaches stderr beside the one-line error this module
# raises for the same loss. A handler that drops it keeps the error one line.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

MMAP_BYTES = 1 << 30  # SQLite memory-maps up to this much of the file for reads (search, pages)
WAL_LIMIT_BYTES = 64 << 20  # the SQLite WAL is cut back to this size whenever a checkpoint empties it


@dataclass(frozen=True)
class Memory:
    """What one SQLite connection may hold: its page cache and the part of the file it maps. Mapped pages count
    in the process's resident memory once per connection that maps them (40 server threads, each with 64 MB
    and a 1 GB map, reached 6-8 GB)."""

    cache_kib: int = 65536
    mmap_bytes: int = MMAP_BYTES


DEFAULT_MEMORY = Memory()
POOLED_MEMORY = Memory(cache_kib=16384, mmap_bytes=0)  # each connection of a server's pool (gaiko.api.deps)


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    return re.sub(r"\?", "%s", sql.replace("%", "%%"))


PG_WRITE_LOCK = 0x6761696B6F01  # the advisory lock of serialise_writes ('gaiko' 01)


def _set_wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Put the database in WAL mode. Switching a new database's journal needs it alone, and SQLite answers
    "locked" at once (no busy wait) while another process is creating it (two ingests started together on a new
    file): retried for up to ``wait`` seconds, as the busy timeout would."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class DB:
    dialect: str  # "sqlite" | "postgresql"

    def __init__(self, conn: Any, dialect: str, url: str, memory: Memory = DEFAULT_MEMORY):
        self.conn = conn
        self.dialect = dialect
        self.url = url
        self.memory = memory
        self._lock = threading.RLock()
        self._depth = 0  # transactions open (nested ones count)
        self.reconnects = 0  # PostgreSQL: connections opened again after the server dropped this one
        self.created = False  # a SQLite file this connection created (see Archive.discard_if_empty)

    @property
    def data_errors(self) -> tuple[type[BaseException], ...]:
        """Errors caused by one row's values (not by the database): the writer fails that document alone."""
        errs: tuple[type[BaseException], ...] = (UnicodeError, ValueError, sqlite3.DataError)
        if self.dialect == "postgresql":
            import psycopg

            errs += (psycopg.DataError,)
        return errs

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def connect(cls, url: str, *, create: bool = True, memory: Memory = DEFAULT_MEMORY) -> DB:
        if url.startswith(("postgresql://", "postgres://")):
            return cls(cls._open_pg(url), "postgresql", url)
        path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
        created = path != ":memory:" and not os.path.exists(path)
        if path != ":memory:":
            if not create and not os.path.exists(path):
                raise StoreError(f"no database at {path} (run `gaiko ingest` first, or pass --db)")
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise StoreError(f"cannot create database {path}: folder {parent} does not exist")
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            _set_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA cache_size=-{memory.cache_kib}")
            conn.execute(f"PRAGMA mmap_size={memory.mmap_bytes}")
            conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open SQLite database {path}: {e}") from None
        db = cls(conn, "sqlite", path, memory)
        db.created = created
        return db

    @staticmethod
    def _open_pg(url: str) -> Any:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - a declared dependency
            raise StoreError("PostgreSQL support needs psycopg (pip install 'psycopg[binary]')") from None
        try:
            return psycopg.connect(_escape_userinfo(url), autocommit=True, connect_timeout=5)
        except Exception as e:  # psycopg.OperationalError, bad URL (ProgrammingError) ...
            first = _first_line(e)
            raise StoreError(f"cannot connect to PostgreSQL ({redact(url)}): {_redact_text(first, url)}") from None

    def _broken(self) -> bool:
        """A PostgreSQL connection the server dropped (a restart, an administrator's kill): it cannot be used
        again, whatever the statement."""
        return self.dialect == "postgresql" and (self.conn.broken or self.conn.closed)

    def _reconnect_if_broken(self) -> None:
        """Outside a transaction, a dropped PostgreSQL connection is replaced before the next statement (after
        a server restart every request failed, for good). Inside one, what it wrote is gone: the caller's error
        stands, and the next statement after it reconnects."""
        if self._depth == 0 and self._broken():
            self.close()
            self.conn = self._open_pg(self.url)
            self.reconnects += 1

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.close()
            except Exception:
                pass

    # --- statements ----------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return _pg_sql(sql) if self.dialect == "postgresql" else sql

    def _cursor(self, sql: str, params: Sequence[Any]) -> Any:
        self._reconnect_if_broken()
        try:
            with self.errors():
                return self.conn.execute(self._sql(sql), tuple(params))
        except StoreError:
            if self._depth or not self._broken():
                raise
        # the connection was found dropped by this statement, which therefore never ran: once more on a new one
        self._reconnect_if_broken()
        with self.errors():
            return self.conn.execute(self._sql(sql), tuple(params))

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Database errors as one-line ``StoreError`` (exit 2), never a traceback or the statement printed:
        a value the database refuses (a NUL byte, a word past an index's size limit) is ``ValueRefused``."""
        try:
            yield
        except StoreError:
            raise
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise StoreError(f"database is locked: {e}") from None
            if "disk" in str(e):  # SQLITE_FULL, SQLITE_IOERR: what was committed before is kept
                raise StoreError(f"SQLite could not write ({_first_line(e)}): is the disk full? "
                                 "Documents stored before are kept; free space and run again") from None
            raise StoreError(f"SQLite error: {_first_line(e)}") from None
        except (sqlite3.DataError, sqlite3.IntegrityError) as e:
            raise ValueRefused(f"SQLite refused a value: {_first_line(e)}") from None
        except sqlite3.DatabaseError as e:
            raise StoreError(f"SQLite error: {_first_line(e)}") from None
        except Exception as e:
            if self.dialect != "postgresql" or type(e).__module__.split(".")[0] != "psycopg":
                raise
            import psycopg

            line = _redact_text(_first_line(e), self.url)
            if isinstance(e, (psycopg.DataError, psycopg.errors.ProgramLimitExceeded)):
                raise ValueRefused(f"PostgreSQL refused a value: {line}") from None
            if isinstance(e, psycopg.errors.TransactionRollback):  # a deadlock or serialization failure: nothing written
                raise StoreError(f"PostgreSQL error: {line} (the transaction was rolled back; run again)") from None
            if isinstance(e, psycopg.OperationalError):
                raise StoreError(f"PostgreSQL connection failed ({redact(self.url)}): {line}") from None
            raise StoreError(f"PostgreSQL error: {line}") from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._lock:
            cur = self._cursor(sql, params)
            return cur.rowcount

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        with self._lock, self.errors():
            self._reconnect_if_broken()
            if self.dialect == "postgresql":
                with self.conn.cursor() as cur:
                    cur.executemany(self._sql(sql), [tuple(p) for p in seq])
            else:
                self.conn.executemany(sql, seq)

    def insert_numbered(self, table: str, key: str, cols: str, seq: Sequence[Sequence[Any]]) -> list[int]:
        """Insert rows of ``cols`` into ``table`` whose integer primary key ``key`` the database numbers; returns
        the keys given, in order. Call it inside a transaction (on SQLite it holds the write lock, so the keys
        after the largest one are ours: they are given explicitly and the rows go in one executemany)."""
        if not seq:
            return []
        marks = ",".join("?" * len(seq[0]))
        with self._lock, self.errors():
            if self.dialect == "sqlite":
                first = (self.conn.execute(f"SELECT max({key}) FROM {table}").fetchone()[0] or 0) + 1
                keys = list(range(first, first + len(seq)))
                self.conn.executemany(f"INSERT INTO {table} ({key}, {cols}) VALUES (?,{marks})",
                                      [(k, *r) for k, r in zip(keys, seq)])
                return keys
            keys = []
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(f"INSERT INTO {table} ({cols}) VALUES ({marks}) RETURNING {key}"),
                                [tuple(r) for r in seq], returning=True)
                while True:
                    keys.append(cur.fetchone()[0])
                    if not cur.nextset():
                        return keys

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        with self._lock:
            cur = self._cursor(sql, params)
            if cur.description is None:
                return []
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r)) for r in cur.fetchall()]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._lock:
            return [tuple(r) for r in self._cursor(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._lock:
            r = self._cursor(sql, params).fetchone()
            return r[0] if r else None

    @contextmanager
    def bulk_writes(self) -> Iterator[DB]:
        """A long run of writes (an ingest): SQLite maps no file into memory meanwhile. The map speeds reads
        (search) but not a writer, and the mapped pages would count in the process's resident memory, up to
        MMAP_BYTES (an ingest of 100,000 documents: 1,074 MB resident in the main process with the map, 181 MB
        without)."""
        if self.dialect != "sqlite":
            yield self
            return
        self.conn.execute("PRAGMA mmap_size=0")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA mmap_size={self.memory.mmap_bytes}")
            self.checkpoint()

    def checkpoint(self, over: int = 0) -> None:
        """After a run of writes (an ingest, a relinking), and between an ingest's batches once the WAL holds more
        than ``over`` bytes: SQLite copies the WAL into the database and empties it. A server reading all the
        while kept the automatic checkpoints from ever starting the WAL again (392 MB beside a 319 MB database);
        this one waits for the reads in progress (milliseconds each; SQLite's busy timeout at most) and gives up
        quietly if they last longer (the next one does it). The WAL is also cut back to ``WAL_LIMIT_BYTES``
        whenever it restarts. Nothing to do on PostgreSQL."""
        if self.dialect != "sqlite":
            return
        if over:
            try:
                if os.path.getsize(self.url + "-wal") <= over:
                    return
            except OSError:
                return
        with self._lock:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.OperationalError:  # busy: readers hold the WAL
                pass

    def serialise_writes(self) -> None:
        """Inside a transaction: wait for other processes' writing transactions to end before this one goes on
        (PostgreSQL: a transaction-level advisory lock, so two ingests of the same documents cannot deadlock on
        the unique keys; SQLite's BEGIN IMMEDIATE already holds the database's one write lock)."""
        if self.dialect == "postgresql":
            self.scalar("SELECT pg_advisory_xact_lock(?)", (PG_WRITE_LOCK,))

    @contextmanager
    def transaction(self) -> Iterator[DB]:
        """One transaction (nested calls join the outer one). SQLite takes the write lock at once."""
        with self._lock:
            if self.dialect == "postgresql":
                outer = not self._depth
                if outer:
                    with self.errors():
                        self._reconnect_if_broken()
                tx = ExitStack()
                try:
                    with self.errors():
                        tx.enter_context(self.conn.transaction())
                except StoreError:  # BEGIN found the connection dropped: nothing was done yet, once more
                    if not (outer and self._broken()):
                        raise
                    with self.errors():
                        self._reconnect_if_broken()
                        tx.enter_context(self.conn.transaction())
                self._depth += 1
                try:
                    with self.errors(), tx:  # a failed COMMIT is one line too
                        yield self
                finally:
                    self._depth -= 1
                return
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            with self.errors():
                self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                    self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            with self.errors():
                self.conn.execute("COMMIT")

    def table_exists(self, name: str) -> bool:
        if self.dialect == "postgresql":
            return bool(self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)))
        return bool(self.scalar("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))


def _first_line(e: BaseException, limit: int = 300) -> str:
    """The first line of a driver's message, cut at ``limit`` characters (it may quote a whole value)."""
    lines = str(e).strip().splitlines()
    line = lines[0].strip() if lines else type(e).__name__
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _escape_userinfo(url: str) -> str:
    """``postgresql://user:p@ss@host/db`` as libpq needs it (``p%40ss``): libpq ends the password at the
    first ``@`` and would take the rest of it for the host name, then print it in its error message."""
    scheme, sep, rest = url.partition("://")
    q = rest.find("?")
    at = rest.rfind("@", 0, q if q >= 0 else len(rest))
    if not sep or at < 0 or "@" not in rest[:at]:
        return url
    return scheme + sep + rest[:at].replace("@", "%40") + rest[at:]


_SECRET_PARAM = re.compile(r"(?i)((?:^|[?&;\s])(?:password|passwd|pass|pwd)\s*=\s*)('[^']*'|[^&;\s]*)")


def redact(url: str) -> str:
    """A database URL with its password masked in every form: ``user:secret@host`` (the secret may hold
    ``@`` or ``:``: the host starts after the last ``@``), ``?password=secret``, ``password=secret`` in a
    key=value connection string."""
    scheme, sep, rest = url.partition("://")
    if sep:
        q = rest.find("?")
        at = rest.rfind("@", 0, q if q >= 0 else len(rest))
        if at >= 0:
            userinfo, hostpart = rest[:at], rest[at + 1:]
            user = userinfo.split(":", 1)[0]
            rest = (f"{user}:***@" if ":" in userinfo else f"{userinfo}@") + hostpart
        url = scheme + sep + rest
    return _SECRET_PARAM.sub(lambda m: m.group(1) + "***", url)


def _secrets(url: str) -> list[str]:
    """The password(s) a URL holds, as written and percent-decoded (to mask them in a driver's message)."""
    from urllib.parse import unquote

    out = []
    scheme, sep, rest = url.partition("://")
    if sep:
        q = rest.find("?")
        at = rest.rfind("@", 0, q if q >= 0 else len(rest))
        if at >= 0 and ":" in rest[:at]:
            out.append(rest[:at].split(":", 1)[1])
    out += [m.group(2).strip("'") for m in _SECRET_PARAM.finditer(url)]
    return [s for v in out if v for s in {v, unquote(v)}]


def _redact_text(msg: str, url: str) -> str:
    """``msg`` with the URL's password masked wherever it appears (psycopg quotes a bad DSN whole)."""
    for secret in sorted(_secrets(url), key=len, reverse=True):
        msg = msg.replace(secret, "***")
    return redact(msg)
