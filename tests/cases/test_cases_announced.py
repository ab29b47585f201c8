"""Cases: a page announcing a coming visit or meeting (rows layout.coming.*, talks.stay.*, talks.announced.kaisai_suru).

A heading naming a visit or a meeting (…大統領の来日, …大臣のペルー訪問, …協議の開催) over a lead told in the future
(…来日します。 / …訪問する予定です。 / …開催されます。) is an announcement, doc_type ``other`` as a …について heading's
(../shared/real/README.md: one event per announced talk, dated as announced); a talk announced for the stay with no
day of its own takes the stay's span of days (as the real schedule pages' gold). Every page here is invented.
"""

from __future__ import annotations

import pytest

from gaiko.extract import lexicon
from gaiko.pipeline import extract_text

# (page, doc_type, (date, date_end) of the one talk, the rows that fire)
CASES = [
    ("報道発表\nオルテガ・パナマ共和国大統領の来日\n令和6年6月3日\n\n"
     "1 オルテガ・パナマ共和国大統領は、6月10日から13日まで来日します。\n"
     "2 滞在中、オルテガ大統領は、森内閣総理大臣と首脳会談を行う予定です。\n",
     "other", ("2024-06-10", "2024-06-13"), {"layout.coming.rainichi", "talks.stay.rainichi"}),
    ("報道発表\nシルバ・ブラジル外務大臣の訪日\n令和6年6月3日\n\n"
     "1 シルバ・ブラジル連邦共和国外務大臣は、6月20日から22日まで訪日します。\n"
     "2 滞在中、上田外務大臣との間で日・ブラジル外相会談を行う予定です。\n",
     "other", ("2024-06-20", "2024-06-22"), {"layout.coming.honichi", "talks.stay.honichi"}),
    # the talk anchored by a verb of holding (…外相会談を行い、…予定です): the stay's days too
    ("報道発表\n上田外務大臣のペルー訪問\n令和6年6月3日\n\n"
     "1 上田外務大臣は、6月15日から17日まで、ペルー共和国を訪問する予定です。\n"
     "2 今回の訪問では、ロハス外務大臣と外相会談を行い、二国間関係について意見交換を行う予定です。\n",
     "other", ("2024-06-15", "2024-06-17"), {"layout.coming.homon", "talks.stay.homon"}),
    # a meeting announced with its day, its name's aside before the verb
    ("報道発表\n第2回日・ペルー外務・防衛閣僚会合(「2+2」)の開催\n令和6年6月3日\n\n"
     "1 6月28日、リマにおいて、第2回日・ペルー外務・防衛閣僚会合(「2+2」)を開催する予定です。\n",
     "other", ("2024-06-28", None), {"layout.coming.kaisai", "talks.announced.kaisai_suru"}),
    # the same heading over a lead told in the past is the visit's record
    ("上田外務大臣のペルー訪問\n令和6年6月18日\n\n"
     "1 上田外務大臣は、6月15日から17日まで、ペルー共和国を訪問しました。\n"
     "2 16日、上田大臣は、ロハス外務大臣と外相会談を行いました。\n",
     "visit", ("2024-06-16", None), set()),
]


# two talks announced in one sentence, the second after a word that adds it (…を行うほか、): one event each, held
# by the people of its clause and the visitor the heading names: (page, [(kind, principals)], the row that adds it)
TWO = [
    ("ロハス・ペルー外務大臣の来日について\n平成18年6月1日\n\n"
     "1.ロハス・ペルー共和国外務大臣は、6月12日(月)から15日(木)まで来日する。\n"
     "2.同外相は、滞在中、上田外務大臣と外相会談を行うほか、森総理大臣を表敬する予定である。\n",
     [("foreign_ministers", [("上田", "JP"), ("ロハス", "PE")]), ("other", [("森", "JP"), ("ロハス", "PE")])],
     "talks.announced_also.hoka"),
    ("報道発表\nオルテガ・パナマ共和国大統領の来日\n令和6年6月3日\n\n"
     "1 オルテガ・パナマ共和国大統領は、6月10日から13日まで来日します。\n"
     "2 滞在中、オルテガ大統領は、森内閣総理大臣と首脳会談を行うほか、上田外務大臣とも会談する予定です。\n",
     [("summit", [("森", "JP"), ("オルテガ", "PA")]), ("other", [("上田", "JP"), ("オルテガ", "PA")])],
     "talks.announced_also.hoka"),
]


# the talk announced tersely or with a session joined to it, the visitor said 同大統領 (the heading names them:
# talks.visit.rainichi): (page, kind, principals, (date, date_end), the rows that fire)
TERSE = [
    ("ロハス・ペルー共和国大統領の来日について\n平成12年6月3日\n\n1.ロハス・ペルー共和国大統領は、6月10日(土)から13日(火)まで来日する。\n"
     "2.同大統領は、滞在中、森総理大臣と会談の予定。\n",
     "summit", [("森", "JP"), ("ロハス", "PE")], ("2000-06-10", "2000-06-13"), {"talks.announced.no_yotei", "talks.visit.rainichi"}),
    ("報道発表\nロハス・ペルー共和国大統領の来日\n令和6年6月3日\n\n1 ロハス・ペルー共和国大統領は、6月10日から13日まで来日します。\n"
     "2 11日には、森内閣総理大臣と首脳会談及びワーキング・ランチを行う予定です。\n",
     "summit", [("森", "JP"), ("ロハス", "PE")], ("2024-06-11", None), {"talks.announced.okonau"}),
]


# a press conference announcing a talk for tomorrow (明日から、…を訪問し、…と外相会談を行う予定です): the page's next day
TOMORROW = ("川上外務大臣会見記録\n令和6年9月1日\n\n【川上外務大臣】\n(1)日・ガーナ外相会談\n"
            "明日から、ガーナを訪問し、ボアテング・ガーナ外務大臣と外相会談を行う予定です。\n")


def test_announced_for_tomorrow():
    evs = extract_text(TOMORROW).record.events
    assert [(e.kind, e.date) for e in evs] == [("foreign_ministers", "2024-09-02")]


def case_texts():
    return [page for page, *_ in CASES] + [page for page, *_ in TWO] + [page for page, *_ in TERSE] + [TOMORROW]


@pytest.mark.parametrize("page,kind,who,days,rows", TERSE)
def test_terse_announced(page, kind, who, days, rows):
    with lexicon.trace() as fired:
        rec = extract_text(page).record.to_json_dict()
    assert rec["doc_type"] == "other" and len(rec["events"]) == 1
    ev = rec["events"][0]
    assert (ev["kind"], [(p["name"], p["country"]) for p in ev["principals"]], (ev["date"], ev["date_end"])) == (kind, who, days)
    assert rows <= fired


@pytest.mark.parametrize("page,talks,row", TWO)
def test_two_announced(page, talks, row):
    with lexicon.trace() as fired:
        rec = extract_text(page).record.to_json_dict()
    assert rec["doc_type"] == "other"
    assert [(e["kind"], [(p["name"], p["country"]) for p in e["principals"]]) for e in rec["events"]] == talks
    assert all(e["date"] == rec["events"][0]["date"] and e["date_end"] for e in rec["events"])
    assert row in fired and "talks.announced.suru_yotei" in fired


@pytest.mark.parametrize("page,doc_type,days,rows", CASES)
def test_announced(page, doc_type, days, rows):
    with lexicon.trace() as fired:
        rec = extract_text(page).record.to_json_dict()
    assert rec["doc_type"] == doc_type
    assert len(rec["events"]) == 1 and (rec["events"][0]["date"], rec["events"][0]["date_end"]) == days
    assert rows <= fired
    assert not {r for r in fired if r.startswith(("layout.coming.", "talks.stay."))} - rows
