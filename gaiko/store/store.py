"""The store: documents and their records in SQL, and the full-text index, behind one class.

SQLite and PostgreSQL share every statement except the full-text parts (``_fts_*`` and ``_search_ids``).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from gaiko.filters import BY_NAME, Filters
from gaiko.record import Event, Record, report_state
from gaiko.store import pg_search, talks, tokens
from gaiko.store.db import DB
from gaiko.store.filters import document_conditions, event_conditions, facet_counts, talk_checks, talk_keys, talk_set
from gaiko.store.links import LinkTables, documents_stamp
from gaiko.store.migrations import migrate
from gaiko.store.models import (
    AddResult,
    EventRow,
    FacetCount,
    SearchHit,
    SearchResult,
    StoredDocument,
)
from gaiko.store.talks import event_id

# BM25 ranks a result set when (matching documents x query tokens) stays within this budget; a prefix token
# (a one-character term) counts as PREFIX_COST tokens. Larger sets come newest first (see Store.search).
RANK_BUDGET = 1000
PREFIX_COST = 4
# a text query of the talk list matching more documents than this walks the talks by date (Store.talks)
TALK_TEXT_SET = 5000


@dataclass
class Prepared:
    """A document ready to write: the extraction's fields plus its index payload (made in a worker).

    ``materialize()`` encodes the columns and the rows of the record's tables; ``slim()`` then drops the
    text and the Record object, so what a worker sends back to the writer is small and cheap to unpickle.
    """

    doc_id: str
    path: str | None
    source_url: str | None
    sha256: str
    text: str | None
    record: Record | None
    extractor_version: str
    encoding: str | None
    index: str  # FTS5 text (SQLite) or tsvector literal (PostgreSQL)
    dialect: str = "sqlite"
    content: tuple[int, int] | None = None  # the content region of ``text`` (what is indexed); None: all
    # made by materialize(): the documents row's record fields, encoded columns, rows of the record's tables
    doc_fields: tuple | None = None  # (title, doc_type, doc_date, sort_date, n_chars)
    text_blob: Any = None
    record_blob: Any = None
    rows: dict[str, list[tuple]] | None = None
    pg_runs: str | None = None  # PostgreSQL: the text's CJK runs for doc_grams (pg_search.runs)

    def materialize(self) -> Prepared:
        if self.rows is None:
            rec, text = self.record, self._text()
            if rec is None:
                raise ValueError(f"document {self.doc_id}: its record was dropped before it was encoded")
            data = rec.model_dump(mode="json", exclude_defaults=True)
            events = [_compact(e) for e in data.get("events", [])]  # each event's JSON, written once
            self.doc_fields = (rec.title, rec.doc_type, rec.doc_date, _sort_date(rec), len(text))
            self.text_blob = encode(self.dialect, text)
            self.record_blob = encode(self.dialect, _record_json(data, events))
            self.rows = record_rows(rec, self.dialect, events)
            if self.dialect != "sqlite":
                self.pg_runs = pg_search.runs(content_of(text, self.content))
        return self

    def _text(self) -> str:
        if self.text is None:
            raise ValueError(f"document {self.doc_id}: its text was dropped before it was encoded")
        return self.text

    def slim(self) -> Prepared:
        self.text = self.record = None
        return self

    @property
    def n_chars(self) -> int:
        return self.doc_fields[4] if self.doc_fields else len(self.text or "")


# The columns of the event tables that record_rows fills. Keys (see migration m0005): an event is ``events.e``,
# numbered by the database as events are added; every row also carries its document's ``n``. The rows made by
# record_rows lead with the event's index in the record instead; the writer puts (e, n) in its place.
EVENT_COLS = "idx, kind, channel, date, date_end, city, venue, occasion, countries, state, data"
CHILD_TABLES = {
    "event_countries": "country",
    "participants": "name, role, country, principal",
    "outcomes": "type, by_side, span_start, span_end",
    "planned": "what, date, precision, place, text",
    "topics": "topic",
}


def record_rows(rec: Record, dialect: str, dumped: list[str] | None = None) -> dict[str, list[tuple]]:
    """The rows of the event tables for one record: ``"events"`` -> tuples in EVENT_COLS order, and each child
    table -> (index of its event in the record, *CHILD_TABLES columns).

    ``outcomes`` holds one row per event, type and side (the first such outcome's span): the table serves
    the outcome filter and facet; every outcome with its sentence is in the record (``events.data``).
    ``dumped``: the events' JSON (``_compact`` of ``model_dump(mode="json", exclude_defaults=True)``), if at hand."""
    out: dict[str, list[tuple]] = {"events": [], **{t: [] for t in CHILD_TABLES}}
    for i, e in enumerate(rec.events):
        data = dumped[i] if dumped is not None else _compact(e.model_dump(mode="json", exclude_defaults=True))
        out["events"].append(
            (i, e.kind, e.channel, e.date, e.date_end, e.city, e.venue, e.occasion, ",".join(e.countries),
             report_state(e.scheduled), encode(dialect, data))
        )
        out["event_countries"] += [(i, c) for c in dict.fromkeys(e.countries)]
        out["participants"] += [(i, x.name, x.role, x.country, 1) for x in e.principals]
        out["participants"] += [(i, x.name, x.role, x.country, 0) for x in e.attendees]
        kinds: dict[tuple, tuple] = {}
        for o in e.outcomes:
            kinds.setdefault((o.type, o.by), (i, o.type, o.by, o.span[0], o.span[1]))
        out["outcomes"] += kinds.values()
        out["planned"] += [(i, x.what, x.date, x.precision, x.place, x.text) for x in e.planned]
        topics = set(e.topics) | {t for o in e.outcomes for t in o.topics} | {t for x in e.planned for t in x.topics}
        out["topics"] += [(i, t) for t in sorted(topics)]
    return out


def index_payload(dialect: str, text: str) -> str:
    return tokens.index_text(text) if dialect == "sqlite" else tokens.tsvector_literal(text)


def content_of(text: str, content: tuple[int, int] | None) -> str:
    """The part of a document's text that is indexed and shown in snippets (navigation left out)."""
    return text if not content else text[content[0]:content[1]]


def prepare(extraction: Any, dialect: str, source_url: str | None = None) -> Prepared:
    content = getattr(extraction, "content", None)
    return Prepared(
        content=content,
        doc_id=extraction.sha256[:16],
        path=extraction.path,
        source_url=source_url,
        sha256=extraction.sha256,
        text=extraction.text,
        record=extraction.record,
        extractor_version=extraction.extractor_version,
        encoding=getattr(extraction, "encoding", None),
        index=index_payload(dialect, content_of(extraction.text, content)),
        dialect=dialect,
    ).materialize()


def encode(dialect: str, s: str) -> Any:
    """Large text columns: zlib-compressed UTF-8 on SQLite (about 3x smaller), plain on PostgreSQL (TOAST)."""
    return zlib.compress(s.encode("utf-8"), 1) if dialect == "sqlite" else s


def decode(v: Any) -> str:
    if isinstance(v, (bytes, memoryview)):
        return zlib.decompress(v).decode("utf-8")
    return v


def _compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _record_json(data: dict, events: list[str]) -> str:
    """``_compact(data)`` for a record dump whose events (its last key) are already JSON: the same string."""
    if not events or next(reversed(data)) != "events":
        return _compact(data)
    head = _compact({k: v for k, v in data.items() if k != "events"})
    return head[:-1] + ("," if len(head) > 2 else "") + '"events":[' + ",".join(events) + "]}"


def _shown(r: tuple) -> str:
    """A hit row's content region (columns text, content_start, content_end at 7-9): what its snippet shows."""
    return content_of(decode(r[7]), (r[8], r[9]) if r[8] is not None else None)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sort_date(rec: Record) -> str | None:
    if rec.doc_date:
        return rec.doc_date
    dates = [e.date for e in rec.events if e.date]
    return min(dates) if dates else None


DOC_COLS = "n, doc_id, path, source_url, sha256, title, doc_type, doc_date, encoding, text, record, extractor_version, added_at"


class Store:
    def __init__(self, db: DB):
        self.db = db
        migrate(db)
        self.links = LinkTables(db)  # what `gaiko link` stores (gaiko.store.links)
        if db.dialect == "sqlite":
            self._check_tokenizer()

    # --- writes ---------------------------------------------------------------------------
    def _check_tokenizer(self) -> None:
        v = self.db.scalar("SELECT value FROM meta WHERE key = 'tokenizer'")
        if v != str(tokens.TOKENIZER_VERSION):
            with self.db.transaction():
                if v is not None:  # contentless index: rebuild from the stored texts
                    self.db.execute("INSERT INTO doc_fts(doc_fts) VALUES ('delete-all')")
                    for n, text, cs, ce in self.db.rows("SELECT n, text, content_start, content_end FROM documents"):
                        indexed = content_of(decode(text), (cs, ce) if cs is not None else None)
                        self.db.execute("INSERT INTO doc_fts(rowid, bi) VALUES (?, ?)", (n, tokens.index_text(indexed)))
                self.db.execute("DELETE FROM meta WHERE key = 'tokenizer'")
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES ('tokenizer', ?)", (str(tokens.TOKENIZER_VERSION),)
                )

    def add_many(self, items: Iterable[Prepared], *, replace_path: bool = True) -> list[AddResult]:
        """Write documents in one transaction: identical bytes change nothing (a document is its content).

        ``replace_path``: the items' paths are locations that are read again (a file, a URL), so a new version
        at a path replaces the old one. Uploads have no location (their name is a label, not an identity):
        with ``replace_path=False`` a document with the same name is kept beside the others."""
        out = []
        with self.db.transaction():
            self.db.serialise_writes()
            for p in items:
                out.append(self._add(p, replace_path))
        return out

    def _add(self, p: Prepared, replace_path: bool = True) -> AddResult:
        db = self.db
        row = db.rows("SELECT n, source_url FROM documents WHERE doc_id = ?", (p.doc_id,))
        if row:
            if p.source_url and not row[0][1]:
                db.execute("UPDATE documents SET source_url = ? WHERE n = ?", (p.source_url, row[0][0]))
            return AddResult(doc_id=p.doc_id, status="unchanged")
        replaced = None
        if p.path and replace_path:
            for n, old in db.rows("SELECT n, doc_id FROM documents WHERE path = ?", (p.path,)):
                self._delete(n)
                replaced = old
        self._insert(p)
        return AddResult(doc_id=p.doc_id, status="replaced" if replaced else "added", replaced=replaced)

    def _insert(self, p: Prepared, added_at: str | None = None) -> None:
        db = self.db
        if p.dialect != db.dialect:
            p.dialect, p.rows, p.index = db.dialect, None, index_payload(db.dialect, content_of(p._text(), p.content))
        p.materialize()
        assert p.doc_fields is not None and p.rows is not None  # (made by materialize)
        title, doc_type, doc_date, sort_date, n_chars = p.doc_fields
        params = (
            p.doc_id, p.path, p.source_url, p.sha256, title, doc_type, doc_date, sort_date,
            p.encoding, n_chars, p.text_blob, p.record_blob, p.extractor_version, added_at or _now(),
            *(p.content or (None, None)),
        )
        cols = ("doc_id, path, source_url, sha256, title, doc_type, doc_date, sort_date, encoding, n_chars, text, record, "
                "extractor_version, added_at, content_start, content_end")
        if db.dialect == "sqlite":
            n = db.conn.execute(f"INSERT INTO documents ({cols}) VALUES ({','.join('?' * 16)})", params).lastrowid
            db.conn.execute("INSERT INTO doc_fts(rowid, bi) VALUES (?, ?)", (n, p.index))
        else:
            n = db.scalar(f"INSERT INTO documents ({cols}, tsv) VALUES ({','.join('?' * 16)}, ?::tsvector) RETURNING n",
                          params + (p.index,))
            pg_search.insert(db, n, p.pg_runs or "")
        if not p.rows["events"]:
            return
        eids = db.insert_numbered("events", "e", f"n, {EVENT_COLS}", [(n, *r) for r in p.rows["events"]])
        for table, cols in CHILD_TABLES.items():
            rows = p.rows[table]
            if rows:
                db.executemany(f"INSERT INTO {table} (e, n, {cols}) VALUES ({','.join('?' * (len(rows[0]) + 1))})",
                               [(eids[r[0]], n, *r[1:]) for r in rows])
        talks.own_talks(db, n)

    def _delete(self, n: int) -> None:
        db = self.db
        if db.dialect == "sqlite":
            text, cs, ce = db.rows("SELECT text, content_start, content_end FROM documents WHERE n = ?", (n,))[0]
            indexed = content_of(decode(text), (cs, ce) if cs is not None else None)  # what _insert indexed
            db.execute("INSERT INTO doc_fts(doc_fts, rowid, bi) VALUES ('delete', ?, ?)", (n, tokens.index_text(indexed)))
        keys = talks.of_document(db, n)
        for t in ("events", *CHILD_TABLES):
            db.execute(f"DELETE FROM {t} WHERE n = ?", (n,))
        talks.forget(db, keys)
        db.execute("DELETE FROM documents WHERE n = ?", (n,))

    def delete(self, doc_id: str) -> bool:
        with self.db.transaction():
            row = self.db.rows("SELECT n FROM documents WHERE doc_id = ?", (doc_id,))
            if not row:
                return False
            self._delete(row[0][0])
            return True

    def replace_record(self, p: Prepared) -> None:
        """Re-extracted document (same bytes): new record, events and index; keeps doc_id and added_at."""
        with self.db.transaction():
            row = self.db.rows("SELECT n, added_at, path, source_url FROM documents WHERE doc_id = ?", (p.doc_id,))
            if not row:
                self._insert(p)
                return
            n, added_at, path, url = row[0]
            self._delete(n)
            p.path = path or p.path
            p.source_url = url or p.source_url
            self._insert(p, added_at=added_at)

    # --- reads ----------------------------------------------------------------------------
    def _doc(self, r: tuple) -> StoredDocument:
        (_, doc_id, path, url, sha, title, dtype, ddate, enc, text, record, ver, added) = r
        return StoredDocument(
            doc_id=doc_id, path=path, source_url=url, sha256=sha, title=title, doc_type=dtype, doc_date=ddate,
            encoding=enc, text=decode(text), record=Record.model_validate_json(decode(record)),
            extractor_version=ver, added_at=added,
        )

    def get(self, doc_id: str) -> StoredDocument | None:
        rows = self.db.rows(f"SELECT {DOC_COLS} FROM documents WHERE doc_id = ?", (doc_id,))
        if not rows and 4 <= len(doc_id) < 16:  # a unique prefix is enough
            rows = self.db.rows(f"SELECT {DOC_COLS} FROM documents WHERE doc_id LIKE ? LIMIT 2", (doc_id + "%",))
            rows = rows if len(rows) == 1 else []
        return self._doc(rows[0]) if rows else None

    def iter_documents(self, batch: int = 500) -> Iterator[StoredDocument]:
        last = -1
        while True:
            rows = self.db.rows(f"SELECT {DOC_COLS} FROM documents WHERE n > ? ORDER BY n LIMIT ?", (last, batch))
            if not rows:
                return
            for r in rows:
                yield self._doc(r)
            last = rows[-1][0]

    def has(self, doc_id: str) -> bool:
        return bool(self.db.rows("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)))

    def stale(self, version: str | None) -> list[tuple[str, str | None, str | None]]:
        """(doc_id, path, source_url) of the documents another extractor version stored (all: None), oldest first."""
        if version is None:
            return self.db.rows("SELECT doc_id, path, source_url FROM documents ORDER BY n")
        return self.db.rows("SELECT doc_id, path, source_url FROM documents WHERE extractor_version <> ? ORDER BY n", (version,))

    def sha256_of(self, doc_id: str) -> str | None:
        return self.db.scalar("SELECT sha256 FROM documents WHERE doc_id = ?", (doc_id,))

    def documents_stamp(self) -> tuple[int, str | None]:
        """(number of documents, newest added_at): changes whenever the documents do."""
        return documents_stamp(self.db)

    def documents_version(self) -> tuple[int, str | None, int | None, str | None]:
        """(number of documents, newest added_at, highest row number, the links' fingerprint): changes when a
        document is added, replaced, deleted or re-extracted (a new row), and when the talks are linked again;
        read from the table's count, two indexes and one row."""
        n, newest, top = self.db.rows("SELECT COUNT(*), MAX(added_at), MAX(n) FROM documents")[0]
        return int(n), newest, None if top is None else int(top), self.links.stored_fingerprint()

    def participant_names(self) -> list[str]:
        """Every name of a principal or attendee as stored (distinct)."""
        return [r[0] for r in self.db.rows("SELECT DISTINCT name FROM participants")]

    def text_of(self, doc_id: str) -> tuple[str, str | None, str | None] | None:
        rows = self.db.rows("SELECT text, path, source_url FROM documents WHERE doc_id = ?", (doc_id,))
        return (decode(rows[0][0]), rows[0][1], rows[0][2]) if rows else None

    # --- search ---------------------------------------------------------------------------
    def search(
        self, q: str, filters: Filters | None = None, *, sort: str = "relevance", limit: int = 20, offset: int = 0,
        facets: bool = False, rank_limit: int | None = None, facet_max: int | None = None,
        count_limit: int | None = None,
    ) -> SearchResult:
        """Full-text search; ``total`` is the exact number of matching documents, unless ``count_limit`` is
        given and more match: then ``total == count_limit`` and ``total_exact`` is False ("1,000 or more";
        counting every one of 100,000 matches is most of a search's cost; Elasticsearch's track_total_hits).

        Order (``SearchResult.ranking``): with ``sort="relevance"``, BM25 (SQLite FTS5) or ts_rank
        (PostgreSQL) when at most ``rank_limit`` documents match (by default RANK_BUDGET divided by the
        query's tokens: 1,000 documents for 会談, 200 for 日露首脳会談); when more match, the query is too common
        for BM25 to tell documents apart (its IDF is near zero; FTS5 clamps it) while its cost grows with
        every match, so they come newest-added first ("recency"), at the cost of the count alone.
        ``sort="date"``: by document date, newest first. ``facets``: counted over every match, only when at
        most ``facet_max`` documents match (if given; their cost grows with the matches), else left None."""
        terms = tokens.parse_query(q)
        if self.db.dialect == "postgresql" and tokens.pg_unmatchable(terms) and not pg_search.applies(terms):
            return SearchResult(query=q, total=0)  # a word longer than any indexed one matches nothing
        if rank_limit is None:
            cost = sum(len(t.tokens) + (PREFIX_COST - 1 if t.prefix else 0) for t in terms) or 1
            rank_limit = RANK_BUDGET // cost
        conds, params = document_conditions(filters)
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        if not terms:
            if q.strip():  # only separators / operators: nothing to look for
                return SearchResult(query=q, total=0)
            where = ("WHERE " + " AND ".join(conds)) if conds else ""
            total = self.db.scalar(f"SELECT count(*) FROM documents d {where}", params)
            ids = [(r[0], 0.0) for r in self.db.rows(
                f"SELECT d.n FROM documents d {where} ORDER BY d.sort_date DESC, d.n DESC LIMIT ? OFFSET ?",
                params + [limit, offset])]
            res = SearchResult(query=q, total=total, hits=self._hits(ids, []), ranking="date")
            if facets and (facet_max is None or total <= facet_max):
                res.facets = self._facets([int(r[0]) for r in self.db.rows(f"SELECT d.n FROM documents d {where}", params)],
                                          filters)
            return res
        total, ids, ranking = self._search_ids(terms, conds, params, sort, limit, offset, rank_limit, count_limit)
        res = SearchResult(query=q, total=total, hits=self._hits(ids, terms), ranking=ranking)
        if count_limit is not None and total > count_limit:
            res.total, res.total_exact = count_limit, False
        if facets and (facet_max is None or total <= facet_max):
            sub, sp = self._match_subquery(terms, conds, params)
            # evaluate the match once; the facet queries then read a list of document numbers
            ns = [int(r[0]) for r in self.db.rows(sub, sp)]
            res.facets = self._facets(ns, filters)
        return res

    def _match_subquery(self, terms: list, conds: list[str], params: list) -> tuple[str, list]:
        """SQL selecting documents.n of every match (with filters)."""
        extra = (" AND " + " AND ".join(conds)) if conds else ""
        if self.db.dialect == "sqlite":
            # with filters, "+" keeps the match one list checked per filtered document: a bare d.n IN (...) lets
            # SQLite run the FTS5 MATCH once per filtered document (会談 with country=RU: minutes)
            return (
                f"SELECT d.n FROM documents d WHERE {'+' if conds else ''}d.n IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?){extra}",
                [tokens.fts5_match(terms)] + params,
            )
        if pg_search.applies(terms):
            return pg_search.match_sql(terms, conds, params)
        return f"SELECT d.n FROM documents d WHERE d.tsv @@ ?::tsquery{extra}", [tokens.tsquery(terms)] + params

    def _search_ids(self, terms, conds, params, sort, limit, offset, rank_limit, count_limit=None):
        """(total, [(n, score)], ranking); with ``count_limit``, a total above it may be any number above it."""
        db = self.db
        if db.dialect == "postgresql" and pg_search.applies(terms):
            return pg_search.search_ids(db, terms, conds, params, sort, limit, offset, rank_limit, count_limit)
        if db.dialect == "sqlite":
            match = tokens.fts5_match(terms)
            src = "doc_fts f"
            mcond = "doc_fts MATCH ?"
            mparams: list = [match]
            idcol = "f.rowid"
            score = "-f.rank"
            order_rank = "f.rank"
        else:
            match = tokens.tsquery(terms)
            src = "documents f"
            mcond = "f.tsv @@ ?::tsquery"
            mparams = [match]
            idcol = "f.n"
            score = "ts_rank(f.tsv, ?::tsquery)"
            order_rank = "3 DESC"
        if conds:
            fsub = "SELECT d.n FROM documents d WHERE " + " AND ".join(conds)
            # SQLite: +rowid keeps the list a filter on the matches; a bare rowid IN (...) is pushed into FTS5,
            # which then runs the MATCH once per listed document (ラヴロフ with country=RU: 584 -> 25 ms)
            mcond += f" AND {'+' if db.dialect == 'sqlite' else ''}{idcol} IN ({fsub})"
            mparams = mparams + params
        if count_limit is None:
            total = db.scalar(f"SELECT count(*) FROM {src} WHERE {mcond}", mparams)
        else:  # stop counting past the limit
            total = db.scalar(f"SELECT count(*) FROM (SELECT 1 FROM {src} WHERE {mcond} LIMIT ?) AS c",
                              mparams + [count_limit + 1])
        if sort == "date":
            sub, sp = self._match_subquery(terms, conds, params)
            rows = db.rows(
                f"SELECT d.n FROM documents d WHERE d.n IN ({sub}) ORDER BY d.sort_date DESC, d.n DESC LIMIT ? OFFSET ?",
                sp + [limit, offset],
            )
            return total, [(r[0], 0.0) for r in rows], "date"
        if total <= rank_limit:
            if db.dialect == "sqlite":
                rows = db.rows(f"SELECT {idcol}, {score} FROM {src} WHERE {mcond} ORDER BY {order_rank} LIMIT ? OFFSET ?",
                               mparams + [limit, offset])
                return total, [(r[0], float(r[1])) for r in rows], "bm25"
            rows = db.rows(
                f"SELECT {idcol}, 0, {score} FROM {src} WHERE {mcond} ORDER BY {order_rank}, {idcol} DESC LIMIT ? OFFSET ?",
                [match] + mparams + [limit, offset],
            )
            return total, [(r[0], float(r[2])) for r in rows], "ts_rank"
        # too common to rank usefully (BM25's IDF is ~0 here, and its cost grows with the matches): newest first
        rows = db.rows(f"SELECT {idcol} FROM {src} WHERE {mcond} ORDER BY {idcol} DESC LIMIT ? OFFSET ?",
                       mparams + [limit, offset])
        return total, [(r[0], 0.0) for r in rows], "recency"

    def _hits(self, ids: list[tuple[int, float]], terms: list) -> list[SearchHit]:
        if not ids:
            return []
        ph = ",".join("?" * len(ids))
        rows = {
            r[0]: r
            for r in self.db.rows(
                f"SELECT n, doc_id, title, doc_type, doc_date, path, source_url, text, content_start, content_end "
                f"FROM documents WHERE n IN ({ph})",
                [i for i, _ in ids],
            )
        }
        hits = []
        for n, score in ids:
            r = rows.get(n)
            if r is None:
                continue
            hits.append(
                SearchHit.model_construct(  # columns of our own table: no validation needed on this hot path
                    doc_id=r[1], title=r[2], doc_type=r[3], doc_date=r[4], path=r[5], source_url=r[6], score=score,
                    snippet=tokens.snippet(_shown(r), terms) if terms else tokens.snippet(_shown(r)[:200], []),
                )
            )
        return hits

    def _facets(self, ns: list[int], f: Filters | None) -> dict[str, list[FacetCount]]:
        """The facets of the documents ``ns``: a value counts the documents with a talk that matches the filters
        and has it (``facet_counts``)."""
        sub, params = talk_set(f)
        pairs = self.db.rows(f"SELECT DISTINCT e.n, e.talk FROM events e WHERE e.n IN ({','.join(map(str, ns)) or 'NULL'})"
                             + (f" AND e.talk IN ({sub})" if sub else ""), params)
        return facet_counts(self.db, pairs, ns)

    # --- talks (gaiko.store.talks) ----------------------------------------------------------
    def talks(self, q: str, f: Filters | None, *, limit: int | None = 20, offset: int = 0, order: str = "DESC",
              facets: bool = False, facet_max: int | None = None, count_limit: int | None = None,
              ) -> tuple[int, bool, list[list[EventRow]], dict[str, list[FacetCount]] | None]:
        """The talks matching every filter of ``f`` (the document filters: a talk with an event in such a
        document) with an event in a document matching ``q`` (full text; "" for all): (total, whether it is exact,
        the events of each talk of the page, by date ``order``, facets counting talks or None).

        ``count_limit``: when ``q`` matches more than TALK_TEXT_SET documents and more than ``count_limit`` talks
        match, the total is ``count_limit`` and not exact ("1,000 or more", as a search's): the newest talks are
        then found by walking the talks by date, checking each (``talks.walk``), instead of listing the talks
        of every matching document (首脳会談 at 100,000 documents: 91,000 documents, 211,000 events)."""
        within = None
        terms = tokens.parse_query(q or "")
        if terms:
            if self.db.dialect == "postgresql" and tokens.pg_unmatchable(terms) and not pg_search.applies(terms):
                return 0, True, [], {} if facets else None
            # SQLite: the match's rowids (documents.n) themselves, not read back through documents' rows (91,000
            # matches: 18 ms instead of 134)
            within = (("SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?", [tokens.fts5_match(terms)])
                      if self.db.dialect == "sqlite" else self._match_subquery(terms, [], []))
        elif (q or "").strip():  # only separators / operators: nothing to look for
            return 0, True, [], {} if facets else None
        walked = within is not None and count_limit is not None and self.db.scalar(
            f"SELECT count(*) FROM ({within[0]} LIMIT {TALK_TEXT_SET + 1}) m", within[1]) > TALK_TEXT_SET
        checks: str = ""  # the walk's per-talk conditions (walked), else the SQL of the matching talk keys
        sub: str | None = None
        if walked:
            assert within is not None
            checks, params = talk_checks(f, self.db.dialect)
            total, exact, keys = talks.walk(self.db, checks, params, within, limit, offset, order, count_limit)
        else:
            sub, params = talk_keys(f, within=within)
            # a filter on a table of facts, a document or the text with another: an intersection, costly to
            # evaluate twice (filters on the events' columns alone: one index range of events)
            given = [BY_NAME[n].on.table for n in (f.active() if f is not None else {})]
            facts = within is not None or any(t != "events" for t in given)
            once = facts and len(given) + (within is not None) > 1
            (total, keys), exact = talks.page(self.db, sub, params, limit, offset, order, once=once), True
        found = None
        if facets and exact and (facet_max is None or total <= facet_max):
            if walked:  # every match: the walk without a page
                assert within is not None
                every = talks.walk(self.db, checks, params, within, None, 0, order, None)[2]
            else:
                every = [int(r[0]) for r in (self.db.rows(sub, params) if sub is not None
                                             else self.db.rows("SELECT talk FROM talk_dates"))]
            found = facet_counts(self.db, [(t, t) for t in every])
        return total, exact, self.talk_events(keys), found

    def talk_events(self, keys: list[int]) -> list[list[EventRow]]:
        """The events of each talk of ``keys`` (in that order), each talk's by date."""
        if not keys:
            return []
        rows = self.db.rows(
            f"SELECT d.doc_id, d.title, d.doc_type, e.idx, e.data, e.talk FROM events e JOIN documents d ON d.n = e.n "
            f"WHERE e.talk IN ({','.join(str(int(k)) for k in keys)}) ORDER BY e.date, d.doc_id, e.idx")
        by_talk: dict[int, list[EventRow]] = {k: [] for k in keys}
        for r in rows:
            by_talk[r[5]].append(self._event_row(r[:5]))
        return [by_talk[k] for k in keys]

    def talk_counts(self) -> dict[str, Any]:
        """Talks in all, by kind, country and year (``gaiko.store.talks``)."""
        return {"talks": talks.count(self.db), "by_kind": talks.by_kind(self.db),
                "by_country": talks.by_country(self.db), "by_year": talks.by_year(self.db)}

    # --- events ---------------------------------------------------------------------------
    def events(self, f: Filters | None, limit: int | None = 50, offset: int = 0, order: str = "DESC") -> tuple[int, list[EventRow]]:
        conds, params = event_conditions(f or Filters(), "e", doc_alias="d")
        where = ("WHERE " + " AND ".join(conds)) if conds else ""
        base = f"FROM events e JOIN documents d ON d.n = e.n {where}"
        total = self.db.scalar(f"SELECT count(*) {base}", params)
        sort = f"ORDER BY e.date {order}, d.doc_id, e.idx"
        if limit is None:
            rows = self.db.rows(f"SELECT d.doc_id, d.title, d.doc_type, e.idx, e.data {base} {sort}", params)
        else:  # sort the matching events' keys, then read whole rows (JSON, title) for one page only
            rows = self.db.rows(
                f"SELECT d.doc_id, d.title, d.doc_type, e.idx, e.data FROM events e "
                f"JOIN documents d ON d.n = e.n WHERE e.e IN "
                f"(SELECT e.e {base} {sort} LIMIT ? OFFSET ?) {sort}",
                params + [limit, offset],
            )
        return total, [self._event_row(r) for r in rows]

    @staticmethod
    def _event_row(r: tuple) -> EventRow:
        doc_id, title, dtype, idx, data = r
        ev = Event.model_validate_json(decode(data))
        return EventRow(
            event_id=event_id(doc_id, idx), doc_id=doc_id, doc_title=title, doc_type=dtype, index=idx, kind=ev.kind,
            channel=ev.channel, date=ev.date, date_end=ev.date_end, city=ev.city, venue=ev.venue,
            occasion=ev.occasion, countries=ev.countries, principals=ev.principals, attendees=ev.attendees,
            outcomes=ev.outcomes, planned=ev.planned, entry_text=ev.entry_text, topics=ev.topics, scheduled=ev.scheduled,
        )

    def document_count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM documents"))

    def relation_counts(self) -> list[tuple[str, int]]:
        """(country, talks with it as a side: what its chronology lists), most talks first."""
        return talks.by_country(self.db)

    def counts(self) -> dict[str, Any]:
        """Documents and event rows; talks by year, country and kind (``gaiko.store.talks``); documents by type."""
        db = self.db
        return {
            "documents": self.document_count(),
            "events": db.scalar("SELECT count(*) FROM events"),
            **self.talk_counts(),
            "by_doc_type": db.rows("SELECT doc_type, count(*) FROM documents GROUP BY doc_type ORDER BY 2 DESC, 1"),
        }
