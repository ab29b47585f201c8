"""Office holders and the Latin form of their names (``office_holders.tsv``, kept as data).

A person of the archive whose name, country, office and years fit a row gets the row's Latin name
(ラヴロフ, RU, foreign minister from 2004 -> Sergey Lavrov); ``latin_name`` says where a Latin name came from:
``"lexicon"`` here, else ``"romanised"`` (pykakasi, marked as such: ラヴロフ -> Ravurofu).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gaiko.link.names import name_key

DATA = Path(__file__).with_name("office_holders.tsv")
OFFICES = ("head_of_state", "head_of_government", "foreign")
# role families (gaiko.link.people.role_family) that an office fits; a US president heads both
OFFICE_FAMILIES = {"head_of_state": {"head_of_state"}, "head_of_government": {"head_of_government"},
                   "foreign": {"foreign"}}


@dataclass(frozen=True)
class Holder:
    country: str
    office: str
    first: int
    last: int | None  # None: in office
    latin: str
    names: tuple[str, ...]

    def keys(self) -> set[str]:
        return {name_key(n) for n in self.names}

    def years(self) -> tuple[int, int]:
        return self.first, self.last if self.last is not None else 9999


def _parse(line: str, n: int) -> Holder:
    cols = line.rstrip("\n").split("\t")
    if len(cols) != 6:
        raise ValueError(f"{DATA.name}:{n}: 6 tab-separated columns expected, got {len(cols)}")
    country, office, first, last, latin, names = cols
    if office not in OFFICES:
        raise ValueError(f"{DATA.name}:{n}: unknown office {office!r}")
    return Holder(country, office, int(first), int(last) if last else None, latin.strip(),
                  tuple(x.strip() for x in names.split("|") if x.strip()))


@lru_cache(maxsize=1)
def holders() -> tuple[Holder, ...]:
    out = []
    for n, line in enumerate(DATA.read_text("utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append(_parse(line, n))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_key() -> dict[tuple[str, str], list[Holder]]:
    idx: dict[tuple[str, str], list[Holder]] = {}
    for h in holders():
        for k in h.keys():
            idx.setdefault((h.country, k), []).append(h)
    return idx


def find(country: str | None, keys: set[str], families: set[str | None], first: str | None,
         last: str | None) -> Holder | None:
    """The office holder with one of ``keys`` in ``country`` whose term overlaps the person's years
    (``first``/``last``: ISO dates) and, when the person's roles say, whose office fits their role family."""
    if not country:
        return None
    cands = {id(h): h for k in keys for h in _by_key().get((country, k), [])}.values()
    y0 = int(first[:4]) if first else None
    y1 = int(last[:4]) if last else y0
    fitting = []
    for h in cands:
        a, b = h.years()
        if y0 is not None and (y1 < a or y0 > b):  # type: ignore[operator]
            continue
        fits_office = bool(OFFICE_FAMILIES[h.office] & families) or (country == "US" and h.office == "head_of_state"
                                                                      and "head_of_government" in families)
        fitting.append((not fits_office, h.first, h))
    if not fitting:
        return None
    fitting.sort(key=lambda t: (t[0], t[1]))
    best = fitting[0]
    if best[0] and any(f in families for f in OFFICES):  # a role we know and no office of that kind
        return None
    latins = {h.latin for fits, _, h in fitting if fits == best[0]}
    return best[2] if len(latins) == 1 else None  # two different people fit: no guess
