"""Plans stage: follow-up talks, visits and acts the record reports as agreed, decided or scheduled.

A plan needs (1) a thing that happens at a time — a talk, a visit (訪日, 訪露), a port call, a
mission, a commemorative event (the nouns in ``PLAN_NOUNS``) — (2) a verb that sets it up
(開催する, 行う, 訪問する, 寄港する …) and (3) a decision word (ことで一致, 合意, 予定, 調整していく,
受諾). Open-ended commitments (協力していく, 作業を加速) and multilateral gatherings mentioned as such
(G20首脳会合) are not plans; a bilateral talk set at one (APEC首脳会議の機会に…首脳会談を行う) is.
Dates resolve against the talk's date at the precision written (3月中旬 -> 2002-03 mid_month).
"""

from __future__ import annotations

import re

from gaiko import countries
from gaiko.extract import dates, meetings, places
from gaiko.extract.drafts import EventDraft
from gaiko.text import Doc

# --- data tables ------------------------------------------------------------------------------
VISIT_ABBR = "日露中韓米豪印英独仏伊加越伯墨朝比泰尼"
VISIT = r"(?:訪[" + VISIT_ABBR + r"]|来日)"  # a visit word: 訪日, 訪露 …, 来日
# the things a plan sets up, as data rows: talks, gatherings, missions, acts between the sides
_PLAN_NOUN_ROWS = ("会談", "サミット", "会合", "協議", "対話", "会議", "懇談会", "委員会", "作業部会", "フォーラム", "ミッション",
                   "記念行事", "行事", "式典", "円卓会議", "セミナー", "寄港", "派遣", "訓練", "演習", "墓参", "ツアー", "往来",
                   "プログラム", "プロジェクト", "交渉", "「2+2」", "2+2", "訪問", "枠組み", "メカニズム", "署名")
PLAN_NOUNS = (r"(?:" + "|".join(re.escape(w) for w in _PLAN_NOUN_ROWS) + r"|" + VISIT +
              r"|「[^「」、。]{2,24}?年」)")  # 「日本におけるロシア年」: an exchange year
_PLAN_PARTICLES = ("を", "が", "に")
_PLAN_VERBS = ("開催", "実施", "行う", "行われる", "開催される", "実施される", "実現", "再開", "開始", "訪問", "訪[" + VISIT_ABBR + "]", "来日",
               "寄港", "派遣", "訪れ", "協議(?=す|し)", "立ち上げ", "設置", "設立", "創設", "定例化", "目指す")
PLAN_VERB = re.compile(
    # a lookahead for the characters a match can start with (the particle may be absent), tested first
    "(?=[" + "".join(sorted({w[0] for w in _PLAN_PARTICLES + _PLAN_VERBS})) + "])"
    r"(?P<verb>(?:" + "|".join(_PLAN_PARTICLES) + ")?(?:" + "|".join(_PLAN_VERBS) + ")"
    r"(?:する|し|させる|される|すること|させること|を行う|すべく|に向け)?)"
)
# decision words: the sides agreed, decided or scheduled it (…ことで一致, …予定であり, …ことになります, …方向)
_DECISION_ROWS = (
    r"ことで(?:[^、。]{0,12})?(?:一致|合意|確認)", r"ことに(?:合意|一致)", r"ことにつき(?:一致|合意)", r"ことを(?:確認|決定|合意)",
    r"ことと(?:なった|した|なりました|しました)", r"ことに(?:なります|なる|なっている|なりました|なった)",
    r"予定(?:です|である|であり|だ|で、|となっている|されている|。|$)", r"(?:開催|実施|訪問|訪[" + VISIT_ABBR + r"]|来日)予定(?:と|として)", r"予定して", r"調整(?:していく|を進め|する|中)",
    r"方向(?:で|$)", r"で一致", r"受諾", r"開催が決定", r"決定した",
    # …することが確認された: the passive of ことを確認
    r"ことが(?:確認|合意|決定)され",
    # a nominalised act agreed (…政策対話の開始に合意, …の定例化…について一致)
    r"(?:開始|開催|実施|再開|定例化|立ち上げ|設置)(?:に|で)(?:合意|一致)(?!した[くい])", r"について(?:一致|合意)",
    # …の実施の重要性につき一致: the act whose importance both sides affirmed (an open-ended one is left out below)
    r"(?:開催|実施|再開|開始)の重要性(?:につき|について|で)(?:一致|合意|確認)",
    # a joint statement's plain non-past (…政策協議を開始します。): what the sides will do
    r"(?<=[しいれ])ます。?$",
)
DECISION = re.compile("|".join(_DECISION_ROWS))
LEAD_DECISION = re.compile(r"以下の(?:点|とおり|通り|[一二三四五六七八九0-9]+点)[^。]{0,6}(?:一致|合意|確認|決定)")
LISTED_ITEM = re.compile(r"(?:こと|事)。?$")
WELCOMED_VISIT = re.compile(r"(?:訪問|" + VISIT + r")したい(?:という|との)[^、。]{0,20}?の意向を[^、。]{0,12}?歓迎")
OPEN_ENDED = re.compile(r"(?:(?:協力|継続|加速|推進|強化|発展|連携|努力|検討)(?:して)?|取り組んで|取り組み|進めて|進め)"
                        r"(?:いく|いきたい)(?:ことで|ことを|ことに)")
GATHERING_ONLY = re.compile(r"(?:G\d{1,2}|COP\d*|サミット|首脳会合|首脳会議|総会|外相会合|閣僚会合)$"
                            # a gathering named as multilateral (国連…会議, 世界…フォーラム, 国際…会合)
                            r"|(?:国連|世界|国際|多国間)[^、。]*(?:会議|会合|サミット|フォーラム|総会)$")
VISIT_COUNTRY = {"訪日": "日本", "訪露": "ロシア", "訪中": "中国", "訪韓": "韓国", "訪米": "米国", "訪豪": "オーストラリア",
                 "訪印": "インド", "訪英": "英国", "訪独": "ドイツ", "訪仏": "フランス", "訪伊": "イタリア", "訪加": "カナダ",
                 "訪越": "ベトナム", "訪伯": "ブラジル", "来日": "日本"}
HEAD_WORD = re.compile(r"総理|首相|大統領|国家主席|主席|国王")
FM_WORD = re.compile(r"外相|外務大臣")
PHRASE_CHARS = r"[ァ-ヴー一-龥A-Za-z0-9「」()・+ー]"
CONNECTORS = ("に関する", "における", "に係る", "間の", "との", "及び", "並びに")
NEXT_PLACE = re.compile(r"次(?:回)?は(?P<p>[ァ-ヴー一-龥]{2,10}?)で(?:開催|行)")  # 次はモスクワで開催する予定


def _plan_kind(what: str) -> str:
    if re.search(r"2\+2|外務・防衛", what):
        return "two_plus_two"
    if re.search(r"閣僚級戦略対話|外相戦略対話|外相", what):
        return "foreign_ministers"
    if "首脳" in what or re.fullmatch(meetings.SIDES_SUMMIT, what) or (re.search(VISIT + r"|訪問", what) and HEAD_WORD.search(what)):
        return "summit"
    if re.search(VISIT + r"|訪問", what) and FM_WORD.search(what):
        return "foreign_ministers"
    if re.search(r"防衛相|防衛大臣|国防相", what):
        return "defense_ministers"
    if re.search(r"閣僚", what):
        return "other_ministerial"
    if re.search(r"協議|対話|委員会|作業部会|会合|会議|次官|局長", what):
        return "vice_ministerial"
    return "other"


def _what(norm: str, s_start: int, noun_start: int, noun_end: int) -> tuple[str, int]:
    """The noun phrase ending at the plan noun: 日中高級事務レベル海洋協議の次回会合."""
    i = noun_start
    while i > s_start:
        c = norm[i - 1]
        if re.match(PHRASE_CHARS, c):
            i -= 1
            continue
        conn = next((w for w in CONNECTORS if norm.endswith(w, s_start, i)), None)
        if conn and i - len(conn) - 1 >= s_start and re.match(PHRASE_CHARS, norm[i - len(conn) - 1]):
            i -= len(conn)
            continue
        if c == "の" and i - 2 >= s_start and re.match(PHRASE_CHARS, norm[i - 2]) and not re.match(r"[月年日頃旬]", norm[i - 2]):
            i -= 1
            continue
        break
    # drop leading date words and counters
    phrase = norm[i:noun_end]
    m = re.match(r"^(?:(?:本年|来年|今年|年内|来月|[今来明][春夏秋冬]|[0-9]+年|[0-9]+月|[0-9]+日|上旬|中旬|下旬|次回|今後|新たに)の?)+", phrase)
    if m:
        i += m.end()
    return norm[i:noun_end], i


_VISITOR_TITLES = ("総理大臣", "総理", "首相", "大統領", "国家主席", "主席", "外務大臣", "外相", "国防大臣", "国防相", "防衛大臣", "防衛相",
                   "大臣", "長官", "幕僚長")
_VISITOR = r"(?P<p>[ァ-ヴー一-龥・]{1,16}?(?:" + "|".join(_VISITOR_TITLES) + "))"


def _visit_what(text: str, verb_m: re.Match) -> str | None:
    """X が…訪韓する -> X の訪韓; …訪日したいというX の意向 -> X の訪日 (text is the sentence)."""
    verb = verb_m.group("verb").lstrip("をがに")
    v = re.match(VISIT, verb)
    if not v:
        return None
    pm = None
    for m in re.finditer(_VISITOR + r"(?:が|は|も|を|に対し、?|の(?:国賓|公式|公式実務|実務)?(?=訪|来日))", text[:verb_m.start() + 1]):
        pm = m
    if pm is None:
        pm = re.search(r"(?:という|との)" + _VISITOR + r"の(?:意向|希望)", text[verb_m.end():])
    if pm:
        return f"{pm.group('p')}の{v.group(0)}"
    return None


def _subject_what(text: str, verb_m: re.Match) -> str | None:
    """同艦が…東京に寄港する -> 同艦の寄港: a port call or dispatch named by its subject."""
    verb = verb_m.group("verb").lstrip("をがに")
    v = re.match(r"寄港|派遣", verb)
    if not v:
        return None
    subj = None
    for m in re.finditer(r"(?P<s>[ァ-ヴー一-龥・]{1,20}?)が", text[:verb_m.start()]):
        subj = m
    return f"{subj.group('s')}の{v.group(0)}" if subj else None


def _place(doc: Doc, text: str, offset: int) -> str | None:
    gm = places.GATHERING.search(text)
    if gm:
        c = places.city_from_occasion(gm.group("occ"))
        if c:
            return c
    for m in re.finditer(r"(?P<p>[ァ-ヴー一-龥]{2,12}?)(?:で|において|にて|を訪問|に寄港)", text):
        p = m.group("p")
        p = re.sub(r"^(?:(?:[0-9〇一二三四五六七八九十]{1,4}(?:月|日|年)(?:中|頃)?|上旬|中旬|下旬)+(?:に)?)", "", p)
        for pre in ("本年", "来年", "来月", "年内", "早期", "次回"):
            p = p.removeprefix(pre)
        p = p.removeprefix("に")
        if not p:
            continue
        if p in places.CITIES or places.is_country(p):
            return p
        toks = doc.tokens(offset + m.start("p") + (len(m.group("p")) - len(p)), offset + m.end("p"))
        if toks and all(t.is_place for t in toks):
            return p
    for k, v in VISIT_COUNTRY.items():
        if k in text:
            return v
    # a gazetteer city named with word edges (not 京 inside 東京都内), the one whose first mention comes last
    first: dict[str, int] = {}
    for name, st, _ in places.find_cities(text):
        if not places.is_country(name):
            first.setdefault(name, st)
    if first:
        return max((st, name) for name, st in first.items())[1]
    return None


# a plan mentioned as coming, in a modifier before its noun: 本年中に予定されている…の来日, 来年5月にあり得べき…の訪露,
# 11月10日に…開催となる「…対話」 (the ones that only say 開催される/行われる need a date before them)
_ANNOUNCED_ROWS = ("予定されている", "予定される", "予定の", "開催予定の", "実施予定の", "あり得べき")
_ANNOUNCED_DATED_ROWS = ("開催される", "行われる", "開催となる", "実施される")
ANNOUNCED = re.compile(r"(?P<mod>" + "|".join(_ANNOUNCED_ROWS + _ANNOUNCED_DATED_ROWS) + r")")
# gathering words that, mentioned as coming with only a date (6月に開催される…会議), are multilateral gatherings
_GATHERING_HEADS = ("会議", "サミット", "フォーラム", "会合", "総会", "セミナー", "行事", "式典")
# unspecified things (様々な行事): not a plan
UNSPECIFIED = re.compile(r"^(?:様々な|さまざまな|各種|種々の|多くの|一連の|数々の)")
ANNOUNCED_NOUN = re.compile(r"[^、。をがはにで]{0,40}?" + PLAN_NOUNS + r"(?![ァ-ヴー一-龥])")
# after a visit or talk word: it is the one under way or one already held (…訪問を嬉しく思う, …訪日の成果, …を契機に)
HELD_AFTER = re.compile(r"を(?:心から|改めて)?歓迎|を嬉しく|を喜|の(?:成果|際|折|結果)|を(?:契機|機)に|以来|以降"
                        # a past form (…対話が有意義に実施されたことを歓迎, …開催した際): held, not planned
                        r"|(?:さ|し)?れ?た(?:こと|の|際|が|。|$)"
                        # …訪日を、…関係を緊密化する契機とする: the visit under way
                        r"|を[、,]?[^。]{0,24}?(?:契機|機)と(?:する|し)"
                        # …訪問の可能性について検討: a possibility studied, not a plan
                        r"|の(?:可能性|是非|在り方|あり方)")
# a talk or visit named as past (先般の…対話, 前回の…会合): held, not planned
PAST_PREFIX = re.compile(r"^(?:先般|先日|先月|先週|前回|昨年|昨日)の?")
# a verb of purpose (…協議を行うため、…を訪問し): the act that follows is the plan, not this
PURPOSE_AFTER = re.compile(r"(?:ため|為)(?:に)?[、,]")
# an act asked of someone (交渉の開始を加盟国に求める): a request, not a plan
ASKED_AFTER = re.compile(r"を[^、。]{0,20}?に(?:求め|要請|要望)")
# a talk named after a relative future date (来月の…委員会では): mentioned as coming
_FUTURE_REL_ROWS = ("来月", "来週", "明日", "翌月", "翌週")
DATED_MENTION = re.compile(r"(?:" + "|".join(_FUTURE_REL_ROWS) + r")の(?P<n>[^、。をがはにで]{1,30}?(?:会談|協議|対話|委員会|作業部会|2\+2))(?=では|で|に向け|には|の成功|を)")
# a clause tied to the plan before it in time (時期を合わせて…も訪日し): the same month
SAME_TIME = re.compile(r"時期を合わせ|同時期に|同じ時期に")
# 8月又は9月に, 1月から2月: a plan dated by the first month, ending in the second
MONTH_OR = re.compile(r"\s*(?:又は|または|か|から|~|-)\s*$")
# the last sentence of an excerpt cut before its verb keeps a plan when it says what and when (…訪日を実現す)
CUT_TAIL = 12  # at most this many characters after the verb
# an enumeration under a generic head: 観光ツアーや、専門家の往来などのパイロット・プロジェクト -> the items
GENERIC_HEADS = ("プロジェクト", "事業", "行事", "交流")
LISTED_UNDER_HEAD = re.compile(r"(?P<items>[^、,。]+?(?:や[、,]?[^、,。]+?)+)(?:など|等)の[ァ-ヴー一-龥・]*$")


# …首脳会談をはじめとする政治対話: the named talk is the plan, the group word is not
FIRST_OF_GROUP = re.compile(r"(?P<x>[ァ-ヴー一-龥A-Za-z0-9・]{0,12}" + PLAN_NOUNS + r")を(?:はじめ|始め)と(?:する|した)")
SURU_NOUNS = ("協議",)  # plan nouns that are their own verb (早期に次官級で協議することとなった)
# a named talk looked forward to (…首脳会談を総理も楽しみにしており, …との会談を注目しており): mentioned as coming;
# お会いすることを楽しみに names no talk
_ANTICIPATION_ROWS = ("楽しみ", "心待ち", "注目")
# …首脳会談の前という重要なタイミング, …首脳会談を前に: a talk still to come (…会談に先立ち is mostly the
# talk the page reports, held later that day)
_BEFORE_ROWS = ("の前という", "を前に")
ANTICIPATED = re.compile(r"(?P<n>会談)(?:(?:を|も)[^、。]{0,8}?(?:" + "|".join(_ANTICIPATION_ROWS) + ")|(?:" +
                         "|".join(_BEFORE_ROWS) + "))")
CLAUSE_END = re.compile(r"(?:とともに|と共に|ものの|一方(?:で)?)[、,]")
RANK_BEFORE = re.compile(r"(?P<r>[一-龥]{1,4}級)で")
OTHER_NOUN_DATE = re.compile(r"(?:の|に(?:" + "|".join(_ANNOUNCED_ROWS) + "))[^、。]{0,15}?" + PLAN_NOUNS +
                             r"(?![^、。]{0,12}?の?(?:際|機会|折|場|前後|に合わせ|に併せ))")


COORDINATOR = re.compile(r"」?(?:・|及び|並びに|ならびに|と|や|、|,)")


def _date_for(doc: Doc, norm: str, lo: int, hi: int, after: int, ref, noun_at: int | None = None, today: bool = False):
    """The plan date of the clause norm[lo:hi]: the firm date nearest before ``hi`` (else a vague one, else the
    first just after); a month pair (8月又は9月) gives its first month and ends in the second."""
    all_ds = [d for d in dates.find_dates(norm, lo, after)
              if not (d.day is None and d.month is None and d.rel_year is None and d.year is None and not d.vague
                      and d.rel_month is None and d.season is None and d.rel_day is None)]
    all_ds = [d for d in all_ds if not re.match(r"^(?:年|周年|回)", norm[d.end:d.end + 2])
              and not (d.rel_day is not None and d.day is None and (d.rel_day < 0 or (d.rel_day == 0 and not today)))]
    if noun_at is not None:
        # 昨年11月の電話会談に引き続き…訪日する予定: a date of another talk named before the plan's noun
        # (2018年の「A年」・「B年」の実施: nouns joined by a coordinator share the date)
        all_ds = [d for d in all_ds if not ((om := OTHER_NOUN_DATE.match(norm, d.end, noun_at)) and om.end() < noun_at
                                            and not COORDINATOR.fullmatch(norm, om.end(), noun_at))]
        # …2000年までに締結するよう…再確認されるとともに、…委員会を設置: a date of the clause ended before the plan's
        all_ds = [d for d in all_ds if not (d.end < noun_at and CLAUSE_END.search(norm, d.end, noun_at))]
    ds = [d for d in all_ds if d.start < hi]
    firm = [d for d in ds if not d.vague]
    d = firm[-1] if firm else ds[-1] if ds else (all_ds[0] if all_ds else None)
    if firm and ds[-1].vague and ds[-1].start > firm[-1].end + 3:
        # 来年以降も…ことで一致し、早期に次官級で協議する: a vague date nearer the verb, apart from the firm one, is the plan's
        d = ds[-1]
    if d is None:
        return None, dates.Resolved(None, None)
    res = dates.resolve_plan_date(d, ref)
    k = all_ds.index(d)
    if k > 0 and d.month is not None and d.day is None and all_ds[k - 1].month is not None and all_ds[k - 1].day is None \
            and MONTH_OR.search(norm[all_ds[k - 1].end:d.start]):
        first = dates.resolve_plan_date(all_ds[k - 1], ref)
        if first.date and res.date:
            return all_ds[k - 1], dates.Resolved(first.date, first.precision, res.date)
    return d, res


def _decision(text: str, pos: int) -> re.Match | None:
    """The first decision word from ``pos`` outside parentheses: …協議を行う(…については調整中) is not decided."""
    for m in DECISION.finditer(text, pos):
        if text.count("(", pos, m.start()) <= text.count(")", pos, m.start()):
            return m
    return None


def _item(doc: Doc, what: str, res, d, place, occ) -> dict:
    return {"what": what, "kind": _plan_kind(what), "date": res.date, "date_end": res.date_end, "precision": res.precision,
            "place": place, "occasion": occ, "date_text": doc.text[d.start:d.end] if d else None}


def _announced(doc: Doc, start: int, end: int, ref) -> list[dict]:
    """Plans mentioned as coming in a modifier: 本年中に予定されているX首相の来日."""
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in DATED_MENTION.finditer(text):
        what = m.group("n")
        if GATHERING_ONLY.search(what) or UNSPECIFIED.match(what):
            continue
        d, res = _date_for(doc, norm, start + m.start(), start + m.start("n"), start + m.start("n"), ref)
        if res.date:
            out.append(dict(_item(doc, what, res, d, None, None), _mentioned=True))
    for m in ANNOUNCED.finditer(text):
        nm = ANNOUNCED_NOUN.match(text, m.end())
        if not nm:
            continue
        what = text[m.end():nm.end()].lstrip("、の")
        if "「" in what and text[nm.end():nm.end() + 1] == "」":
            what += "」"
        if not what or re.match(r"(?:今回|今次|本日|この|同)", what) or GATHERING_ONLY.search(what) or UNSPECIFIED.match(what):
            continue
        if m.group("mod") in _ANNOUNCED_DATED_ROWS and what.endswith(_GATHERING_HEADS):
            continue
        lo = max(text.rfind("、", 0, max(0, m.start() - 1)) + 1, m.start() - 40, 0)
        # 本日予定されている…対話: a talk announced for later today is dated today
        d, res = _date_for(doc, norm, start + lo, start + m.start(), start + m.start(), ref, start + m.end(), today=True)
        if m.group("mod") in _ANNOUNCED_DATED_ROWS and d is None:
            continue
        if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
            continue
        out.append(dict(_item(doc, what, res, d, _place(doc, text[lo:nm.end()], start + lo), None), _mentioned=True))
    return out


def _anticipated(doc: Doc, start: int, end: int, ref) -> list[dict]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in ANTICIPATED.finditer(text):
        what, w_start = _what(norm, start, start + m.start("n"), start + m.end("n"))
        if what == "会談" or re.match(r"(?:今回|今次|本日|この|本|同)", what):
            continue
        lo = max(text.rfind("、", 0, w_start - start) + 1, 0)
        d, res = _date_for(doc, norm, start + lo, w_start, w_start, ref)
        if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
            continue
        gm = places.GATHERING.search(text[:m.start()])
        out.append(dict(_item(doc, what, res, d, _place(doc, text[:m.end()], start), gm.group("occ") if gm else None), _mentioned=True))
    return out


# a plan whose date is being arranged (…首脳会談の具体的日程は…調整していく, …訪問について…日程を調整): set up,
# with no verb of holding it
_SCHEDULE_ROWS = ("日程", "時期", "詳細")
SCHEDULING = re.compile(PLAN_NOUNS + r"(?:の|について[、,]?|に関し[、,]?)[^、。]{0,10}?(?:" + "|".join(_SCHEDULE_ROWS) +
                        r")(?:は|を|について(?:は)?)?[、,]?[^。]{0,16}?調整")
# a coming visit welcomed (来年の…大統領の訪日の意向を歓迎, 今秋の…首相の訪日を歓迎したい) or named as the occasion of
# something (…大統領が来年訪日する機会に): mentioned as coming when an intention or a future date is written
_INTENT_ROWS = ("意向", "計画", "予定")
WELCOMED_COMING = re.compile(r"(?P<n>" + VISIT + r"|訪問)(?P<i>の(?:" + "|".join(_INTENT_ROWS) + r"))?を[^、。]{0,6}?歓迎")
VISIT_OCCASION = re.compile(r"(?P<n>" + VISIT + r"|訪問)(?:される|する)(?:機会|際)(?:に|には)")


def _scheduled(doc: Doc, start: int, end: int, ref) -> list[dict]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for m in SCHEDULING.finditer(text):
        if not _decision(text, m.end() - 2):
            continue
        nm = re.compile(PLAN_NOUNS).match(text, m.start())
        while True:  # the last plan noun of the phrase (…首脳会談: 会談, not 首脳…)
            nxt = re.compile(PLAN_NOUNS).search(text, nm.start() + 1, nm.end() + 12)
            if not nxt or not re.match(r"の|について|に関し", text[nxt.end():]) or nxt.start() >= nm.end() + 12:
                break
            nm = nxt
        what, w_start = _what(norm, start, start + nm.start(), start + nm.end())
        if not what or re.match(r"(?:今回|今次|本日|この)", what) or PAST_PREFIX.match(what) or GATHERING_ONLY.search(what):
            continue
        lo = max(text.rfind("、", 0, nm.start()) + 1, 0)
        d, res = _date_for(doc, norm, start + lo, start + m.end(), start + m.end(), ref, start + nm.start())
        if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
            continue
        out.append(_item(doc, what, res, d, _place(doc, text[lo:m.end()], start + lo), None))
    return out


def _coming_visits(doc: Doc, start: int, end: int, ref) -> list[dict]:
    norm = doc.norm
    text = norm[start:end]
    out = []
    for rx in (WELCOMED_COMING, VISIT_OCCASION):
        for m in rx.finditer(text):
            lo = max(text.rfind("、", 0, m.start()) + 1, text.rfind(",", 0, m.start()) + 1, 0)
            what, w_start = _what(norm, start, start + m.start("n"), start + m.end("n"))
            if rx is VISIT_OCCASION or what == m.group("n"):
                # a bare visit word (…が訪日する機会に, …としての訪日): named by its visitor, else left to the other rules
                vm = PLAN_VERB.match(text[lo:], m.start("n") - lo)
                what = _visit_what(text[lo:], vm) if vm else None
            if not what or re.match(r"(?:今回|今次|本日|この|同)", what) or PAST_PREFIX.match(what):
                continue
            d, res = _date_for(doc, norm, start + lo, start + m.end("n"), start + m.end("n"), ref)
            intent = rx is WELCOMED_COMING and m.group("i")
            if res.date is None and not intent:
                continue
            if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
                continue
            if not intent and d is not None and d.rel_year == 0 and d.part is None and d.month is None:
                continue  # 本年の…訪日を歓迎: the visit under way as well as a coming one
            out.append(dict(_item(doc, what, res, d, _place(doc, text[lo:m.end()], start + lo), None), _mentioned=True))
    return out


def plans_in_sentence(doc: Doc, start: int, end: int, ref, decided: bool = False, cut: bool = False) -> list[dict]:
    """Plans set up in one sentence; ``decided`` when a lead sentence above decided the listed items
    (以下の点で一致した。 then (イ)…を開催すること。); ``cut`` for the excerpt's last sentence, cut before its verb."""
    norm = doc.norm
    text = norm[start:end]
    announced = _announced(doc, start, end, ref) if ANNOUNCED.search(text) or DATED_MENTION.search(text) else []
    announced += _anticipated(doc, start, end, ref) if ANTICIPATED.search(text) else []
    announced += _scheduled(doc, start, end, ref) if "調整" in text else []
    announced += _coming_visits(doc, start, end, ref) if ("歓迎" in text or "機会" in text or "際" in text) else []
    if not PLAN_VERB.search(text):
        return announced
    dec = _decision(text, 0) or WELCOMED_VISIT.search(text) or (LISTED_ITEM.search(text) if decided else None)
    if not dec and not cut:
        return announced
    out = []
    clause_start = 0
    for vm in PLAN_VERB.finditer(text):
        if not (_decision(text, vm.start()) or WELCOMED_VISIT.search(text) or (decided and LISTED_ITEM.search(text))):
            # a cut last sentence: the plan stands when its verb ends the text and its date is written
            # (明年の適切な時期に…訪日を実現す)
            if not cut:
                break
            if len(text[vm.end():].strip()) > CUT_TAIL or not dates.find_dates(norm, start + clause_start, start + vm.start()):
                continue
        what = None
        nm = None
        w_start = None
        for m in re.finditer(PLAN_NOUNS, text[:vm.end()]):
            if m.start() >= vm.start() + (1 if vm.group("verb")[0] in "をがに" else 0):
                # the verb's own noun names the thing when used as a noun: 函館寄港を調整, 訪露が…課題
                if re.match(r"[をのが]", text[m.end():m.end() + 1]):
                    nm = m
                break
            nm = m
        if vm.group("verb").startswith(SURU_NOUNS):
            nm = re.match(PLAN_NOUNS, text[vm.start():]) and re.compile(PLAN_NOUNS).match(text, vm.start())  # 次官級で協議する
        if nm and nm.end() <= clause_start:
            nm = None
        if nm:
            between = text[nm.end():vm.start()]
            if nm.start() >= vm.start() or (len(between) <= 30 and (not re.search(r"[、。]", between) or between.startswith("を"))
                                            and not between.startswith("や")):
                what, w_start = _what(norm, start, start + nm.start(), start + nm.end())
                rank = RANK_BEFORE.search(text, 0, nm.start())
                if what == "協議" and rank and rank.end() == nm.start():
                    what = rank.group("r") + what  # 次官級で協議する -> 次官級協議
        if what:
            first = FIRST_OF_GROUP.search(text, 0, nm.start())
            if first and first.end() == nm.start() - (len(what) - (nm.end() - nm.start())):
                what = first.group("x")  # 9月の首脳会談をはじめとする政治対話: the talk named first
        visit = _visit_what(text, vm)
        if visit is None and what is None:
            visit = _subject_what(text, vm)
        if visit and (what is None or not re.search(r"会談|会合|協議|対話", what)):
            what = visit
        if not what or re.match(r"(?:今回|今次|本日|この)(?:の)?|同(?:" + PLAN_NOUNS + r")", what) or UNSPECIFIED.match(what):
            continue
        if PAST_PREFIX.match(what):
            continue
        if PURPOSE_AFTER.match(text[vm.end():]) or ASKED_AFTER.match(text[vm.end():]):
            clause_start = vm.end()
            continue
        if HELD_AFTER.match(text[vm.end():]):
            clause_start = vm.end()
            continue  # the visit being welcomed is the one under way; one whose results are noted is over
        if GATHERING_ONLY.search(what) and not re.search(r"会談", what) and not re.fullmatch(meetings.SIDES_SUMMIT, what):
            continue  # a gathering mentioned as such; a summit of the sides themselves (第10回日中韓サミット) is a talk
        if OPEN_ENDED.search(text) and not re.search(r"(?:開催|訪問|" + VISIT + r"|寄港|行う)(?:する|し|を行う|させる)?", text[vm.start():vm.end() + 2]):
            continue
        clause = text[clause_start:vm.end()]
        # the date: the date expression nearest before the verb in this clause (or just after the noun)
        d, res = _date_for(doc, norm, start + clause_start, start + vm.end(), min(end, start + vm.end() + 20), ref,
                           start + (nm.start() if nm and what and not visit else vm.start()))
        if d is None and out and SAME_TIME.search(clause) and out[-1]["date"]:
            res = dates.Resolved(out[-1]["date"][:7], "month" if len(out[-1]["date"]) >= 7 else out[-1]["precision"])
        if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
            continue  # a visit that already happened (昨年の…訪日を歓迎) is not a plan
        occ = None
        gm = places.GATHERING.search(clause)
        if gm:
            occ = gm.group("occ")
        place = _place(doc, clause, start + clause_start)
        parts = re.split(r"及び|並びに", what)
        if len(parts) > 1 and _shared_tail(parts):
            parts = [what]
        lm = LISTED_UNDER_HEAD.search(text[clause_start:nm.start()]) if nm and any(what.endswith(h) for h in GENERIC_HEADS) else None
        if lm:
            parts = [x.strip("、,") for x in re.split(r"や[、,]?", lm.group("items"))]
        if w_start is not None and not visit and not lm and len(parts) == 1:
            parts = _comma_listed(text, clause_start, w_start - start) + parts
        # a visit said as a verb (…が訪日し、) can carry the talk that follows it
        as_verb = bool(re.match(r"[をがに]?" + VISIT + r"(?:し|する)", vm.group("verb")))
        for one in parts:
            if len(one) < 2:
                continue
            out.append(dict(_item(doc, one, res, d, place, occ), _visit_verb=as_verb))
        clause_start = vm.end()
    out = _merge_visit_and_talk(out)
    for a in announced:
        same = next((b for b in out if _same_plan(a, b)), None)
        if same is None:
            out.append(a)
        elif same["date"] is None and a["date"]:
            # 本年予定されている…訪日の成功に向けて…: the modifier dates the plan the verb names
            same.update(date=a["date"], date_end=a["date_end"], precision=a["precision"], date_text=a["date_text"])
    return out


COMMA_ITEM = re.compile(r"(?:" + PHRASE_CHARS + r"|の)+")
TAIL_NOUN = re.compile(PLAN_NOUNS + r"$")


def _comma_listed(text: str, lo: int, hi: int) -> list[str]:
    """Talks listed with commas before the plan's own phrase (A協議,B対話,メコン,中東等の地域別の政策対話の実施):
    each item of the run that ends in a plan noun; plain words between (the regions of the last) are passed over,
    and the run stops at an item with a particle (the subject 両外相は, a clause)."""
    seg = text[lo:hi]
    if not seg.endswith(("、", ",")):
        return []
    out = []
    for item in reversed(re.split(r"[、,]", seg[:-1])):
        if not COMMA_ITEM.fullmatch(item) or re.search(r"[はをがにでともへ]", item.replace("の", "")):
            break
        if TAIL_NOUN.search(item) and len(item) >= 3:
            out.append(item)
    return out[::-1]


def _shared_tail(parts: list[str]) -> bool:
    """A作業部会及びB作業部会の全体会合: one meeting of both (the last part adds a head after the shared noun)."""
    m = re.search("(" + PLAN_NOUNS + r")の[^の]*" + PLAN_NOUNS + "$", parts[-1])
    return bool(m) and parts[0].endswith(m.group(1))


def _merge_visit_and_talk(items: list[dict]) -> list[dict]:
    """X が訪日し、首脳会談を行う: one plan, the talk, dated and placed by the visit's clause."""
    out: list[dict] = []
    for it in items:
        prev = out[-1] if out else None
        if (prev and prev.get("_visit_verb") and re.search(VISIT + r"|訪問", prev["what"]) and re.search(r"会談|会合|協議|対話|2\+2", it["what"])
                and it["date"] is None):
            merged = dict(it, date=prev["date"], date_end=prev["date_end"], precision=prev["precision"],
                          date_text=prev["date_text"], place=it["place"] or prev["place"], occasion=it["occasion"] or prev["occasion"])
            if merged["place"] in VISIT_COUNTRY.values() and prev["occasion"]:
                merged["place"] = places.city_from_occasion(prev["occasion"]) or merged["place"]
            out[-1] = merged
            continue
        out.append(it)
    return out


def run(doc: Doc) -> None:
    sents = doc.notes.get("sentences", [])
    earlier: list[dict] = []  # the plans of the talks above: a later talk that mentions one again does not repeat it
    for ev in doc.events:
        ref = dates.parse_iso(ev.date) or dates.parse_iso(doc.doc_date)
        found: list[dict] = []
        decided = False
        for i in ev.sentences:
            s = sents[i]
            text = doc.norm[s.start:s.end]
            if LEAD_DECISION.search(text):
                decided = True  # 以下の点で一致した。: the listed items below it are decided
                items = plans_in_sentence(doc, s.start, s.end, ref)
            else:
                decided = decided and bool(doc.lines[s.line].marker) and bool(LISTED_ITEM.search(text))
                items = plans_in_sentence(doc, s.start, s.end, ref, decided=decided, cut=_is_cut(doc, s))
            if not items:
                # 次はモスクワで開催する予定: a place for the plan just before
                m = NEXT_PLACE.search(text)
                if m and found and found[-1]["place"] is None:
                    found[-1]["place"] = m.group("p")
                continue
            for it in items:
                it["text"] = doc.text[s.start:s.end]
                it["span"] = (s.start, s.end)
                # two items of one sentence are two plans unless they name the same thing
                dup = next((f for f in found if _same_plan(f, it) and (f["span"] != it["span"] or _names_same(f["what"], it["what"]))), None)
                if any(_same_plan(e, it) for e in earlier):
                    continue
                if dup is None:
                    found.append(it)
                elif _rank(it) >= _rank(dup):
                    found[found.index(dup)] = it
        # a page announcing the talk itself (…28日に…外相会談を行うこととなりました): the event, not a plan of it
        found = [f for f in found if not (ev.date and f["precision"] == "day" and f["date"] == ev.date and f["kind"] == ev.kind)]
        ev.planned = found
        earlier += found
    # a plan only mentioned in passing (9月に予定されている首脳会談に向けて) that another talk of the page sets up
    # (9月に…訪露し、…会談することを確認) is that talk's
    for ev in doc.events:
        others = [p for e in doc.events if e is not ev for p in e.planned if not p.get("_mentioned")]
        ev.planned = [p for p in ev.planned if not (p.get("_mentioned") and p["date"] and any(
            o["date"] == p["date"] and o["kind"] == p["kind"] for o in others))]
        for p in ev.planned:
            for k in [k for k in p if k.startswith("_")]:
                del p[k]


def _is_cut(doc: Doc, s) -> bool:
    """The excerpt's last sentence, ending without 。: cut before its verb."""
    rest = doc.norm[s.end:].strip()
    return not rest and not doc.norm[s.start:s.end].rstrip().endswith("。")


PRECISION_RANK = {"day": 6, "early_month": 5, "mid_month": 5, "late_month": 5, "month": 4, "season": 3, "year": 2, None: 0}


def _rank(p: dict) -> int:
    return PRECISION_RANK.get(p["precision"], 0)


def _names_same(a: str, b: str) -> bool:
    """大統領訪日 / プーチン大統領の訪日: one thing named twice in a sentence."""
    a, b = re.sub(r"[「」()の]", "", a), re.sub(r"[「」()の]", "", b)
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))


def _same_plan(a: dict, b: dict) -> bool:
    if a["kind"] != b["kind"]:
        return False
    if _names_same(a["what"], b["what"]):
        return True
    if a["occasion"] and a["occasion"] == b["occasion"]:
        return True
    return bool(a["date"] and b["date"] and a["date"][:4] == b["date"][:4] and a["place"] == b["place"] and a["kind"] != "other")
