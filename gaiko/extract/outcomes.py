"""Outcomes stage: what each talk produced, one sentence at a time.

Types and cues (rows of gaiko/extract/lexicon/outcomes.py): agree (一致, 合意, 確認, 妥結; consent
同意/賛意/賛同/受諾, 支持を得た, and 支持 in a reply to a request), request (求めた, 要望, 要請, 申し入れ,
呼びかけ to the other side), protest (抗議, 遺憾), invite (招待, 招請), thank (感謝, 謝意). A cue counts only
in predicate position (…で一致した, …を確認。), not when it modifies a noun (両首脳が合意した事項), refers
back (…の合意に基づき), is negated (一致しなかった, 合意には至らなかった), belongs to third parties
(米朝首脳が合意), or is one side re-confirming its own position (X大統領は…改めて確認した).
``by`` is the side of the nearest subject before the cue (Xから, Xより, Xは, X側は, 私から; the side
words in gaiko/extract/lexicon/sides.py), or both. Each outcome keeps the id of its cue row
(``OutcomeDraft.rule``); a filter row that drops a cue fires (``lexicon.trace()``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from gaiko import countries
from gaiko.extract import lexicon
from gaiko.extract.drafts import EventDraft, OutcomeDraft
from gaiko.extract.lexicon import Row, Table, roles
from gaiko.extract.lexicon import outcomes as lex
from gaiko.extract.lexicon.sides import SIDES
from gaiko.extract.matching import fired, flat, guarded, named, skip_ahead
from gaiko.extract.meetings import FOREIGN_ROLE, JP_ROLE
from gaiko.extract.people import ROLE_START_RE
from gaiko.text import Doc, Sentence, words_pattern

# --- cues: one pattern per outcome type, from the rows of CUES (PLEASE: …(して)いただきたい) ------------
CUE_TYPES = ("agree", "consent", "request", "protest", "invite", "thank")
PLEASE_TAIL = "(?:して)?いただきたい"
CUE_SOURCES = {k: flat(lex.CUES, lex.CUES.where(value=k))
               + ("|" + named(lex.PLEASE, name="please") + PLEASE_TAIL if k == "invite" else "") for k in CUE_TYPES}
CUE_RES = {k: guarded(re.compile(v)) for k, v in CUE_SOURCES.items()}  # (guarded: the engine skips ahead to a cue's first character)
ANY_CUE = guarded(re.compile("|".join(CUE_SOURCES.values())))
CUE_GROUP_OF = {r.id: r.id.split(".")[1] for r in lex.CUES}  # agree, confirm, share, consent, support …


def cue_row(m: re.Match) -> Row:
    """The row of a cue match (the cue patterns are built from these rows, so one always matches)."""
    please = m.groupdict().get("please")
    row = _row_of(lex.PLEASE, please) if please else _row_of(lex.CUES, m.group(0))
    if row is None:
        raise LookupError(f"no outcome cue row for {m.group(0)!r}")
    return row


@lru_cache(maxsize=1024)
def _row_of(table: Table, text: str) -> Row | None:
    return table.which(text)


# what may follow a cue for it to be the sentence's predicate (…一致した。 / …確認し、 / …確認し合った / …一致。 / …招請したのに対し、
# the reply's row): grammar
PREDICATE_TAIL = re.compile(
    r"(?:し合|しあ)?(?:の意)?(?:[をが](?:改めて)?(?:表明|表|示|述べ|伝え|伝達|得|申し上げ|見))?(?:に(?:至|達)[ぁ-ゖ]{0,6})?(?:する旨|旨|の旨)?"
    r"(?:の?(?:発言|伝え|述べ|表明|申し入れ|伝達|表し|示し|応答|応じ))?[ぁ-ゖ]{0,10}"
    r"(?:[、,。」]|$|\s|という|との|ことで|こととし|ことを|後[、,]|" + lex.REPLY_IN["outcomes.reply_in.ni_taishi"].source + ")"
)
QUOTED_CUE = re.compile(named(lex.QUOTED_CUE))
QUOTE_OPENS = ("「", "『")
PREDICATE_NOTE = re.compile(r"[ぁ-ゖ]{0,10}" + named(lex.PREDICATE_NOTE))
# the filters right after a cue (``.match`` on the text after it)
NEGATED = re.compile(named(lex.NEGATED))
# a cue in a question or a statement of difficulty (一致できるのか, 一致することが難しい), in the future (近く合意される),
# or used as a noun (確認ですが): no outcome
MODAL_NOT = re.compile(named(lex.MODAL_NOT))
RECALLED_AFTER = re.compile(named(lex.RECALLED_AFTER))
INVITE_NOT = re.compile(named(lex.INVITE_NOT))
INVITE_MADE = re.compile(named(lex.INVITE_MADE))
THANK_NOT = re.compile(named(lex.THANK_NOT))
# a request named as how the talk came about, not made in it (先方からの申し入れにより電話会談を行った)
REQUEST_NOT_AFTER = re.compile(named(lex.REQUEST_NOT_AFTER))
# a noun right after an agree cue (合意した事項, 合意文書): grammar
NOUN_AFTER = re.compile(r"^(?:した|された|している|してきた|済み|できた)?[「一-龥ァ-ヴ]")
NOUN_PARTICLE = re.compile(r"[、,をがはに]")  # (old pages write the comma as ,)
AGREE_END = re.compile(r"(?:した|しました|。|で|$)")
INVITE_RENEWED = re.compile(r"[をが](?:改めて)?" + lex.CUES["outcomes.confirm.kakunin"].source)  # 招待を確認した
# the filters before a cue
THIRD_PARTY = skip_ahead(re.compile(named(lex.THIRD_PARTY)))
THIRD_PARTY_NOT = re.compile(named(lex.THIRD_PARTY_NOT) + "|" + named(SIDES, lex.THIRD_PARTY_NOT_SIDES, name="side"))
TOGETHER = re.compile(named(lex.TOGETHER))
SHARED_OBJECT = re.compile(named(lex.SHARED_OBJECT))
INVITED_BEFORE = re.compile(lex.CUES.alternation(lex.CUES.where(group="invite")) + r"[をが](?:改めて)?$")  # 招待が確認された
REPLY = re.compile(named(lex.REPLY))  # .match: the sentence opens with a reply
REPLY_IN = re.compile(named(lex.REPLY_IN, [r for r in lex.REPLY_IN if r.value != "accord"]))  # Xから…述べたところ、Yから…
ACCORD_REPLY_IN = re.compile(named(lex.REPLY_IN, lex.REPLY_IN.where(value="accord")))  # Xから「…」と発言し、Yは「同感」
NOT_ADDRESSEE = re.compile(named(lex.NOT_ADDRESSEE) + "(?:に対し|に)")
# a request addressed to a country: not a request of the talk when that country is not one of its sides
ADDRESSEE_AT = skip_ahead(re.compile(r"(?P<x>[ァ-ヴー一-龥]{1,10})(?:に対し(?:て)?|に)(?![つおよと])"))
# a journalist's question in a press conference ((問)…): no outcome of the talk
QUESTION_LINE = re.compile(r"^\s*\(" + named(lex.QUESTION) + r"\)")
ASKER_LINE = re.compile(r"^\s*【[^】]{0,30}?" + named(lex.QUESTION_ASKER) + "】")

# --- subjects -----------------------------------------------------------------------------------
# the words a subject ends with (…大統領から, …外相は, …政府として): the title words of
# gaiko/extract/lexicon/roles.py and the subject nouns of lexicon/outcomes.py
_SUBJECT_TITLES = tuple(sorted({r.pattern for t in (roles.ENDINGS, roles.RANKS, roles.SHORT, roles.STARTS, lex.SUBJECT_NOUNS)
                               for r in t.rows if not r.regex}, key=lambda w: (-len(w), w)))
_NAME_CHARS = "ァ-ヴー一-龥・"
SUBJECT_RE = skip_ahead(re.compile(
    # a lookahead for the characters a subject can start with, tested first; side words and titles as tries (longest first)
    "(?=[" + "".join(sorted(SIDES.first_chars())) + _NAME_CHARS + "])"
    r"(?P<who>" + words_pattern(SIDES.words()) + "|"
    "[" + _NAME_CHARS + "]{1,16}?側|[" + _NAME_CHARS + "]{0,16}?(?:" + words_pattern(_SUBJECT_TITLES, guard=True) + ")"
    "(?:" + words_pattern(roles.HONORIFICS.words()) + ")?)"
    r"(?:から(?:は|も)?|より(?:は|も)?|は|も|が|としては|として)(?!の)"
))
_SEIFU = lex.SUBJECT_NOUNS["outcomes.subject.seifu"]  # …政府として: the government a subject names
_BACK_REFERENCE = lex.BACK_REFERENCE["outcomes.back_reference.dou"]
_EMBEDDED = re.compile(lex.EMBEDDED.alternation())
SUPPORTED_OURS = re.compile(named(lex.SUPPORTED_OURS))  # Japan's position right before a support cue
SIDE_OF_WORD = {r.pattern: r for r in SIDES if not r.regex}  # SIDES.which(who) for the literal words, by a look-up
BOTH_SUBJECTS = frozenset(r.pattern for r in lex.BOTH_SUBJECTS)
KATAKANA_START = re.compile(r"[ァ-ヴ]")
ABBREVIATED_BEFORE = re.compile(roles.ABBREVIATED["roles.abbreviated.kagi"].source)  # 「ロ」 right before the title
ABBREVIATED_SPAN = 5  # (the longest abbreviation, 「シュー」, with its quotes)


def _predicate_cues(text: str, kind: str) -> list[re.Match]:
    out = []
    for m in CUE_RES[kind].finditer(text):
        after = text[m.end():]
        if text[m.start() - 1:m.start()] in QUOTE_OPENS and fired(lex.QUOTED_CUE, QUOTED_CUE.match(after)):
            continue
        if fired(lex.NEGATED, NEGATED.match(after)):
            continue
        if kind in ("agree", "consent") and fired(lex.MODAL_NOT, MODAL_NOT.match(after)):
            continue
        if kind == "agree" and (fired(lex.RECALLED_AFTER, RECALLED_AFTER.match(after)) or NOUN_AFTER.match(after)):
            continue
        if kind == "agree" and text[m.start() - 1:m.start()] in ("た", "の") and NOUN_PARTICLE.match(after):
            continue  # a noun: 達成された合意、… / これまでの合意を…
        if kind == "agree" and text[max(0, m.start() - 1):m.start()] == "の" and not AGREE_END.match(after):
            continue
        if kind == "invite" and INVITE_RENEWED.match(after):
            out.append(m)  # 公式訪問の招待を確認した / 招待が確認された: the invitation renewed
            continue
        if kind == "invite" and fired(lex.INVITE_NOT, INVITE_NOT.match(after)):
            continue
        if kind == "invite" and (m.group("please") or fired(lex.INVITE_MADE, INVITE_MADE.match(after))):
            out.append(m)  # 招請したい旨述べた, 来日いただきたい: the invitation is made
            continue
        if kind == "consent" and CUE_GROUP_OF[cue_row(m).id] == "accord":
            out.append(m)  # 同感であり / 全く同じ考えである旨応じた
            continue
        if kind in ("agree", "consent", "invite") and not PREDICATE_TAIL.match(after) \
                and not fired(lex.PREDICATE_NOTE, PREDICATE_NOTE.match(after)):
            continue
        if kind == "request" and fired(lex.REQUEST_NOT_AFTER, REQUEST_NOT_AFTER.match(after)):
            continue  # 求められている: a state, not an act
        out.append(m)
    return out


JOINT_BEFORE = re.compile(r"(?:" + words_pattern(_SUBJECT_TITLES, guard=False) + r")と$")


_TALK_ADDRESSEE = {r.pattern: r for r in lex.TALK_ADDRESSEES}


def _third_addressee(before: str, ev: EventDraft) -> bool:
    """…北朝鮮に対し…行動を求めていきたい / …の開始を加盟国に求める: asked of someone not at the talk."""
    lo = max(0, len(before) - 45)
    found = list(ADDRESSEE_AT.finditer(before, lo))
    if not found:
        return False
    asked = next((r for a in ADDRESSEE_AT.finditer(before, 0, found[-1].start())
                  if (r := _TALK_ADDRESSEE.get(a.group("x"))) is not None), None)
    if asked is not None:
        # 先方に対し、…を中国に求めていくよう要請: the other side is asked, a third party only inside what it is asked
        lexicon.fire(asked)
        return False
    x = found[-1].group("x")
    if fired(lex.NOT_ADDRESSEE, NOT_ADDRESSEE.search(x + "に")):
        return True
    code = countries.name_index().get(x) or countries.abbr_index().get(x)
    return bool(code) and code not in ev.countries


def _side_of_word(row: Row, ev: EventDraft, speaker: str | None) -> str | None:
    """The side a side word (gaiko/extract/lexicon/sides.py) names: both, the speaker's, Japan, the other side."""
    lexicon.fire(row)
    if row.value == "speaker":
        return speaker
    if row.value == "counterpart":
        return ev.counterpart
    return row.value


def _subject_side(doc: Doc, text: str, upto: int, ev: EventDraft, speaker: str | None) -> str | None:
    """The side of the nearest subject before position ``upto`` of the sentence text; when the sentence
    reports what someone said (Xより、…旨述べた / …との要望があった), the side of that speaker."""
    last = None
    found = list(SUBJECT_RE.finditer(text, 0, upto))
    if not found:
        return None
    # a subject marked by が after a speaker (Xから、…韓国側が…するよう求めた) is the content, not the actor
    first_speaker = next((m for m in found if text.startswith(("から", "より"), m.end("who"))), None)
    if first_speaker is not None:
        found = [m for m in found if m.start() <= first_speaker.start() or not text[m.end("who"):].startswith("が")]
    # a subject marked by が that a nominaliser closes before the cue (…山田総理が訪問し、…会談することを確認した) is the
    # clause's own: the actor is a subject before it, or none named
    kept = [m for m in found if not (text.startswith("が", m.end("who")) and _EMBEDDED.search(text, m.end(), upto))]
    if len(kept) < len(found):
        lexicon.fire(lex.EMBEDDED["outcomes.embedded.koto"])
        if not kept:
            return None
        found = kept
    last = found[-1]
    rm = REPORTED.search(text[max(0, upto - 4):])
    if rm:
        speakers = [m for m in found if text.startswith(("から", "より"), m.end("who"))]
        if speakers:
            lexicon.fire(lex.REPORT.which(rm.group("w") or rm.group("w2")))
            last = speakers[0]
    who = last.group("who")
    if (hon := roles.HONORIFICS.which(who[-2:])) is not None:
        lexicon.fire(hon)  # ハーリド国王陛下から: the title's person
    if text[last.end("who"):last.end()] in ("は", "が") and JOINT_BEFORE.search(text, 0, last.start()):
        return "both"  # 岸田大臣とジョコ次期大統領は、…: both sides named as one subject
    side_word = SIDE_OF_WORD.get(who)
    if side_word is not None:
        return _side_of_word(side_word, ev, speaker)
    if who.endswith("側"):
        name = who[:-1]
        return countries.name_index().get(name) or countries.abbr_index().get(name) or ev.counterpart
    if who.endswith(_SEIFU.pattern) and len(who) > len(_SEIFU.pattern):
        # メキシコ政府として / 日本政府より: the government named is the side
        lexicon.fire(_SEIFU)
        return countries.name_index().get(who[:-len(_SEIFU.pattern)]) or ev.counterpart
    # a person: their name shortened in quotes before the title (「ロ」外相より), matched against the talk's people;
    # else the talk's people by the name, then by the title's shape
    ab = ABBREVIATED_BEFORE.search(text, max(0, last.start("who") - ABBREVIATED_SPAN), last.start("who"))
    if ab:
        lexicon.fire(roles.ABBREVIATED["roles.abbreviated.kagi"])
        return next((p.country for p in ev.principals + ev.attendees
                     if any(part.startswith(ab.group(1)) for part in (p.name or "").split("・"))), ev.counterpart)
    rs = ROLE_START_RE.search(who, 1)
    if rs is not None and rs.start() == 1 and who.startswith(_BACK_REFERENCE.pattern) and ev.counterpart:
        # 同外相から / 同副大臣から: the person just named — the one of the talk whose title holds it when only one side's
        # does (a 副大臣 of Japan's with a foreign minister), else the other side's (Japan's own are named by name)
        lexicon.fire(_BACK_REFERENCE)
        title = who[1:]
        sides = {p.country for p in ev.principals + ev.attendees if p.role and title in p.role}
        return sides.pop() if len(sides) == 1 and None not in sides else ev.counterpart
    name_part = who[:rs.start()] if rs else who
    for p in ev.principals + ev.attendees:
        if p.name and (who.startswith(p.name) or p.name.split("・")[-1] in who or p.name.startswith(name_part)
                       or (len(p.name) >= 2 and who.startswith(p.name[:2]))):
            return p.country
    code = countries.name_index().get(who)
    if code:
        return code
    if KATAKANA_START.match(who):
        return ev.counterpart
    if FOREIGN_ROLE.search(who):
        return ev.counterpart
    if JP_ROLE.search(who):
        return "JP"
    return None


SPEAKER_LINE = re.compile(r"\s*\((?P<who>[^()]{2,30})\)\s*")
SPEAKER_FOREIGN = re.compile(named(lex.SPEAKER_FOREIGN))


def _speaker_lines(doc: Doc) -> list[tuple[int, str]]:
    if doc.speaker_lines is None:
        doc.speaker_lines = [(i, m.group("who")) for i in range(len(doc.lines))
                             if (m := SPEAKER_LINE.fullmatch(doc.line_text(i)))]
    return doc.speaker_lines


def _speaker_of(doc: Doc, s: Sentence, ev: EventDraft) -> str | None:
    """In a press announcement, the side of the speaker whose section holds the sentence: (ラヴロフ外務大臣)."""
    for li, who in reversed(_speaker_lines(doc)):
        if li <= s.line:
            for p in ev.principals:
                if p.name and p.name in who:
                    return p.country
            if KATAKANA_START.match(who) or fired(lex.SPEAKER_FOREIGN, SPEAKER_FOREIGN.search(who)):
                return ev.counterpart
            return "JP"
    return None


Found = tuple[str, str, str | None]  # (type, by, the cue row's id)


def _agree_cue(doc: Doc, text: str, cues: list[re.Match], ev: EventDraft, speaker: str | None) -> re.Match | None:
    """The first agree cue that is the sides' agreement (not third parties', not one side confirming alone)."""
    for m in cues:
        clause = text[:m.start()]
        tp = THIRD_PARTY.search(clause[-30:])
        if tp and not _ours(clause[-30:]):
            fired(lex.THIRD_PARTY, tp)  # 米朝首脳が合意: third parties agreed
            continue
        side = _subject_side(doc, text, m.start(), ev, speaker)
        group = CUE_GROUP_OF[cue_row(m).id]
        # …改めて確認した / …再確認した: one side's own position, unless said together
        if group == "confirm" and side not in (None, "both") and not fired(lex.TOGETHER, TOGETHER.search(clause)) \
                and "され" not in text[m.end():m.end() + 3]:
            continue
        if INVITED_BEFORE.search(clause):
            continue  # …の招待が確認された: an invitation renewed, not an agreement
        if group == "share" and not fired(lex.SHARED_OBJECT, SHARED_OBJECT.search(text, max(0, m.start() - 6), m.start())):
            continue
        return m
    return None


def _ours(clause: str) -> bool:
    """The clause names Japan or the sides too (日米間, 両首脳は): not only third parties."""
    m = THIRD_PARTY_NOT.search(clause)
    if m is None:
        return False
    lexicon.fire(SIDES.which(m.group("side")) if m.group("side") else lex.THIRD_PARTY_NOT.which(m.group("w")))
    return True


def _consent(text: str, consent: list[re.Match], requests: list[re.Match], prev_types: set[str]) -> re.Match | None:
    """The consent cue that makes the sentence an agreement: consent on its own, or support given in reply."""
    for m in consent:
        row = cue_row(m)
        group = CUE_GROUP_OF[row.id]
        if group in ("support", "understanding", "accord"):
            # support counts as consent in a reply to a request, or given by the other side to what
            # one side asked or set out earlier in the same sentence (Xから…説明し、Yから支持が表明された)
            # speakers (Xから) and a second one joining (Yも同様の考えを示した)
            speakers = [x for x in SUBJECT_RE.finditer(text, 0, m.start()) if text.startswith(("から", "より", "も"), x.end("who"))]
            understanding = group == "understanding"
            # a reply (これに対し、Xから…支持が表明された; …述べたところ、Yは…支持を表明) is consent to what was said
            reply = bool(REPLY.match(text)) and ("request" in prev_types or not understanding)
            if reply:
                fired(lex.REPLY, REPLY.match(text))
                return m
            if not understanding and ((requests and requests[0].start() < m.start()) or len({x.group("who") for x in speakers}) >= 2
                                      or fired(lex.REPLY_IN, REPLY_IN.search(text, 0, m.start()))):
                return m
            if group == "accord" and fired(lex.REPLY_IN, ACCORD_REPLY_IN.search(text, 0, m.start())):
                return m
            if group == "support" and fired(lex.SUPPORTED_OURS, SUPPORTED_OURS.search(text, max(0, m.start() - 60), m.start())):
                return m  # (…日本の立場に対する支持が改めて表明された: consent to Japan's position)
        elif group == "consent":
            return m
    return None


GOES_ON = re.compile(named(lex.GOES_ON))
REPORTED_REQUEST = re.compile(r"(?:が|も)あ(?:った|りました)")  # …との要請があった: reported, its speaker unnamed


def classify(doc: Doc, s: Sentence, ev: EventDraft, prev_types: set[str], prev_by: str | None = None) -> list[Found]:
    """(type, by, rule) outcomes of one sentence; ``prev_by``: the side that acted in the sentence before."""
    text = doc.norm[s.start:s.end]
    out: list[Found] = []
    if not ANY_CUE.search(text) or fired(lex.QUESTION, QUESTION_LINE.match(text)) \
            or fired(lex.QUESTION_ASKER, ASKER_LINE.match(text)):
        return out
    present = {k for k, rx in CUE_RES.items() if rx.search(text)}
    if not present:
        return out
    speaker = _speaker_of(doc, s, ev) if doc.doc_type == "press_conference" else None
    agree_cues = _predicate_cues(text, "agree") if "agree" in present else []
    if agree_cues and _one_speaker_report(text, agree_cues[-1].end()):
        agree_cues = []  # Xより、…双方の認識が一致していることを確認する旨述べた: one side's statement
    agree = _agree_cue(doc, text, agree_cues, ev, speaker)
    consent = _predicate_cues(text, "consent") if "consent" in present else []
    requests = _predicate_cues(text, "request") if "request" in present else []
    requests = [m for m in requests if not (CUE_GROUP_OF[cue_row(m).id] == "appeal"
                                            and fired(lex.NOT_ADDRESSEE, NOT_ADDRESSEE.search(text[:m.start()])))
                and not _third_addressee(text[:m.start()], ev)]
    if consent and agree is None:
        agree = _consent(text, consent, requests, prev_types)
    if requests:
        side = _subject_side(doc, text, requests[0].start(), ev, speaker)
        if side is None and prev_by not in (None, "both") and REPORTED_REQUEST.match(text, requests[0].end()) \
                and fired(lex.GOES_ON, GOES_ON.match(text)):
            side = prev_by  # また、…との要請があった: the speaker of the sentence before
        out.append(("request", side if side and side != "both" else (speaker or "JP"), _rule(requests[0])))
    for kind in ("protest", "invite", "thank"):
        if kind not in present:
            continue
        ms = _predicate_cues(text, kind)
        if kind == "thank":
            ms = [m for m in ms if not fired(lex.THANK_NOT, THANK_NOT.match(text, m.end()))]
        if ms:
            side = _subject_side(doc, text, ms[0].start(), ev, speaker)
            if side == "both":
                side = speaker or "JP"
            out.append((kind, side or speaker or "JP", _rule(ms[0])))
    if agree is not None:
        out.append(("agree", "both", _rule(agree)))
    order = {"agree": 0, "request": 1, "protest": 2, "invite": 3, "thank": 4}
    return sorted(out, key=lambda t: order[t[0]])


def _rule(m: re.Match) -> str | None:
    return lexicon.fire(cue_row(m))


def _one_speaker_report(text: str, after: int) -> bool:
    """The agree cues sit inside what one speaker said (Xより、…を確認する旨述べた), with no reply in the sentence."""
    tail = REPORTED_END.search(text, after)
    if not tail or fired(lex.REPLY, REPLY.match(text)) or fired(lex.REPLY_IN, REPLY_IN.search(text)):
        return False
    subs = list(SUBJECT_RE.finditer(text, 0, after))
    speakers = {m.group("who") for m in subs if text.startswith(("から", "より"), m.end("who"))}
    if not (len(speakers) == 1 and bool(subs) and text.startswith(("から", "より"), subs[0].end("who"))):
        return False
    both = next((m.group("who") for m in subs if m.group("who") in BOTH_SUBJECTS), None)
    if both is not None:
        lexicon.fire(SIDE_OF_WORD[both])
        return False
    lexicon.fire(lex.REPORT.which(tail.group("w")))
    return True


# the report verb closing the sentence: …旨述べた。 / …と述べました。
REPORTED_END = re.compile(r"(?:旨|と)(?:を)?" + named(lex.REPORT, lex.REPORT.where(value="end")) + r"[ぁ-ゖ]{0,6}。?$")
# what someone said, reported (…旨述べ, …との要望, …と述べ)
REPORTED = skip_ahead(re.compile(r"(?:旨|との)(?:の)?" + named(lex.REPORT) + "|と" + named(lex.REPORT, [lex.REPORT["outcomes.report.nobe"]], "w2")))
NOTE_HEADING = re.compile(r"^\s*" + named(lex.NOTE_HEADINGS))
# a note inside a paragraph, up to its closing parenthesis or the end of the line: …。(注 …議定書は1975年に合意。…に合意。)
INLINE_NOTE = re.compile(r"\(注\d?[\s::][^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)?")
# an earlier talk recalled at the start of the sentence: (date)に行われた…, (past time)の…会談において
RECALL_TALK = guarded(re.compile(r"(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)\d+年)?\d{1,2}月\d{1,2}日に行われた"
                         "|" + named(lex.RECALLED_WHEN, name="when") + "の[^、,。]{0,20}?"
                         + named(lex.RECALLED_AT, lex.RECALLED_AT.where(value="talk"), name="at") + "(?:において|で|の際)"))
# background on an earlier talk dated by its year (…平成25年3月の…訪問時の首脳会談において…合意した): recalled, anywhere
RECALL_DATED = skip_ahead(re.compile(r"(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:\d+|元)年)\d{1,2}月の[^、。,]{0,30}?"
                                     + named(lex.RECALLED_AT, name="at") + "(?:において|で|の際)"))
# every RECALL_TALK match holds one of these: a cheap test first
RECALL_HINT = re.compile(r"に行われた|" + flat(lex.RECALLED_AT, lex.RECALLED_AT.where(value="talk")))
RECALLED_VERB = re.compile(lex.CUES.alternation(lex.RECALLED_VERBS) + r"(?:した|。|$)")
PRESENT = re.compile(named(lex.PRESENT))


# a clause break after the earlier talk named (either comma the site has used): what follows may be this talk's
# (…会談において両首脳が確認したことを踏まえ、…で一致した); but not after the talk made the sentence's topic
# (先般の…外相会談では、…を踏まえ、…で一致した: all of it that talk's)
_CLAUSE_COMMA = re.compile("[、,]")
_TOPIC_AFTER = re.compile("は[、,]")


CUT_START = re.compile(named(lex.CUT_START))
_TEXT = re.compile(r"\S")


def _recalled(text: str) -> bool:
    """The sentence tells of an earlier talk (先月の首脳会談において…合意した): background, not an outcome."""
    rc = RECALL_TALK.search(text, 0, 60) if RECALL_HINT.search(text, 0, 60) else None
    if rc and RECALLED_VERB.search(text) and not fired(lex.PRESENT, PRESENT.search(text)) \
            and (_TOPIC_AFTER.match(text, rc.end()) or not _CLAUSE_COMMA.search(text, rc.end(), max(rc.end(), text.rfind("た")))):
        if rc.group("when"):
            lexicon.fire(lex.RECALLED_WHEN.which(rc.group("when")))
            lexicon.fire(lex.RECALLED_AT.which(rc.group("at")))
        return True
    rd = RECALL_DATED.search(text) if "月の" in text else None
    if rd and not fired(lex.PRESENT, PRESENT.search(text)) and not ANY_CUE.search(text, 0, rd.start()):
        lexicon.fire(lex.RECALLED_AT.which(rd.group("at")))
        return True
    return False


def run(doc: Doc) -> None:
    sents: list[Sentence] = doc.event_sentences
    notes = [(m.start(), m.end()) for m in INLINE_NOTE.finditer(doc.norm)] if "(注" in doc.norm else []
    in_note = in_reference = False
    note_line = -1
    first = _TEXT.search(doc.norm)
    opening = first.start() if first else len(doc.norm)  # where the excerpt's text opens (a sentence there may be cut)
    for ev in doc.events:
        prev_types: set[str] = set()
        prev_by: str | None = None
        for i in ev.sentences:
            s = sents[i]
            line_text = doc.line_text(s.line)
            if s.first_in_line and not in_reference:
                heading = NOTE_HEADING.match(line_text)
                if heading:
                    row = lex.NOTE_HEADINGS.which(heading.group("w"))
                    lexicon.fire(row)
                    in_note, note_line = True, s.line
                    in_reference = row is not None and row.value == "reference"
                elif doc.lines[s.line].marker and not doc.lines[s.line].marker.startswith(("(", "・", "●")) and s.line != note_line:
                    in_note = False
            if in_note or any(a <= s.start < b for a, b in notes):
                continue
            if _recalled(doc.norm[s.start:s.end]):
                continue
            if s.start <= opening and fired(lex.CUT_START, CUT_START.match(doc.norm, s.start)):
                continue  # the excerpt opens inside this sentence (を求めた。): its actor is cut away
            found = classify(doc, s, ev, prev_types, prev_by)
            prev_types = {t for t, _, _ in found}
            prev_by = next((by for _, by, _ in found if by != "both"), None)
            here = doc.text[s.start:s.end]
            for t, by, rule in found:
                if any(o.type == t and o.by == by and o.text == here for o in ev.outcomes):
                    continue  # the same sentence printed twice (a page's residue): one outcome, at its first place
                ev.outcomes.append(OutcomeDraft(type=t, by=by, text=here, span=(s.start, s.end), rule=rule))
