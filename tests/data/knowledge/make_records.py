"""Writes the hand-annotated records (*.json) for the hard-case documents (*.txt) of this folder.

The texts are written by hand; this script only computes the character spans of the sentences the
annotations quote, so that every ``text`` equals ``doc[span]``. Run it after editing a text:
``python tests/data/knowledge/make_records.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def P(name, role, country):
    return {"name": name, "role": role, "country": country}


def span(text, sentence):
    i = text.index(sentence)
    return [i, i + len(sentence)]


def outcome(text, type_, by, sentence):
    return {"type": type_, "by": by, "text": sentence, "span": span(text, sentence)}


def plan(text, sentence, **kw):
    return {"text": sentence, "span": span(text, sentence), **kw}


def event(**kw):
    base = {"kind": "other", "channel": "in_person", "date": None, "date_end": None, "city": None,
            "occasion": None, "countries": [], "principals": [], "attendees": [], "outcomes": [], "planned": []}
    base.update(kw)
    return base


RECORDS = {}


def doc(stem, title, doc_type, doc_date, events_fn):
    text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
    RECORDS[stem] = {"title": title, "doc_type": doc_type, "doc_date": doc_date, "events": events_fn(text)}


doc("k01_abe_fm_1983", "日米外相会談", "meeting", "1983-05-10", lambda t: [event(
    kind="foreign_ministers", date="1983-05-10", city="ワシントン", countries=["JP", "US"],
    principals=[P("安倍", "外務大臣", "JP"), P("シュルツ", "国務長官", "US")],
    outcomes=[outcome(t, "agree", "both", "両外相は、日米同盟関係を一層強化していくことで一致した。")])])

doc("k02_abe_pm_2018", "日米首脳会談", "meeting", "2018-04-17", lambda t: [event(
    kind="summit", date="2018-04-17", city="パームビーチ", countries=["JP", "US"],
    principals=[P("安倍晋三", "総理大臣", "JP"), P("トランプ", "大統領", "US")],
    outcomes=[outcome(t, "agree", "both", "両首脳は、北朝鮮の完全な非核化に向けて緊密に連携していくことで一致した。")],
    planned=[plan(t, "両首脳は、本年6月に東京で日米外相会談を行うことで一致した。", what="日米外相会談",
                  date="2018-06", precision="month", place="東京", kind="foreign_ministers")])])

doc("k03_lavrov_2015", "日露外相会談", "meeting", "2015-09-21", lambda t: [event(
    kind="foreign_ministers", date="2015-09-21", city="モスクワ", countries=["JP", "RU"],
    principals=[P("岸田", "外務大臣", "JP"), P("ラヴロフ外務大臣", "外務大臣", "RU")],
    outcomes=[outcome(t, "agree", "both", "両外相は、平和条約締結交渉を進めていくことで一致した。")])])

doc("k04_lavrov_2020", "日露外相電話会談", "telephone_talk", "2020-03-05", lambda t: [event(
    kind="foreign_ministers", channel="telephone", date="2020-03-05", countries=["JP", "RU"],
    principals=[P("茂木敏充", "外務大臣", "JP"), P("ラブロフ", "外相", "RU")],
    outcomes=[outcome(t, "request", "JP", "茂木大臣から、北方四島周辺水域における日本漁船の安全操業の確保を求めた。")])])

doc("k05_fr_fm_2019", "日仏外相会談", "meeting", "2019-05-10", lambda t: [event(
    kind="foreign_ministers", date="2019-05-10", city="パリ", countries=["JP", "FR"],
    principals=[P("河野", "外務大臣", "JP"), P("ル・ドリアン", "外務大臣", "FR")],
    planned=[plan(t, "両外相は、6月下旬に東京で日仏首脳会談を行うことで一致した。", what="日仏首脳会談",
                  date="2019-06", precision="late_month", place="東京", kind="summit")])])

doc("k06_fr_summit_2019", "G20大阪サミットの際の日仏首脳会談", "meeting", "2019-06-26", lambda t: [event(
    kind="summit", date="2019-06-26", city="大阪", occasion="G20大阪サミット", countries=["JP", "FR"],
    principals=[P("安倍", "総理大臣", "JP"), P("マクロン", "大統領", "FR")],
    outcomes=[outcome(t, "agree", "both", "両首脳は、気候変動問題について緊密に連携していくことで一致した。")])])

doc("k07_kr_fm_2015", "日韓外相会談", "meeting", "2015-02-10", lambda t: [event(
    kind="foreign_ministers", date="2015-02-10", city="東京", countries=["JP", "KR"],
    principals=[P("岸田", "外務大臣", "JP"), P("尹炳世", "外交部長官", "KR")],
    planned=[plan(t, "双方は、3月中旬にソウルで次官級協議を行うことで一致した。", what="次官級協議",
                  date="2015-03", precision="mid_month", place="ソウル", kind="vice_ministerial")])])

doc("k08_kr_summit_2016", "日韓首脳電話会談", "telephone_talk", "2016-01-05", lambda t: [event(
    kind="summit", channel="telephone", date="2016-01-05", countries=["JP", "KR"],
    principals=[P("安倍", "総理大臣", "JP"), P("朴槿恵", "大統領", "KR")])])

doc("k09_fr_chronology", "近年の日仏関係の動き", "chronology", None, lambda t: [
    event(kind="summit", date="2019-06-26", city="大阪", occasion="G20大阪サミット", countries=["JP", "FR"],
          entry_text="6月26日 G20大阪サミットの際の日仏首脳会談",
          entry_span=span(t, "6月26日 G20大阪サミットの際の日仏首脳会談")),
    event(kind="foreign_ministers", date="2019-05-10", date_end="2019-05-11", countries=["JP", "FR"],
          principals=[P("河野", "外務大臣", "JP")],
          entry_text="5月10日~11日 河野外務大臣の訪仏", entry_span=span(t, "5月10日~11日 河野外務大臣の訪仏")),
])

doc("k10_kan_pm_2010", "日露首脳会談", "meeting", "2010-11-13", lambda t: [event(
    kind="summit", date="2010-11-13", city="横浜", occasion="APEC首脳会議", countries=["JP", "RU"],
    principals=[P("菅", "総理大臣", "JP"), P("メドヴェージェフ", "大統領", "RU")])])

doc("k11_suga_pm_2021", "日露首脳電話会談", "telephone_talk", "2021-04-01", lambda t: [event(
    kind="summit", channel="telephone", date="2021-04-01", countries=["JP", "RU"],
    principals=[P("菅", "総理大臣", "JP"), P("プーチン", "大統領", "RU")],
    outcomes=[outcome(t, "agree", "both", "両首脳は、来月モスクワで日露外相会談を行うことで一致した。")],
    planned=[plan(t, "両首脳は、来月モスクワで日露外相会談を行うことで一致した。", what="日露外相会談",
                  date="2021-05", precision="month", place="モスクワ", kind="foreign_ministers",
                  date_text="来月")])])

if __name__ == "__main__":
    for stem, rec in RECORDS.items():
        (HERE / f"{stem}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(RECORDS)} records")
