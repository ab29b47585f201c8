"""PostgreSQL search for Japanese terms: prefix grams, exact substring matches without positions.

The positional tsvector (``documents.tsv``, bigrams, ~7.7 KB per document, TOASTed) answers a term of 3 or more
characters only as a ``<->`` phrase, which PostgreSQL rechecks by reading every candidate's positions: 安全保障
(88% of 100,000 documents) took ~450 ms, most of it to count. Here a query made only of CJK terms (the usual
Japanese query: 会談, 安全保障, 日露首脳会談) is answered without positions:

- ``doc_grams(n, big, runs)``: one narrow row per document; ``runs`` is the folded text's CJK runs joined by
  spaces (exactly what a CJK term can match, see ``tokens``), kept out of line (``toast_tuple_target``), so a
  row is ~60 bytes and counting 90,000 matches reads ~1 MB of heap.
- A GIN index on the expression ``gaiko_grams(runs)`` (nothing more is stored): for each position i of each
  run, the lexeme ``run[i:i+6]`` (shorter at the run's end). A term T of at most GRAM characters occurs in a
  document exactly when a lexeme starts with T: the tsquery ``'T':*``, which GIN answers without a recheck.
- A longer term: each of its 6-character pieces as a prefix (a superset), then ``strpos(runs, T)`` on those
  candidates only.
- A document whose runs exceed BIG_RUNS characters (its lexemes could pass the 1 MB tsvector limit) gets the
  single lexeme ``#``; every query ORs ``#`` in and checks those rows with ``strpos`` for every term.
- Evaluating ``gaiko_grams`` on a row costs ~1 ms, so the matching statement is the SQL function
  ``gaiko_cjk_match`` whose ``SET enable_seqscan = off`` keeps the planner on the index even when most rows match.

Semantics are those of SQLite's index (a CJK term matches where it occurs as a substring of the folded text);
queries with Latin, digits or several units in one term (G7外相, "日露 首脳") keep the tsvector path.
"""

from __future__ import annotations

from typing import Any

from gaiko.store import tokens

GRAM = 6  # characters per lexeme; terms up to this length need no check beyond the index
BIG_RUNS = 30_000  # characters of runs beyond which the lexemes might not fit a tsvector (1 MB)
DENSE = 20  # recency reads the newest rows in order when at least 1/DENSE of the documents match

SCHEMA = (
    f"""CREATE FUNCTION gaiko_grams(runs text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT CASE WHEN char_length(runs) > {BIG_RUNS} THEN array_to_tsvector('{{#}}'::text[]) ELSE
    (SELECT array_to_tsvector(coalesce(array_agg(substr(r, i, {GRAM})), '{{}}'::text[]))
       FROM unnest(string_to_array(runs, ' ')) AS r, generate_series(1, char_length(r)) AS i)
  END
$$""",
    """CREATE TABLE doc_grams (
  n BIGINT PRIMARY KEY REFERENCES documents(n) ON DELETE CASCADE,
  big BOOLEAN NOT NULL,
  runs TEXT NOT NULL
) WITH (toast_tuple_target = 128)""",
    """CREATE FUNCTION gaiko_cjk_match(q tsquery, needles text[], longs text[]) RETURNS SETOF bigint
LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT g.n FROM doc_grams g
  WHERE gaiko_grams(g.runs) @@ q
    AND CASE WHEN g.big THEN NOT EXISTS (SELECT 1 FROM unnest(needles) x WHERE strpos(g.runs, x) = 0)
             WHEN cardinality(longs) > 0 THEN NOT EXISTS (SELECT 1 FROM unnest(longs) x WHERE strpos(g.runs, x) = 0)
             ELSE true END
$$""",
)
INDEX = "CREATE INDEX doc_grams_grams ON doc_grams USING GIN (gaiko_grams(runs))"


def runs(text: str) -> str:
    """The folded text's CJK runs, space-separated: a CJK term matches iff it is a substring of this."""
    return " ".join(m.group() for m in tokens._CJK_RUN.finditer(tokens.fold(text)))


INSERT = "INSERT INTO doc_grams (n, big, runs) VALUES (?, ?, ?)"


def row(n: int, text: str) -> tuple[int, bool, str]:
    r = runs(text)
    return n, len(r) > BIG_RUNS, r


def insert(db, n: int, text: str) -> None:
    db.execute(INSERT, row(n, text))


def applies(terms: list[tokens.Term]) -> bool:
    """True when every term is one CJK run (what the grams answer exactly)."""
    return bool(terms) and all(len(t.needles) == 1 and tokens._CJK_RUN.fullmatch(t.needles[0]) for t in terms)


def _pieces(term: str) -> list[str]:
    if len(term) <= GRAM:
        return [term]
    return list(dict.fromkeys([term[i : i + GRAM] for i in range(0, len(term) - GRAM + 1, GRAM)] + [term[-GRAM:]]))


def _args(terms: list[tokens.Term]) -> list[Any]:
    needles = [t.needles[0] for t in terms]
    q = " & ".join(tokens._lexeme(p) + ":*" for t in needles for p in _pieces(t))
    return [f"({q}) | '#'", needles, [t for t in needles if len(t) > GRAM]]


def match_sql(terms: list[tokens.Term], conds: list[str], params: list) -> tuple[str, list]:
    """SQL selecting m.n of every matching document (with the document filters ``conds``)."""
    sql = "SELECT m.n FROM gaiko_cjk_match(?::tsquery, ?::text[], ?::text[]) AS m(n)"
    if conds:
        sql += " WHERE m.n IN (SELECT d.n FROM documents d WHERE " + " AND ".join(conds) + ")"
    return sql, _args(terms) + params


def search_ids(db, terms, conds, params, sort, limit, offset, rank_limit):
    """(exact total, [(n, score)], ranking) as Store._search_ids, for terms where ``applies``."""
    sub, sp = match_sql(terms, conds, params)
    total, ndocs = db.rows(
        f"SELECT count(*), (SELECT reltuples FROM pg_class WHERE oid = 'doc_grams'::regclass) FROM ({sub}) s", sp
    )[0]
    page = [limit, offset]
    if sort == "date":
        rows = db.rows(f"SELECT d.n FROM documents d WHERE d.n IN ({sub}) ORDER BY d.sort_date DESC, d.n DESC "
                       "LIMIT ? OFFSET ?", sp + page)
        return total, [(r[0], 0.0) for r in rows], "date"
    if total <= rank_limit:
        rows = db.rows(f"SELECT d.n, ts_rank(d.tsv, ?::tsquery) FROM documents d WHERE d.n IN ({sub}) "
                       "ORDER BY 2 DESC, d.n DESC LIMIT ? OFFSET ?", [tokens.tsquery(terms)] + sp + page)
        return total, [(r[0], float(r[1])) for r in rows], "ts_rank"
    if not conds and ndocs and ndocs > 0 and total * DENSE >= ndocs:
        # most documents match: the newest rows, in order, checked by substring (~DENSE rows read per hit)
        needles = [t.needles[0] for t in terms]
        where = " AND ".join(["strpos(g.runs, ?) > 0"] * len(needles))
        rows = db.rows(f"SELECT g.n FROM doc_grams g WHERE {where} ORDER BY g.n DESC LIMIT ? OFFSET ?", needles + page)
    else:
        rows = db.rows(f"{sub} ORDER BY m.n DESC LIMIT ? OFFSET ?", sp + page)
    return total, [(r[0], 0.0) for r in rows], "recency"
