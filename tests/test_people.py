"""People resolution: spelling variants, titles, full forms, same surname different people."""

from __future__ import annotations

from pathlib import Path

import pytest

from gaiko.link.docs import load_gold
from gaiko.link.names import name_key, strip_title, surname_form
from gaiko.link.people import person, resolve, role_family, split_japanese_name

KNOWLEDGE = Path(__file__).parent / "data" / "knowledge"


@pytest.fixture(scope="module")
def hard_docs():
    return load_gold(KNOWLEDGE.glob("*.json"))


# fmt: off
@pytest.mark.parametrize("a,b", [
    ("ラヴロフ", "ラブロフ"),                          # ヴ/ブ
    ("メドヴェージェフ", "メドベージェフ"),
    ("メドヴェージェフ", "メドヴェジェフ"),              # long-vowel mark
    ("ル・ドリアン", "ルドリアン"),                     # middle dot
    ("ラヴロフ,セルゲイ・ヴィクトロヴィチ", "ラヴロフ"),  # Surname,Given -> surname
    ("川口外務大臣", "川口"),                           # titles
    ("川口大臣", "川口"),
    ("ラヴロフ外相", "ラブロフ"),
])
def test_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [("安倍", "阿部"), ("ラヴロフ", "ラフロフ"), ("岸", "岸田")])
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)
# fmt: on


def test_given_surname_order_is_resolved_only_against_known_surnames():
    from gaiko.link.names import last_part

    assert last_part("セルゲイ・ラヴロフ") == "ラヴロフ"
    assert name_key("ル・ドリアン") == "ルドリアン"  # one surname with a particle stays whole
    assert last_part("ラヴロフ") is None


def test_title_only_stays_and_full_forms():
    assert strip_title("大統領") == "大統領"
    assert surname_form("プーチン大統領") == "プーチン"
    assert split_japanese_name("茂木敏充") == ("茂木", "敏充")
    assert split_japanese_name("茂木") == ("茂木", None)
    assert split_japanese_name("習近平") == ("習近平", None)  # not a Japanese surname + given name


def test_role_families():
    assert role_family("総理大臣") == role_family("首相") == "head_of_government"
    assert role_family("外務大臣") == role_family("外相") == role_family("国務委員兼外交部長") == "foreign"
    assert role_family("副大統領兼開発商工サービス大臣") == "deputy"
    assert role_family("国防大臣") == "defence"
    assert role_family(None) is None


def test_variant_spellings_are_one_person(hard_docs):
    found = person(hard_docs, "ラブロフ")
    assert len(found) == 1
    lavrov = found[0]
    assert {t.date for t in lavrov.talks} == {"2015-09-21", "2020-03-05"}
    assert set(lavrov.variants) == {"ラヴロフ", "ラブロフ"}  # the title was stripped from ラヴロフ外務大臣
    assert [r.role for r in lavrov.roles] == ["外務大臣", "外相"]
    # the same person, by any form of the name or in Latin letters
    for q in ("ラヴロフ外相", "セルゲイ・ラヴロフ", "ラヴロフ,セルゲイ・ヴィクトロヴィチ", lavrov.romaji.lower()):
        assert [p.person_id for p in person(hard_docs, q)] == [lavrov.person_id], q


def test_same_surname_different_people_by_role_and_time(hard_docs):
    abes = person(hard_docs, "安倍")
    # FM 安倍 of 1983 vs PM 安倍 (晋三) of 2016-2019: role family changes across a 33-year gap
    assert [(p.first[:4], p.roles[0].role) for p in abes] == [("2016", "総理大臣"), ("1983", "外務大臣")]
    assert abes[0].person_id != abes[1].person_id
    assert {t.date for t in abes[0].talks} == {"2016-01-05", "2018-04-17", "2019-06-26"}
    # 菅 the Prime Minister of 2010 and of 2021: same role, an 11-year gap
    kans = person(hard_docs, "菅総理大臣")
    assert sorted(p.first for p in kans) == ["2010-11-13", "2021-04-01"]


def test_full_japanese_name_joins_the_surname(hard_docs):
    motegi = person(hard_docs, "茂木")
    assert len(motegi) == 1 and motegi[0].variants == ["茂木敏充"] and motegi[0].name == "茂木"
    assert person(hard_docs, "茂木敏充")[0].person_id == motegi[0].person_id


def test_a_talk_with_a_chronology_entry_is_listed_once_with_both_sources(hard_docs):
    kono = person(hard_docs, "河野")[0]
    paris = [t for t in kono.talks if t.date == "2019-05-10"]
    assert len(paris) == 1
    assert sorted(paris[0].sources) == ["k05_fr_fm_2019", "k09_fr_chronology"]
    assert paris[0].label == "日仏外相会談"  # the meeting record names the talk, not the entry


def test_gold_people_roles_over_time(shared_dir):
    docs = load_gold(list((shared_dir / "gold").glob("*.json")) + list((shared_dir / "devset" / "gold").glob("*.json")))
    people = resolve(docs)
    kishida = [p for p in people if p.name == "岸田"]
    assert len(kishida) == 1  # FM 2013-2016, PM 2022-2023: a role change after a short gap is one person
    assert [r.role for r in kishida[0].roles] == ["外務大臣", "総理大臣"]
    lavrov = person(docs, "ラヴロフ")
    assert len(lavrov) == 1 and lavrov[0].first == "2008-11-05" and lavrov[0].last == "2018-07-31"
    # every person id is unique
    assert len({p.person_id for p in people}) == len(people)


def test_unknown_name_finds_nobody(hard_docs):
    assert person(hard_docs, "存在しない人") == []
    assert person(hard_docs, "  ") == []


def test_latin_letters_find_a_person_with_or_without_long_vowels(hard_docs):
    [kono] = person(hard_docs, "河野")
    assert kono.romaji == "Kono"
    for q in ("kono", "Kōno", "KOUNO"):
        assert [p.person_id for p in person(hard_docs, q)] == [kono.person_id], q


def test_person_by_id(hard_docs):
    from gaiko.link.people import person_by_id

    [lavrov] = person(hard_docs, "ラヴロフ")
    assert person_by_id(hard_docs, lavrov.person_id) == lavrov
    assert person_by_id(hard_docs, "xx-nobody-1900") is None
