"""Source and text stages: decoding, HTML to text, sentences by the project's rule."""

import json
from pathlib import Path

import pytest

from gaiko import source
from gaiko.errors import InputError
from gaiko.pipeline import extract_text
from gaiko.text import Doc, normalise

SAMPLE = "日露外相会談\n平成14年2月2日\n両大臣は、協力を進めることで一致した。"


@pytest.mark.parametrize("encoding", ["utf-8", "cp932", "euc_jp", "iso2022_jp", "utf-8-sig"])
def test_encodings_are_detected(encoding):
    src = source.decode(SAMPLE.encode(encoding), "x.txt")
    assert src.text == SAMPLE


def test_html_declared_charset_wins():
    html = '<html><head><meta charset="Shift_JIS"><title>外務省: 日韓</title></head><body><p>日韓首脳会談</p><p>本文。<br>二行目</p></body></html>'
    src = source.decode(html.encode("cp932"), "x.html")
    assert src.text == "日韓首脳会談\n本文。\n二行目\n"
    assert src.is_html and src.encoding == "cp932" and src.html_title == "外務省: 日韓"


@pytest.mark.parametrize("data,msg", [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02\x03" * 100, "binary")])
def test_unreadable_input(data, msg):
    with pytest.raises(InputError, match=msg):
        source.decode(data, "x.txt")


def test_devset_html_matches_its_plain_text(shared_dir):
    for page in sorted((shared_dir / "devset/docs").glob("*.html")):
        plain = (shared_dir / "devset/plain" / (page.stem + ".txt")).read_text(encoding="utf-8")
        assert source.decode(page.read_bytes(), page.name).text == plain, page.name


def test_normalised_text_keeps_length():
    text = "１２月１４日（金）　午後６時３０分〜約４５分間"
    assert len(normalise(text)) == len(text)
    assert normalise(text) == "12月14日(金) 午後6時30分~約45分間"


@pytest.mark.parametrize("text,norm", [
    ("工・ア・イワノフ外務大臣と", "エ・ア・イワノフ外務大臣と"),  # a look-alike kanji as a name's one-character part
    ("ニコライ・ぺトロフ", "ニコライ・ペトロフ"),  # hiragana inside a katakana word
    ("スーパ一ル・力ーン", "スーパール・カーン"),  # 一 for ー, 力 for カ between or after katakana
    ("日ロ二国間の第一回協議、一・二", "日ロ二国間の第一回協議、一・二"),  # kanji beside kanji stay
    ("ロシアへドローンを", "ロシアへドローンを"),  # the particle へ stays
])
def test_lookalike_kana_in_katakana_words(text, norm):
    assert normalise(text) == norm and len(normalise(text)) == len(text)


def test_lookalike_kana_name_is_found():
    # a name whose first part a scan gave as a kanji (工 for エ) still names the talk's counterpart, and its talk is found
    page = ("日ソ共同コミュニケ\n(86年5月31日,モスクワ)\n山田外務大臣は,5月29日から31日までソ連を公式訪問した。\n"
            "山田一郎日本国外務大臣は,エム・エス・ペトロフ・ソ連邦共産党中央委員会書記長と会見した。\n"
            "山田一郎日本国外務大臣と工・ア・イワノフ・ソ連邦共産党中央委員会政治局員兼外務大臣は定期協議としての会談を行った。\n")
    evs = extract_text(page).record.events
    assert [(e.kind, [p.name for p in e.principals][-1]) for e in evs] == [("other", "ペトロフ"), ("foreign_ministers", "工・ア・イワノフ")]


def test_sentences_follow_the_gold_rule(shared_dir):
    """Every outcome and plan span in the gold records is one sentence of the splitter."""
    pairs = [(g, shared_dir / "seeds" / (g.stem + ".txt")) for g in (shared_dir / "gold").glob("*.json")]
    for g in (shared_dir / "devset/gold").glob("*.json"):
        plain = shared_dir / "devset/plain" / (g.stem + ".txt")
        pairs.append((g, plain if plain.exists() else shared_dir / "devset/docs" / (g.stem + ".txt")))
    n = 0
    for gold, text_path in pairs:
        doc = Doc.from_text(text_path.read_text(encoding="utf-8"))
        spans = {(s.start, s.end) for s in doc.sentences}
        for ev in json.loads(gold.read_text(encoding="utf-8"))["events"]:
            for item in ev["outcomes"] + ev["planned"]:
                assert tuple(item["span"]) in spans, (gold.name, item["text"])
                n += 1
    assert n > 250


# fmt: off
SENTENCES = [
    ("(1)両首脳は一致した。また、確認した。", ["両首脳は一致した。", "また、確認した。"]),
    ("・両首脳は一致", ["両首脳は一致"]),                                        # a bullet line without 。
    ("ア　両首脳は、「対話を続ける。」との考えで一致した。", ["両首脳は、「対話を続ける。」との考えで一致した。"]),
    ("（イ）先方より要望があった。", ["先方より要望があった。"]),
    ("1 1月25日、会談した。", ["1月25日、会談した。"]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_sentences(text, expected):
    doc = Doc.from_text(text)
    assert [doc.text[s.start:s.end] for s in doc.sentences] == expected


# words_pattern must behave as the longest-first alternation it replaces, inside larger patterns too
WORD_LISTS = [("大臣", "大臣政務官", "外務大臣", "外相", "部長", "部長助理", "a.b", "a"), ("x",)]


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("guard", [False, True])
def test_words_pattern_is_the_longest_first_alternation(words, guard):
    import random
    import re

    from gaiko.text import words_pattern

    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    rnd = random.Random(3)
    pieces = list(words) + ["政務", "官", "助", "理", "外務", "x", "。", "a", "ab", "."]
    for wrap in ("(?:{})", "[一-龥a-z.]{{0,6}}?(?:{})(?:[一-龥]{{0,4}}?(?:{}))?"):
        want = re.compile(wrap.format(flat, flat))
        got = re.compile(wrap.format(words_pattern(words, guard), words_pattern(words, guard)))
        for _ in range(400):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
            assert [m.span() for m in got.finditer(s)] == [m.span() for m in want.finditer(s)], s


def test_first_character_lookaheads_change_no_match():
    """The patterns that open with a lookahead for their first characters (built from their word lists) match
    exactly as they do without it, on every sentence of the test documents and on hand-made ones."""
    import re

    from gaiko.extract import meetings, outcomes, plans

    guarded = [
        (meetings.ANCHOR_RE, meetings.TALK_START), (meetings.REFERENCE_RE, meetings.TALK_START),
        (meetings.TALK_NOUN_RE, meetings.TALK_START), (plans.PLAN_VERB, None), (outcomes.SUBJECT_RE, None),
    ]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((Path(__file__).parent / "data" / "docs").glob("*.txt"))]
    texts += ["第9回日中韓サミットを開催した。", "日EUサミットが行われた。", "首脳会談を行った。", "「2+2」を開催し、",
              "2+2会合を行った。", "表敬訪問を受けた。", "林外務大臣から、訪日を実施することで一致した。", "日本側は、"]
    sentences = [s for t in texts for s in re.split("(?<=。)|\n", normalise(t)) if s]
    # the cheap test before REFERENCE_RE passes every sentence the pattern matches
    refs = sentences + ["第9回日中韓サミットでは、三国協力を議論した。", "「2+2」では、", "表敬訪問の際、", "外相会談において、"]
    assert all(meetings.REFERENCE_TAIL.search(s) for s in refs if meetings.REFERENCE_RE.search(s))
    for rx, lookahead in guarded:
        lookahead = lookahead or rx.pattern[:rx.pattern.index("])") + 2]
        assert rx.pattern.startswith("(?=[") and rx.pattern.startswith(lookahead)
        bare = re.compile(rx.pattern[len(lookahead):])
        for s in sentences:
            assert [(m.span(), m.groups()) for m in rx.finditer(s)] == [(m.span(), m.groups()) for m in bare.finditer(s)], s
