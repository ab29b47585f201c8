"""Japanese-safe tokens for full-text search: character bigrams plus a run-final unigram.

Design (measured in shared/notes/search-floor.md, exact for 1- to 6-character CJK substrings):

- ``fold(text)`` is a length-preserving normalisation: every character whose NFKC form is one other
  character is replaced by it (full-width ASCII -> ASCII, half-width katakana -> katakana), then lower
  case. Because it keeps offsets, a match found in ``fold(text)`` is at the same offsets in ``text``:
  snippets are cut from the raw text, which is stored only once.
- ``index_text(text)`` replaces each maximal run of CJK characters by its overlapping bigrams plus the
  run's last character (日露会談 -> ``日露 露会 会談 談``); a run of one character is that character.
  Everything else is left for the FTS tokenizer (unicode61: Latin words and numbers whole, punctuation
  and ・ separate). The same tokens feed PostgreSQL's tsvector (``index_tokens``).
- A query term becomes a phrase of the same tokens (``parse_query``): a CJK run inside a term gives its
  bigrams, plus its last character when something follows it in the term; a one-character run at the
  end of a term is a prefix (露 -> every token starting with 露: 露外, 露首, 露). Terms separated by
  spaces are ANDed; "double quotes" keep spaces inside one phrase. Nothing in a query is an operator:
  ``*``, ``NEAR(``, ``OR``, quotes and SQL fragments are text.

Semantics: a CJK term matches exactly where it occurs as a substring (after folding); Latin and digit
parts match whole words; parts of a mixed term (G7外相) must follow each other, with only separators
(spaces, punctuation) between.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from gaiko.errors import ValueRefused
from gaiko.text import run_translator

TOKENIZER_VERSION = 1  # bump when index_text changes: the SQLite index is rebuilt (contentless FTS)

# Hiragana, katakana with ー (not ・), CJK ideographs (BMP, extension A, compatibility, planes 2-3), 々〆〇.
CJK_CHARS = (
    "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u3005\u3006\u3007\U00020000-\U0003ffff"
)
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# A query unit: a CJK run, or a word as unicode61 sees it (letters and digits; _ is a separator).
_UNIT = re.compile(f"[{CJK_CHARS}]+|[^\\W_{CJK_CHARS}]+")
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x20, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if len(n) != 1:
            n = c
        low = n.lower()
        if len(low) == 1:
            n = low
        if n != c:
            table[cp] = n
    return table


@lru_cache(maxsize=1)
def _folder():
    return run_translator(_fold_table())


def fold(text: str) -> str:
    """NFKC (where it maps one character to one) and lower case, keeping every offset."""
    return _folder()(text)


@lru_cache(maxsize=1)
def _fold_sources() -> dict[str, str]:
    """For each character fold produces, the characters it comes from (a -> AＡａª…, 首 -> ⾸)."""
    out: dict[str, str] = {}
    for cp, to in _fold_table().items():
        out[to] = out.get(to, "") + chr(cp)
    return out


def _raw_exact(text: str, needles: list[str]) -> bool:
    """Whether the needles occur in ``text`` exactly where they occur in ``fold(text)``: true when the text
    holds none of the characters that fold into a needle's characters (会談 in most texts; not APEC in a
    text with capitals)."""
    table, sources = _fold_table(), _fold_sources()
    for c in {c for n in needles for c in n}:
        if ord(c) in table or any(k in text for k in sources.get(c, "")):
            return False
    return True


def _same(s: str) -> str:
    return s


_CJK_SPLIT = re.compile(f"([{CJK_CHARS}]+)")


def index_text(text: str) -> str:
    """The text as FTS5 (unicode61) should index it: CJK runs as bigrams + run-final unigram.

    A run s becomes " " + s[0]s[1] + " " + s[1]s[2] + … + " " + s[-1] + " " (日露会談 -> " 日露 露会 会談 談 "),
    which is every character c of the run written "c c", without the first character, plus a space. All runs
    are expanded at once in C: joined by "\n", each character's 4 UTF-32 bytes copied to slots 0 and 2 of
    three (slot 1 a space), then split again on the expanded separator "\n \n"."""
    parts = _CJK_SPLIT.split(fold(text))  # [other, run, other, run, …, other]
    if len(parts) == 1:
        return parts[0]
    src = memoryview("\n".join(parts[1::2]).encode("utf-32-le")).cast("I")
    buf = bytearray(b" \0\0\0" * (3 * len(src)))
    out = memoryview(buf).cast("I")
    out[0::3] = src
    out[2::3] = src
    parts[1::2] = [e[1:] + " " for e in buf.decode("utf-32-le").split("\n \n")]
    return "".join(parts)


_WORD = re.compile(r"[^\W_]+")


def index_tokens(text: str) -> list[str]:
    """The tokens of ``index_text`` in order (what unicode61 would produce), for PostgreSQL."""
    return _WORD.findall(index_text(text))


@dataclass(frozen=True)
class Term:
    """One query term: a phrase of index tokens; ``prefix`` if its last token is a prefix."""

    surface: str  # folded text of the term as typed (for display)
    tokens: tuple[str, ...]
    prefix: bool
    needles: tuple[str, ...]  # folded pieces to highlight in snippets


def _term(raw: str) -> Term | None:
    s = fold(unicodedata.normalize("NFKC", raw))
    units = _UNIT.findall(s)
    if not units:
        return None
    tokens: list[str] = []
    prefix = False
    for i, u in enumerate(units):
        last = i == len(units) - 1
        if _CJK_RUN.fullmatch(u):
            if len(u) == 1:
                tokens.append(u)
                prefix = last
            else:
                tokens.extend(u[j : j + 2] for j in range(len(u) - 1))
                if not last:
                    tokens.append(u[-1])
        else:
            tokens.append(u)
    return Term(surface=s.strip(), tokens=tuple(tokens), prefix=prefix, needles=tuple(units))


def parse_query(q: str) -> list[Term]:
    """Split a user query into ANDed terms; quotes group words into one phrase; no operators."""
    q = unicodedata.normalize("NFKC", q or "")
    if q.count('"') % 2:  # an unbalanced quote is just a character
        q = q.replace('"', " ")
    terms: list[Term] = []
    seen: set[tuple] = set()
    for m in _TERM.finditer(q):
        t = _term(m.group(1) if m.group(1) is not None else m.group(2))
        if t and (t.tokens, t.prefix) not in seen:
            seen.add((t.tokens, t.prefix))
            terms.append(t)
    return terms


def fts5_match(terms: list[Term]) -> str:
    """An FTS5 MATCH expression: every token double-quoted, so no user text is an operator."""
    parts = []
    for t in terms:
        phrase = '"' + " ".join(tok.replace('"', '""') for tok in t.tokens) + '"'
        parts.append(phrase + (" *" if t.prefix else ""))
    return " AND ".join(parts)


def _lexeme(tok: str) -> str:
    return "'" + tok.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(terms: list[Term]) -> str:
    """A PostgreSQL tsquery literal (cast with ::tsquery, not parsed again): phrases with <->, AND with &."""
    parts = []
    for t in terms:
        lex = [_lexeme(x) for x in t.tokens]
        if t.prefix:
            lex[-1] += ":*"
        parts.append("(" + " <-> ".join(lex) + ")")
    return " & ".join(parts)


PG_MAX_POS = 16383  # PostgreSQL clamps tsvector positions here
PG_MAX_LEXEME = 2047  # bytes of one lexeme; PostgreSQL's own parser leaves longer words out of the index


def pg_unmatchable(terms: list[Term]) -> bool:
    """True when a term holds a token past PG_MAX_LEXEME: no index holds it, so nothing matches (and the
    tsquery would be refused: "word is too long in tsquery")."""
    return any(len(tok.encode("utf-8")) > PG_MAX_LEXEME for t in terms for tok in t.tokens)
PG_MAX_TSVECTOR = (1 << 20) - 1  # bytes of lexemes and positions one tsvector holds


def tsvector_literal(text: str) -> str:
    """A tsvector literal with our tokens and their positions (1-based, clamped like PostgreSQL).

    Raises StoreError for a text whose distinct tokens pass PostgreSQL's 1 MB tsvector limit (about 300 KB of
    text with no repeated bigram; ordinary Japanese text repeats far more), instead of a failed INSERT."""
    pos: dict[str, list[int]] = {}
    for i, tok in enumerate(index_tokens(text), 1):
        if len(tok) * 4 > PG_MAX_LEXEME and len(tok.encode("utf-8")) > PG_MAX_LEXEME:
            continue  # as PostgreSQL's parser does (a 3,000-letter "word" would fail the whole INSERT)
        lst = pos.setdefault(tok, [])
        if len(lst) < 256:  # PostgreSQL keeps at most 256 positions per lexeme
            lst.append(min(i, PG_MAX_POS))
    pos = {tok: sorted(set(p)) for tok, p in pos.items()}
    # PostgreSQL's layout: each lexeme's bytes, aligned to 2, then a 2-byte count and 2 bytes per position
    size = sum((len(tok.encode("utf-8")) + 1) // 2 * 2 + 2 + 2 * len(p) for tok, p in pos.items())
    if size > PG_MAX_TSVECTOR:
        raise ValueRefused(
            f"text too long for PostgreSQL's full-text index: its {len(pos):,} distinct tokens need {size:,} bytes, "
            f"more than the {PG_MAX_TSVECTOR + 1:,} one tsvector holds; split the document"
        )
    return " ".join(f"{_lexeme(tok)}:{','.join(map(str, p))}" for tok, p in pos.items())


_SNIPPET_CHUNK = 400


def snippet(text: str, terms: list[Term], width: int = 120, before: int = 30) -> list[tuple[str, bool]]:
    """A window of the raw text around the first match, as (text, is_match) segments."""
    needles = sorted({n for t in terms for n in t.needles if n}, key=len, reverse=True)
    longest = len(needles[0]) if needles else 0
    # fold is per character, so fold(text)[a:b] == fold(text[a:b]): fold a chunk at a time until the first
    # match (most documents match early), then only the window; or not at all when the text has no
    # character that folds into a needle's (see _raw_exact).
    first = -1
    chunk = _SNIPPET_CHUNK
    folding: Callable[[str], str] = fold
    if needles and _raw_exact(text, needles):
        chunk, folding = max(len(text), 1), _same
    for pos in range(0, len(text) if needles else 0, chunk):
        folded = folding(text[pos:pos + chunk + longest])
        hits = [p for n in needles if 0 <= (p := folded.find(n)) < chunk]  # starting in this chunk: found whole
        if hits:
            first = pos + min(hits)
            break
    start = 0 if first < 0 else max(0, first - before)
    end = min(len(text), start + width)
    window = folding(text[start:end + longest])
    marks: list[tuple[int, int]] = []
    for n in needles:
        p = window.find(n)
        while 0 <= p < end - start:
            marks.append((start + p, min(end, start + p + len(n))))
            p = window.find(n, p + 1)
    marks.sort()
    merged: list[list[int]] = []
    for a, b in marks:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    segs: list[tuple[str, bool]] = []
    pos = start

    def plain(a: int, b: int) -> None:
        if b > a:
            segs.append((" ".join(text[a:b].split()) if not text[a:b].isspace() else " ", False))

    for a, b in merged:
        plain(pos, a)
        segs.append((text[a:b], True))
        pos = b
    plain(pos, end)
    if start > 0:
        segs.insert(0, ("…", False))
    if end < len(text):
        segs.append(("…", False))
    return [s for s in segs if s[0]]
