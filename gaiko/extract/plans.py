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
from gaiko.extract.meetings import EventDraft
from gaiko.text import Doc

# --- data tables ------------------------------------------------------------------------------
VISIT_ABBR = "日露中韓米豪印英独仏伊加越伯墨朝比泰尼"
PLAN_NOUNS = (r"(?:会談|サミット|会合|協議|対話|会議|懇談会|委員会|作業部会|フォーラム|ミッション|記念行事|行事|式典|円卓会議|セミナー|寄港|派遣|訓練|演習|"
              r"「2\+2」|2\+2|訪問|訪[" + VISIT_ABBR + r"])")
_PLAN_PARTICLES = ("を", "が", "に")
_PLAN_VERBS = ("開催", "実施", "行う", "行われる", "開催される", "実施される", "実現", "再開", "訪問", "訪[" + VISIT_ABBR + "]", "寄港",
               "派遣", "訪れ")
PLAN_VERB = re.compile(
    # a lookahead for the characters a match can start with (the particle may be absent), tested first
    "(?=[" + "".join(sorted({w[0] for w in _PLAN_PARTICLES + _PLAN_VERBS})) + "])"
    r"(?P<verb>(?:" + "|".join(_PLAN_PARTICLES) + ")?(?:" + "|".join(_PLAN_VERBS) + ")"
    r"(?:する|し|させる|される|すること|させること|を行う|すべく|に向け)?)"
)
DECISION = re.compile(
    r"ことで(?:[^、。]{0,12})?(?:一致|合意|確認)|ことに(?:合意|一致)|ことを(?:確認|決定|合意)|ことと(?:なった|した|なりました|しました)|"
    r"予定(?:です|である|だ|となっている|されている|。|$)|予定して|調整(?:していく|を進め|する|中)|方向で|で一致|受諾|開催が決定|決定した"
)
LEAD_DECISION = re.compile(r"以下の(?:点|とおり|通り|[一二三四五六七八九0-9]+点)[^。]{0,6}(?:一致|合意|確認|決定)")
LISTED_ITEM = re.compile(r"(?:こと|事)。?$")
WELCOMED_VISIT = re.compile(r"(?:訪問|訪[" + VISIT_ABBR + r"])したい(?:という|との)[^、。]{0,20}?の意向を[^、。]{0,12}?歓迎")
OPEN_ENDED = re.compile(r"(?:協力|継続|加速|推進|強化|発展|連携|努力|検討|取り組|進め)(?:して)?(?:いく|いきたい)(?:ことで|ことを)")
GATHERING_ONLY = re.compile(r"(?:G\d{1,2}|COP\d*|サミット|首脳会合|首脳会議|総会|外相会合|閣僚会合)$")
VISIT_COUNTRY = {"訪日": "日本", "訪露": "ロシア", "訪中": "中国", "訪韓": "韓国", "訪米": "米国", "訪豪": "オーストラリア",
                 "訪印": "インド", "訪英": "英国", "訪独": "ドイツ", "訪仏": "フランス", "訪伊": "イタリア", "訪加": "カナダ",
                 "訪越": "ベトナム", "訪伯": "ブラジル"}
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
    if "首脳" in what or re.fullmatch(meetings.SIDES_SUMMIT, what) or (re.search(r"訪[" + VISIT_ABBR + r"]|訪問", what) and HEAD_WORD.search(what)):
        return "summit"
    if re.search(r"訪[" + VISIT_ABBR + r"]|訪問", what) and FM_WORD.search(what):
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
    m = re.match(r"^(?:(?:本年|来年|今年|年内|来月|[0-9]+年|[0-9]+月|[0-9]+日|上旬|中旬|下旬|次回|今後|新たに)の?)+", phrase)
    if m:
        i += m.end()
    return norm[i:noun_end], i


_VISITOR = r"(?P<p>[ァ-ヴー一-龥・]{1,16}?(?:総理大臣|総理|首相|大統領|国家主席|主席|外務大臣|外相|大臣|長官|幕僚長))"


def _visit_what(text: str, verb_m: re.Match) -> str | None:
    """X が…訪韓する -> X の訪韓; …訪日したいというX の意向 -> X の訪日 (text is the sentence)."""
    verb = verb_m.group("verb").lstrip("をがに")
    v = re.match(r"訪[" + VISIT_ABBR + r"]", verb)
    if not v:
        return None
    pm = None
    for m in re.finditer(_VISITOR + r"(?:が|は|を|に対し、?|の(?:国賓|公式|公式実務|実務)?(?=訪))", text[:verb_m.start() + 1]):
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
    cities = [(text.find(c), c) for c in places.CITIES if c in text and not places.is_country(c)]
    if cities:
        return max(cities)[1]
    return None


def plans_in_sentence(doc: Doc, start: int, end: int, ref, decided: bool = False) -> list[dict]:
    """Plans set up in one sentence; ``decided`` when a lead sentence above decided the listed items
    (以下の点で一致した。 then (イ)…を開催すること。)."""
    norm = doc.norm
    text = norm[start:end]
    if not PLAN_VERB.search(text):
        return []
    dec = DECISION.search(text) or WELCOMED_VISIT.search(text) or (LISTED_ITEM.search(text) if decided else None)
    if not dec:
        return []
    out = []
    clause_start = 0
    for vm in PLAN_VERB.finditer(text):
        if not (DECISION.search(text, vm.start()) or WELCOMED_VISIT.search(text) or (decided and LISTED_ITEM.search(text))):
            break
        what = None
        nm = None
        for m in re.finditer(PLAN_NOUNS, text[:vm.end()]):
            if m.start() >= vm.start() + (1 if vm.group("verb")[0] in "をがに" else 0):
                # the verb's own noun names the thing when used as a noun: 函館寄港を調整, 訪露が…課題
                if re.match(r"[をのが]", text[m.end():m.end() + 1]):
                    nm = m
                break
            nm = m
        if nm and nm.end() <= clause_start:
            nm = None
        if nm:
            between = text[nm.end():vm.start()]
            if nm.start() >= vm.start() or (len(between) <= 30 and (not re.search(r"[、。]", between) or re.match(r"[をの]", between))):
                what, w_start = _what(norm, start, start + nm.start(), start + nm.end())
        visit = _visit_what(text, vm)
        if visit is None and what is None:
            visit = _subject_what(text, vm)
        if visit and (what is None or not re.search(r"会談|会合|協議|対話|会議", what)):
            what = visit
        if not what or re.match(r"(?:今回|今次|本日|この)(?:の)?|同(?:" + PLAN_NOUNS + r")", what):
            continue
        if re.match(r"を(?:心から|改めて)?歓迎", text[vm.end():]):
            continue  # the visit being welcomed is the one under way
        if GATHERING_ONLY.search(what) and not re.search(r"会談", what) and not re.fullmatch(meetings.SIDES_SUMMIT, what):
            continue  # a gathering mentioned as such; a summit of the sides themselves (第10回日中韓サミット) is a talk
        if OPEN_ENDED.search(text) and not re.search(r"(?:開催|訪問|訪[" + VISIT_ABBR + r"]|寄港|行う)(?:する|し|を行う|させる)?", text[vm.start():vm.end() + 2]):
            continue
        clause = text[clause_start:vm.end()]
        # the date: the date expression nearest before the verb in this clause (or just after the noun)
        all_ds = [d for d in dates.find_dates(norm, start + clause_start, min(end, start + vm.end() + 20))
                  if not (d.day is None and d.month is None and d.rel_year is None and d.year is None and not d.vague and d.rel_month is None and d.season is None)]
        all_ds = [d for d in all_ds if not re.match(r"^(?:年|周年|回)", norm[d.end:d.end + 2])]
        ds = [d for d in all_ds if d.start < start + vm.end()]
        firm = [d for d in ds if not d.vague]
        d = firm[-1] if firm else ds[-1] if ds else (all_ds[0] if all_ds else None)
        res = dates.resolve_plan_date(d, ref) if d else dates.Resolved(None, None)
        if res.date and ref and res.date < ref.isoformat()[:len(res.date)]:
            continue  # a visit that already happened (昨年の…訪日を歓迎) is not a plan
        occ = None
        gm = places.GATHERING.search(clause)
        if gm:
            occ = gm.group("occ")
        place = _place(doc, clause, start + clause_start)
        for one in re.split(r"及び|並びに", what):
            if len(one) < 2:
                continue
            out.append({
                "what": one, "kind": _plan_kind(one), "date": res.date, "date_end": res.date_end, "precision": res.precision,
                "place": place, "occasion": occ, "date_text": doc.text[d.start:d.end] if d else None,
            })
        clause_start = vm.end()
    return _merge_visit_and_talk(out)


def _merge_visit_and_talk(items: list[dict]) -> list[dict]:
    """X が訪日し、首脳会談を行う: one plan, the talk, dated and placed by the visit's clause."""
    out: list[dict] = []
    for it in items:
        prev = out[-1] if out else None
        if (prev and re.search(r"訪[" + VISIT_ABBR + r"]|訪問", prev["what"]) and re.search(r"会談|会合|協議|対話", it["what"])
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
                items = plans_in_sentence(doc, s.start, s.end, ref, decided=decided)
            if not items:
                # 次はモスクワで開催する予定: a place for the plan just before
                m = NEXT_PLACE.search(text)
                if m and found and found[-1]["place"] is None:
                    found[-1]["place"] = m.group("p")
                continue
            for it in items:
                it["text"] = doc.text[s.start:s.end]
                it["span"] = (s.start, s.end)
                dup = next((f for f in found if _same_plan(f, it)), None)
                if dup is None:
                    found.append(it)
                elif _rank(it) >= _rank(dup):
                    found[found.index(dup)] = it
        ev.planned = found


PRECISION_RANK = {"day": 6, "early_month": 5, "mid_month": 5, "late_month": 5, "month": 4, "season": 3, "year": 2, None: 0}


def _rank(p: dict) -> int:
    return PRECISION_RANK.get(p["precision"], 0)


def _same_plan(a: dict, b: dict) -> bool:
    if a["kind"] != b["kind"]:
        return False
    wa, wb = re.sub(r"[「」()]", "", a["what"]), re.sub(r"[「」()]", "", b["what"])
    if wa == wb or (min(len(wa), len(wb)) >= 4 and (wa in wb or wb in wa)):
        return True
    if a["occasion"] and a["occasion"] == b["occasion"]:
        return True
    return bool(a["date"] and b["date"] and a["date"][:4] == b["date"][:4] and a["place"] == b["place"] and a["kind"] != "other")
