"""Layout: the words by which a ministry page shows what it is and where its own content stands.

The document stage (gaiko/extract/document.py) reads a page's furniture (navigation, breadcrumbs, footers,
section labels above the heading), its heading and date line, its photo captions and its type; the
chronology stage (gaiko/extract/chronology.py) reads dated entries, schedule announcements and Bluebook
prose. Their vocabularies are here; grammar that is no list of words (a breadcrumb's ``>``, a bracketed
line, a dated entry's shape) stays in the stage as a named module-level pattern.

Tables and their groups (the id's middle part):

    NAV            nav, crumb           the site's furniture: a line made only of these words is navigation
    FOOTER         footer               a line that ends the content (このページのトップへ戻る)
    SUMMARY        summary              a bracketed line naming the kind of summary ((概要と評価), (結果))
    LABELS         label                a label line or the label before the page's date (日時, 発表日)
    SECTIONS       section, office      the site's section printed above a heading (報道発表, 外務大臣)
    BANNERS        banner               a Bluebook page's label and chapter banner
    SITE           site                 the site's name in a page's <title>
    HEADING        heading              words that make a top line a heading, not a section's name
    TITLE_TYPES    title_type           a heading's words that decide the page's type (value: the type)
    LEAD_TYPES     lead_type, qa        a lead paragraph's words that decide it on a page with no heading
    TALK_TITLE     talk_title           a heading that ends in one of these reports a talk
    VISIT_TITLE    visit_title          a heading that reports a visit
    VISIT_SUMMARY  visit_summary        a lead that says it summarises a visit (同訪問の概要は以下のとおり)
    ANNOUNCED      announced            a lead told in the future: an announcement, not a record
    DATE_TAIL      date_tail            what may follow the page's date on its line (更新, 現在)
    CAPTIONS       caption_noun, caption_tail, caption_label   a photo caption's talk, its tail, its labels
    SCHEDULE       schedule, announcement, schedule_talk, schedule_future, schedule_past, rank
                                        a schedule page (主な要人の来日日程) and its announcements
    CHRONO         bullet, prose_talk, bluebook_talk, bluebook_held, bluebook_not_held, bluebook,
                   talk_list
                                        chronology entries, prose chronologies, Bluebook sections
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

NAV = Table("layout", (
    Row("layout.nav.gaimusho", "外務省", note="the ministry's name in the site's top bar"),
    Row("layout.nav.english", "English", note="language switch"),
    Row("layout.nav.japanese", "Japanese", note="language switch"),
    Row("layout.nav.link_page", "リンクページ", note="top bar: links"),
    Row("layout.nav.faq", "よくある質問集", note="top bar: FAQ"),
    Row("layout.nav.search", "検索", note="top bar: search"),
    Row("layout.nav.sitemap", "サイトマップ", note="top bar: sitemap"),
    Row("layout.nav.site_search", "サイト内検索", note="top bar: search within the site"),
    Row("layout.nav.gaimusho_annai", "外務省案内", note="menu: about the ministry"),
    Row("layout.nav.travel_info", "渡航関連情報", note="menu: travel"),
    Row("layout.nav.countries_regions", "各国・地域情勢", note="menu: countries and regions"),
    Row("layout.nav.foreign_policy", "外交政策", note="menu: foreign policy"),
    Row("layout.nav.oda", "ODA", note="menu: ODA"),
    Row("layout.nav.talks_visits", "会談・訪問", note="menu: talks and visits"),
    Row("layout.nav.press_pr", "報道・広報", note="menu: press"),
    Row("layout.nav.kids", "キッズ外務省", note="menu: the kids' site"),
    Row("layout.nav.documents", "資料・公開情報", note="menu: documents"),
    Row("layout.nav.procedures", "各種手続き", note="menu: procedures"),
    Row("layout.crumb.top_page", "トップページ", note="the site's top page: a menu item, and the start of an old breadcrumb without > marks"),
    Row("layout.nav.gaimusho_top", "外務省トップ", note="menu: the ministry's top page"),
    Row("layout.nav.to_body", "本文へ", note="skip link"),
    Row("layout.nav.to_body_move", "本文へ移動", note="skip link"),
    Row("layout.nav.about_gaimusho", "外務省について", note="menu (new site): about the ministry"),
    Row("layout.nav.policy", "政策", note="menu (new site): policy"),
    Row("layout.nav.country_region", "国・地域", note="menu (new site): countries"),
    Row("layout.nav.overseas_travel", "海外渡航・滞在", note="menu (new site): travel"),
    Row("layout.nav.applications", "申請・手続き", note="menu (new site): applications"),
    Row("layout.crumb.home", "ホーム", note="home: a menu item, and the start of an old breadcrumb without > marks"),
    Row("layout.nav.font_size", "文字サイズの変更", note="page tool: font size"),
    Row("layout.nav.world_map", "世界地図", note="regions menu: the world map"),
    Row("layout.nav.asia", "アジア", note="regions menu"),
    Row("layout.nav.north_america", "北米", note="regions menu"),
    Row("layout.nav.latin_america", "中南米", note="regions menu"),
    Row("layout.nav.europe_nis", "欧州(NIS諸国を含む)", note="regions menu (old site)"),
    Row("layout.nav.europe", "欧州", note="regions menu"),
    Row("layout.nav.oceania", "大洋州", note="regions menu"),
    Row("layout.nav.middle_east", "中東", note="regions menu"),
    Row("layout.nav.africa", "アフリカ", note="regions menu"),
    Row("layout.nav.back", "BACK", note="old site's back link"),
    Row("layout.nav.contents", "目次", note="table of contents link"),
    Row("layout.nav.return", "戻る", note="back link"),
    Row("layout.nav.menu", "メニュー", note="menu button"),
    Row("layout.nav.login", "ログイン", note="login link"),
    Row("layout.nav.print_ja", "印刷", note="print link"),
    Row("layout.nav.print_en", "Print", note="print link"),
), note="a line (or each item of a | menu) made only of these words is the site's furniture")

FOOTER = Table("layout", (
    Row("layout.footer.back", "BACK", note="the old site's back link closes the page"),
    Row("layout.footer.page_top", "このページのトップへ戻る", note="back to the top"),
    Row("layout.footer.page_top_short", "ページのトップへ戻る", note="back to the top"),
    Row("layout.footer.to_contents", "目次へ戻る", note="back to the contents"),
    Row("layout.footer.contents", "目次", note="a contents link under the text"),
    Row("layout.footer.related", "関連リンク", note="related links"),
    Row("layout.footer.legal", "法的事項", note="legal notice"),
    Row("layout.footer.accessibility", "アクセシビリティについて", note="accessibility"),
    Row("layout.footer.privacy", "プライバシーポリシー", note="privacy policy"),
    Row("layout.footer.access", "アクセス", note="access map"),
    Row("layout.footer.copyright_sign", "©.*", regex=True, note="© …"),
    Row("layout.footer.copyright", "Copyright.*", regex=True, note="Copyright …"),
    Row("layout.footer.back_to", ".{1,30}へ戻る", regex=True, note="back to any page (…一覧へ戻る)"),
    Row("layout.footer.annai", "外務省案内 .*", regex=True, note="the footer's menu of the ministry's pages"),
), note="a line that is only one of these ends the page's content")

SUMMARY = Table("layout", (
    Row("layout.summary.gaiyo", "概要", "overview", "(概要), 概要 or 結果概要 alone under a heading"),
    Row("layout.summary.hyoka", "評価", note="(概要と評価)"),
    Row("layout.summary.seika", "成果", note="(概要と成果)"),
    Row("layout.summary.kekka", "結果", "subtitle", "(結果), (結果概要)"),
    Row("layout.summary.sokuho", "速報", "subtitle", "(速報): a first report"),
    Row("layout.summary.kariyaku", "仮訳", "subtitle", "(仮訳): a provisional translation"),
    Row("layout.summary.kosshi", "骨子", "subtitle", "(骨子): an outline"),
    Row("layout.summary.yoshi", "要旨", note="(要旨)"),
    Row("layout.summary.yoyaku", "要約", note="(要約)"),
), note="a bracketed line of these words (joined by と/及び/・) labels the kind of summary, not the page's subject")

LABELS = Table("layout", (
    Row("layout.label.nichiji", "日時", "both", "日時 alone on a line; or before the page's date"),
    Row("layout.label.basho", "場所", "field", "場所 alone on a line"),
    Row("layout.label.hizuke", "日付", "both", "日付 alone on a line; or before the page's date"),
    Row("layout.label.jikan", "時間", "field", "時間 alone on a line"),
    Row("layout.label.shussekisha", "出席者", "field", "出席者 alone on a line"),
    Row("layout.label.sankasha", "参加者", "field", "参加者 alone on a line"),
    Row("layout.label.happyobi", "発表日", "date", "発表日 before the page's date"),
    Row("layout.label.koshinbi", "更新日", "update", "更新日 before the page's date of update"),
    Row("layout.label.saishu_koshinbi", "最終更新日", "update", "最終更新日(:) before the page's date of update"),
), note="value: 'field' a label line under the heading, 'date' a label before the page's date, 'both'; 'update' before "
        "the date of an update: the page's date only when no date line of its own follows right below")

SECTIONS = Table("layout", (
    Row("layout.section.hodo_happyo", "報道発表", note="the press releases' section"),
    Row("layout.section.kisha_kaiken", "記者会見", note="the press conferences' section"),
    Row("layout.section.kaiken", "会見", note="the press conferences' section"),
    Row("layout.section.press_release", "プレスリリース", note="press releases"),
    Row("layout.section.hodokan_danwa", "報道官談話", note="the spokesperson's statements"),
    Row("layout.office.gaimu_daijin", "外務大臣", "office", "the foreign minister's page (maybe after a name: 山田外務大臣)"),
    Row("layout.office.sori_daijin", "総理大臣", "office", "the prime minister's page"),
    Row("layout.section.naikaku_sori_daijin", "内閣総理大臣", note="the prime minister's page"),
    Row("layout.office.kambo_chokan", "官房長官", "office", "the chief cabinet secretary's page"),
    Row("layout.office.gaimu_fuku_daijin", "外務副大臣", "office", "a state minister's page"),
    Row("layout.office.gaimu_seimukan", "外務大臣政務官", "office", "a parliamentary vice-minister's page"),
    Row("layout.section.past_records", "過去の記録", note="the old site's archive"),
    Row("layout.section.visitors_schedule", "主な要人の来日日程", note="the visitors' schedule"),
    Row("layout.section.visitors_schedule_short", "要人来日日程", note="the visitors' schedule"),
    Row("layout.section.english_version", "英語版", note="English version"),
    Row("layout.section.bluebook_whitepapers", "外交青書・白書", note="the Bluebook and white papers"),
    Row("layout.section.bluebook", "外交青書", note="the Diplomatic Bluebook"),
    Row("layout.section.whitepaper", "白書", note="white papers"),
), note="the site's section above a heading (a line that is one of these); value 'office': also with up to four kanji of a name before it")

BANNERS = Table("layout", (
    Row("layout.banner.bluebook", "外交青書", note="a line opening with the Bluebook's name above the heading: a Bluebook section"),
    Row("layout.banner.chapter", r"第[0-9一二三四五六七八九十]+章\s", regex=True,
        note="第2章 地域別に見た外交: a Bluebook chapter's banner (navigation, and a Bluebook section)"),
    Row("layout.banner.relations", r"^(?:日・?)?(?P<c>[^\s・、。]{2,12}?)(?:関係)?$", regex=True,
        note="(3)日・ケニア関係, ア ベトナム: a numbered section on one country opening a page of dated talks in prose "
             "(a Bluebook section without its banner)"),
))

SITE = Table("layout", (
    Row("layout.site.gaimusho", "外務省", note="外務省: … in a page's <title>"),
    Row("layout.site.mofa_en", "Ministry of Foreign Affairs of Japan", note="the English name in a <title>"),
    Row("layout.site.mofa", "MOFA", note="the abbreviation in a <title>"),
), note="the site's name before or after a colon or bar in the page's <title>")

HEADING = Table("layout", (
    Row("layout.heading.kaidan", "会談", note="a talk"),
    Row("layout.heading.kaigi", "会議", note="a conference"),
    Row("layout.heading.kaigo", "会合", note="a meeting"),
    Row("layout.heading.ho", "訪", note="a visit (訪問, 訪日, 訪米)"),
    Row("layout.heading.rainichi", "来日", note="a visit to Japan"),
    Row("layout.heading.ni_tsuite", "について", note="an announcement (…について)"),
    Row("layout.heading.gaiyo", "概要", note="a summary"),
    Row("layout.heading.kekka", "結果", note="results"),
    Row("layout.heading.seimei", "声明", note="a statement"),
    Row("layout.heading.danwa", "談話", note="a statement"),
    Row("layout.heading.koudou_keikaku", "行動計画", note="a joint action plan"),
    Row("layout.heading.kaiken", "会見", note="a press conference"),
    Row("layout.heading.kyogi", "協議", note="consultations"),
    Row("layout.heading.taiwa", "対話", note="a dialogue"),
    Row("layout.heading.hyokei", "表敬", note="a courtesy call"),
    Row("layout.heading.hotei", "捧呈", note="an ambassador's credentials presented (…大使の信任状捧呈, 信任状捧呈式)"),
    Row("layout.heading.denwa", "電話", note="a telephone talk"),
    Row("layout.heading.kondan", "懇談", note="a conversation"),
    Row("layout.heading.shusseki", "出席", note="attendance"),
    Row("layout.heading.tachibanashi", "立ち話", note="a brief talk"),
    Row("layout.heading.dinner", "ディナー", note="a dinner"),
    Row("layout.heading.lunch", "ランチ", note="a lunch"),
    Row("layout.heading.chushokukai", "昼食会", note="a lunch"),
    Row("layout.heading.yushokukai", "夕食会", note="a dinner"),
    Row("layout.heading.choshokukai", "朝食会", note="a breakfast"),
    Row("layout.heading.bansankai", "晩餐会", note="a banquet"),
    Row("layout.heading.shomei", "署名", note="a signing"),
    Row("layout.heading.happyo", "発表", note="an announcement"),
    Row("layout.heading.communique", "コミュニケ", note="a communiqué"),
    Row("layout.heading.sengen", "宣言", note="a declaration"),
    Row("layout.heading.kiroku", "記録", note="a record (会見記録)"),
    Row("layout.heading.nittei", "日程", note="a schedule"),
    Row("layout.heading.rijikai", "理事会", note="a council"),
    Row("layout.heading.shuno", "首脳", note="leaders"),
    Row("layout.heading.gaisho", "外相", note="foreign ministers"),
    Row("layout.heading.ugoki", "動き", note="a chronology (…の動き)"),
    Row("layout.heading.nempyo", "年表", note="a chronology"),
    Row("layout.heading.orai", "往来", note="visits both ways"),
    Row("layout.heading.dekigoto", "出来事", note="a chronology (…関係の主な出来事)"),
    Row("layout.heading.ayumi", "歩み", note="a chronology (…関係の歩み)"),
    Row("layout.heading.summit", "サミット", note="a summit"),
    Row("layout.heading.forum", "フォーラム", note="a forum"),
    Row("layout.heading.enzetsu", "演説", note="a speech"),
    Row("layout.heading.aisatsu", "挨拶", note="an address"),
    Row("layout.heading.speech", "スピーチ", note="a speech"),
    Row("layout.heading.kyotei", "協定", note="an agreement"),
    Row("layout.heading.joyaku", "条約", note="a treaty"),
    Row("layout.heading.yoshi", "要旨", note="a summary"),
    Row("layout.heading.kosshi", "骨子", note="an outline"),
    Row("layout.heading.hyoka", "評価", note="an assessment"),
    Row("layout.heading.keii", "経緯", note="a history"),
    Row("layout.heading.enkaku", "沿革", note="a history"),
    Row("layout.heading.iken_kokan", "意見交換", note="an exchange of views"),
    Row("layout.heading.shokan", "書簡", note="a letter (…への書簡の発出)"),
    Row("layout.heading.shinsho", "親書", note="a leader's letter"),
    Row("layout.heading.shukuji", "祝辞", note="congratulations (…への祝辞の発出)"),
    Row("layout.heading.shukui", "祝意", note="congratulations (祝意メッセージの交換)"),
    Row("layout.heading.choi", "弔意", note="condolences (弔意の表明)"),
    Row("layout.heading.message", "メッセージ", note="a message"),
    Row("layout.heading.inken", "引見", note="an audience (皇太子殿下の御引見)"),
    Row("layout.heading.chomon", "弔問", note="a condolence visit or call (…の弔問, 弔問記帳)"),
), note="a top line with one of these is a document's heading; without, a section's name (a country, a policy area)")

TITLE_TYPES = Table("layout", (
    Row("layout.title_type.kankei_no_ugoki", "関係の動き", "chronology", "日・X関係の動き"),
    Row("layout.title_type.nempyo", "年表", "chronology", "日・X関係年表"),
    Row("layout.title_type.no_ugoki", "の動き$", "chronology", "…の動き at the heading's end", regex=True),
    Row("layout.title_type.omona_ugoki", "主な動き", "chronology", "…の主な動き"),
    Row("layout.title_type.orai", "往来", "chronology", "要人往来"),
    Row("layout.title_type.rainichi_yojin", "来日要人", "chronology", "主な来日要人(昭和63年), 来日要人一覧: a list of visitors by day"),
    Row("layout.title_type.dekigoto", "主な出来事", "chronology", "…関係の主な出来事"),
    Row("layout.title_type.kankei_no_ayumi", "関係の歩み", "chronology", "日・X関係の歩み (not 対話の歩み, a history told in prose)"),
    Row("layout.title_type.nittei_year", r"日程\(.+年\)$", "chronology", "…日程(平成11年): a year's schedule", regex=True),
    Row("layout.title_type.keii", "の経緯$", "chronology", "…協力の経緯", regex=True),
    Row("layout.title_type.enkaku", "沿革$", "chronology", "…の沿革", regex=True),
    Row("layout.title_type.kisha_happyo", "記者発表", "press_conference", "共同記者発表"),
    Row("layout.title_type.kisha_kaiken", "記者会見", "press_conference", "記者会見"),
    Row("layout.title_type.kyodo_kisha", "共同記者", "press_conference", "共同記者会見"),
    Row("layout.title_type.press", "プレス", "press_conference", "プレス・ブリーフィング"),
    Row("layout.title_type.kaiken", "(?<!御)会見", "press_conference", "外務大臣会見記録 (not 御会見, an audience)", regex=True),
    Row("layout.title_type.denwa_kaidan", "電話会談", "telephone_talk", "日X首脳電話会談"),
    Row("layout.title_type.denwa_kaigi", "電話会議", "telephone_talk", "電話会議"),
    Row("layout.title_type.danwa", "談話", "statement", "外務大臣談話"),
    Row("layout.title_type.seimei", "声明(?!.*会談)", "statement", "共同声明 (not a talk's heading that names one)", regex=True),
    Row("layout.title_type.statement", "ステートメント", "statement", "ステートメント"),
    Row("layout.title_type.communique", "コミュニケ", "statement", "共同コミュニケ"),
    Row("layout.title_type.sengen", "宣言(?!.*会談)", "statement", "…宣言 (not a talk's heading that names one)", regex=True),
    Row("layout.title_type.kyodo_happyo", "共同発表(?!.*会談)", "statement",
        "日本国政府及びX国政府の共同発表: a joint document of the governments (共同記者発表 and 共同プレス発表 are a press "
        "conference's, tried first; not a talk's heading that names one)", regex=True),
    Row("layout.title_type.action_plan", "^(?!.*会談).*行動計画", "statement",
        "日・トルコ行動計画 (not a talk's heading that names one, before or after: …首脳会談(行動計画の採択))", regex=True),
    # a page that reports no talk: a letter, a message, condolences, or an audience given by the Emperor or the
    # Crown Prince (not a talk's heading that names one: …首脳会談(親書の手交), …との電話会談 are tried before)
    Row("layout.title_type.shokan", "^(?!.*(?:会談|懇談|立ち話)).*書簡", "other", "…への書簡の発出", regex=True),
    Row("layout.title_type.shinsho", "^(?!.*(?:会談|懇談|立ち話)).*親書", "other", "…からの親書の発出", regex=True),
    Row("layout.title_type.shukuji", "^(?!.*(?:会談|懇談|立ち話)).*祝(?:辞|意)", "other",
        "…への祝辞の発出, 祝意メッセージの交換", regex=True),
    Row("layout.title_type.choi", "^(?!.*(?:会談|懇談|立ち話)).*弔(?:意|辞)", "other", "…の逝去について(弔意の表明)",
        regex=True),
    Row("layout.title_type.kicho", "^(?!.*(?:会談|懇談|立ち話)).*記帳", "other", "…による弔問記帳: a condolence book signed, no talk",
        regex=True),
    Row("layout.title_type.message", "^(?!.*(?:会談|懇談|立ち話)).*メッセージ", "other", "…へのメッセージの発出",
        regex=True),
    Row("layout.title_type.attendance", "^(?!.*(?:会談|懇談|立ち話)).*(?:夕食会|昼食会|朝食会|晩餐会|レセプション|式典)への出席",
        "other", "…歓迎夕食会への出席, …主催レセプションへの出席: a meal or a ceremony attended (…会議出席, a trip, is a "
        "visit's)", regex=True),
    Row("layout.title_type.credentials_ceremony", "^(?!.*(?:会談|懇談|立ち話|表敬)).*信任状捧呈式$", "other",
        "新任駐日大使の信任状捧呈式: the ceremony at which ambassadors present their credentials (to the Emperor), no talk",
        regex=True),
    Row("layout.title_type.audience", "^(?!.*(?:会談|懇談|立ち話)).*御(?:会見|引見)", "other",
        "…と天皇陛下との御会見, 皇太子殿下の御引見", regex=True),
), note="tried in the order of the types' first rows: chronology, press_conference, telephone_talk, statement, other")

KIND_LABELS = Table("layout", (
    Row("layout.kind_label.danwa", "談話", "statement", "外務大臣談話 / 外務報道官談話 on its own line above a …について title"),
    Row("layout.kind_label.seimei", "声明", "statement", "G7外相声明 on its own line above the title"),
), note="a short line ending in one of these right above a page's title names the kind of document (the title its subject): "
        "the page is of that type, and the line is no title")

LEAD_TYPES = Table("layout", (
    Row("layout.lead_type.denwa_kaidan", "電話会談", "telephone_talk", "…と電話会談を行った"),
    Row("layout.lead_type.denwa_de", "電話で会談", "telephone_talk", "…と電話で会談した"),
    Row("layout.lead_type.denwa_kaigi", "電話会議", "telephone_talk", "電話会議"),
    Row("layout.lead_type.denwa_ni_yoru", "電話による会談", "telephone_talk", "電話による会談"),
    Row("layout.lead_type.treaty_pm", "日本国(?:内閣)?総理大臣", "statement",
        "a joint document names the leaders in treaty style: …日本国内閣総理大臣と…", regex=True),
    Row("layout.lead_type.treaty_fm", "日本国外務大臣", "statement", "… or the ministers: 日本国外務大臣"),
    Row("layout.lead_type.programme", "到着し.{0,40}出発", "visit", "a programme of a stay: arrival, then departure", regex=True),
    Row("layout.qa.toi", "問", "press_conference", "(問): a journalist's question"),
    Row("layout.qa.shitsumon", "質問", "press_conference", "(質問)"),
    Row("layout.qa.kisha", "記者", "press_conference", "(記者)"),
    Row("layout.qa.kotae", "答", "press_conference", "(答): the answer"),
    Row("layout.qa.hodokan", "報道官", "press_conference", "(報道官): the spokesperson answers"),
), note="a page without its heading is typed by its lead; group qa: a transcript's line opens with one of these in brackets")

TALK_TITLE = Table("layout", (
    Row("layout.talk_title.kaidan", "会談", note="…会談 (also …首脳会談, …テレビ会談)"),
    Row("layout.talk_title.taiwa", "対話", note="…戦略対話"),
    Row("layout.talk_title.kyogi", "協議", note="…政策協議"),
    Row("layout.talk_title.kaigo", "会合", note="…外相会合"),
    Row("layout.talk_title.hyokei", "表敬", note="…大統領表敬"),
    Row("layout.talk_title.hyokei_homon", "表敬訪問", note="…首相表敬訪問"),
    Row("layout.talk_title.kaigi", "会議", note="…首脳会議"),
    Row("layout.talk_title.kondan", "懇談", note="…との懇談"),
    Row("layout.talk_title.kyogikai", "協議会", note="…協議会"),
    Row("layout.talk_title.iinkai", "委員会", note="…合同委員会"),
    Row("layout.talk_title.iken_kokan", "意見交換", note="…との意見交換"),
), note="a heading (or its bracketed last part) ending in one of these reports a talk: a meeting page "
        "(…会見 is a press conference's, TITLE_TYPES)")

VISIT_TITLE = Table("layout", (
    Row("layout.visit_title.homon", "訪問", note="…のラトビア訪問"),
    Row("layout.visit_title.ho_country", "訪[日中韓露米豪印英独仏伊加越伯]", regex=True,
        note="訪 + a country's one-character form: 総理訪米"),
    Row("layout.visit_title.rainichi", "来日", note="…大統領の来日"),
    Row("layout.visit_title.shusseki", "出席", note="…会議出席"),
    Row("layout.visit_title.gaikoku_homon", "外国訪問", note="…の外国訪問"),
    Row("layout.visit_title.rekiho", "歴訪", note="…の中央アジア歴訪: a tour of several countries"),
    Row("layout.visit_title.no_ho", "の訪", note="…大統領の訪日"),
    Row("layout.visit_title.chomon", "弔問(?!記帳)", regex=True, note="…総理特使の弔問(X国): a condolence mission abroad (弔問記帳, "
        "a condolence book signed, is none)"),
), note="a heading with one of these (and no talk at its end) reports a visit")

VISIT_SUMMARY = Table("layout", (
    Row("layout.visit_summary.homon_no_gaiyo", r"訪問の(?:日程と)?(?:概要|結果|成果)", regex=True,
        note="同訪問の概要は以下のとおり"),
    Row("layout.visit_summary.shita_tokoro", r"(?:訪問|訪日|来日|訪[中韓露米ソ英仏独])したところ[、,,]?(?:その)?(?:概要|結果|成果)",
        regex=True, note="…として訪日したところ、その概要と評価は以下のとおり"),
), note="a lead paragraph that announces the summary of a visit (on a page whose heading is lost)")

ANNOUNCED = Table("layout", (
    Row("layout.announced.sareru", "される", note="…が開催される。"),
    Row("layout.announced.suru", "する", note="…を主催する。"),
    Row("layout.announced.okonau", "行う", note="…会談を行う。"),
    Row("layout.announced.yotei_dearu", "予定である", note="…予定である。"),
    Row("layout.announced.yotei_desu", "予定です", note="…予定です。"),
    Row("layout.announced.shimasu", "します", note="…訪日します。"),
    Row("layout.announced.saremasu", "されます", note="…開催されます。"),
    Row("layout.announced.okonaimasu", "行います", note="…会談を行います。"),
), note="a …について page whose lead ends in one of these (then 。) announces a coming talk: not its record")

DATE_TAIL = Table("layout", (
    Row("layout.date_tail.koshin", "更新", note="令和3年2月5日更新"),
    Row("layout.date_tail.genzai", "現在", note="令和3年2月5日現在"),
    Row("layout.date_tail.happyo", "発表", note="令和3年2月5日発表"),
), note="a word that may close the page's date line")

CAPTIONS = Table("layout", (
    Row("layout.caption_noun.kaidan", "会談", note="日・X外相会談1"),
    Row("layout.caption_noun.kaigi", "会議", note="…首脳会議"),
    Row("layout.caption_noun.kaigo", "会合", note="…外相会合"),
    Row("layout.caption_noun.rijikai", "理事会", note="…理事会"),
    Row("layout.caption_noun.kondan", "懇談", note="…懇談"),
    Row("layout.caption_noun.chushokukai", "昼食会", note="…外相昼食会に臨む…"),
    Row("layout.caption_noun.yushokukai", "夕食会", note="…首脳夕食会"),
    Row("layout.caption_noun.choshokukai", "朝食会", note="…朝食会"),
    Row("layout.caption_noun.bansankai", "晩餐会", note="…晩餐会"),
    Row("layout.caption_noun.tachibanashi", "立ち話", note="…立ち話"),
    Row("layout.caption_noun.hyokei", "表敬", note="…首相表敬"),
    Row("layout.caption_noun.hyokei_homon", "表敬訪問", note="…首相表敬訪問1"),
    Row("layout.caption_noun.kyogi", "協議", note="…政策協議"),
    Row("layout.caption_noun.taiwa", "対話", note="…戦略対話"),
    Row("layout.caption_noun.dinner", "ディナー", note="…ワーキング・ディナー"),
    Row("layout.caption_noun.lunch", "ランチ", note="…ワーキング・ランチ"),
    Row("layout.caption_noun.denwa_kaidan", "電話会談", note="…電話会談"),
    Row("layout.caption_noun.tv_kaigi", "テレビ会議", note="…テレビ会議"),
    Row("layout.caption_tail.ni_nozomu", "に臨む", note="…昼食会に臨む山田大臣"),
    Row("layout.caption_tail.no_yosu", "の様子", note="…会談の様子1"),
    Row("layout.caption_tail.no_moyo", "の模様", note="…会談の模様"),
    Row("layout.caption_tail.deno", "での", note="…会談での両外相の握手"),
    Row("layout.caption_tail.paren", "(", note="…会談(出迎え): a bracketed tag of the moment"),
    Row("layout.caption_label.photo", "写真", note="(写真), (写真1): a photo's label, blanked; a line with it is a caption"),
    Row("layout.caption_label.credit", "写真提供", note="写真提供:内閣広報室: the photo credit, blanked"),
), note="a photo caption names the talk of a page whose heading is lost: a talk noun (then a number or a tail)")

SCHEDULE = Table("layout", (
    Row("layout.schedule.nittei", "日程", note="要人来日日程(平成11年): a schedule page's heading"),
    Row("layout.schedule.visitors", "要人来日(?:日程|予定)", regex=True,
        note="要人来日日程(平成11年8月), 要人来日予定: a visitors' schedule listed by visitor (a line per visitor)"),
    Row("layout.announcement.ni_tsuite", "について", note="…の来日について: an announcement's heading (and a …について title)"),
    Row("layout.announcement.no_yotei", "の予定", note="…の訪日の予定: an announcement's heading"),
    # a heading naming a visit or a meeting (…大統領の来日, …外務大臣のインドネシア訪問, …協議の開催) over a lead told in
    # the future (…来日します。, …訪問する予定です。): the visit or meeting announced, as a …について heading's
    Row("layout.coming.rainichi", "の来日", note="ハンガラ大統領の来日 / …来日します。"),
    Row("layout.coming.honichi", "の訪日", note="…外務大臣の訪日 / …訪日します。"),
    Row("layout.coming.homon", "訪問", note="…外務大臣のインドネシア訪問 / …訪問する予定です。"),
    Row("layout.coming.kaisai", "の開催", note="第5回日・トルコ次官級協議の開催 / …開催されます。"),
    Row("layout.schedule_talk.kaiken", "(?<![御者])会見", regex=True,
        note="…と会見する (not 御会見, an audience with the Emperor, nor 記者会見)"),
    Row("layout.schedule_talk.kaidan", "会談", note="…と会談を行う予定"),
    Row("layout.schedule_talk.kyogi", "協議", note="…と協議を行う予定"),
    Row("layout.schedule_talk.hyokei", "表敬", note="…を表敬訪問する予定: a courtesy call (kind other)"),
    Row("layout.schedule_future.yotei", "予定", note="…予定である"),
    Row("layout.schedule_future.okonau", "行う", note="…会談を行う"),
    Row("layout.schedule_future.okonai", "行い", note="…会談を行い"),
    Row("layout.schedule_future.suru", "する", note="…と会見する"),
    Row("layout.schedule_future.shimasu", "します", note="…会見します"),
    Row("layout.schedule_past.okonawareta", "行われた", note="(前回の外相会談は…に行われた。): a past talk recalled"),
    Row("layout.schedule_past.okonatta", "行った", note="…会談を行った"),
    Row("layout.schedule_past.shita", "した。", note="…会談した。"),
    Row("layout.rank.daitoryo", "大統領", "head", "a visiting president"),
    Row("layout.rank.shusho", "首相", "head", "a visiting prime minister"),
    Row("layout.rank.kokuo", "国王", "head", "a visiting king"),
    Row("layout.rank.kokka_shuseki", "国家主席", "head", "a visiting president (China)"),
    Row("layout.rank.sori", "総理", "head", "総理: the host of a summit (or a visiting premier)"),
    Row("layout.rank.gaisho", "外相", "fm", "a foreign minister"),
    Row("layout.rank.gaimu_daijin", "外務大臣", "fm", "a foreign minister"),
    Row("layout.rank.gaimu_chokan", "外務長官", "fm", "a foreign secretary"),
    Row("layout.rank.kokumu_chokan", "国務長官", "fm", "the US Secretary of State"),
), note="a schedule page: each announcement's talks to hold (future, not past); the ranks of visitor and host decide the kind")

CHRONO = Table("layout", (
    # what only a chronology entry says of its kind (chronology.entry_kind); everything else is read with the talk words
    Row("layout.entry_kind.change_of_office", "就任|発足|選挙|誕生|成立|退任", "other", regex=True,
        note="…大統領就任, …内閣発足: a change of office, not a talk"),
    Row("layout.entry_kind.talk_words", r"2\+2|外務・防衛|首脳", regex=True,
        note="…首脳会談, 外務・防衛閣僚会合: the talk words decide"),
    # a leader's visit, after a head's title (chronology.ENTRY_HEADS): 首相の訪日, 総理大臣のブラジル訪問, 元首の来日
    Row("layout.entry_kind.leader_visit", "の(?:[ァ-ヴー・一-龥]{0,10}?(?:訪|来日|来訪)|来)", "summit", regex=True,
        note="首相の訪日, 大統領のブラジル訪問, 国王の来日: a leader's visit"),
    Row("layout.entry_kind.leader_visit_short", "訪[日中韓露米ソ英仏独伊印豪加問]|来日|来訪", "summit", regex=True,
        note="大統領訪日, 総理訪ソ: a leader's visit as old chronologies write it"),
    Row("layout.stay_day.day", r"^\s+(?=\d{1,2}日)", regex=True,
        note="a visitor's stay (●10月21日～24日 X首相) over indented lines of its days (  22日 …と首脳会談): an entry per day "
             "line, dated in the stay's month, the visitor its other side; the stay itself no entry"),
    Row("layout.bullet.black_circle", "●", note="a bullet under an entry: what the talk produced"),
    Row("layout.bullet.bullet", "•", note="a bullet"),
    Row("layout.bullet.middle_dot", "・", note="a bullet"),
    Row("layout.bullet.white_circle", "○", note="a bullet"),
    Row("layout.bullet.diamond", "◆", note="a bullet"),
    Row("layout.bullet.square", "■", note="a bullet"),
    Row("layout.prose_talk.kaidan", "会談", note="a prose chronology's dated item about a talk"),
    Row("layout.prose_talk.kaigo", "会合", note="…外相会合を開催"),
    Row("layout.prose_talk.kaigi", "会議", note="…首脳会議"),
    Row("layout.prose_talk.kyogi", "協議", note="…協議"),
    Row("layout.prose_talk.taiwa", "対話", note="…対話"),
    Row("layout.prose_talk.summit", "サミット", note="…サミット"),
    Row("layout.prose_talk.homon", "訪問", note="…訪問"),
    Row("layout.prose_talk.ho_country", "訪[日中韓露米ソ]", regex=True, note="訪日, 訪ソ"),
    Row("layout.prose_talk.rainichi", "来日", note="…来日"),
    Row("layout.bluebook_talk.kaidan", "会談", note="a Bluebook sentence's completed talk: …と会談を行った"),
    Row("layout.bluebook_talk.kaiken", "会見", note="…と会見した"),
    Row("layout.bluebook_talk.kyogi", "協議", note="…と協議を行った"),
    Row("layout.bluebook_talk.hyokei", "表敬", note="…を表敬した"),
    Row("layout.bluebook_held.wo_okonatta", "を行った", note="…会談を行った"),
    Row("layout.bluebook_held.wo_okonai", "を行い", note="…会談を行い、"),
    Row("layout.bluebook_held.shita", "した", note="…会談した"),
    Row("layout.bluebook_held.shi_comma", "し[、,]", regex=True, note="…会談し、"),
    Row("layout.bluebook_held.ga_okonawareta", "が行われた", note="…会談が行われた"),
    Row("layout.bluebook_held.wo_jisshi", "を実施", note="…会談を実施"),
    Row("layout.bluebook_held.ga_okonaware", "が行われ[、,]", regex=True, note="…首脳会談が行われ、両首脳は…"),
    Row("layout.bluebook_not_held.suru", "する", note="9月に首脳会談を実施することで一致: a talk to hold, not held"),
    Row("layout.bluebook_not_held.yotei", "予定", note="…会談を実施予定"),
    Row("layout.bluebook.each", "それぞれ", note="…とそれぞれ会談を行った: one entry per month the sentence names"),
    Row("layout.bluebook_caption.kaidan", "会談", note="a Bluebook photo caption: …首脳会談(6月12日、大阪)"),
    Row("layout.bluebook_caption.kaigo", "会合", note="…外相会合(…)"),
    Row("layout.bluebook_caption.kaiken", "会見", note="…会見(…)"),
    Row("layout.bluebook_caption.hyokei", "表敬", note="…表敬(…)"),
    Row("layout.bluebook_caption.kyogi", "協議", note="…協議(…)"),
    Row("layout.talk_list.omona_kaidan", "主な(?:二国間)?会談", regex=True,
        note="…における主な二国間会談: a heading listing a gathering's talks, a chronology when its rows are dated"),
), note="chronologies: bullets under entries, prose items, Bluebook prose and captions")
