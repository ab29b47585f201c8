"""Plans stage: follow-up talks, visits and acts the record reports as agreed, decided or scheduled.

A plan needs (1) a thing that happens at a time — a talk, a visit (訪日, 訪露), a port call, a
mission, a commemorative event (``PLAN_NOUNS``) — (2) a verb that sets it up (開催する, 行う, 訪問する,
寄港する …) and (3) a decision word (ことで一致, 合意, 予定, 調整していく, 受諾); or it is mentioned as
coming in a modifier (本年中に予定されている…の来日). Open-ended commitments (協力していく, 作業を加速) and
multilateral gatherings mentioned as such (G20首脳会合) are not plans; a bilateral talk set at one
(APEC首脳会議の機会に…首脳会談を行う) is. Dates resolve against the talk's date at the precision written
(3月中旬 -> 2002-03 mid_month).

The words are rows of gaiko/extract/lexicon/plans.py. Each plan (``PlanDraft``) keeps the id of the row that
decided it (``rule``: the decision word, the modifier that announced it, else its plan noun); a filter row
that drops a candidate fires (``lexicon.trace()``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from gaiko.extract import dates, lexicon, meetings, places
from gaiko.extract.drafts import PlanDraft
from gaiko.extract.lexicon import Row, talks
from gaiko.extract.lexicon import plans as lex
from gaiko.extract.lexicon.outcomes import CUES
from gaiko.extract.matching import fired, flat, guarded, holds_word, literal_words, named, required_words, row_at, skip_ahead, ungrouped
from gaiko.text import Doc

# --- the thing, the verb, the decision (rows of gaiko/extract/lexicon/plans.py) ----------------------
VISIT = lex.VISIT  # a visit word: 訪日, 訪露 …, 来日
VISIT_OR_HOUMON = "(?:" + VISIT + "|" + lex.NOUNS["plans.noun.houmon"].source + ")"  # …の訪日 / …のベトナム訪問
VISITED = frozenset(r.value for r in lex.VISITS if r.value)  # the countries the visit words name
# the things a plan sets up: talks, gatherings, missions, acts between the sides, the visit words
PLAN_NOUNS = "(?:" + flat(lex.NOUNS) + "|" + VISIT + ")"
PLAN_NOUN_RE = guarded(re.compile(PLAN_NOUNS))
_PLAN_PARTICLES = "をがに"
PLAN_VERB = skip_ahead(re.compile(
    # a lookahead for the characters a match can start with (the particle may be absent), tested first
    "(?=[" + "".join(sorted(set(_PLAN_PARTICLES) | lex.VERBS.first_chars() | lex.VISITS.first_chars() | lex.SURU_NOUNS.first_chars())) + "])"
    r"(?P<verb>[" + _PLAN_PARTICLES + "]?(?P<v>" + flat(lex.VERBS) + "|" + VISIT + "|" + lex.SURU_NOUNS.alternation() + "(?=す|し))"
    r"(?:する|し|させる|される|すること|させること|を行う|すべく|に向け)?)"
))
VERB_ROWS = {r.pattern: r for t in (lex.VERBS, lex.VISITS, lex.SURU_NOUNS) for r in t}  # the row of PLAN_VERB's group v
THEN_VERB = re.compile(lex.VERBS.alternation(lex.VERBS.where(value="then")))  # …を行い、 / …を開き、 (before another clause)
# the clause after a planned act that says what it will take up (…を開催し、経済協力について協議していく)
CONTENT_AFTER = re.compile(r"[、,][^、,。]{0,40}?" + named(lex.CONTENT) + r"[^、,。]*")
SURU_NOUNS = lex.SURU_NOUNS.words()
BARE_TALK_VERBS = lex.SURU_NOUNS.where(value="bare_talk")
SCHEDULED_ONLY = ("plans.decision.yotei",)  # the decision rows that only schedule (…予定である, …予定となった)
VISIT_AS_VERB = re.compile("[" + _PLAN_PARTICLES + "]?" + VISIT + "(?:し|する)")  # …が訪日し、
SUBJECT_ACT = re.compile(lex.VERBS.alternation(lex.VERBS.where(value="subject")))  # 同艦が…寄港する -> 同艦の寄港
# a verb of holding or going: a plan even in an open-ended sentence
HOLDING = re.compile(flat(lex.VERBS, lex.VERBS.where(group="hold")) + "|" + VISIT)
DECISION = guarded(re.compile(lex.DECISIONS.alternation()))  # regex rows: in row order
LEAD_DECISION = skip_ahead(re.compile(lex.LEAD.alternation()))
JOINT_ITEM = lex.JOINT_ITEMS["plans.joint.numbered_item"]
LISTED_ITEM = skip_ahead(re.compile(lex.LISTED.alternation()))  # (イ)…を開催すること。: an item listed under a lead sentence
WELCOMED_VISIT = skip_ahead(re.compile(lex.WELCOMED_WISH.alternation()))
OPEN_ENDED = skip_ahead(re.compile("(?:" + named(lex.OPEN_ENDED) + "(?:して|させて)?|" + named(lex.OPEN_ENDED_VERBS, name="v") + ")"
                                   r"(?:いく|いきたい)(?:ことで|ことを|ことに)"))
GATHERING_ONLY = skip_ahead(re.compile(named(lex.GATHERINGS) + "$"
                                       # a gathering named as multilateral (国連…会議, 世界…フォーラム, 国際…会合)
                                       + "|" + named(lex.MULTILATERAL, name="m") + "[^、,。]*"
                                       + named(lex.GATHERING_HEADS, lex.GATHERING_HEADS.where(value="multilateral"), name="h") + "$"))
# 引き続き協議を行っていく: a talk held on and on, not a plan (the いく after the plan's verb)
# (the talk words that take する, 協議していく, held on and on as …協議を行っていく)
CONTINUED = re.compile(named(lex.CONTINUING) + r"[^。]{0,30}?(?:行って|実施して|開催して|"
                       + lex.SURU_NOUNS.alternation() + r"して)いく(?:ことで|ことを|ことに|ことが)")
# …協議を首脳会談前に実施する: the noun before 前に is the plan's time, not its thing
TIME_OF_AFTER = re.compile("の?" + named(lex.TIME_OF))
# …対話を立ち上げ、その第1回会合を: the meeting of the thing named just before
THAT_BEFORE = re.compile(named(lex.THAT) + "$")
# a sentence pointing back to a plan told before (その会合, 同協議, この対話): the same plan told again
THAT_OR_THIS = re.compile("(?:" + lex.THAT.alternation(lex.THAT.where(group="that")) + "|"
                          + lex.THIS.alternation(lex.THIS.where(group="this") + lex.THIS.where(group="this_same")) + ")"
                          + "[^、,。]{0,8}?" + PLAN_NOUNS)
FIRST_MEETING = re.compile(named(lex.FIRST_MEETING))
# 2021年を「日越交流年」とする: a year named an exchange year
OPEN_EXCHANGE = re.compile(named(lex.OPEN_EXCHANGES))  # 首脳間の相互訪問 (…を活発化させていく)
YEAR_CONTENT_END = re.compile(named(lex.YEAR_CONTENT) + "$")
NAMED_YEAR = re.compile("(?P<n>" + lex.NOUNS["plans.noun.exchange_year"].source + ")" + named(lex.NAMING))
# 日越外務・防衛閣僚会合, 日中韓首脳会議: a gathering named after the sides (日X + a rank, the talks lexicon's prefixes) is a
# talk between them
_RANKS = [talks.PREFIXES[i] for i in ("talks.prefix.gaimu_boei", "talks.prefix.shuno", "talks.prefix.gaisho", "talks.prefix.kakuryo")]
# (or after a framework's name in quotes that opens with the sides: 「日・サウジ・ビジョン2030」閣僚会合)
SIDES_GATHERING = re.compile("(?:" + talks.PREFIXES["talks.prefix.nth"].source + ")?(?:日(?:・[ァ-ヴー]{2,12}?|・?(?!本)[一-龥A-Z]{1,6}?)"
                             + "|「日・?(?!本)[^「」、,。]{1,24}」)" + talks.PREFIXES.alternation(_RANKS))
# the foreign and defence ministers' meeting written out (外務・防衛閣僚会合) is the sides' own 2+2, never a gathering
TWO_PLUS_TWO_NAME = re.compile(talks.PREFIXES["talks.prefix.gaimu_boei"].source)
# a talk named only by its rank (首脳会談, 次官級協議): the talk words and rank prefixes of the talks lexicon
_RANK_PREFIXES = [r for r in talks.PREFIXES if r.id not in ("talks.prefix.pair", "talks.prefix.nth")]
BARE_TALK = re.compile(talks.PREFIXES.alternation(_RANK_PREFIXES) + "*" + talks.NOUNS.alternation(talks.NOUNS.where(group="word")))
# …を立ち上げるべく努力していく: the act aimed at is the plan, whatever the effort
PREMISE_AFTER = re.compile(named(lex.PREMISE))
# 次回の首脳会談は、来年ハノイで開催される: the topic of the clause, one comma after it, and one more after a short time
# or place phrase (次回協議は、来年、東京で開催する)
TOPIC_THEN_CLAUSE = re.compile(r"は[、,]?(?:[^、,。]{1,6}[、,])?[^、,。]*")
# …の訪日は、延期されることとなった: called off, after the verb and before the decision
CALLED_OFF = re.compile(named(lex.CALLED_OFF))
# …サミットに合わせて行われる: the noun before is the occasion of the verb
OCCASION_THEN_VERB = re.compile("の?" + named(lex.OCCASIONS) + "(?:に|で)?(?:て)?")
GOAL_AFTER = re.compile("(?:る|す)?" + named(lex.GOAL))
# …協議の提案を歓迎: a talk proposed and welcomed; …首脳会談の成功に向け: a talk coming
_NOUN_ACT = "(?P<n>" + PLAN_NOUNS + ")(?:の(?:開催|実施|立ち上げ|開始|創設|設置))?"
PROPOSAL = re.compile(_NOUN_ACT + named(lex.PROPOSED))
SUCCESS_OF = re.compile(_NOUN_ACT + named(lex.SUCCESS))
PREPARED_FOR = re.compile(_NOUN_ACT + named(lex.PREPARING))
EXCHANGE_YEAR = re.compile(lex.NOUNS["plans.noun.exchange_year"].source)
MASU_END = re.compile(r"ます。?$")
DONE_AFTER = re.compile(r"[^、,。]{0,20}?(?:された|した)こと")
NEXT_PLACE = re.compile(r"次(?:回)?は(?P<p>[ァ-ヴー一-龥]{2,10}?)で(?:開催|行)")  # 次はモスクワで開催する予定
# talk words (the kinds of talk are another family's: as today)
TALK_WHAT = re.compile(r"会談|会合|協議|対話")
TALK_OR_2PLUS2 = re.compile(r"会談|会合|協議|対話|2\+2")
TALK_WORD = re.compile(r"会談")
VISIT_OR_HOUMON_RE = re.compile(VISIT_OR_HOUMON)
SIDES_SUMMIT = re.compile(meetings.SIDES_SUMMIT)  # 第10回日中韓サミット: a talk of the sides themselves


def _gathering_only(what: str) -> bool:
    """A multilateral gathering mentioned as such (G20首脳会合, 国連…会議): fires its row."""
    return _fire_gathering(GATHERING_ONLY.search(what))


def _fire_gathering(m: re.Match | None) -> bool:
    if m is None:
        return False
    if m.group("w"):
        lexicon.fire(lex.GATHERINGS.which(m.group("w")))
    else:
        lexicon.fire(lex.MULTILATERAL.which(m.group("m")))
        lexicon.fire(lex.GATHERING_HEADS.which(m.group("h")))
    return True


HEAD_WORD = re.compile(r"総理|首相|大統領|国家主席|主席|国王")
FM_WORD = re.compile(r"外相|外務大臣")
# the characters of a plan's name, and the ones a date ends with (3月の…: not inside the name)
PHRASE_CHARS = r"[ァ-ヴー一-龥A-Za-z0-9「」()・+ー]"
PHRASE_CHAR = re.compile(PHRASE_CHARS)
DATE_CHAR = re.compile(r"[月年日頃旬]")
# a date (a season, 3年, 5月, 10日, 上旬…) or a time word before a plan's name, with its の: not part of the name
DATES_BEFORE = r"[今来明][春夏秋冬]|[0-9]+年|[0-9]+月|[0-9]+日|上旬|中旬|下旬"
WHAT_TIME_PREFIX = re.compile("(?:" + named(lex.TIME_WORDS, [r for r in lex.TIME_WORDS if r.value in ("what", "both")])
                              + "|" + DATES_BEFORE + ")の?")
PLACE_TIME_WORDS = tuple(r for r in lex.TIME_WORDS if r.value in ("place", "both"))  # in row order
# a date before a place word (5月中にハノイで): not part of it
PLACE_DATE_PREFIX = re.compile(r"^(?:(?:[0-9〇一二三四五六七八九十]{1,4}(?:月|日|年)(?:中|頃)?|上旬|中旬|下旬)+(?:に)?)")
# ハノイで, 函館に寄港, …大臣のロシア訪問 (not における: シリアにおける…協議 names a topic)
PLACE_AT = skip_ahead(re.compile(r"(?P<p>[ァ-ヴー一-龥]{2,12}?)(?:で|において|にて|を訪問|に寄港|訪問)"))


def _plan_kind(what: str) -> str:
    if re.search(r"2\+2|外務・防衛", what):
        return "two_plus_two"
    if re.search(r"閣僚級戦略対話|外相戦略対話|外相", what):
        return "foreign_ministers"
    if "首脳" in what or re.fullmatch(meetings.SIDES_SUMMIT, what) or (re.search(VISIT + r"|訪問|会談", what) and HEAD_WORD.search(what)):
        return "summit"
    if re.search(VISIT + r"|訪問", what) and FM_WORD.search(what):
        return "foreign_ministers"
    by_noun = meetings.kind_of_noun(what)  # the talk words of lexicon/talks.py (防衛相会談, 次官級協議 …)
    if by_noun and by_noun not in ("other", "other_ministerial"):
        return by_noun
    if re.search(r"防衛相|防衛大臣|国防相", what):
        return "defense_ministers"
    if re.search(r"閣僚", what):
        return "other_ministerial"
    if what.endswith(lex.NOUNS["plans.noun.entaku_kaigi"].pattern):
        return "other"  # 官民の円卓会議: a round table of officials and business, not consultations
    if re.search(r"協議|対話|委員会|作業部会|会合|会議|次官|局長", what):
        return "vice_ministerial"
    return "other"


def _what(norm: str, s_start: int, noun_start: int, noun_end: int) -> tuple[str, int]:
    """The noun phrase ending at the plan noun: 日中高級事務レベル海洋協議の次回会合."""
    i = noun_start
    while i > s_start:
        c = norm[i - 1]
        if PHRASE_CHAR.match(c):
            i -= 1
            continue
        conn = next((r for r in lex.CONNECTORS if norm.endswith(r.pattern, s_start, i)), None)
        if conn and i - len(conn.pattern) - 1 >= s_start and PHRASE_CHAR.match(norm[i - len(conn.pattern) - 1]):
            lexicon.fire(conn)
            i -= len(conn.pattern)
            continue
        if c == "の" and i - 2 >= s_start and PHRASE_CHAR.match(norm[i - 2]) and not DATE_CHAR.match(norm[i - 2]):
            i -= 1
            continue
        break
    # drop leading date words and counters (each with an optional の)
    while m := WHAT_TIME_PREFIX.match(norm, i, noun_end):
        if m.group("w"):
            lexicon.fire(lex.TIME_WORDS.which(m.group("w")))
        i = m.end()
    return norm[i:noun_end], i


_VISITOR_TITLES = ("総理大臣", "総理", "首相", "大統領", "国家主席", "主席", "外務大臣", "外相", "国防大臣", "国防相", "防衛大臣", "防衛相",
                   "大臣", "長官", "幕僚長", "首長", "国王")
_VISITOR = r"(?P<p>[ァ-ヴー一-龥・]{1,16}?(?:" + "|".join(_VISITOR_TITLES) + "))"
# X が…訪韓する, X の国賓訪日: the visitor before the verb
VISITOR_BEFORE = skip_ahead(re.compile(_VISITOR + r"(?:が|は|も|を|に対し[、,]?|の(?:[^、,。をがは]{1,6}?の)?(?:国賓|公式|公式実務|実務)?(?=訪|来日))"))
# Xから、…訪日したい: the speaker wishing to visit
SPEAKER_BEFORE = re.compile(_VISITOR + r"(?:から|より)(?:は)?[、,]")
SPEAKER_VISIT = re.compile(named(lex.SPEAKER_VISIT))  # Xから、…訪日する予定である旨: the speaker's visit
# …訪日したいという X の意向: the visitor after it
VISITOR_AFTER = re.compile(r"(?:という|との)" + _VISITOR + "の"
                           + named(lex.INTENTS, [r for r in lex.INTENTS if r.value in ("visitor", "both")]))
# Xを(来年)日本に招待し、…これを受諾: the invited person's visit to that country
_INVITE_ROWS = [r for r in CUES if r.id.startswith("outcomes.invite.")]
INVITED_TO = skip_ahead(re.compile(_VISITOR + r"を[^、,。]{0,10}?(?P<c>[ァ-ヴー一-龥]{2,8}?)に" + named(CUES, _INVITE_ROWS, "i")))
# one stands in every INVITED_TO match (the words its invitation rows require): the cheap test before it
INVITE_WORDS = required_words(re.compile(CUES.alternation(_INVITE_ROWS)))
_SUBJECT = r"(?P<s>(?:[ァ-ヴー一-龥・]|「[^「」、,。]{1,12}」){1,20}?)"  # (a ship's name in quotes: 護衛艦「いずも」)
SUBJECT_BEFORE = re.compile(_SUBJECT + "が")
SUBJECT_OR_TOPIC = re.compile(_SUBJECT + "(?:が|は)")


def _visit_what(text: str, verb_m: re.Match) -> str | None:
    """X が…訪韓する -> X の訪韓; …訪日したいというX の意向 -> X の訪日 (text is the sentence)."""
    v = lex.VISITS.which(verb_m.group("v"))
    if v is None:
        return None
    pm = None
    for pm in VISITOR_BEFORE.finditer(text, 0, verb_m.start() + 1):
        pass  # the last one
    if pm is None:
        pm = VISITOR_AFTER.search(text, verb_m.end())
        if pm:
            lexicon.fire(lex.INTENTS.which(pm.group("w")))
    if pm is None and (text.startswith("たい", verb_m.end()) or fired(lex.SPEAKER_VISIT, SPEAKER_VISIT.match(text, verb_m.end()))):
        for pm in SPEAKER_BEFORE.finditer(text, 0, verb_m.start()):
            pass  # the last speaker before a wish to visit
    if pm:
        lexicon.fire(v)
        return f"{pm.group('p')}の{v.pattern}"
    return None


def _visitor_of_place(text: str, verb_m: re.Match) -> str | None:
    """X総理がベトナムを訪問する -> X総理のベトナム訪問: a visit named by its visitor and the place visited."""
    if VERB_ROWS.get(verb_m.group("v")) is not lex.VERBS["plans.hold.houmon"] or not verb_m.group("verb").startswith("を"):
        return None
    pm = None
    for pm in VISITOR_BEFORE.finditer(text, 0, verb_m.start()):
        pass  # the last one
    if pm is None or pm.group(0)[-1] not in "がは":
        return None
    place = _without_leading_date(text[pm.end():verb_m.start()])  # X総理が本年夏頃にギリシャを訪問する: the time first
    for pre in PLACE_TIME_WORDS:
        place = place.removeprefix(pre.pattern)
    place = PLACE_DATE_PREFIX.sub("", place).lstrip("、,")
    if not re.fullmatch(r"[ァ-ヴー一-龥・]{2,12}", place):
        return None
    return f"{pm.group('p')}の{place}訪問"


def _without_leading_date(text: str) -> str:
    """text without the date it opens with and its particle (本年夏頃にギリシャ -> ギリシャ, 年内にギリシャ -> ギリシャ)."""
    first = next(iter(dates.find_dates(text)), None) if text else None
    if first is None or first.start != 0:
        return text
    rest = text[first.end:]
    return rest.removeprefix("にも").removeprefix("に").lstrip("、,") or text


def _subject_what(text: str, verb_m: re.Match) -> str | None:
    """同艦が…東京に寄港する -> 同艦の寄港: a port call or dispatch named by its subject (a port call's also with は:
    練習艦隊は…寄港する)."""
    v = SUBJECT_ACT.fullmatch(verb_m.group("v"))
    if not v:
        return None
    subj = None
    rx = SUBJECT_OR_TOPIC if VERB_ROWS.get(v.group(0)) is lex.VERBS["plans.hold.kikou"] else SUBJECT_BEFORE
    for subj in rx.finditer(text, 0, verb_m.start()):
        pass  # the last one
    return f"{subj.group('s')}の{v.group(0)}" if subj else None


def _place(doc: Doc, text: str, offset: int) -> str | None:
    gm = places.GATHERING.search(text)
    if gm and not SIDES_SUMMIT.search(gm.group("occ")):  # (日中韓サミット names the sides, not a city)
        c = places.city_from_occasion(gm.group("occ"))
        if c:
            return c
    for m in PLACE_AT.finditer(text):
        p = PLACE_DATE_PREFIX.sub("", m.group("p"))
        for pre in PLACE_TIME_WORDS:
            if p.startswith(pre.pattern):
                lexicon.fire(pre)
                p = p[len(pre.pattern):]
        p = p.removeprefix("に")
        if not p:
            continue
        if p in places.CITIES:
            return p
        if places.is_country(p):
            # ベトナムで選出される…首相の訪日: a country named on the way is not the place of a visit to another
            visited = next((r.value for r in lex.VISITS if r.value and r.pattern in text[m.end():]), None)
            return visited or p
        toks = doc.tokens(offset + m.start("p") + (len(m.group("p")) - len(p)), offset + m.end("p"))
        if toks and all(t.is_place for t in toks):
            return p
    for r in lex.VISITS:
        if r.value and r.pattern in text:
            lexicon.fire(r)
            return r.value
    # a gazetteer city named with word edges (not 京 inside 東京都内), the one whose first mention comes last
    first: dict[str, int] = {}
    for name, st, _ in places.find_cities(text):
        if not places.is_country(name):
            first.setdefault(name, st)
    if first:
        return max((st, name) for name, st in first.items())[1]
    return None


# a plan mentioned as coming, in a modifier before its noun: 本年中に予定されている…の来日, 来年5月にあり得べき…の訪露,
# 11月10日に…開催となる「…対話」 (the ones of group ``dated``, that only say 開催される/行われる, need a date before them)
ANNOUNCED = re.compile(named(lex.ANNOUNCED, name="mod"))
DATED_ONLY = frozenset(r.pattern for r in lex.ANNOUNCED.where(group="dated"))
# gathering words that, mentioned as coming with only a date (6月に開催される…会議), are multilateral gatherings
_GATHERING_HEADS = lex.GATHERING_HEADS.words()
_MEETING_HEADS = tuple(r.pattern for r in lex.GATHERING_HEADS.where(value="multilateral"))  # 会議, 会合 …: a meeting
# unspecified things (様々な行事): not a plan
UNSPECIFIED = re.compile(named(lex.UNSPECIFIED))
UNSPECIFIED_BEFORE = re.compile(named(lex.UNSPECIFIED) + "$")
# the excerpt cut inside the plan's noun (…あり得べき首脳会): the phrase ends in the first characters of a plan noun
_NOUN_HEADS = sorted({w[:k] for w in lex.NOUNS.words() if len(w) >= 2 and PHRASE_CHAR.fullmatch(w[0]) for k in range(1, len(w))},
                     key=lambda x: (-len(x), x))
CUT_NOUN = re.compile(PHRASE_CHARS + "{0,30}?(?:" + "|".join(map(re.escape, _NOUN_HEADS)) + r")\s*$")
ANNOUNCED_NOUN = re.compile(r"[^、,。をがはにで]{0,40}?" + PLAN_NOUNS + r"(?![ァ-ヴー一-龥])")
# after a visit or talk word: it is the one under way or one already held (…訪問を嬉しく思う, …訪日の成果, …を契機に)
HELD_AFTER = re.compile(named(lex.HELD_AFTER))
# a talk or visit named as past (先般の…対話, 前回の…会合): held, not planned
PAST_PREFIX = re.compile(named(lex.PAST) + "の?")
# a verb of purpose (…協議を行うため、…を訪問し): the act that follows is the plan, not this
PURPOSE_AFTER = re.compile(named(lex.PURPOSE) + "(?:に)?[、,]")
# an act asked of someone (交渉の開始を加盟国に求める): a request, not a plan
ASKED_AFTER = re.compile("を[^、,。]{0,20}?に" + named(CUES, lex.ASKED))
# a talk named after a relative future date (来月の…委員会では): mentioned as coming
DATED_MENTION = re.compile(named(lex.FUTURE_REL) + r"の(?P<n>[^、,。をがはにで]{1,30}?(?:会談|協議|対話|委員会|作業部会|2\+2))(?=では|で|に向け|には|の成功|を)")
# a clause tied to the plan before it in time (時期を合わせて…も訪日し): the same month
SAME_TIME = re.compile(named(lex.SAME_TIME))
# 8月又は9月に, 1月から2月: a plan dated by the first month, ending in the second
MONTH_OR = re.compile(r"\s*" + named(lex.MONTH_OR) + r"\s*$")
# the last sentence of an excerpt cut before its verb keeps a plan when it says what and when (…訪日を実現す)
CUT_TAIL = 12  # at most this many characters after the verb
# an enumeration under a generic head: 観光ツアーや、専門家の往来などのパイロット・プロジェクト -> the items
GENERIC_HEADS = lex.GENERIC_HEADS.words()
LISTED_UNDER_HEAD = re.compile(r"(?P<items>[^、,。]+?(?:や[、,]?[^、,。]+?)+)(?:など|等)の[ァ-ヴー一-龥・]*$")
LISTED_SEP = re.compile(r"や[、,]?")
AND_WORDS = re.compile(lex.CONNECTORS.alternation(lex.CONNECTORS.where(value="and")))  # A作業部会及びB作業部会: two plans


# …首脳会談をはじめとする政治対話: the named talk is the plan, the group word is not
FIRST_OF_GROUP = re.compile(r"(?P<x>[ァ-ヴー一-龥A-Za-z0-9・]{0,12}" + PLAN_NOUNS + r")を(?:はじめ|始め)と(?:する|した)")
FIRST_WORDS = required_words(FIRST_OF_GROUP)  # (はじめ, 始め: one stands in every match, the cheap test before it)
# a named talk looked forward to (…首脳会談を総理も楽しみにしており, …との会談を注目しており), or still to come
# (…首脳会談の前という重要なタイミング, …首脳会談を前に): mentioned as coming
ANTICIPATED = re.compile(r"(?P<n>会談|" + VISIT_OR_HOUMON + r")(?:(?:を|も)[^、,。]{0,8}?" + named(lex.ANTICIPATION) + r"(?!にしていた)|"
                         + named(lex.BEFORE, name="b") + ")")
ANTICIPATED_WORDS = literal_words(lex.ANTICIPATION.rows + lex.BEFORE.rows)  # one stands in every ANTICIPATED match
CLAUSE_END = re.compile(named(lex.CLAUSE_END) + "[、,]")
RANK_BEFORE = skip_ahead(re.compile(r"(?P<r>[一-龥]{1,4}級)で"))
# the date of another talk named before the plan's noun (…の電話会談に引き続き…訪日する予定), unless the plan is held
# at that one (OCCASIONS: …首脳会議の際の…会談)
_OTHER_NOUN = "(?:の|に" + lex.ANNOUNCED.alternation(lex.ANNOUNCED.where(group="announced")) + ")[^、,。]{0,15}?" + PLAN_NOUNS
OTHER_NOUN_DATE = re.compile(_OTHER_NOUN + r"(?![^、,。]{0,12}?の?" + lex.OCCASIONS.alternation() + ")")
AT_OCCASION = re.compile(_OTHER_NOUN + r"[^、,。]{0,12}?の?" + named(lex.OCCASIONS))
COORDINATOR = re.compile("」?" + named(lex.COORDINATORS, tuple(lex.COORDINATORS) + lex.CONNECTORS.where(value="and")))
# 年内の可能な限り早い時期に: the vague date qualifies the firm one before it, which stands
FIRM_OF_VAGUE = re.compile(r"の[^、。,]{0,12}")
COUNTER_AFTER = re.compile(r"^(?:年|周年|回)")  # 2年, 10周年, 3回: a count, not a date


def _date_for(doc: Doc, norm: str, lo: int, hi: int, after: int, ref, noun_at: int | None = None, today: bool = False):
    """The plan date of the clause norm[lo:hi]: the firm date nearest before ``hi`` (else a vague one, else the
    first just after); a month pair (8月又は9月) gives its first month and ends in the second."""
    all_ds = [d for d in dates.find_dates(norm, lo, after)
              if not (d.day is None and d.month is None and d.rel_year is None and d.year is None and not d.vague
                      and d.rel_month is None and d.season is None and d.rel_day is None)]
    all_ds = [d for d in all_ds if not COUNTER_AFTER.match(norm[d.end:d.end + 2])
              and not (d.rel_day is not None and d.day is None and (d.rel_day < 0 or (d.rel_day == 0 and not today)))]
    if noun_at is not None:
        # 昨年11月の電話会談に引き続き…訪日する予定: a date of another talk named before the plan's noun
        # (2018年の「A年」・「B年」の実施: nouns joined by a coordinator share the date)
        all_ds = [d for d in all_ds if not _of_other_noun(norm, d.end, noun_at)]
        # …2000年までに締結するよう…再確認されるとともに、…委員会を設置: a date of the clause ended before the plan's
        all_ds = [d for d in all_ds if not (d.end < noun_at and fired(lex.CLAUSE_END, CLAUSE_END.search(norm, d.end, noun_at)))]
    ds = [d for d in all_ds if d.start < hi]
    firm = [d for d in ds if not d.vague]
    d = firm[-1] if firm else ds[-1] if ds else (all_ds[0] if all_ds else None)
    if firm and ds[-1].vague and ds[-1].start > firm[-1].end + 3 and not FIRM_OF_VAGUE.fullmatch(norm, firm[-1].end, ds[-1].start):
        # 来年以降も…ことで一致し、早期に次官級で協議する: a vague date nearer the verb, apart from the firm one, is the plan's
        d = ds[-1]
    if d is None:
        return None, dates.Resolved(None, None)
    res = dates.resolve_plan_date(d, ref)
    k = all_ds.index(d)
    if k > 0 and d.month is not None and d.day is None and all_ds[k - 1].month is not None and all_ds[k - 1].day is None \
            and fired(lex.MONTH_OR, MONTH_OR.search(norm[all_ds[k - 1].end:d.start])):
        first = dates.resolve_plan_date(all_ds[k - 1], ref)
        if first.date and res.date:
            return all_ds[k - 1], dates.Resolved(first.date, first.precision, res.date)
    return d, res


def _of_other_noun(norm: str, date_end: int, noun_at: int) -> bool:
    """The date just before ``noun_at`` names another plan noun first (昨年11月の電話会談に引き続き…): not the plan's
    date, unless that noun and the plan's are joined by a coordinator (2018年の「A年」・「B年」: both of that year)."""
    om = OTHER_NOUN_DATE.match(norm, date_end, noun_at)
    if om is None:
        fired(lex.OCCASIONS, AT_OCCASION.match(norm, date_end, noun_at))  # …の際の…会談: held at that one
        return False
    if om.end() >= noun_at:
        return False
    cm = COORDINATOR.fullmatch(norm, om.end(), noun_at)
    if cm:
        lexicon.fire(lex.COORDINATORS.which(cm.group("w")) or lex.CONNECTORS.which(cm.group("w")))
        return False
    return True


def _decision(text: str, pos: int) -> re.Match | None:
    """The first decision word from ``pos`` outside parentheses: …協議を行う(…については調整中) is not decided."""
    for m in DECISION.finditer(text, pos):
        if text.count("(", pos, m.start()) <= text.count(")", pos, m.start()):
            return m
    return None


def _of_thing_before(norm: str, start: int, w_start: int) -> bool:
    """The plan noun at ``w_start`` is the meeting of the thing set up just before it: その第1回会合, or a first meeting
    right after the clause that sets the thing up (…対話を立ち上げ、第1回会合を…)."""
    tm = THAT_BEFORE.search(norm, start, w_start)
    row = lex.THAT.row_of(tm.group("w")) if tm else None
    if row is None or (row.id != "plans.that.sono" and not fired(lex.FIRST_MEETING, FIRST_MEETING.match(norm, w_start))):
        return False
    return bool(lexicon.fire(row))


def _item(doc: Doc, what: str, res, d, place, occ, **more) -> PlanDraft:
    return PlanDraft(what=what, kind=_plan_kind(what), date=res.date, date_end=res.date_end, precision=res.precision,
                     place=place, occasion=occ, date_text=doc.text[d.start:d.end] if d else None, **more)


def _past(date: str | None, ref) -> bool:
    """A date before the talk's: held already (昨年の…訪日を歓迎), not a plan."""
    return bool(date and ref and date < ref.isoformat()[:len(date)])


# the talk the page reports (今回の会談, 同会談, 本会談): not a plan; three variants, as the rules were written
_THIS = lex.THIS.where(group="this")
THIS_TALK = re.compile(named(lex.THIS, _THIS))
THIS_OR_SAME = re.compile(named(lex.THIS, _THIS + lex.THIS.where(group="this_same")))
THIS_SAME_OR_HON = re.compile(named(lex.THIS, _THIS + lex.THIS.where(group="this_hon") + lex.THIS.where(group="this_same")))
THIS_BEFORE = re.compile(named(lex.THIS, _THIS) + "の?$")
THIS_NAMED = re.compile("(?P<w>" + flat(lex.THIS, _THIS) + "|" + flat(lex.THIS, lex.THIS.where(group="this_same")) + "(?=" + PLAN_NOUNS + "))")


# 日インドネシア投資会議: a meeting named after a pair of sides with Japan is theirs, not a multilateral one (a seminar,
# an event or a ceremony of theirs mentioned with a date only stays no plan)
PAIR_NAMED = re.compile("(?:" + talks.PREFIXES["talks.prefix.nth"].source + ")?日・?(?!本)(?=[ァ-ヴ一-龥])")


def _named_after_sides(what: str) -> bool:
    if PAIR_NAMED.match(what) is None:
        return False
    lexicon.fire(talks.PREFIXES["talks.prefix.pair"])
    return True


def _announced(doc: Doc, start: int, end: int, ref, cut: bool = False) -> list[PlanDraft]:
    """Plans mentioned as coming in a modifier: 本年中に予定されているX首相の来日; ``cut``: the excerpt's last sentence,
    which may end inside the plan's noun (明年早期にもあり得べき首脳会)."""
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in DATED_MENTION.finditer(text):
        what = m.group("n")
        if _gathering_only(what) or fired(lex.UNSPECIFIED, UNSPECIFIED.match(what)):
            continue
        d, res = _date_for(doc, norm, start + m.start(), start + m.start("n"), start + m.start("n"), ref)
        if res.date:
            out.append(_item(doc, what, res, d, None, None, mentioned=True, rule=lexicon.fire(lex.FUTURE_REL.which(m.group("w")))))
    for m in ANNOUNCED.finditer(text):
        nm = ANNOUNCED_NOUN.match(text, m.end()) or (CUT_NOUN.match(text, m.end()) if cut else None)
        if not nm:
            continue
        what = text[m.end():nm.end()].lstrip("、,の")
        if "「" in what and text[nm.end():nm.end() + 1] == "」":
            what += "」"
        if not what or fired(lex.THIS, THIS_OR_SAME.match(what)) or _gathering_only(what) \
                or fired(lex.UNSPECIFIED, UNSPECIFIED.match(what)):
            continue
        dated_only = m.group("mod") in DATED_ONLY
        if dated_only and what.endswith(_GATHERING_HEADS) and not (what.endswith(_MEETING_HEADS) and _named_after_sides(what)):
            lexicon.fire(next(r for r in lex.GATHERING_HEADS if what.endswith(r.pattern)))
            continue
        lo = max(_clause_from(text, max(0, m.start() - 1)), m.start() - 40)
        # 本日予定されている…対話: a talk announced for later today is dated today
        d, res = _date_for(doc, norm, start + lo, start + m.start(), start + m.start(), ref, start + m.end(), today=True)
        if (dated_only or not PLAN_NOUN_RE.search(what)) and d is None:
            continue  # (a noun cut short keeps its plan only with its date written)
        if _past(res.date, ref):
            continue
        out.append(_item(doc, what, res, d, _place(doc, text[lo:nm.end()], start + lo), None, mentioned=True,
                         rule=lexicon.fire(lex.ANNOUNCED.which(m.group("mod")))))
    return out


def _anticipated(doc: Doc, start: int, end: int, ref) -> list[PlanDraft]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in ANTICIPATED.finditer(text):
        what, w_start = _what(norm, start, start + m.start("n"), start + m.end("n"))
        if what == "会談" or fired(lex.THIS, THIS_SAME_OR_HON.match(what)) \
                or fired(lex.THIS, THIS_BEFORE.search(norm, max(start, w_start - 4), w_start)):
            continue
        if VISIT_OR_HOUMON_RE.fullmatch(what):
            # 来月の訪日を楽しみにしている: the speaker's own visit
            sp = None
            for sp in SPEAKER_BEFORE.finditer(text, 0, m.start()):
                pass
            if sp is None:
                continue
            what = f"{sp.group('p')}の{what}"
        lo = _clause_from(text, w_start - start)
        d, res = _date_for(doc, norm, start + lo, w_start, w_start, ref)
        if _past(res.date, ref):
            continue
        gm = places.GATHERING.search(text[:m.start()])
        row = lex.ANTICIPATION.which(m.group("w")) if m.group("w") else lex.BEFORE.which(m.group("b"))
        out.append(_item(doc, what, res, d, _place(doc, text[:m.end()], start), gm.group("occ") if gm else None, mentioned=True,
                         rule=lexicon.fire(row)))
    return out


# a plan whose date is being arranged (…首脳会談の具体的日程は…調整していく, …訪問について…日程を調整): set up,
# with no verb of holding it
SCHEDULE_VERB = "調整"
SCHEDULING = skip_ahead(re.compile(PLAN_NOUNS + r"(?:の|について[、,]?|に関し[、,]?)[^、,。]{0,10}?" + named(lex.SCHEDULE)
                                   + r"(?:は|を|について(?:は)?)?[、,]?[^。]{0,16}?" + SCHEDULE_VERB))
SCHEDULE_LINK = re.compile(r"の|について|に関し")
# a coming visit welcomed (来年の…大統領の訪日の意向を歓迎, 今秋の…首相の訪日を歓迎したい) or named as the occasion of
# something (…大統領が来年訪日する機会に): mentioned as coming when an intention or a future date is written
WELCOMED_COMING = skip_ahead(re.compile("(?P<n>" + VISIT_OR_HOUMON + ")(?P<i>の" + named(lex.INTENTS, [r for r in lex.INTENTS if r.value in ("welcomed", "both")])
                                        + ")?を[^、,。]{0,6}?" + named(lex.COMING, lex.COMING.where(value="welcomed"), "c")))
VISIT_OCCASION = skip_ahead(re.compile("(?P<n>" + VISIT_OR_HOUMON + ")(?:(?:される|する)" + named(lex.COMING, lex.COMING.where(value="occasion"), "c")
                                       + "|" + named(lex.COMING, lex.COMING.where(value="occasion_noun"), "o") + ")(?:に|には|を)"))
COMING_HINT = re.compile(flat(lex.COMING))  # the cheap test before both
_COMING_SCANS = tuple((rx, required_words(rx)) for rx in (WELCOMED_COMING, VISIT_OCCASION))  # … and the words of each


def _scheduled(doc: Doc, start: int, end: int, ref) -> list[PlanDraft]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in SCHEDULING.finditer(text):
        if not _decision(text, m.end() - 2):
            continue
        nm = PLAN_NOUN_RE.match(text, m.start())
        if nm is None:  # (SCHEDULING opens on a plan noun)
            continue
        while True:  # the last plan noun of the phrase (…首脳会談: 会談, not 首脳…)
            nxt = PLAN_NOUN_RE.search(text, nm.start() + 1, nm.end() + 12)
            if not nxt or not SCHEDULE_LINK.match(text, nxt.end()) or nxt.start() >= nm.end() + 12:
                break
            nm = nxt
        what, _ = _what(norm, start, start + nm.start(), start + nm.end())
        if not what or fired(lex.THIS, THIS_TALK.match(what)) or fired(lex.PAST, PAST_PREFIX.match(what)) or _gathering_only(what):
            continue
        lo = _clause_from(text, nm.start())
        d, res = _date_for(doc, norm, start + lo, start + m.end(), start + m.end(), ref, start + nm.start())
        if _past(res.date, ref):
            continue
        out.append(_item(doc, what, res, d, _place(doc, text[lo:m.end()], start + lo), None,
                         rule=lexicon.fire(lex.SCHEDULE.which(m.group("w")))))
    return out


def _coming_visits(doc: Doc, start: int, end: int, ref) -> list[PlanDraft]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for rx, words in _COMING_SCANS:
        if not holds_word(text, words):
            continue  # (no word its every match holds: nothing for the scan to find)
        for m in rx.finditer(text):
            lo = _clause_from(text, m.start())
            what: str | None
            what, _ = _what(norm, start, start + m.start("n"), start + m.end("n"))
            if rx is VISIT_OCCASION or what == m.group("n"):
                # a bare visit word (…が訪日する機会に, …としての訪日): named by its visitor, else left to the other rules
                vm = PLAN_VERB.match(text[lo:], m.start("n") - lo)
                what = _visit_what(text[lo:], vm) if vm else None
            if not what or fired(lex.THIS, THIS_OR_SAME.match(what)) or fired(lex.PAST, PAST_PREFIX.match(what)):
                continue
            d, res = _date_for(doc, norm, start + lo, start + m.end("n"), start + m.end("n"), ref)
            intent = rx is WELCOMED_COMING and m.group("i")
            if res.date is None and not intent:
                continue
            if _past(res.date, ref):
                continue
            if not intent and d is not None and d.rel_year == 0 and d.part is None and d.month is None:
                continue  # 本年の…訪日を歓迎: the visit under way as well as a coming one
            if rx is VISIT_OCCASION and m.group("o") and not (d and ((d.rel_year or 0) > 0 or (d.rel_month or 0) > 0)):
                continue  # 1月の…訪露の際に: a visit named by its month may be over; 来年の…訪日の機会 is coming
            row = lex.INTENTS.which(m.group("w")) if intent else lex.COMING.which(m.group("c") or m.group("o"))
            out.append(_item(doc, what, res, d, _place(doc, text[lo:m.end()], start + lo), None, mentioned=True,
                             rule=lexicon.fire(row)))
    return out


def _clause_from(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: just after the last 、 or , before it."""
    return max(text.rfind("、", 0, pos) + 1, text.rfind(",", 0, pos) + 1, 0)


def _named_years(doc: Doc, start: int, end: int, ref) -> list[PlanDraft]:
    """2021年を「日越交流年」とすることで一致: the exchange year named, dated by the year before it in its clause."""
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in NAMED_YEAR.finditer(text):
        dm = _decision(text, m.end())
        if not dm and not MASU_END.search(text) or OPEN_ENDED.match(text, m.end()):
            continue  # (…を「…年」として、…していきます: a joint statement names the year in its own voice)
        lo = _clause_from(text, m.start())
        d, res = _date_for(doc, norm, start + lo, start + m.start(), start + m.start(), ref)
        if _past(res.date, ref):
            continue
        naming = lexicon.fire(lex.NAMING.which(m.group("w")))
        rule = lexicon.fire(row_at(lex.DECISIONS, text, dm.start())) if dm else naming
        out.append(_item(doc, m.group("n"), res, d, None, None, rule=rule))
    return out


def _named_talks(doc: Doc, start: int, end: int, ref, rx: re.Pattern, table) -> list[PlanDraft]:
    """A talk named before a phrase of ``table`` (…協議の提案を歓迎, …首脳会談の成功に向け): planned, dated by its clause."""
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in rx.finditer(text):
        what, w_start = _what(norm, start, start + m.start("n"), start + m.end("n"))
        if len(what) < 3 or fired(lex.THIS, THIS_SAME_OR_HON.match(what)) or fired(lex.PAST, PAST_PREFIX.match(what)) \
                or _gathering_only(what) or fired(lex.UNSPECIFIED, UNSPECIFIED.match(what)):
            continue
        if fired(lex.THIS, THIS_BEFORE.search(norm, max(start, w_start - 4), w_start)):
            continue  # 本日の首脳会談の成功に向け: this talk
        lo = _clause_from(text, w_start - start)
        d, res = _date_for(doc, norm, start + lo, w_start, w_start, ref)
        if _past(res.date, ref) or (res.date is None and BARE_TALK.fullmatch(what)):
            continue  # (首脳会談の成功に向け with no date nor name: perhaps this one)
        if DONE_AFTER.match(text, m.end()):
            continue  # …御訪問の成功のために努力されたことに感謝: the work done, the visit over
        lexicon.fire(lex.NOUNS.which(m.group("n")))  # (the noun that names it)
        out.append(_item(doc, what, res, d, _place(doc, text[lo:m.end("n")], start + lo), None, mentioned=True,
                         rule=lexicon.fire(table.which(m.group("w")))))
    return out


def _invited(doc: Doc, start: int, end: int, ref) -> list[PlanDraft]:
    """鈴木総理は、X首相を来年日本に招待し、同首相はこれを受諾した: X首相の訪日 (another country: Xの<country>訪問)."""
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in INVITED_TO.finditer(text):
        dm = _decision(text, m.end())
        row = row_at(lex.DECISIONS, text, dm.start()) if dm else None
        country, c_at = m.group("c"), m.start("c")
        for pre in PLACE_TIME_WORDS:  # フック首相を来年日本に: the time word is not the country
            if country.startswith(pre.pattern):
                lexicon.fire(pre)
                country, c_at = country[len(pre.pattern):], c_at + len(pre.pattern)
        if row is None or row.id not in lex.ACCEPTING or not places.is_country(country):
            continue
        visit = next((r for r in lex.VISITS if r.value == country), None)
        what = f"{m.group('p')}の{visit.pattern}" if visit else f"{m.group('p')}の{country}訪問"
        lo = _clause_from(text, m.start())
        d, res = _date_for(doc, norm, start + lo, start + c_at, start + c_at, ref)
        if _past(res.date, ref):
            continue
        lexicon.fire(CUES.which(m.group("i")))
        out.append(_item(doc, what, res, d, country, None, rule=lexicon.fire(row)))
    return out


def _decided_by(text: str, pos: int, decided: Row | None) -> Row | None:
    """The row that decides a plan whose verb stands at ``pos``: a decision word after it, a wished visit
    welcomed, or the lead sentence above (``decided``) when the sentence is one of its listed items."""
    dm = _decision(text, pos)
    if dm:
        return row_at(lex.DECISIONS, text, dm.start())
    wm = WELCOMED_VISIT.search(text)
    if wm:
        return row_at(lex.WELCOMED_WISH, text, wm.start())
    li = LISTED_ITEM.search(text) if decided is not None else None
    if li:
        lexicon.fire(row_at(lex.LISTED, text, li.start()))  # the item's form (…こと。 / …開催する。)
        return decided
    return None


def _noun_row(m: re.Match) -> Row | None:
    """The row of a PLAN_NOUNS match: a plan noun or a visit word."""
    return lex.NOUNS.which(m.group(0)) or lex.VISITS.which(m.group(0))


# every test plans_in_sentence makes of a sentence before it reads any plan (the words or patterns of announced,
# anticipated, scheduled, coming, named-year, invited, proposed, wished-success and prepared-for talks, and a plan's
# verb) as one search: a sentence where none holds has no plan, and most sentences of a page hold none
# (an anticipated talk and an invitation by the words one of which each match holds, tested before those scans)
# the word each of the named-year, proposed, wished-success and prepared-for tests looks for first (one place: the
# tests below and PLAN_CUES)
NAMED_YEAR_WORD, PROPOSAL_WORD, SUCCESS_WORD, PREPARED_WORD = "年」と", "の提案", "成功", "に向け"
PREPARED_CUE = re.compile(lex.PREPARING.alternation())  # (a row's whole phrase: に向け alone is in most long sentences)
PLAN_CUES = skip_ahead(re.compile("|".join(
    [re.escape(w) for w in (SCHEDULE_VERB, NAMED_YEAR_WORD, PROPOSAL_WORD, SUCCESS_WORD)] + [PREPARED_CUE.pattern]
    + [re.escape(w) for w in ANTICIPATED_WORDS or ()] + [re.escape(w) for w in INVITE_WORDS or ()]
    + [ungrouped(rx.pattern) for rx in (ANNOUNCED, DATED_MENTION, COMING_HINT, PLAN_VERB)]
    + [ungrouped(rx.pattern) for rx, words in ((ANTICIPATED, ANTICIPATED_WORDS), (INVITED_TO, INVITE_WORDS)) if words is None])))


def plans_in_sentence(doc: Doc, start: int, end: int, ref, decided: Row | None = None, cut: bool = False) -> list[PlanDraft]:
    """Plans set up in one sentence; ``decided``, the lead sentence's row, when a lead sentence above decided the
    listed items (以下の点で一致した。 then (イ)…を開催すること。); ``cut`` for the excerpt's last sentence, cut
    before its verb."""
    norm = doc.norm
    text = norm[start:end]
    if not PLAN_CUES.search(text):
        return []  # (no test below holds: the plans found would be none)
    announced = _announced(doc, start, end, ref, cut) if ANNOUNCED.search(text) or DATED_MENTION.search(text) else []
    announced += _anticipated(doc, start, end, ref) if holds_word(text, ANTICIPATED_WORDS) and ANTICIPATED.search(text) else []
    announced += _scheduled(doc, start, end, ref) if SCHEDULE_VERB in text else []
    announced += _coming_visits(doc, start, end, ref) if COMING_HINT.search(text) else []
    announced += _named_years(doc, start, end, ref) if NAMED_YEAR_WORD in text else []
    announced += _invited(doc, start, end, ref) if holds_word(text, INVITE_WORDS) and INVITED_TO.search(text) else []
    announced += _named_talks(doc, start, end, ref, PROPOSAL, lex.PROPOSED) if PROPOSAL_WORD in text else []
    announced += _named_talks(doc, start, end, ref, SUCCESS_OF, lex.SUCCESS) if SUCCESS_WORD in text else []
    announced += _named_talks(doc, start, end, ref, PREPARED_FOR, lex.PREPARING) if PREPARED_WORD in text and PREPARED_CUE.search(text) else []
    if not PLAN_VERB.search(text):
        return announced
    dec = _decision(text, 0) or WELCOMED_VISIT.search(text) or (LISTED_ITEM.search(text) if decided else None)
    if not dec and not cut:
        return announced
    out: list[PlanDraft] = []
    clause_start = 0
    content_end = -1  # the end of the clause that says what the plan before will take up
    for vm in PLAN_VERB.finditer(text):
        if vm.start() < content_end:
            continue  # …を開催し、経済協力について協議していく: the 協議 is the content of the plan before
        by = _decided_by(text, vm.start(), decided)
        if by is None:
            # a cut last sentence: the plan stands when its verb ends the text and its date is written
            # (明年の適切な時期に…訪日を実現す)
            if not cut:
                break
            if len(text[vm.end():].strip()) > CUT_TAIL or not dates.find_dates(norm, start + clause_start, start + vm.start()):
                continue
        if vm.group("verb") == vm.group("v") and (om := OCCASION_THEN_VERB.match(text, vm.end())) is not None and om.end() > vm.end() \
                and (past := row_at(lex.PAST_OCCASION, text, om.end())) is not None:
            lexicon.fire(past)
            continue  # 田中総理の訪問の機会に立ち上げた「…対話」: the visit is the occasion of an act done, no plan
        if VERB_ROWS.get(vm.group("v")) in BARE_TALK_VERBS and (not text.startswith("する", vm.end("v"))
                                                               or (by is not None and by.id.startswith(SCHEDULED_ONLY))):
            continue  # X総理と会談し、… / 滞在中、X総理と会談する予定である: the visit's own talk, an event of the page
        what = None
        nm = None
        w_start = None
        before = None
        for m in PLAN_NOUN_RE.finditer(text, 0, vm.end()):
            if m.start() >= vm.start() + (1 if vm.group("verb")[0] in _PLAN_PARTICLES else 0):
                # the verb's own noun names the thing when used as a noun: 函館寄港を調整, 訪露が…課題
                if OBJECT_AFTER.match(text, m.end(), m.end() + 1):
                    nm = m
                break
            if fired(lex.TIME_OF, TIME_OF_AFTER.match(text, m.end(), vm.end())):
                before = _what(norm, start, start + m.start(), start + m.end())[0]
                continue  # …協議を首脳会談前に実施する: 首脳会談 is the time, the 協議 the thing
            om = OCCASION_THEN_VERB.match(text, m.end())
            if fired(lex.OCCASIONS, om) and om is not None and om.end() >= vm.start():
                # 日中韓サミットに合わせて行われる…の訪日: the gathering is the occasion, the thing comes after; unless the
                # thing is the object named before it (次回首脳会談を来月の…サミットの際に行う)
                nm = nm if nm is not None and text.startswith("を", nm.end()) else None
                continue
            nm = m
        if vm.group("verb").startswith(SURU_NOUNS):
            nm = PLAN_NOUN_RE.match(text, vm.start())  # 次官級で協議する
        if nm and nm.end() <= clause_start:
            nm = None
        if nm:
            between = text[nm.end():vm.start()]
            if fired(lex.PREMISE, PREMISE_AFTER.match(between)):
                nm = None  # …の署名を受けて、その…実施: the noun is the premise
            elif nm.start() >= vm.start() or (len(between) <= 30 and (not CLAUSE_MARK.search(between) or between.startswith("を")
                                                                      or TOPIC_THEN_CLAUSE.fullmatch(between))
                                              and not between.startswith("や")):
                what, w_start = _what(norm, start, start + nm.start(), start + nm.end())
                if what.count("(") > what.count(")") and text.startswith(")", nm.end()):
                    what += ")"  # 日印外務・防衛閣僚会合(「2+2」): the bracket the noun stands in
                rank = RANK_BEFORE.search(text, 0, nm.start())
                if what == "協議" and rank and rank.end() == nm.start():
                    what = rank.group("r") + what  # 次官級で協議する -> 次官級協議
        if what and nm is not None:
            first = FIRST_OF_GROUP.search(text, 0, nm.start()) if holds_word(text, FIRST_WORDS) else None
            if first and first.end() == nm.start() - (len(what) - (nm.end() - nm.start())):
                what = first.group("x")  # 9月の首脳会談をはじめとする政治対話: the talk named first
        visit = _visit_what(text, vm)
        if visit and fired(lex.THIS, THIS_BEFORE.search(text, 0, vm.start())):
            continue  # 今回の訪日で: the visit under way
        if visit is None and what is None:
            visit = _subject_what(text, vm) or _visitor_of_place(text, vm)
        if visit and (what is None or not TALK_WHAT.search(what)):
            what = visit
        if not what or fired(lex.THIS, THIS_NAMED.match(what)) or fired(lex.UNSPECIFIED, UNSPECIFIED.match(what)):
            continue
        if NAMED_YEAR.search(text, 0, vm.start()) and fired(lex.YEAR_CONTENT, YEAR_CONTENT_END.search(what)):
            continue  # …を「日越友好年」として、記念事業を実施: the named year's own events
        if w_start is not None and fired(lex.UNSPECIFIED, UNSPECIFIED_BEFORE.search(norm, max(start, w_start - 6), w_start)):
            continue  # 様々な交流事業: the word stands before the name
        if fired(lex.PAST, PAST_PREFIX.match(what)):
            continue
        if fired(lex.PURPOSE, PURPOSE_AFTER.match(text, vm.end())) or fired(CUES, ASKED_AFTER.match(text, vm.end())):
            clause_start = vm.end()
            continue
        if HELD_AFTER.match(text, vm.end()):
            lexicon.fire(row_at(lex.HELD_AFTER, text, vm.end()))  # (the row that matches there, lookaheads seen)
            clause_start = vm.end()
            continue  # the visit being welcomed is the one under way; one whose results are noted is over
        gm = GATHERING_ONLY.search(what)
        if gm and not TALK_WORD.search(what) and not SIDES_SUMMIT.fullmatch(what) and not SIDES_GATHERING.match(what) \
                and not TWO_PLUS_TWO_NAME.search(what) and _fire_gathering(gm):
            continue  # a gathering mentioned as such; a summit of the sides themselves (第10回日中韓サミット) is a talk
        oe = OPEN_ENDED.search(text)
        goal = vm.group(0).endswith("べく") or fired(lex.GOAL, GOAL_AFTER.match(text, vm.end()))
        if oe and not goal and (not HOLDING.search(text, vm.start(), vm.end() + 2)
                                or fired(lex.OPEN_EXCHANGES, OPEN_EXCHANGE.search(what))):
            lexicon.fire(lex.OPEN_ENDED.which(oe.group("w")) if oe.group("w") else lex.OPEN_ENDED_VERBS.which(oe.group("v")))
            continue
        if fired(lex.CALLED_OFF, CALLED_OFF.search(text, max(0, vm.start() - 2), vm.end() + 16)):
            continue  # 延期されることとなった: called off
        cm = CONTINUED.search(text)
        if cm and cm.end() > vm.start() and fired(lex.CONTINUING, cm):
            continue  # 引き続き協議を行っていく: held on and on
        clause = text[clause_start:vm.end()]
        # the date: the date expression nearest before the verb in this clause (or just after the noun)
        d, res = _date_for(doc, norm, start + clause_start, start + vm.end(), min(end, start + vm.end() + 20), ref,
                           start + (nm.start() if nm and what and not visit else vm.start()))
        if d is None and out and out[-1].date and fired(lex.SAME_TIME, SAME_TIME.search(clause)):
            res = dates.Resolved(out[-1].date[:7], "month" if len(out[-1].date) >= 7 else out[-1].precision)
        if _past(res.date, ref):
            continue  # a visit that already happened (昨年の…訪日を歓迎) is not a plan
        content = CONTENT_AFTER.match(text, vm.end())
        if THEN_VERB.match(text, vm.start("v")) and content is None and (
                d is None or (d.day is not None and ref is not None and res.date == ref.isoformat())):
            clause_start = vm.end()
            continue  # …会談を行い、…で一致した: the talk reported (no time of a plan, nor what it will take up)
        if content is not None:
            lexicon.fire(lex.CONTENT.which(content.group("w")))
            content_end = content.end()
        occ = None
        gm = places.GATHERING.search(clause)
        if gm:
            occ = gm.group("occ")
        place = _place(doc, clause, start + clause_start)
        parts = AND_WORDS.split(what)
        if len(parts) > 1 and (_shared_tail(parts) or all(EXCHANGE_YEAR.fullmatch(x) for x in parts)):
            parts = [what]  # 「AにおけるB年」及び「BにおけるA年」: the pair of years, one plan
        head = next((r for r in lex.GENERIC_HEADS if what.endswith(r.pattern)), None) if nm else None
        lm = LISTED_UNDER_HEAD.search(text, clause_start, nm.start()) if head and nm else None
        if lm:
            lexicon.fire(head)
            parts = [x.strip("、,") for x in LISTED_SEP.split(lm.group("items"))]
        if w_start is not None and not visit and not lm:
            # (the items listed with commas before: A、B及びC takes A too)
            parts = _comma_listed(text, clause_start, w_start - start) + parts
        # a visit said as a verb (…が訪日し、) can carry the talk that follows it
        as_verb = bool(VISIT_AS_VERB.match(vm.group("verb")))
        lexicon.fire(VERB_ROWS.get(vm.group("v")) or row_at(lex.VERBS, text, vm.start("v")))  # (a regex row: seen in place)
        thing = lexicon.fire(_noun_row(nm)) if nm and not visit else None
        rule = lexicon.fire(by) or thing  # the decision word, else (a cut sentence) the plan noun
        if w_start is not None and out and _of_thing_before(norm, start, w_start):
            # …対話を立ち上げ、その第1回会合を…開催: one plan, the meeting of the thing set up
            parts = [f"{out.pop().what}の{one}" for one in parts]
        for one in parts:
            if len(one) < 2:
                continue
            out.append(_item(doc, one, res, d, place, occ, visit_verb=as_verb, rule=rule, before=before))
        clause_start = vm.end()
    out = _merge_visit_and_talk(out)
    for a in announced:
        same = next((b for b in out if _same_plan(a, b)), None)
        if same is None:
            out.append(a)
        elif same.date is None and a.date:
            # 本年予定されている…訪日の成功に向けて…: the modifier dates the plan the verb names
            same.date, same.date_end, same.precision, same.date_text = a.date, a.date_end, a.precision, a.date_text
    return out


OBJECT_AFTER = re.compile(r"[をのが]")
CLAUSE_MARK = re.compile(r"[、,。]")


COMMA_ITEM = re.compile(r"(?:" + PHRASE_CHARS + r"|の)+")
COMMA = re.compile(r"[、,]")
PARTICLE = re.compile(r"[はをがにでともへ]")  # an item with a particle ends the run (the subject 両外相は, a clause)
TAIL_NOUN = re.compile(PLAN_NOUNS + r"$")


def _comma_listed(text: str, lo: int, hi: int) -> list[str]:
    """Talks listed with commas before the plan's own phrase (A協議,B対話,メコン,中東等の地域別の政策対話の実施):
    each item of the run that ends in a plan noun; plain words between (the regions of the last) are passed over,
    and the run stops at an item with a particle (the subject 両外相は, a clause)."""
    seg = text[lo:hi]
    if not seg.endswith(("、", ",")):
        return []
    out = []
    for item in reversed(COMMA.split(seg[:-1])):
        if not COMMA_ITEM.fullmatch(item) or PARTICLE.search(item.replace("の", "")):
            break
        if TAIL_NOUN.search(item) and len(item) >= 3:
            out.append(item)
    return out[::-1]


SHARED_TAIL = re.compile("(" + PLAN_NOUNS + r")の[^の]*" + PLAN_NOUNS + "$")


def _shared_tail(parts: list[str]) -> bool:
    """A作業部会及びB作業部会の全体会合: one meeting of both (the last part adds a head after the shared noun)."""
    m = SHARED_TAIL.search(parts[-1])
    return m is not None and parts[0].endswith(m.group(1))


def _merge_visit_and_talk(items: list[PlanDraft]) -> list[PlanDraft]:
    """X が訪日し、首脳会談を行う: one plan, the talk, dated and placed by the visit's clause."""
    out: list[PlanDraft] = []
    for it in items:
        prev = out[-1] if out else None
        if prev and prev.visit_verb and VISIT_OR_HOUMON_RE.search(prev.what) and it.what in SURU_NOUNS:
            continue  # X総理が訪露し、Yと会談する: the visit names the plan, the bare 会談 is its talk
        if (prev and prev.visit_verb and VISIT_OR_HOUMON_RE.search(prev.what) and TALK_OR_2PLUS2.search(it.what)
                and it.date is None):
            merged = dataclasses.replace(it, date=prev.date, date_end=prev.date_end, precision=prev.precision, date_text=prev.date_text,
                                         place=it.place or prev.place, occasion=it.occasion or prev.occasion)
            if merged.place in VISITED and prev.occasion:
                merged.place = places.city_from_occasion(prev.occasion) or merged.place
            out[-1] = merged
            continue
        out.append(it)
    return out


def run(doc: Doc) -> None:
    sents = doc.event_sentences
    same_earlier = _SamePlans()  # the plans of the talks above: a later talk that mentions one again does not repeat it
    for ev in doc.events:
        ref = dates.parse_iso(ev.date) or dates.parse_iso(doc.doc_date)
        found: list[PlanDraft] = []
        same_found = _SamePlans()  # (found, indexed)
        decided: Row | None = None  # the lead sentence deciding the listed items below it
        joint = JOINT_ITEM if doc.doc_type == "statement" else None  # a joint document decides its numbered items
        for i in ev.sentences:
            s = sents[i]
            text = doc.norm[s.start:s.end]
            lead = LEAD_DECISION.search(text)
            if lead:
                decided = row_at(lex.LEAD, text, lead.start())  # 以下の点で一致した。: the listed items below it are decided
                items = plans_in_sentence(doc, s.start, s.end, ref)
            else:
                if not (doc.lines[s.line].marker and LISTED_ITEM.search(text)):
                    decided = None
                items = plans_in_sentence(doc, s.start, s.end, ref, decided=decided or (joint if doc.lines[s.line].marker else None),
                                          cut=_is_cut(doc, s))
            if not items:
                # 次はモスクワで開催する予定: a place for the plan just before
                m = NEXT_PLACE.search(text)
                if m and found and found[-1].place is None:
                    found[-1].place = m.group("p")
                    same_found.file(len(found) - 1)
                continue
            for it in items:
                it.text = doc.text[s.start:s.end]
                it.span = (s.start, s.end)
                # two items of one sentence are two plans unless they name the same thing
                # (the first such plan: found.index(dup) is its place, as no plan before it equals it)
                k = same_found.first(it, lambda f, it=it, text=text: (f.span != it.span or _names_same(f.what, it.what))
                                     and not _decided_again(f, it, text))
                if same_earlier.first(it) is not None:
                    continue
                if k is None:
                    found.append(it)
                    same_found.add(it)
                elif _rank(it) >= _rank(found[k]):
                    found[k] = it
                    same_found.replace(k, it)
        # a page announcing the talk itself (…28日に…外相会談を行うこととなりました): the event, not a plan of it
        found = [f for f in found if not (ev.date and f.precision == "day" and f.date == ev.date and f.kind == ev.kind)]
        ev.planned = found
        for f in found:
            same_earlier.add(f)
    # a plan only mentioned in passing (9月に予定されている首脳会談に向けて) that another talk of the page sets up
    # (9月に…訪露し、…会談することを確認) is that talk's
    # (counted once: dropping a mentioned plan leaves the others' set plans as they are)
    set_up = Counter((p.date, p.kind) for e in doc.events for p in e.planned if not p.mentioned)
    for ev in doc.events:
        own = Counter((p.date, p.kind) for p in ev.planned if not p.mentioned)
        ev.planned = [p for p in ev.planned if not (p.mentioned and p.date and set_up[(p.date, p.kind)] > own[(p.date, p.kind)])]
    _date_by_the_talk_after(doc)


def _date_by_the_talk_after(doc: Doc) -> None:
    """…協議を首脳会談前に実施 with no date of its own, the page dating that summit (9月の首脳会談): the plan falls in
    that year (a deadline, not the month)."""
    dated = [p for e in doc.events for p in e.planned if p.date]
    for e in doc.events:
        for p in e.planned:
            if p.before and p.date is None:
                # the talk named, or the one coming talk of its kind (首脳会談前に: the summit the page dates)
                kind = _plan_kind(p.before)
                years = {(q.date or "")[:4] for q in dated if q.what.endswith(p.before) or _names_same(q.what, p.before)} or \
                        {(q.date or "")[:4] for q in dated if kind != "other" and q.kind == kind}
                if len(years) == 1:
                    p.date, p.precision = years.pop(), "year"


def _decided_again(earlier: PlanDraft, it: PlanDraft, text: str) -> bool:
    """A later sentence that decides, on its own, a plan of the name of a dated one before it, adding neither date nor
    place and not pointing back to it (その, 同, この): another plan of that name (…作業部会を年内に、次官級協議を来春ま
    でに開催することで一致した。また、元島民のための人道的措置について、早期に次官級で協議することとなった), not the
    first told again, which would add what it told of it (…次官級協議は東京で行う)."""
    if earlier.span == it.span or earlier.date is None or it.date is not None or it.place is not None or it.mentioned:
        return False
    return THAT_OR_THIS.search(text) is None


def _is_cut(doc: Doc, s) -> bool:
    """The excerpt's last sentence, ending without 。: cut before its verb."""
    return s.end >= doc.content_end and not doc.norm[s.start:s.end].rstrip().endswith("。")


PRECISION_RANK = {"day": 6, "early_month": 5, "mid_month": 5, "late_month": 5, "month": 4, "season": 3, "year": 2, None: 0}


def _rank(p: PlanDraft) -> int:
    return PRECISION_RANK.get(p.precision, 0)


NAME_MARKS = re.compile(r"[「」()の]")


def _names_same(a: str, b: str) -> bool:
    """大統領訪日 / プーチン大統領の訪日: one thing named twice in a sentence."""
    a, b = NAME_MARKS.sub("", a), NAME_MARKS.sub("", b)
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))


def _same_plan(a: PlanDraft, b: PlanDraft) -> bool:
    if a.kind != b.kind:
        return False
    if _names_same(a.what, b.what):
        return True
    if a.occasion and a.occasion == b.occasion:
        return True
    return bool(a.date and b.date and a.date[:4] == b.date[:4] and a.place == b.place and a.kind != "other")


class _SamePlans:
    """Plans in order, and the first of them that ``_same_plan`` pairs with a plan, without reading them all (a
    talk of many plans made that quadratic in its plans). Each plan is filed under its kind with: its name without
    marks, each four characters of it, its occasion, its year and place (unless of kind other). A plan asked for gathers those named
    by each part of its own name of four characters or more (a name inside its own), by its rarest four characters
    (a name holding its own), by its whole name, occasion, year and place; each is then checked as it stands, in
    order. A plan changed after it was filed is filed again (``file``): old entries only add candidates."""

    SCAN = 16  # (up to this many plans, reading them all is cheaper: they are filed once there are more)

    __slots__ = ("plans", "keys", "filed")

    def __init__(self) -> None:
        self.plans: list[PlanDraft] = []
        self.keys: dict[tuple, set[int]] = {}
        self.filed = False

    def add(self, plan: PlanDraft) -> None:
        self.plans.append(plan)
        self.file(len(self.plans) - 1)

    def replace(self, k: int, plan: PlanDraft) -> None:
        self.plans[k] = plan
        self.file(k)

    def file(self, k: int) -> None:
        if self.filed:
            self._file(k)

    def _file(self, k: int) -> None:
        plan, keys = self.plans[k], self.keys
        bare = _bare_name(plan.what)
        keys.setdefault(("n", plan.kind, bare), set()).add(k)
        for i in range(len(bare) - 3):
            keys.setdefault(("g", plan.kind, bare[i:i + 4]), set()).add(k)
        if plan.occasion:
            keys.setdefault(("o", plan.kind, plan.occasion), set()).add(k)
        if plan.date and plan.kind != "other":
            keys.setdefault(("d", plan.kind, plan.date[:4], plan.place), set()).add(k)

    def first(self, it: PlanDraft, ok=None) -> int | None:
        """The place of the first plan p with ``_same_plan(p, it)`` (and ``ok(p)``), or None."""
        if len(self.plans) <= self.SCAN:
            return next((k for k, p in enumerate(self.plans) if _same_plan(p, it) and (ok is None or ok(p))), None)
        if not self.filed:
            self.filed = True
            for k in range(len(self.plans)):
                self._file(k)
        keys, kind, bare = self.keys, it.kind, _bare_name(it.what)
        out = set(keys.get(("n", kind, bare), ()))
        for i in range(len(bare) - 3):
            for j in range(i + 4, len(bare) + 1):
                out.update(keys.get(("n", kind, bare[i:j]), ()))
        grams: list[set[int]] = [keys.get(("g", kind, bare[i:i + 4]), set()) for i in range(len(bare) - 3)]
        if grams:
            rarest: set[int] = min(grams, key=len)
            out.update(rarest)
        if it.occasion:
            out.update(keys.get(("o", kind, it.occasion), ()))
        if it.date and kind != "other":
            out.update(keys.get(("d", kind, it.date[:4], it.place), ()))
        return next((k for k in sorted(out) if _same_plan(self.plans[k], it) and (ok is None or ok(self.plans[k]))), None)


def _bare_name(what: str) -> str:
    """A plan's name as ``_names_same`` compares it (without 「」()の)."""
    return NAME_MARKS.sub("", what)


# patterns the regex engine would try at every position (they open with an optional group or a group of words),
# guarded: the same matches, found faster (matching.guarded; the largest gains of a timing of each pattern)
SUCCESS_OF = guarded(SUCCESS_OF)
