"""Outcomes stage: what each talk produced, one sentence at a time.

Types and cues (data below): agree (一致, 合意, 確認, 妥結; consent 同意/賛意/賛同/受諾, 支持を得た, and
支持 in a reply to a request), request (求めた, 要望, 要請, 申し入れ, 呼びかけ to the other side), protest
(抗議, 遺憾), invite (招待, 招請), thank (感謝, 謝意). A cue counts only in predicate position
(…で一致した, …を確認。), not when it modifies a noun (両首脳が合意した事項), refers back
(…の合意に基づき), is negated (一致しなかった, 合意には至らなかった), belongs to third parties
(米朝首脳が合意), or is one side re-confirming its own position (X大統領は…改めて確認した).
``by`` is the side of the nearest subject before the cue (Xから, Xより, Xは, X側は, 私から), or both.
"""

from __future__ import annotations

import re

from gaiko import countries
from gaiko.extract.drafts import EventDraft, OutcomeDraft
from gaiko.text import Doc, Sentence, words_pattern

# --- data tables ------------------------------------------------------------------------------
CUES: dict[str, str] = {
    "agree": r"意見の一致|一致|合意|再確認|確認|妥結|共有",
    "consent": r"同意|賛意|賛同|受諾|支持を得(?!たい)|支持(?:を|が)(?:改めて)?表明|(?:理解と)?支持(?:は|に)(?:全く)?変わ(?:らない|っていない|りない|りがない)|支持する|支持した|支持している|理解を得(?!たい)|同感|同じ考え",
    "request": r"要望|求め|申し入れ|申入れ|要請|呼びかけ|呼び掛け|働きかけ|働き掛け|(?:協力|支持|理解)を得たい",
    "protest": r"抗議|遺憾",
    "invite": r"招待|招請|(?:訪日|来日|参加|出席|立ち寄って|お立ち寄り)(?:して)?いただきたい",
    "thank": r"感謝|謝意|謝辞|お礼",
}
# what may follow a cue for it to be the sentence's predicate (…一致した。 / …確認し、 / …一致。)
PREDICATE_TAIL = re.compile(
    r"(?:の意)?(?:[をが](?:改めて)?(?:表明|表|示|述べ|伝え|伝達|得|申し上げ|見))?(?:に(?:至|達)[ぁ-ゖ]{0,6})?(?:する旨|旨|の旨)?"
    r"(?:の?(?:発言|伝え|述べ|表明|申し入れ|伝達|表し|示し|応答|応じ))?[ぁ-ゖ]{0,10}"
    r"(?:[、,。」]|$|\s|という|との|ことで|こととし|ことを|後[、,])"
)
NEGATED = re.compile(r"^(?:しなかった|しませんでした|せず|しておらず|しておりません|には至らなかった|に至らなかった|には至りませんでした|"
                     r"に至りませんでした|には至らず|できなかった|できませんでした|されなかった|されませんでした|していない|していません)")
RECALLED_AFTER = re.compile(r"^(?:済みの|事項|内容|文書|に基づ|を踏まえ|を含む|に従|の履行|の実施|の精神|されたもの)")
NOUN_AFTER = re.compile(r"^(?:した|された|している|してきた|済み|できた)?[「一-龥ァ-ヴ]")
THIRD_PARTY = re.compile(r"([露中韓米朝英仏独伊加豪印越伯墨南北])([露中韓米朝英仏独伊加豪印越伯墨南北])(?:間|両国|両首脳|首脳|の間|が)|各国|各派|当事者|独仏両国|米朝")
ONE_SIDE_RECONFIRM = re.compile(r"(?:改めて|再)確認")
INVITED_BEFORE = re.compile(r"(?:招待|招請)[をが](?:改めて)?$")
REPLY_IN = re.compile(r"(?:た|る)ところ[、,]|のに対し(?:て)?[、,]")  # Xから…述べたところ、Yから…: the reply inside the sentence
REPLY = re.compile(r"^(?:これに対し|これに対して|こうした中|同大臣|同大統領)")
INVITE_NOT = re.compile(r"^(?:に|への|状|を受け|について)")
# a request named as how the talk came about, not made in it (先方からの申し入れにより電話会談を行った)
REQUEST_NOT_AFTER = re.compile(r"^(?:により|によって|に基づ|を受け|があれば|があった場合|に応じ)")  # (…の要請があれば: a condition)
REQUEST_NOT_ADDRESSEE = re.compile(r"(?:全ての関係国|関係国|加盟国|各国|国際社会|全ての国|関係者)(?:に対し|に)")
# a request addressed to a country: not a request of the talk when that country is not one of its sides
ADDRESSEE_AT = re.compile(r"(?P<x>[ァ-ヴー一-龥]{1,10})(?:に対し(?:て)?|に)(?![つおよと])")

_SUBJECT_WORDS = ("両首脳", "両大臣", "両外相", "両閣僚", "閣僚", "双方", "両者", "両国", "日露双方", "私たち", "私ども", "我々", "私",
                  "当方", "先方", "我が方", "わが方", "我が国", "わが国", "日本側", "日本")  # in this order
_SUBJECT_TITLES = ("総理大臣", "総理", "首相", "大統領", "国家主席", "主席", "外務大臣", "外相", "大臣", "長官", "次官", "局長",
                   "国務委員兼外交部長", "国務委員", "外交部長", "部長", "審議官", "大使", "副大統領", "議長", "委員長", "代表", "報道官", "主任",
                   "顧問", "事務総長", "政府")
_NAME_CHARS = "ァ-ヴー一-龥・"
SUBJECT_RE = re.compile(
    # a lookahead for the characters a subject can start with, tested first; the titles as a trie (longest first)
    "(?=[" + "".join(sorted({w[0] for w in _SUBJECT_WORDS})) + _NAME_CHARS + "])"
    r"(?P<who>" + "|".join(_SUBJECT_WORDS) + "|"
    "[" + _NAME_CHARS + "]{1,16}?側|[" + _NAME_CHARS + "]{0,16}?(?:" + words_pattern(_SUBJECT_TITLES, guard=True) + "))"
    r"(?:から(?:は|も)?|より(?:は|も)?|は|も|が|としては|として)(?!の)"
)


CUE_RES = {k: re.compile(v) for k, v in CUES.items()}
ANY_CUE = re.compile("|".join(CUES.values()))


NOT_REACHED = re.compile(r"(?:には|に)至らなかった|せず")
# a cue in a question or a statement of difficulty (一致できるのか, 一致することが難しい), in the future (近く合意される),
# or used as a noun (確認ですが): no outcome
MODAL_NOT = re.compile(r"(?:(?:でき|す)るのか|(?:できる|する)かどうか|(?:することが|するのは|するのが)(?:難し|困難)"
                       r"|される(?:見込み|予定|方向|。|$)|です|でしょう|させて)")
# a journalist's question in a press conference ((問)…): no outcome of the talk
QUESTION_LINE = re.compile(r"^\s*\((?:問|質問)\)")
NOUN_PARTICLE = re.compile(r"[、をがはに]")
AGREE_END = re.compile(r"(?:した|しました|。|で|$)")


def _predicate_cues(text: str, kind: str) -> list[re.Match]:
    out = []
    for m in CUE_RES[kind].finditer(text):
        after = text[m.end():]
        if NEGATED.match(after) or NOT_REACHED.match(after) or (kind in ("agree", "consent") and MODAL_NOT.match(after)):
            continue
        if kind in ("agree",) and (RECALLED_AFTER.match(after) or NOUN_AFTER.match(after)):
            continue
        if kind == "agree" and text[m.start() - 1:m.start()] in ("た", "の") and NOUN_PARTICLE.match(after):
            continue  # a noun: 達成された合意、… / これまでの合意を…
        if kind in ("agree",) and text[max(0, m.start() - 1):m.start()] == "の" and not AGREE_END.match(after):
            continue
        if kind == "invite" and re.match(r"[をが](?:改めて)?確認", after):
            out.append(m)  # 公式訪問の招待を確認した / 招待が確認された: the invitation renewed
            continue
        if kind == "invite" and INVITE_NOT.match(after):
            continue
        if kind == "invite" and (m.group(0).endswith("いただきたい") or after.startswith("したい旨")):
            out.append(m)  # 招請したい旨述べた, 来日いただきたい: the invitation is made
            continue
        if kind == "consent" and m.group(0) in ("同感", "同じ考え"):
            out.append(m)  # 同感であり / 全く同じ考えである旨応じた
            continue
        if kind in ("agree", "consent", "invite") and not PREDICATE_TAIL.match(after):
            continue
        if kind == "request" and (after.startswith("られ") or REQUEST_NOT_AFTER.match(after)):
            continue  # 求められている: a state, not an act
        out.append(m)
    return out


JOINT_BEFORE = re.compile(r"(?:" + words_pattern(_SUBJECT_TITLES, guard=False) + r")と$")


def _third_addressee(before: str, ev: EventDraft) -> bool:
    """…北朝鮮に対し…行動を求めていきたい / …の開始を加盟国に求める: asked of someone not at the talk."""
    am = None
    for am in ADDRESSEE_AT.finditer(before[-45:]):
        pass  # the last addressee before the cue
    if not am:
        return False
    x = am.group("x")
    if REQUEST_NOT_ADDRESSEE.search(x + "に"):
        return True
    code = countries.name_index().get(x) or countries.abbr_index().get(x)
    return bool(code) and code not in ev.countries


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
    last = found[-1]
    if REPORTED.search(text[max(0, upto - 4):]):
        speakers = [m for m in found if text.startswith(("から", "より"), m.end("who"))]
        if speakers:
            last = speakers[0]
    who = last.group("who")
    if text[last.end("who"):last.end()] in ("は", "が") and JOINT_BEFORE.search(text, 0, last.start()):
        return "both"  # 岸田大臣とジョコ次期大統領は、…: both sides named as one subject
    if who in ("両首脳", "両大臣", "両外相", "両閣僚", "閣僚", "双方", "両者", "両国", "日露双方", "私たち", "私ども", "我々"):
        return "both"
    if who in ("私",):
        return speaker
    if who in ("当方", "我が方", "わが方", "我が国", "わが国", "日本側", "日本"):
        return "JP"
    if who == "先方":
        return ev.counterpart
    if who.endswith("側"):
        name = who[:-1]
        code = countries.name_index().get(name) or countries.abbr_index().get(name)
        return code or (ev.counterpart if name not in ("日本", "日") else "JP")
    if who.endswith("政府") and len(who) > 2:
        # メキシコ政府として / 日本政府より: the government named is the side
        name = who[:-2]
        return "JP" if name in ("日本", "我が国", "わが国") else (countries.name_index().get(name) or ev.counterpart)
    # a person: match against the talk's people, then by the title's shape
    from gaiko.extract.people import ROLE_START_RE

    rs = ROLE_START_RE.search(who, 1)
    name_part = who[:rs.start()] if rs else who
    for p in ev.principals + ev.attendees:
        if p.name and (who.startswith(p.name) or p.name.split("・")[-1] in who or p.name.startswith(name_part)
                       or (len(p.name) >= 2 and who.startswith(p.name[:2]))):
            return p.country
    code = countries.name_index().get(who)
    if code:
        return code
    from gaiko.extract.meetings import JP_ROLE, FOREIGN_ROLE

    if re.match(r"[ァ-ヴ]", who):
        return ev.counterpart
    if FOREIGN_ROLE.search(who):
        return ev.counterpart
    if JP_ROLE.search(who):
        return "JP"
    return None


SPEAKER_LINE = re.compile(r"\s*\((?P<who>[^()]{2,30})\)\s*")


def _speaker_lines(doc: Doc) -> list[tuple[int, str]]:
    if "speaker_lines" not in doc.notes:
        doc.notes["speaker_lines"] = [(i, m.group("who")) for i in range(len(doc.lines))
                                      if (m := SPEAKER_LINE.fullmatch(doc.line_text(i)))]
    return doc.notes["speaker_lines"]


def _speaker_of(doc: Doc, s: Sentence, ev: EventDraft) -> str | None:
    """In a press announcement, the side of the speaker whose section holds the sentence: (ラヴロフ外務大臣)."""
    for li, who in reversed(_speaker_lines(doc)):
        if li <= s.line:
            for p in ev.principals:
                if p.name and p.name in who:
                    return p.country
            if re.match(r"[ァ-ヴ]", who) or re.search(r"露|中国|韓|米|英|仏|独|国防", who):
                return ev.counterpart
            return "JP"
    return None


def classify(doc: Doc, s: Sentence, ev: EventDraft, prev_types: set[str]) -> list[tuple[str, str]]:
    """(type, by) outcomes of one sentence."""
    text = doc.norm[s.start:s.end]
    out: list[tuple[str, str]] = []
    if not ANY_CUE.search(text) or QUESTION_LINE.match(text):
        return out
    present = {k for k, rx in CUE_RES.items() if rx.search(text)}
    if not present:
        return out
    speaker = _speaker_of(doc, s, ev) if doc.doc_type == "press_conference" else None
    # agree
    agree_cues = _predicate_cues(text, "agree") if "agree" in present else []
    if agree_cues and _one_speaker_report(text, agree_cues[-1].end()):
        agree_cues = []  # Xより、…双方の認識が一致していることを確認する旨述べた: one side's statement
    agree = False
    for m in agree_cues:
        clause = text[:m.start()]
        if THIRD_PARTY.search(clause[-30:]) and not re.search(r"日|両首脳|両大臣|双方", clause[-30:]):
            continue
        side = _subject_side(doc, text, m.start(), ev, speaker)
        if ONE_SIDE_RECONFIRM.search(text[max(0, m.start() - 2):m.end()]) or m.group(0) == "確認":
            if side not in (None, "both") and not re.search(r"両|双方|共に|ともに", clause) and "され" not in text[m.end():m.end() + 3]:
                continue
        if INVITED_BEFORE.search(clause):
            continue  # …の招待が確認された: an invitation renewed, not an agreement
        if m.group(0) == "共有" and not re.search(r"認識|考え|見方|方針", text[max(0, m.start() - 6):m.start()]):
            continue
        agree = True
        break
    consent = _predicate_cues(text, "consent") if "consent" in present else []
    requests = _predicate_cues(text, "request") if "request" in present else []
    requests = [m for m in requests if not (m.group(0).startswith("呼び") and REQUEST_NOT_ADDRESSEE.search(text[:m.start()]))
                and not _third_addressee(text[:m.start()], ev)]
    if consent and not agree:
        for m in consent:
            w = m.group(0).removeprefix("理解と")  # 理解と支持は変わっていない: support, as 支持
            if w.startswith("支持") and w != "支持を得" or w in ("理解を得", "同感", "同じ考え"):
                # support counts as consent in a reply to a request, or given by the other side to what
                # one side asked or set out earlier in the same sentence (Xから…説明し、Yから支持が表明された)
                speakers = [x for x in SUBJECT_RE.finditer(text, 0, m.start()) if text.startswith(("から", "より"), x.end("who"))]
                # a reply (これに対し、Xから…支持が表明された; …述べたところ、Yは…支持を表明) is consent to what was said
                reply = bool(REPLY.match(text)) and ("request" in prev_types or w != "理解を得")
                if (reply or (requests and requests[0].start() < m.start() and w != "理解を得")
                        or (w != "理解を得" and (len({x.group("who") for x in speakers}) >= 2 or REPLY_IN.search(text, 0, m.start())))):
                    agree = True
            else:
                if w == "支持を得" or w in ("同意", "賛意", "賛同", "受諾"):
                    agree = True
            if agree:
                break
    if requests:
        side = _subject_side(doc, text, requests[0].start(), ev, speaker)
        out.append(("request", side if side and side != "both" else (speaker or "JP")))
    for kind in ("protest", "invite", "thank"):
        if kind not in present:
            continue
        ms = _predicate_cues(text, kind)
        if kind == "thank":
            ms = [m for m in ms if not re.match(r"^(?:の念を抱)", text[m.end():])]
        if ms:
            side = _subject_side(doc, text, ms[0].start(), ev, speaker)
            if side == "both":
                side = speaker or "JP"
            out.append((kind, side or speaker or "JP"))
    if agree:
        out.append(("agree", "both"))
    order = {"agree": 0, "request": 1, "protest": 2, "invite": 3, "thank": 4}
    return sorted(out, key=lambda t: order[t[0]])


def _one_speaker_report(text: str, after: int) -> bool:
    """The agree cues sit inside what one speaker said (Xより、…を確認する旨述べた), with no reply in the sentence."""
    tail = REPORTED_END.search(text, after)
    if not tail or REPLY.match(text) or REPLY_IN.search(text):
        return False
    subs = list(SUBJECT_RE.finditer(text, 0, after))
    speakers = {m.group("who") for m in subs if text.startswith(("から", "より"), m.end("who"))}
    return len(speakers) == 1 and bool(subs) and text.startswith(("から", "より"), subs[0].end("who")) \
        and not any(m.group("who") in _BOTH_WORDS for m in subs)


_BOTH_WORDS = ("両首脳", "両大臣", "両外相", "両閣僚", "双方", "両者")
# the report verb closing the sentence: …旨述べた。 / …と述べました。
REPORTED_END = re.compile(r"(?:旨|と)(?:を)?(?:述べ|発言|説明|強調)[ぁ-ゖ]{0,6}。?$")
REPORTED = re.compile(r"(?:旨|との)(?:の)?(?:述べ|発言|指摘|説明|伝え|要望|申し入れ|強調|表明)|と述べ")
NOTE_HEADING = re.compile(r"^\s*\(注\d?\)|^\s*注\d?[::]|^\s*※")
# a note inside a paragraph, up to its closing parenthesis or the end of the line: …。(注 …議定書は1975年に合意。…に合意。)
INLINE_NOTE = re.compile(r"\(注\d?[\s::][^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)?")
RECALL_TALK = re.compile(r"(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)\d+年)?\d{1,2}月\d{1,2}日に行われた|(?:先月|先般|前回|昨年|[0-9]+月)の[^、。]{0,20}?(?:会談|会合)(?:において|で|の際)")


# background on an earlier talk dated by its year (…平成25年3月の…訪問時の首脳会談において…合意した): recalled, anywhere
RECALL_DATED = re.compile(r"(?:(?:19|20)\d{2}年|(?:平成|令和|昭和)(?:\d+|元)年)\d{1,2}月の[^、。,]{0,30}?(?:会談|会合|訪問時|訪問の際)"
                          r"(?:において|で|の際)")
# every RECALL_TALK match holds one of these: a cheap test first
RECALL_HINT = re.compile(r"に行われた|会談|会合")


def run(doc: Doc) -> None:
    sents: list[Sentence] = doc.notes.get("sentences", [])
    notes = [(m.start(), m.end()) for m in INLINE_NOTE.finditer(doc.norm)] if "(注" in doc.norm else []
    in_note = False
    note_line = -1
    for ev in doc.events:
        prev_types: set[str] = set()
        for i in ev.sentences:
            s = sents[i]
            line_text = doc.line_text(s.line)
            if s.first_in_line:
                if NOTE_HEADING.match(line_text):
                    in_note, note_line = True, s.line
                elif doc.lines[s.line].marker and not doc.lines[s.line].marker.startswith(("(", "・", "●")) and s.line != note_line:
                    in_note = False
            if in_note or any(a <= s.start < b for a, b in notes):
                continue
            text = doc.norm[s.start:s.end]
            rc = RECALL_TALK.search(text, 0, 60) if RECALL_HINT.search(text, 0, 60) else None
            if (rc and re.search(r"(?:確認|合意|一致)(?:した|。|$)", text) and not re.search(r"今回|本日|両[^、。]{1,4}は|双方は|両者は", text)
                    and "、" not in text[rc.end():text.rfind("た")]):
                continue
            rd = RECALL_DATED.search(text) if "月の" in text else None
            if rd and not re.search(r"今回|本日|両[^、。]{1,4}は|双方は|両者は", text) and not ANY_CUE.search(text, 0, rd.start()):
                continue
            types = classify(doc, s, ev, prev_types)
            prev_types = {t for t, _ in types}
            for t, by in types:
                ev.outcomes.append(OutcomeDraft(type=t, by=by, text=doc.text[s.start:s.end], span=(s.start, s.end)))
