"""Cases: Chinese and Korean names with a reading or hangul in brackets, and Korea's 外交部長官 (row
roles.end.gaikobu_chokan; people.PERSON_RE's reading); the Arabic article in a surname (roles.name_particle.al).

A kanji name the page gives with a reading (王立(おう・りつ), 朴恵民(パク・ヘミン)) or hangul (姜恩珠(강은주)) is a name
even where it reads as a word (王立, "royal"); 韓国外交部長官 is one title, Korea's, not China's 外交部長 + 官. Every page
here is invented.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

HEAD = "外相会談\n令和5年8月1日\n\n8月1日、上田外務大臣は、"
# (page, the counterpart (name, role, country), the row that fires or None)
CASES = [
    (HEAD + "王立(おう・りつ)中国国務委員兼外交部長と会談しました。\n", ("王立", "国務委員兼外交部長", "CN"), None),
    (HEAD + "王立(ワン・リー)中国外交部長と会談しました。\n", ("王立", "外交部長", "CN"), None),
    (HEAD + "姜恩珠(강은주)韓国外交部長官と会談しました。\n", ("姜恩珠", "外交部長官", "KR"), "roles.end.gaikobu_chokan"),
    (HEAD + "韓国の朴恵民外交部長官と会談しました。\n", ("朴恵民", "外交部長官", "KR"), "roles.end.gaikobu_chokan"),
    (HEAD + "朴恵民(パク・ヘミン)韓国外交部長官と会談しました。\n", ("朴恵民", "外交部長官", "KR"), "roles.end.gaikobu_chokan"),
    # a foreign minister titled 外務相 (North Korea's): its plain form, as 外相's
    (HEAD + "李哲民(リ・チョルミン)北朝鮮外務相と会談しました。\n", ("李哲民", "外務大臣", "KP"), "roles.end.gaimusho"),
]


# the Arabic article opens a surname, as デ / ル do (row roles.name_particle.al): (page, the counterpart's name)
ARTICLE = [
    (HEAD + "アル・ナスル・カタール国外務担当国務大臣と会談しました。\n", "アル・ナスル"),
    (HEAD + "ハーリド・アル・ナスル・カタール国外務担当国務大臣と会談しました。\n", "アル・ナスル"),
]


def case_texts():
    return [page for page, *_ in CASES] + [page for page, _name in ARTICLE]


@pytest.mark.parametrize("page,name", ARTICLE)
def test_arabic_article(page, name):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert [p["name"] for p in events[0]["principals"]] == ["上田", name]
    assert "roles.name_particle.al" in fired


@pytest.mark.parametrize("page,who,row", CASES)
def test_reading_names(page, who, row):
    with lexicon.trace() as fired:
        events = extract_text(page).record.to_json_dict()["events"]
    assert len(events) == 1
    assert [(p["name"], p["role"], p["country"]) for p in events[0]["principals"]] == [("上田", "外務大臣", "JP"), who]
    if row:
        assert row in fired
