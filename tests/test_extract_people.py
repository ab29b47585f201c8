"""Names and titles: one row per form (text -> (name, title, country))."""

import pytest

from gaiko.extract import people
from gaiko.text import Doc

# fmt: off
SPLITS = [
    ("植竹外務副大臣", ("植竹", "外務副大臣", None)),
    ("イワノフ露外務大臣", ("イワノフ", "外務大臣", "RU")),                  # one-character country before the title
    ("ラヴロフ・ロシア外務大臣", ("ラヴロフ", "外務大臣", "RU")),             # country joined by ・
    ("ファム・ミン・チン・ベトナム社会主義共和国首相", ("ファム・ミン・チン", "首相", "VN")),
    ("王毅国務委員兼外交部長", ("王毅", "国務委員兼外交部長", None)),
    ("習近平中華人民共和国国家主席", ("習近平", "国家主席", "CN")),             # kanji name, then the country
    ("劉建国外交部部長助理", ("劉建国", "外交部部長助理", None)),
    ("崔在元東北アジア局長", ("崔在元", "東北アジア局長", None)),               # 在 is not 在日
    ("阿南アジア局長", ("阿南", "アジア局長", None)),                         # not 阿 + 南アジア
    ("丹波駐露大使", ("丹波", "駐露大使", None)),
    ("パノフ在日ロシア大使", ("パノフ", "在日ロシア大使", None)),
    ("文在寅前大統領", ("文在寅", "前大統領", None)),
    ("鈴木駐インド大使", ("鈴木", "駐インド大使", None)),
]
NOT_PEOPLE = ["外務大臣", "両大臣", "日韓次官"]
# fmt: on


@pytest.mark.parametrize("text,expected", SPLITS)
def test_split_name_and_title(text, expected):
    name, role, country, _ = people.split_name_role(text)
    assert (name, role, country) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(text):
    doc = Doc.from_text(text + "から説明があった。")
    assert people.find_people(doc, 0, len(doc.text)) == []


def test_reading_in_brackets_is_skipped():
    doc = Doc.from_text("岸田総理大臣は、文在寅（ムン・ジェイン）大韓民国大統領と会談した。")
    found = {(p.name, p.role) for p in people.find_people(doc, 0, len(doc.text))}
    assert ("文在寅", "大統領") in found


def test_attendee_list_by_side():
    text = "会談を行った(同席、日本側:植竹外務副大臣、丹波駐露大使ほか、ロシア側:パノフ在日ロシア大使ほか)。"
    doc = Doc.from_text(text)
    got = [(p.name, p.role, p.country) for p in people.find_attendees(doc, 0, len(text), ["JP", "RU"])]
    assert got == [("植竹", "外務副大臣", "JP"), ("丹波", "駐露大使", "JP"), ("パノフ", "在日ロシア大使", "RU")]


def test_shortest_form_is_what_the_page_uses():
    doc = Doc.from_text("ナレンドラ・モディ・インド首相と会談した。モディ首相から説明があった。")
    assert people.shortest_form(doc, "ナレンドラ・モディ") == "モディ"
    doc = Doc.from_text("トーマス・ベッカー首相府外交政策顧問が同席した。")
    assert people.shortest_form(doc, "トーマス・ベッカー") == "トーマス・ベッカー"
