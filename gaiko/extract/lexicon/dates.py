"""Dates: the words of Japanese official dates — eras, parts of a month, seasons, relative words.

gaiko/extract/dates.py builds ``DATE_RE`` and its companions from these rows (its first-character guard
too); the number grammar (digits, kanji numerals, 年/月/日, 時/分) stays there as structure. ``value``
is what the row means to the parser, as text:

    era            the year before the era's first (era year N = value + N): 平成 1988
    rel_year       years from the reference date (本年 0, 来年 1, 昨年 -1)
    rel_month      months from it (来月 1, 先月 -1)
    rel_day        days from it (翌日 1, 前日 -1); day_prefix 本 (本15日: this month's 15th)
    rel_week       weeks from it (来週)
    part           a part of a month or year after a date: early_month / mid_month / late_month (上旬 …),
                   half (前半, 始め), end (末: the year's end after a year), within (中, 内: within the year),
                   approx (頃, ごろ: about, no part; after a season or a clock time too)
    season         a season, with the month it begins (春 3)
    season_cue     what follows a bare season word for it to be a date (秋に, 秋以降; or 頃/ごろ of part)
    season_year    a one-character year before a season (今秋 0, 来春 1)
    year_end       a word for the year's end or the rest of the year (value: year_end, within_year,
                   next_year for 年明け: the start of next year)
    vague          a plan's time with no date (近々, 早期に)
    session        a numbered annual session that fixes the year ("base opening_month": 国連総会 1945 9)
    ampm, noon     午前 / 午後 before a clock time, 正午 as one (頃/ごろ after it: part's approx rows)
    length         a word after a length that keeps its value (弱, 強, 程度); approx_length 約
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

ERAS = Table("dates", (
    # (the late Edo eras, which only a chronology's oldest entries print, maybe with the western year in brackets:
    # 安政2年(1855年) 和親条約締結)
    Row("dates.era.kaei", "嘉永", "1847", "嘉永N年 = 1847 + N"),
    Row("dates.era.ansei", "安政", "1853", "安政N年 = 1853 + N"),
    Row("dates.era.manen", "万延", "1859", "万延元年 = 1860"),
    Row("dates.era.bunkyu", "文久", "1860", "文久N年 = 1860 + N"),
    Row("dates.era.genji", "元治", "1863", "元治元年 = 1864"),
    Row("dates.era.keio", "慶応", "1864", "慶応N年 = 1864 + N"),
    Row("dates.era.meiji", "明治", "1867", "明治N年 = 1867 + N"),
    Row("dates.era.taisho", "大正", "1911", "大正N年 = 1911 + N"),
    Row("dates.era.showa", "昭和", "1925", "昭和N年 = 1925 + N"),
    Row("dates.era.heisei", "平成", "1988", "平成N年 = 1988 + N (平成元年 1989)"),
    Row("dates.era.reiwa", "令和", "2018", "令和N年 = 2018 + N (令和元年 2019)"),
), note="Japanese eras (和暦); 元年 is year 1")

# the same year in the other calendar, in brackets right after the year a date opens with (2025年(令和7年)4月8日,
# 令和8年(2026年)1月20日): the date reads on past it, its year the first one
YEAR_ALSO = Table("dates", (
    Row("dates.year_also.bracket", "\\((?:(?:1[89]|20)\\d{2}|(?:昭和|平成|令和)(?:元|\\d{1,2}))年\\)", note="2025年(令和7年)4月8日: "
        "the other calendar's year in brackets after a year, passed over", regex=True),
), note="a year written in both calendars")

RELATIVE = Table("dates", (
    Row("dates.rel_year.honnen", "本年", "0", "本年5月: this year"),
    Row("dates.rel_year.kotoshi", "今年", "0", "今年: this year"),
    Row("dates.rel_year.rainen", "来年", "1", "来年: next year"),
    Row("dates.rel_year.myonen", "明年", "1", "明年: next year (formal)"),
    Row("dates.rel_year.sakunen", "昨年", "-1", "昨年: last year"),
    Row("dates.rel_year.yokunen", "翌年", "1", "翌年: the year after"),
    Row("dates.rel_year.donen", "同年", "0", "同年: the same year"),
    Row("dates.rel_month.raigetsu", "来月", "1", "来月: next month"),
    Row("dates.rel_month.hongetsu", "本月", "0", "本月: this month"),
    Row("dates.rel_month.kongetsu", "今月", "0", "今月: this month"),
    Row("dates.rel_month.sengetsu", "先月", "-1", "先月: last month"),
    Row("dates.rel_month.dogetsu", "同月", "0", "同月: the same month"),
    Row("dates.day_prefix.hon", "本", "0", "本15日: the 15th of the reference month"),
    Row("dates.rel_day.dojitsu", "同日", "0", "同日: the same day"),
    Row("dates.rel_day.honjitsu", "本日", "0", "本日: today"),
    Row("dates.rel_day.tojitsu", "当日", "0", "当日: that day"),
    Row("dates.rel_day.zenjitsu", "前日", "-1", "前日: the day before"),
    Row("dates.rel_day.yokujitsu", "翌日", "1", "翌日: the next day"),
    Row("dates.rel_day.kyo", "今日", "0", "今日: today"),
    Row("dates.rel_day.sakujitsu", "昨日", "-1", "昨日: yesterday"),
    Row("dates.rel_day.ashita", "明日", "1", "明日: tomorrow"),
    Row("dates.rel_day.ototoi", "一昨日", "-2", "一昨日: the day before yesterday (a press conference's 一昨日、…会談を行い)"),
    Row("dates.rel_day.sakuban", "昨晩", "-1", "昨晩: last night"),
    Row("dates.rel_day.sakuya", "昨夜", "-1", "昨夜: last night"),
    Row("dates.rel_day.kesa", "今朝", "0", "今朝: this morning"),
    Row("dates.rel_day.konban", "今晩", "0", "今晩: this evening"),
    Row("dates.rel_day.myocho", "明朝", "1", "明朝: tomorrow morning"),
    Row("dates.rel_week.raishu", "来週", "1", "来週, 来週23日: next week"),
), note="words dated against the page's (or the talk's) date")

# the day of a talk written in brackets after it, closing the heading of the talk's item on a visit's page
# (2.X大統領表敬(11日), (2)Y外務大臣との会談(1月11日(土)), 3.首脳会談(11日午前)): the talk's day
ITEM_DAY = Table("dates", (
    Row("dates.item_day.bracket", "(", note="X大統領表敬(11日): the day in brackets closing a talk's item heading"),
))

PARTS = Table("dates", (
    Row("dates.part.jojun", "上旬", "early_month", "5月上旬: the first ten days"),
    Row("dates.part.shojun", "初旬", "early_month", "5月初旬: the first ten days"),
    Row("dates.part.chujun", "中旬", "mid_month", "5月中旬: the middle ten days"),
    Row("dates.part.gejun", "下旬", "late_month", "5月下旬: the last ten days"),
    Row("dates.part.sue", "末", "end", "本年末: the year's end (after a month, 5月末: no part)"),
    Row("dates.part.hajime", "始め", "half", "来年始め"),
    Row("dates.part.hajime_kanji", "初め", "half", "来年初め"),
    Row("dates.part.zenhan", "前半", "half", "来年前半: the first half"),
    Row("dates.part.kohan", "後半", "half", "本年後半: the second half"),
    Row("dates.part.chu", "中", "within", "本年中: within the year"),
    Row("dates.part.nai", "内", "within", "本年内: within the year"),
    Row("dates.part.koro", "頃", "approx", "5月頃, 秋頃, 午後4時頃: about (no part)"),
    Row("dates.part.goro", "ごろ", "approx", "5月ごろ, 秋ごろ, 18時ごろ: about (no part)"),
), note="a part of a month or year written after a date; order-free (longest first)")

SEASONS = Table("dates", (
    Row("dates.season.haru", "春", "3", "spring: from March"),
    Row("dates.season.natsu", "夏", "6", "summer: from June"),
    Row("dates.season.aki", "秋", "9", "autumn: from September"),
    Row("dates.season.fuyu", "冬", "12", "winter: from December"),
    Row("dates.season_cue.ni", "に", note="秋に: a bare season as a time"),
    Row("dates.season_cue.iko", "以降", note="秋以降"),
    Row("dates.season_cue.made", "まで", note="秋まで"),
    Row("dates.season_cue.no", "の", note="秋の: a bare season before its noun"),
    Row("dates.season_year.kon", "今", "0", "今秋: this autumn"),
    Row("dates.season_year.rai", "来", "1", "来春: next spring"),
    Row("dates.season_year.myo", "明", "1", "明春: next spring (formal)"),
), note="a season, this year's or next year's once it has passed; with a one-character year before it")

YEAR_END = Table("dates", (
    Row("dates.year_end.nenmatsu", "年末", "year_end", "年末: the year's end"),
    Row("dates.year_end.nennai", "年内", "within_year", "年内: within the year"),
    Row("dates.year_end.nendonai", "年度内", "within_year", "年度内: within the fiscal year"),
    Row("dates.year_end.toshiake", "年明け", "next_year", "年明け早々にも: the start of next year (at year precision)"),
), note="the rest of the year, and the turn of the year (本年末, 本年中 are a relative year and a part: RELATIVE, PARTS)")

VAGUE = Table("dates", (
    Row("dates.vague.chikajika", "近々", note="近々訪日する: soon, no date"),
    Row("dates.vague.kinjitsuchu", "近日中", note="近日中に"),
    Row("dates.vague.chikaku", "近く", note="近く訪問する"),
    Row("dates.vague.sokini", "早期に", note="早期に開催する"),
    Row("dates.vague.sokino", "早期の", note="早期の訪日"),
    Row("dates.vague.hayai_jiki", "早い時期", note="できるだけ早い時期に"),
    Row("dates.vague.tekisetsu", "適切な時期に", note="適切な時期に"),
    Row("dates.vague.tekito", "適当な時期", note="適当な時期に"),
    Row("dates.vague.kongo", "今後", note="今後も協議する"),
), note="a plan's time without a date: the plan keeps no date")

SESSIONS = Table("dates", (
    Row("dates.session.unga", "国連総会", "1945 9", "第71回国連総会: session N opens in September of 1945 + N"),
), note="numbered annual sessions that fix the year of a month written without one")

WEEKDAYS = Table("dates", (
    Row("dates.weekday.paren", "\\([月火水木金土日](?:曜日?)?\\)", note="12月16日(日曜日)から18日(火曜日)まで: a day's weekday in "
        "brackets, inside a span of days", regex=True),
), note="the weekday the ministry writes after a day")

CLOCK = Table("dates", (
    Row("dates.ampm.gozen", "午前", note="午前10時"),
    Row("dates.ampm.gogo", "午後", note="午後1時: +12 hours"),
    Row("dates.noon.shogo", "正午", note="正午: 12:00"),
    Row("dates.length.jaku", "弱", note="4時間弱: a little under, the value kept"),
    Row("dates.length.kyo", "強", note="30分強: a little over"),
    Row("dates.length.amari", "余り", note="1時間余り"),
    Row("dates.length.yo", "余", note="1時間余"),
    Row("dates.length.teido", "程度", note="20分程度"),
    Row("dates.length.hodo", "ほど", note="20分ほど"),
    Row("dates.length.cho", "超", note="1時間超"),
    Row("dates.approx_length.yaku", "約", note="約50分間: a length (50分 alone is a clock part)"),
), note="clock times and lengths of time")
