"""meetings reads a range of a sentence once per page for every talk that asks (Doc.sentence_reads): each memo
answers as reading the range again on a fresh page, and is kept."""

from gaiko.extract import meetings, places
from gaiko.text import Doc

TEXT = ("日・X首脳会談\n令和5年4月3日\n"
        "4月3日、A内閣総理大臣は、訪問中のパリにおいて、Bフランス大統領と首脳会談を行い、その後、エリゼ宮に表敬した。"
        "続いて、A総理は、市内のホテルにて、C首相を大統領府に表敬し、D外相とも会談を行った。\n"
        "(4月4日、ロンドン)\n")


def _ends(doc: Doc):
    for s in doc.sentences:
        for end in range(s.start + 1, s.end + 1, 3):
            yield s, end


def test_a_place_phrase_read_once_answers_as_read_again():
    doc = Doc.from_text(TEXT)
    found = 0
    for s, end in _ends(doc):
        first = meetings._place_phrase(doc, s.start, end)
        call = meetings._venue_of_call(doc, s.start, end)
        assert ("place", s.start, end) in doc.sentence_reads and ("call", s.start, end) in doc.sentence_reads
        fresh = Doc.from_text(TEXT)
        assert first == meetings._place_phrase(fresh, s.start, end)
        again = meetings._venue_of_call(fresh, s.start, end)
        assert (call is None) == (again is None) and (call is None or call.span() == again.span())
        assert meetings._place_phrase(doc, s.start, end) is first and meetings._venue_of_call(doc, s.start, end) is call
        found += first is not None
    assert found  # (some range holds a place phrase)


def test_a_visit_city_read_once_sets_the_rules_as_visit_city():
    doc = Doc.from_text(TEXT)
    found = 0
    for s, end in _ends(doc):
        rules: dict[str, str] = {}
        hit = meetings._visit_city(doc, s.start, end, rules)
        expected: dict[str, str] = {}
        assert hit == places.visit_city(doc.norm, s.start, end, expected) and rules == expected
        again: dict[str, str] = {}
        assert meetings._visit_city(doc, s.start, end, again) is hit and again == expected
        found += hit is not None
    assert found


def test_the_dateline_city_is_read_once_per_page():
    doc = Doc.from_text("日・X外相会談\n(3月21日、ソウル)\n3月21日、A外務大臣は、B外相と会談を行った。\n")
    assert meetings._dateline_city(doc) == "ソウル"
    assert meetings._dateline_city(doc) is doc.sentence_reads[("dateline",)]
    assert meetings._dateline_city(Doc.from_text("(3月21日、ソウル)\n")) is None  # (no heading naming a talk above it)


LISTED = ("日・X首脳会談\n令和5年4月3日\n1 A内閣総理大臣は、B大統領に加え、C外務大臣及びD議長等とも会談を行った。\n"
          "2 A総理は、E首相と会談した。また、F大統領に加え、G国防大臣とも意見交換を行った。\n")


def test_the_lists_of_officials_met_besides_are_read_once_per_page():
    doc = Doc.from_text(LISTED)
    sents = doc.sentences
    found = meetings._also_met_lists(doc, sents)
    expected = [(i, meetings.ALSO_MET_RE.search(doc.norm, s.start, s.end)) for i, s in enumerate(sents)]
    assert [(i, m.span()) for i, m in found] == [(i, m.span()) for i, m in expected if m is not None]
    assert len(found) == 2 and meetings._also_met_lists(doc, sents) is found


def test_a_sentence_is_a_heading_where_nearest_headings_names_it():
    doc = Doc.from_text("日・X外相会談\n1 会談の概要\n4月3日、A外務大臣は会談を行った。\n(B外相)\n両外相は一致した。\n")
    heads = meetings.nearest_headings(doc, doc.sentences)
    assert [heads[i] == i for i in range(len(doc.sentences))] == [meetings.is_heading(doc, s) for s in doc.sentences]
    assert any(heads[i] == i for i in range(len(doc.sentences)))
