"""Sides: the words by which a page names who acted — Japan, the other side, or both together.

``value`` is ``JP``, ``counterpart`` (the talk's other side, whoever it is), ``both``, or ``speaker``
(the side of whoever is speaking: 私 in a press conference). Groups:

    both        both sides as one subject (両首脳は…一致した)
    jp          Japan's side (日本側, 当方, 我が国)
    counterpart the other side (先方)
    speaker     the speaker's own side

Every row is a subject word of the outcomes stage (…両首脳は…で一致した; 先方から…を求めた): a label
that marks a side before names (日本側: 山田大臣) belongs in a table of its own.
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

SIDES = Table("sides", (
    Row("sides.both.leaders", "両首脳", "both", "the two leaders: 両首脳は…で一致した"),
    Row("sides.both.ministers", "両大臣", "both", "the two ministers"),
    Row("sides.both.foreign_ministers", "両外相", "both", "the two foreign ministers"),
    Row("sides.both.cabinet", "両閣僚", "both", "the two cabinet members"),
    Row("sides.both.ministers_all", "閣僚", "both", "the ministers (of a 2+2): 閣僚は…確認した"),
    Row("sides.both.each", "双方", "both", "both sides"),
    Row("sides.both.two", "両者", "both", "the two"),
    Row("sides.both.countries", "両国", "both", "the two countries"),
    Row("sides.both.jp_ru", "日露双方", "both", "Japan and Russia both (a pair named with 双方)"),
    Row("sides.both.we_all", "私たち", "both", "we (a joint statement's speaker for both)"),
    Row("sides.both.we_humble", "私ども", "both", "we (humble)"),
    Row("sides.both.we", "我々", "both", "we"),
    Row("sides.speaker.i", "私", "speaker", "I: the speaker's side (press conference, joint statement)"),
    Row("sides.jp.toho", "当方", "JP", "our side, in a record written by Japan"),
    Row("sides.counterpart.senpo", "先方", "counterpart", "the other side"),
    Row("sides.jp.wagahou", "我が方", "JP", "our side"),
    Row("sides.jp.wagahou_kana", "わが方", "JP", "our side (kana)"),
    Row("sides.jp.wagakuni", "我が国", "JP", "our country"),
    Row("sides.jp.wagakuni_kana", "わが国", "JP", "our country (kana)"),
    Row("sides.jp.nihongawa", "日本側", "JP", "the Japanese side"),
    Row("sides.jp.nihon", "日本", "JP", "Japan as subject"),
), note="subject words: a subject pattern tries them longest first (私たち before 私, 日本側 before 日本)")


def words(value: str) -> tuple[str, ...]:
    """The words of one side value, in row order."""
    return tuple(r.pattern for r in SIDES.where(value=value))


def side_of(word: str) -> Row | None:
    return SIDES.which(word)
