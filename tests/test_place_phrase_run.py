"""meetings.PLACE_AT opens with a lookahead that reads the run of phrase characters from a start at once and
fails where no quoted name, note or cue ends it: the same matches, groups and spans as the pattern without it."""

import random
import re

from gaiko.extract import meetings

PLAIN = re.compile(meetings._PLACE_AT_BODY)
# the characters that make or break a place phrase: names, の, 内, quotes, a note, cues and what follows で
ALPHABET = list("東京パリホテル会場内のA.BX・1「」()、。にておいでできすはもあな大臣") + ["において", "にて", "で"]


def _found(rx: re.Pattern[str], text: str, pos: int, endpos: int):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text, pos, endpos)]


def test_the_place_phrase_lookahead_keeps_every_match():
    rng = random.Random(7)
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 40)))
        pos = rng.randrange(0, len(text) + 1)
        endpos = rng.randrange(pos, len(text) + 1)
        plain = _found(PLAIN, text, pos, endpos)
        assert _found(meetings.PLACE_AT, text, pos, endpos) == plain, (text, pos, endpos)
        matched += bool(plain)
    assert matched > 100  # (the strings hold many place phrases)


def test_place_phrases_of_my_own_are_found():
    for text, phrase in (("訪問中のパリにおいて会談", "訪問中のパリ"), ("東京(総理公邸)において", "東京"),
                         ("本館「ABC」で会談", "本館「ABC」"), ("ワシントンD.C.において", "ワシントンD.C."), ("同市内で", "同市")):
        m = meetings.PLACE_AT.search(text)
        assert m is not None and m.group("phrase") == phrase, text
    assert meetings.PLACE_AT.search("電話会談を行い、一致した。") is None
