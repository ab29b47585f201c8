"""PostgreSQL search for Japanese terms: prefix grams, exact substring matches without positions.

The positional tsvector (``documents.tsv``, bigrams, ~7.7 KB per document, TOASTed) answers a term of 3 or more
characters only as a ``<->`` phrase, which PostgreSQL rechecks by reading every candidate's positions: 安全保障
(88% of 100,000 documents) took ~450 ms, most of it to count. Here a query made only of CJK terms (the usual
Japanese query: 会談, 安全保障, 日露首脳会談) is answered without positions:

- ``doc_grams(n, big, runs)``: one narrow row per document; ``runs`` is the folded text's CJK runs joined by
  spaces (exactly what a CJK term can match, see ``tokens``), kept out of line (``toast_tuple_target``), so a
  row is ~60 bytes and counting 90,000 matches reads ~1 MB of heap.
- A GIN index on the expression ``gaiko_grams(runs)`` (nothing more is stored): for each position i of each
  run, the lexemes ``run[i]``, ``run[i:i+2]`` and ``run[i:i+6]`` (shorter at the run's end). A term T of 1 or
  2 characters is that exact lexeme; of 3 to GRAM characters it occurs exactly when a lexeme starts with T
  (``'T':*``). GIN answers both without a recheck.
- A longer term: each of its 6-character pieces as a prefix (a superset), then ``strpos(runs, T)`` on those
  candidates only.
- A document whose runs exceed BIG_RUNS characters (its lexemes could pass the 1 MB tsvector limit) gets the
  single lexeme ``#`` and is matched with ``strpos`` (found through a partial index on ``big``).
- Evaluating ``gaiko_grams`` on a row costs ~1 ms, so the statements run with ``enable_seqscan`` off (and no
  JIT: the cost estimates are large), set locally around them or by the SQL function ``gaiko_cjk_match``.

Semantics are those of SQLite's index (a CJK term matches where it occurs as a substring of the folded text);
queries with Latin, digits or several units in one term (G7外相, "日露 首脳") keep the tsvector path.
"""

from __future__ import annotations

from gaiko.store import tokens

GRAM = 6  # characters per prefix lexeme; terms up to this length need no check beyond the index
BIG_RUNS = 30_000  # characters of runs beyond which the lexemes might not fit a tsvector (1 MB)
# Recency reads the newest rows in order, checking each by substring (~20 µs a row, ndocs/total rows a hit), when
# total² >= DENSE × ndocs; else it sorts the index's matches (~0.4 µs each): 10,000 of 100,000 documents is even.
DENSE = 1000

# Per position i of each run: run[i], run[i:i+2] (exact lexemes for 1- and 2-character terms: one posting
# list each) and run[i:i+GRAM] (for 3 to GRAM characters, as a prefix); '#' alone for a big document.
SCHEMA = (
    f"""CREATE FUNCTION gaiko_grams(runs text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT CASE WHEN char_length(runs) > {BIG_RUNS} THEN array_to_tsvector('{{#}}'::text[]) ELSE
    array_to_tsvector(array(SELECT substr(r, i, k) FROM unnest(string_to_array(runs, ' ')) AS r,
                                 unnest('{{1,2,{GRAM}}}'::int[]) AS k, generate_series(1, char_length(r)) AS i))
  END
$$""",
    """CREATE TABLE doc_grams (
  n BIGINT PRIMARY KEY REFERENCES documents(n) ON DELETE CASCADE,
  big BOOLEAN NOT NULL,
  runs TEXT NOT NULL
) WITH (toast_tuple_target = 128)""",
    "CREATE INDEX doc_grams_big ON doc_grams (n) WHERE big",
    # for callers that run the match as a subquery (facets): the planner settings travel with it
    """CREATE FUNCTION gaiko_cjk_match(q tsquery, needles text[], longs text[]) RETURNS SETOF bigint
LANGUAGE sql STABLE SET enable_seqscan = off SET jit = off AS $$
  SELECT g.n FROM doc_grams g WHERE gaiko_grams(g.runs) @@ q
    AND (cardinality(longs) = 0 OR NOT EXISTS (SELECT 1 FROM unnest(longs) x WHERE strpos(g.runs, x) = 0))
  UNION ALL
  SELECT g.n FROM doc_grams g WHERE g.big AND NOT EXISTS (SELECT 1 FROM unnest(needles) x WHERE strpos(g.runs, x) = 0)
$$""",
)
INDEX = (
    "CREATE INDEX doc_grams_grams ON doc_grams USING GIN (gaiko_grams(runs))",
    # no planner statistics for the expression (the statements here fix the plan): ANALYZE, and autovacuum's,
    # would otherwise evaluate it for 30,000 sampled rows (~2 ms each)
    "ALTER INDEX doc_grams_grams ALTER COLUMN 1 SET STATISTICS 0",
)
# the expression costs ~2 ms a row: keep the planner on the index, without JIT (its cost estimates are huge) or workers
PLANNER = ("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), "
           "set_config('max_parallel_workers_per_gather', '0', true)")


def runs(text: str) -> str:
    """The folded text's CJK runs, space-separated: a CJK term matches iff it is a substring of this."""
    return " ".join(m.group() for m in tokens._CJK_RUN.finditer(tokens.fold(text)))


INSERT = "INSERT INTO doc_grams (n, big, runs) VALUES (?, ?, ?)"


def row(n: int, text: str) -> tuple[int, bool, str]:
    return row_of_runs(n, runs(text))


def row_of_runs(n: int, r: str) -> tuple[int, bool, str]:
    return n, len(r) > BIG_RUNS, r


def insert(db, n: int, doc_runs: str) -> None:
    """Store a document's runs (``runs(text)``, computed where the document was prepared)."""
    db.execute(INSERT, row_of_runs(n, doc_runs))


def applies(terms: list[tokens.Term]) -> bool:
    """True when every term is one CJK run (what the grams answer exactly)."""
    return bool(terms) and all(len(t.needles) == 1 and tokens._CJK_RUN.fullmatch(t.needles[0]) for t in terms)


def _pieces(term: str) -> list[str]:
    if len(term) <= GRAM:
        return [term]
    return list(dict.fromkeys([term[i : i + GRAM] for i in range(0, len(term) - GRAM + 1, GRAM)] + [term[-GRAM:]]))


def _term_query(t: str) -> str:
    if len(t) <= 2:
        return tokens._lexeme(t)
    return " & ".join(tokens._lexeme(p) + ":*" for p in _pieces(t))


class _Match:
    """The match of CJK terms as SQL on doc_grams g: documents found by the index, plus big documents."""

    def __init__(self, terms: list[tokens.Term], conds: list[str], params: list):
        self.needles = [t.needles[0] for t in terms]
        self.longs = [t for t in self.needles if len(t) > GRAM]
        self.query = " & ".join(_term_query(t) for t in self.needles)
        self.filt = (" AND g.n IN (SELECT d.n FROM documents d WHERE " + " AND ".join(conds) + ")") if conds else ""
        self.fparams = list(params)

    @staticmethod
    def _strpos(k: int) -> str:
        return " AND ".join(["strpos(g.runs, ?) > 0"] * k)

    def parts(self, what: str) -> list[tuple[str, list]]:
        """The two SELECTs of ``what`` FROM doc_grams g (index part, big part), with their parameters."""
        grams = f"SELECT {what} FROM doc_grams g WHERE gaiko_grams(g.runs) @@ ?::tsquery"
        if self.longs:
            grams += " AND " + self._strpos(len(self.longs))
        big = f"SELECT {what} FROM doc_grams g WHERE g.big AND " + self._strpos(len(self.needles))
        return [(grams + self.filt, [self.query] + self.longs + self.fparams),
                (big + self.filt, self.needles + self.fparams)]

    def union(self) -> tuple[str, list]:
        (a, pa), (b, pb) = self.parts("g.n")
        return f"{a} UNION ALL {b}", pa + pb


def match_sql(terms: list[tokens.Term], conds: list[str], params: list) -> tuple[str, list]:
    """SQL selecting m.n of every matching document (with the document filters ``conds``), safe to run as is."""
    m = _Match(terms, [], [])
    sql = "SELECT m.n FROM gaiko_cjk_match(?::tsquery, ?::text[], ?::text[]) AS m(n)"
    if conds:
        sql += " WHERE m.n IN (SELECT d.n FROM documents d WHERE " + " AND ".join(conds) + ")"
    return sql, [m.query, m.needles, m.longs] + params


def search_ids(db, terms, conds, params, sort, limit, offset, rank_limit, count_limit=None):
    """(total, [(n, score)], ranking) as Store._search_ids, for terms where ``applies``."""
    m = _Match(terms, conds, params)
    (a, pa), (b, pb) = m.parts("count(*)")
    sub, sp = m.union()
    page = [limit, offset]
    with db.transaction():
        db.execute(PLANNER)
        if count_limit is None:
            total, ndocs = db.rows(
                f"SELECT ({a}) + ({b}), (SELECT reltuples FROM pg_class WHERE oid = 'doc_grams'::regclass)", pa + pb
            )[0]
        else:  # stop counting past the limit
            total, ndocs = db.rows(
                f"SELECT (SELECT count(*) FROM ({sub} LIMIT ?) c), "
                "(SELECT reltuples FROM pg_class WHERE oid = 'doc_grams'::regclass)", sp + [count_limit + 1]
            )[0]
        if sort == "date":
            rows = db.rows(f"SELECT d.n FROM documents d WHERE d.n IN ({sub}) ORDER BY d.sort_date DESC, d.n DESC "
                           "LIMIT ? OFFSET ?", sp + page)
            return total, [(r[0], 0.0) for r in rows], "date"
        if total <= rank_limit:
            rows = db.rows(f"SELECT d.n, ts_rank(d.tsv, ?::tsquery) FROM documents d WHERE d.n IN ({sub}) "
                           "ORDER BY 2 DESC, d.n DESC LIMIT ? OFFSET ?", [tokens.tsquery(terms)] + sp + page)
            return total, [(r[0], float(r[1])) for r in rows], "ts_rank"
        if not conds and ndocs and ndocs > 0 and total * total >= DENSE * ndocs:
            rows = db.rows(f"SELECT g.n FROM doc_grams g WHERE {m._strpos(len(m.needles))} ORDER BY g.n DESC "
                           "LIMIT ? OFFSET ?", m.needles + page)
        else:
            rows = db.rows(f"SELECT s.n FROM ({sub}) s ORDER BY s.n DESC LIMIT ? OFFSET ?", sp + page)
        return total, [(r[0], 0.0) for r in rows], "recency"
