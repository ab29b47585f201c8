"""Name normalisation shared by reconciliation and people resolution.

A name as written (ラヴロフ, ラブロフ, セルゲイ・ラヴロフ, ラヴロフ,セルゲイ・ヴィクトロヴィチ, 川口外務大臣)
is reduced to a *key* that compares equal across spelling variants:

- NFKC (full-width to half-width, compatibility forms);
- katakana spelling variants folded by the table ``KANA_FOLD`` (ヴァ→バ, ヴ→ブ, ヂ→ジ, small vowels after
  ティ/ディ kept, long-vowel mark and middle dots dropped);
- a trailing title removed (``TITLE_SUFFIXES``: 外務大臣, 大臣, 総理, 大統領, 外相, ...);
- "Surname, Given names" (the order of MOFA's formal lists) reduced to the surname.

Everything here is a pure function of one string, so it is cheap and safe to run on every person row.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Katakana spelling variants that transliterations of the same foreign name use interchangeably.
# Longest first; applied left to right.
KANA_FOLD: tuple[tuple[str, str], ...] = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴュ", "ビュ"),
    ("ヴ", "ブ"),
    ("ヂ", "ジ"),
    ("ヅ", "ズ"),
    ("ヱ", "エ"),
    ("ヰ", "イ"),
    ("ヲ", "オ"),
)

# Characters that carry no identity: long-vowel marks, middle dots, equals signs, spaces.
DROP_CHARS = "ー－-‐・･=＝ 　"

# Titles that may follow a name as written (川口外務大臣, 川口大臣, プーチン大統領). Longest first at use.
TITLE_SUFFIXES: tuple[str, ...] = (
    "内閣総理大臣", "総理大臣", "外務大臣", "防衛大臣", "国防大臣", "外務副大臣", "副大臣", "大臣", "総理",
    "首相", "外相", "防衛相", "国防相", "大統領", "副大統領", "国家主席", "主席", "国務長官", "長官",
    "国務委員", "外交部長", "事務次官", "外務次官", "次官", "大使", "議長", "首席", "国王", "皇太子",
    "氏", "さん", "閣下",
)
_TITLE_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLE_SUFFIXES), key=len, reverse=True)) + ")+$")
_KANA_RE = re.compile("|".join(re.escape(a) for a, _ in KANA_FOLD))
_KANA_MAP = dict(KANA_FOLD)
_DROP_RE = re.compile("[" + re.escape(DROP_CHARS) + "]")
_KATAKANA_RE = re.compile(r"^[\u30A0-\u30FF]+$")
_KANJI_RE = re.compile(r"^[\u3005\u4E00-\u9FFF\uF900-\uFAFF]+$")


def strip_title(name: str) -> str:
    """川口外務大臣 -> 川口; a name that is only a title stays as it is."""
    n = unicodedata.normalize("NFKC", name).strip()
    stripped = _TITLE_RE.sub("", n)
    return stripped or n


def surname_form(name: str) -> str:
    """The form a record uses: title removed, 'Surname,Given' reduced to the surname part.

    With a comma (ラヴロフ,セルゲイ・ヴィクトロヴィチ) the part before the comma is the surname. Katakana
    'A・B' without a comma is ambiguous (セルゲイ・ラヴロフ is a given name and a surname, ル・ドリアン one
    surname): it is kept whole here; ``last_part`` gives the candidate surname, which people resolution
    uses only when that surname is known for the same country.
    """
    n = strip_title(name)
    for sep in (",", "、", "，"):
        if sep in n:
            head = n.split(sep, 1)[0].strip()
            if head:
                return head
    return n


def last_part(name: str) -> str | None:
    """セルゲイ・ラヴロフ -> ラヴロフ (katakana 'Given・Surname'); None for a name without such parts."""
    n = surname_form(name)
    parts = [p for p in re.split("[・･]", n) if p]
    if len(parts) >= 2 and all(_KATAKANA_RE.match(p) for p in parts):
        return parts[-1]
    return None


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name: equal for spelling variants of one name (ラヴロフ == ラブロフ)."""
    n = surname_form(name)
    n = _KANA_RE.sub(lambda m: _KANA_MAP[m.group(0)], n)
    n = _DROP_RE.sub("", n)
    return n


def is_katakana(name: str) -> bool:
    return bool(_KATAKANA_RE.match(_DROP_RE.sub("", unicodedata.normalize("NFKC", name))))


def is_kanji(name: str) -> bool:
    return bool(_KANJI_RE.match(name))


# long vowels written as in passports and the press (Kouno -> Kono, Puuchin -> Puchin, Shuu -> Shu)
LONG_VOWELS = re.compile(r"ou|oo|uu|aa|ii|ee")


def latin_key(s: str) -> str:
    """Latin letters only, lower case, long vowels collapsed: 'Kōno', 'Kouno' and 'Kono' compare equal."""
    s = unicodedata.normalize("NFKD", s).lower()
    return LONG_VOWELS.sub(lambda m: m.group(0)[0], re.sub(r"[^a-z]", "", s))


# A name in Latin letters that a page gives in parentheses after the Japanese one, a title possibly between:
# ラヴロフ外務大臣(Sergey Lavrov), バイデン米国大統領(The Honorable Joseph R. Biden, Jr., President of ...),
# ターンブル首相(The Hon. Malcolm Turnbull MP, Prime Minister of Australia).
_PAGE_LATIN = re.compile(r"^[^(（。、\n]{0,24}[(（]([^()（）\n]{2,160})[)）]")
_HONORIFIC = re.compile(r"^(?:(?:The\s+)?(?:Right\s+)?(?:Hon(?:ou?rable|\.)?|H\.\s?E\.|His\s+Excellency|Her\s+Excellency|"
                        r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)+", re.I)
_POST_NOMINAL = re.compile(r"\s+(?:MP|AC|AO|QC|KC|OBE|CBE|KBE|GCMG|PhD)\b\.?", re.I)
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,5}$")


def page_latin(text: str, end: int) -> str | None:
    """The Latin name a page gives right after a name ending at ``end``: 'Sergey Lavrov', 'Joseph R. Biden',
    'Malcolm Turnbull'; None when the parentheses hold no name in Latin letters."""
    m = _PAGE_LATIN.match(unicodedata.normalize("NFKC", text[end:end + 200]))
    if not m:
        return None
    inner = m.group(1).split(",")[0].strip()
    inner = _POST_NOMINAL.sub("", _HONORIFIC.sub("", inner)).strip()
    return inner if _LATIN_NAME.match(inner) and any(c.islower() for c in inner) else None
