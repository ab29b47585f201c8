"""Cases: titles with a status (elect, interim, former) and heads of sub-national governments.

- Kind follows rank (real README): a president-elect (次期大統領, 大統領選挙当選者: ``roles.end.tosensha``) or a prime
  minister-elect (次期首相) is not yet head of state or government, so Japan's prime minister meeting one holds a talk
  of kind ``other``; an interim president (暫定大統領) is the head of state (``summit``). ``roles.head.shusho``,
  ``roles.head_only.daitoryo_end``, ``roles.head_only.daitoryo_start``.
- A state's, a province's or a devolved government's premier (州首相, 省首相, 自治政府首相) heads no country's government:
  ``other`` with Japan's prime minister or its foreign minister (no minister's rank either: ``roles.minister.sho``).
- A city's mayor written after a ・-joined name (…・パリ市長): the city opens the title and gives the person's country,
  when the gazetteer knows it (``roles.region_city.shi``); a surname before 市長 stays the name's. A province's governor
  (省長, ``roles.end.shocho``) is a title ending; a kanji name with no country after it (劉強四川省長) ends where the
  tokenizer reads a place name before a region word (``roles.region_title.sho``).
- A former office holder is mentioned, not talking (池田元外相の…), unless the talk's noun follows them (…前首相による
  表敬, …前首相と会談): then a principal of rank none (kind ``other``), the country written after 前 split off the title
  (前オランダ首相 -> 前首相, NL). An office said before the visitor (首相特使として来日中のX) is the visitor's, not the
  sentence subject's (``roles.capacity.toshite`` does not fire).

Every page is invented. First sight (probe 13 at 8fb8e40): the president-elect's talk and the devolved premier's were
``summit``, the state premier's ``other_ministerial``, the mayor's name ran on into the city (ルメール・パリ), the
former prime minister was no principal and the prime minister took his envoy title.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _who(ev: dict) -> set[tuple[str, str, str | None]]:
    return {(p["name"], p["role"], p["country"]) for p in ev["principals"]}


def _page(head: str, body: str) -> str:
    return head + "\n令和7年5月12日\n\n" + body + "\n両者は、協力を進めていくことで一致しました。\n"


# (page, kind, principals)
# fmt: off
KINDS = [
    (_page("山川内閣総理大臣とペレイラ・ウルグアイ次期大統領との会談",
           "5月12日、山川内閣総理大臣は、総理大臣官邸において、来日中のペレイラ・ウルグアイ次期大統領と会談を行いました。"),
     "other", {("山川", "総理大臣", "JP"), ("ペレイラ", "次期大統領", "UY")}),
    (_page("山川内閣総理大臣とソト・ペルー次期首相との会談",
           "5月12日、山川内閣総理大臣は、総理大臣官邸において、来日中のソト・ペルー次期首相と会談を行いました。"),
     "other", {("山川", "総理大臣", "JP"), ("ソト", "次期首相", "PE")}),
    (_page("山川内閣総理大臣とアギラル・ホンジュラス大統領選挙当選者との会談",
           "5月12日、山川内閣総理大臣は、総理大臣官邸において、来日中のアギラル・ホンジュラス大統領選挙当選者と会談を行いました。"),
     "other", {("山川", "総理大臣", "JP"), ("アギラル", "大統領選挙当選者", "HN")}),
    (_page("日・ギニア首脳電話会談",
           "5月12日、午後5時から約15分間、山川内閣総理大臣は、バリー・ギニア暫定大統領と電話会談を行いました。"),
     "summit", {("山川", "総理大臣", "JP"), ("バリー", "暫定大統領", "GN")}),
    (_page("山川外務大臣とコリンズ豪州ビクトリア州首相との会談",
           "5月12日、山川外務大臣は、飯倉公館において、来日中のコリンズ豪州ビクトリア州首相と会談を行いました。"),
     "other", {("山川", "外務大臣", "JP"), ("コリンズ", "ビクトリア州首相", "AU")}),
    (_page("山川内閣総理大臣とデイヴィス英国ウェールズ自治政府首相との会談",
           "5月12日、山川内閣総理大臣は、総理大臣官邸において、来日中のデイヴィス英国ウェールズ自治政府首相と会談を行いました。"),
     "other", {("山川", "総理大臣", "JP"), ("デイヴィス", "ウェールズ自治政府首相", "GB")}),
    (_page("ウォルシュ首相特使(前アイルランド首相)による山川内閣総理大臣表敬",
           "5月12日、山川内閣総理大臣は、首相特使として来日中のウォルシュ前アイルランド首相による表敬を受けました。"),
     "other", {("山川", "総理大臣", "JP"), ("ウォルシュ", "前首相", "IE")}),
    (_page("山川外務大臣とマルタン・リヨン市長との会談",
           "5月12日、フランスを訪問中の山川外務大臣は、クレール・マルタン・リヨン市長と会談を行いました。"),
     "other", {("山川", "外務大臣", "JP"), ("マルタン", "リヨン市長", "FR")}),
    (_page("山川外務大臣と李明華中国浙江省長との会談",
           "5月12日、山川外務大臣は、飯倉公館において、来日中の李明華中国浙江省長と会談を行いました。"),
     "other", {("山川", "外務大臣", "JP"), ("李明華", "浙江省長", "CN")}),
    # no country written between the kanji name and the province: the title opens at the place name the tokenizer
    # reads before the region word (四川 + 省長)
    (_page("山川外務大臣の中国訪問",
           "5月12日、北京を訪問中の山川外務大臣は、劉強四川省長と会談を行いました。"),
     "other", {("山川", "外務大臣", "JP"), ("劉強", "四川省長", "CN")}),
]
# a surname before 市長 that is no city of the gazetteer stays the name's (the title stays 市長); a former holder only
# mentioned is no principal: (role, country) of the principals
NOT_SPLIT = [
    (_page("山川外務大臣とジョン・ハーパー市長との会談",
           "5月12日、カナダを訪問中の山川外務大臣は、ジョン・ハーパー市長と会談を行いました。"),
     {("外務大臣", "JP"), ("市長", "CA")}),
    (_page("日・アイルランド首脳会談",
           "5月12日、山川内閣総理大臣は、総理大臣官邸において、来日中のオニール・アイルランド首相と会談を行いました。"
           "オニール首相から、ウォルシュ前首相の訪日時の協力に謝意が表明されました。"),
     {("総理大臣", "JP"), ("首相", "IE")}),
]
# fmt: on


def _case(words: str) -> str:
    return next(t for t, _, _ in KINDS if words in t)


@pytest.mark.parametrize("text,kind,who", KINDS)
def test_kind_and_principals(text, kind, who):
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0]["kind"] == kind
    assert _who(evs[0]) == who


@pytest.mark.parametrize("text,who", NOT_SPLIT)
def test_not_split_nor_principal(text, who):
    evs = _events(text)
    assert len(evs) == 1 and {(role, cc) for _name, role, cc in _who(evs[0])} == who


def test_envoy_title_is_the_visitors():
    with lexicon.trace() as fired:
        evs = _events(_case("首相特使として"))
    assert "roles.capacity.toshite" not in fired
    assert ("山川", "総理大臣", "JP") in _who(evs[0])


def test_city_mayor_row_fires():
    with lexicon.trace() as fired:
        _events(_case("リヨン市長と"))
    assert "roles.region_city.shi" in fired


def case_texts() -> list[str]:
    """Every page the cases above extract (tests/cases/test_lexicon_coverage.py fires the lexicon over them)."""
    return [t for t, _, _ in KINDS] + [t for t, _ in NOT_SPLIT]
