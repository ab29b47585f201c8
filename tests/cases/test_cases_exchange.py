"""Cases of a talk the excerpt no longer names (meetings._exchange_talk, talks.exchange rows): a page cut after its
heading and lead still reports Japan's principal speaking (…総理より、…旨述べた) and the other side replying (これに対し
先方より、…旨発言): one talk held by the two, its kind by their ranks.

Every text here is invented in the ministry's style (names, dates and talks are made up).
"""

from __future__ import annotations

from gaiko.pipeline import extract_text

# cut before the heading: no talk noun on the page, the exchange tells the talk
CUT_SUMMIT = (
    "(1)二国間関係\n"
    "山田総理より、地域におけるラトビアの重要な役割並びにカリンシュ首相の指導力を評価し、協力を強化したい旨述べた。\n"
    "これに対し先方より、日本の支援に対する感謝の意が表されるとともに、両国の協力を一層進めていきたい旨発言があった。\n"
)
# a minister's words with no reply: a statement, no talk
NO_REPLY = "(1)二国間関係\n山田総理より、地域の平和と安定のため協力を強化したい旨述べた。\n"
# a reply, but Japan's side names no one who speaks: no talk is inferred
NO_SPEAKER = "(1)二国間関係\n日本の立場を説明した。これに対し先方より、理解する旨発言があった。カリンシュ首相の訪日が予定されている。\n"


# the other side named replying (これに対し、X大臣から、…), the excerpt opening inside a sentence (を求めた。): one talk;
# the cut sentence, whose actor is cut away, is no outcome (outcomes.cut_start.particle); the protest in the text is
NAMED_REPLY = ("を求めた。これに対し、ユルマズ大臣から、前向きに検討したい旨の発言があった。\n"
               "3 川上大臣から、トルコ国内での邦人拘束について遺憾の意を表明し、早期")


def case_texts() -> list[str]:
    return [CUT_SUMMIT, NO_REPLY, NO_SPEAKER, NAMED_REPLY]


def test_a_named_reply_gives_one_talk():
    rec = extract_text(NAMED_REPLY).record
    assert [e.rules.get("event") for e in rec.events] == ["talks.exchange.named_reply"]
    assert [(p.name, p.country) for p in rec.events[0].principals] == [("川上", "JP"), ("ユルマズ", "TR")]
    assert [(o.type, o.by) for o in rec.events[0].outcomes] == [("protest", "JP")]


def test_exchange_gives_one_talk():
    rec = extract_text(CUT_SUMMIT).record
    assert [(e.kind, e.rules.get("event")) for e in rec.events] == [("summit", "talks.exchange.senpo")]
    assert {(p.name, p.country) for p in rec.events[0].principals} == {("山田", "JP"), ("カリンシュ", "LV")}


def test_no_exchange_no_talk():
    assert extract_text(NO_REPLY).record.events == []
    assert extract_text(NO_SPEAKER).record.events == []
