"""Countries: ISO 3166 alpha-2 code, Japanese names and one-character abbreviations, MOFA region.

A data table, used by the extractors (露外務大臣, ロシア側, 日露, 訪中), the archive (relations, regions)
and the web app (the ministry's own grouping of regions). Regions follow the MOFA site:
アジア, 北米, 中南米, 欧州(NIS諸国を含む), 大洋州, 中東, アフリカ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

REGIONS = ("アジア", "北米", "中南米", "欧州(NIS諸国を含む)", "大洋州", "中東", "アフリカ")


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # the usual short Japanese name (ロシア)
    region: str
    abbr: str | None = None  # one-character form in compounds: 日露, 露外務大臣, 訪露
    aliases: tuple[str, ...] = field(default=())  # formal and other names (ロシア連邦)
    name_en: str = ""


# code, name, region, abbr, aliases, English name
_TABLE: list[tuple[str, str, str, str | None, tuple[str, ...], str]] = [
    ("JP", "日本", "アジア", "日", ("日本国", "我が国", "わが国"), "Japan"),
    ("CN", "中国", "アジア", "中", ("中華人民共和国",), "China"),
    ("KR", "韓国", "アジア", "韓", ("大韓民国",), "Republic of Korea"),
    ("KP", "北朝鮮", "アジア", "朝", ("朝鮮民主主義人民共和国",), "North Korea"),
    ("MN", "モンゴル", "アジア", "蒙", ("モンゴル国",), "Mongolia"),
    ("TW", "台湾", "アジア", "台", (), "Taiwan"),
    ("IN", "インド", "アジア", "印", ("インド共和国",), "India"),
    ("PK", "パキスタン", "アジア", None, ("パキスタン・イスラム共和国",), "Pakistan"),
    ("BD", "バングラデシュ", "アジア", None, ("バングラデシュ人民共和国",), "Bangladesh"),
    ("LK", "スリランカ", "アジア", None, ("スリランカ民主社会主義共和国",), "Sri Lanka"),
    ("NP", "ネパール", "アジア", None, ("ネパール連邦民主共和国",), "Nepal"),
    ("ID", "インドネシア", "アジア", "尼", ("インドネシア共和国",), "Indonesia"),
    ("VN", "ベトナム", "アジア", "越", ("ベトナム社会主義共和国", "ヴェトナム", "ヴィエトナム"), "Viet Nam"),
    ("TH", "タイ", "アジア", "泰", ("タイ王国",), "Thailand"),
    ("PH", "フィリピン", "アジア", "比", ("フィリピン共和国",), "Philippines"),
    ("MY", "マレーシア", "アジア", "馬", ("マレイシア",), "Malaysia"),
    ("SG", "シンガポール", "アジア", "星", ("シンガポール共和国",), "Singapore"),
    ("KH", "カンボジア", "アジア", None, ("カンボジア王国",), "Cambodia"),
    ("LA", "ラオス", "アジア", None, ("ラオス人民民主共和国",), "Laos"),
    ("MM", "ミャンマー", "アジア", "緬", ("ミャンマー連邦共和国",), "Myanmar"),
    ("BN", "ブルネイ", "アジア", None, ("ブルネイ・ダルサラーム国",), "Brunei"),
    ("TL", "東ティモール", "アジア", None, ("東ティモール民主共和国", "東チモール", "チモール"), "Timor-Leste"),
    ("US", "米国", "北米", "米", ("アメリカ合衆国", "アメリカ", "合衆国"), "United States"),
    ("CA", "カナダ", "北米", "加", (), "Canada"),
    ("MX", "メキシコ", "中南米", "墨", ("メキシコ合衆国",), "Mexico"),
    ("BR", "ブラジル", "中南米", "伯", ("ブラジル連邦共和国",), "Brazil"),
    ("AR", "アルゼンチン", "中南米", "亜", ("アルゼンチン共和国",), "Argentina"),
    ("CL", "チリ", "中南米", "智", ("チリ共和国",), "Chile"),
    ("PE", "ペルー", "中南米", "秘", ("ペルー共和国",), "Peru"),
    ("CO", "コロンビア", "中南米", None, ("コロンビア共和国",), "Colombia"),
    ("CU", "キューバ", "中南米", None, ("キューバ共和国",), "Cuba"),
    ("RU", "ロシア", "欧州(NIS諸国を含む)", "露", ("ロシア連邦", "ロ"), "Russia"),
    ("GB", "英国", "欧州(NIS諸国を含む)", "英", ("イギリス", "グレートブリテン及び北アイルランド連合王国"), "United Kingdom"),
    ("FR", "フランス", "欧州(NIS諸国を含む)", "仏", ("フランス共和国",), "France"),
    ("DE", "ドイツ", "欧州(NIS諸国を含む)", "独", ("ドイツ連邦共和国", "西ドイツ", "西独"), "Germany"),  # (西独: the FRG before 1990)
    ("IT", "イタリア", "欧州(NIS諸国を含む)", "伊", ("イタリア共和国",), "Italy"),
    ("ES", "スペイン", "欧州(NIS諸国を含む)", "西", ("スペイン王国",), "Spain"),
    ("PT", "ポルトガル", "欧州(NIS諸国を含む)", "葡", ("ポルトガル共和国",), "Portugal"),
    ("NL", "オランダ", "欧州(NIS諸国を含む)", "蘭", ("オランダ王国",), "Netherlands"),
    ("BE", "ベルギー", "欧州(NIS諸国を含む)", "白", ("ベルギー王国",), "Belgium"),
    ("CH", "スイス", "欧州(NIS諸国を含む)", "瑞", ("スイス連邦",), "Switzerland"),
    ("AT", "オーストリア", "欧州(NIS諸国を含む)", "墺", ("オーストリア共和国",), "Austria"),
    ("SE", "スウェーデン", "欧州(NIS諸国を含む)", None, ("スウェーデン王国",), "Sweden"),
    ("NO", "ノルウェー", "欧州(NIS諸国を含む)", None, ("ノルウェー王国",), "Norway"),
    ("DK", "デンマーク", "欧州(NIS諸国を含む)", None, ("デンマーク王国",), "Denmark"),
    ("FI", "フィンランド", "欧州(NIS諸国を含む)", None, ("フィンランド共和国",), "Finland"),
    ("PL", "ポーランド", "欧州(NIS諸国を含む)", "波", ("ポーランド共和国",), "Poland"),
    ("CZ", "チェコ", "欧州(NIS諸国を含む)", None, ("チェコ共和国",), "Czechia"),
    ("HU", "ハンガリー", "欧州(NIS諸国を含む)", "洪", (), "Hungary"),
    ("GR", "ギリシャ", "欧州(NIS諸国を含む)", "希", ("ギリシャ共和国",), "Greece"),
    ("IE", "アイルランド", "欧州(NIS諸国を含む)", None, (), "Ireland"),
    ("UA", "ウクライナ", "欧州(NIS諸国を含む)", "宇", (), "Ukraine"),
    ("BY", "ベラルーシ", "欧州(NIS諸国を含む)", None, ("ベラルーシ共和国",), "Belarus"),
    ("KZ", "カザフスタン", "欧州(NIS諸国を含む)", None, ("カザフスタン共和国",), "Kazakhstan"),
    ("UZ", "ウズベキスタン", "欧州(NIS諸国を含む)", None, ("ウズベキスタン共和国",), "Uzbekistan"),
    ("GE", "ジョージア", "欧州(NIS諸国を含む)", None, ("グルジア",), "Georgia"),
    ("AZ", "アゼルバイジャン", "欧州(NIS諸国を含む)", None, ("アゼルバイジャン共和国",), "Azerbaijan"),
    ("EU", "EU", "欧州(NIS諸国を含む)", "EU", ("欧州連合",), "European Union"),
    ("AU", "オーストラリア", "大洋州", "豪", ("オーストラリア連邦", "豪州"), "Australia"),
    ("NZ", "ニュージーランド", "大洋州", "NZ", ("NZ",), "New Zealand"),
    ("PG", "パプアニューギニア", "大洋州", None, ("パプアニューギニア独立国", "PNG"), "Papua New Guinea"),
    ("FJ", "フィジー", "大洋州", None, ("フィジー共和国",), "Fiji"),
    ("SA", "サウジアラビア", "中東", None, ("サウジアラビア王国", "サウジ"), "Saudi Arabia"),
    ("AE", "アラブ首長国連邦", "中東", None, ("UAE",), "United Arab Emirates"),
    ("IR", "イラン", "中東", None, ("イラン・イスラム共和国",), "Iran"),
    ("IQ", "イラク", "中東", None, ("イラク共和国",), "Iraq"),
    ("IL", "イスラエル", "中東", None, ("イスラエル国",), "Israel"),
    ("PS", "パレスチナ", "中東", None, (), "Palestine"),
    ("JO", "ヨルダン", "中東", None, ("ヨルダン・ハシェミット王国", "ジョルダン", "ジョルダン・ハシェミット王国"), "Jordan"),  # (ジョルダン: the ministry's spelling until the 2000s)
    ("TR", "トルコ", "中東", "土", ("トルコ共和国", "トルキエ"), "Türkiye"),
    ("QA", "カタール", "中東", None, ("カタール国",), "Qatar"),
    ("KW", "クウェート", "中東", None, ("クウェート国",), "Kuwait"),
    ("OM", "オマーン", "中東", None, ("オマーン国",), "Oman"),
    ("SY", "シリア", "中東", None, ("シリア・アラブ共和国",), "Syria"),
    ("EG", "エジプト", "アフリカ", "埃", ("エジプト・アラブ共和国",), "Egypt"),
    ("ZA", "南アフリカ", "アフリカ", "南ア", ("南アフリカ共和国",), "South Africa"),
    ("NG", "ナイジェリア", "アフリカ", None, ("ナイジェリア連邦共和国",), "Nigeria"),
    ("KE", "ケニア", "アフリカ", None, ("ケニア共和国",), "Kenya"),
    ("ET", "エチオピア", "アフリカ", None, ("エチオピア連邦民主共和国",), "Ethiopia"),
    ("GH", "ガーナ", "アフリカ", None, ("ガーナ共和国",), "Ghana"),
    ("SN", "セネガル", "アフリカ", None, ("セネガル共和国",), "Senegal"),
    ("MA", "モロッコ", "アフリカ", None, ("モロッコ王国",), "Morocco"),
    ("DZ", "アルジェリア", "アフリカ", None, ("アルジェリア民主人民共和国",), "Algeria"),
    ("TZ", "タンザニア", "アフリカ", None, ("タンザニア連合共和国",), "Tanzania"),
    ("AO", "アンゴラ", "アフリカ", None, ("アンゴラ共和国",), "Angola"),
    ("MZ", "モザンビーク", "アフリカ", None, ("モザンビーク共和国",), "Mozambique"),
    # further counterparts of the ministry's pages (short names as it writes them; formal names as aliases).
    # Island states are named with 諸島 only: their short forms (クック, マーシャル) are also surnames.
    ("SU", "ソ連", "欧州(NIS諸国を含む)", "ソ", ("ソ連邦", "ソビエト連邦", "ソヴィエト連邦", "ソビエト社会主義共和国連邦",
                                               "ソヴィエト社会主義共和国連邦"), "Soviet Union"),
    ("KG", "キルギス", "欧州(NIS諸国を含む)", None, ("キルギス共和国",), "Kyrgyzstan"),
    ("TJ", "タジキスタン", "欧州(NIS諸国を含む)", None, ("タジキスタン共和国",), "Tajikistan"),
    ("TM", "トルクメニスタン", "欧州(NIS諸国を含む)", None, ("トルクメニスタン国",), "Turkmenistan"),
    ("AM", "アルメニア", "欧州(NIS諸国を含む)", None, ("アルメニア共和国",), "Armenia"),
    ("MD", "モルドバ", "欧州(NIS諸国を含む)", None, ("モルドバ共和国", "モルドヴァ"), "Moldova"),
    ("SK", "スロバキア", "欧州(NIS諸国を含む)", None, ("スロバキア共和国", "スロヴァキア"), "Slovakia"),
    ("SI", "スロベニア", "欧州(NIS諸国を含む)", None, ("スロベニア共和国", "スロヴェニア"), "Slovenia"),
    ("HR", "クロアチア", "欧州(NIS諸国を含む)", None, ("クロアチア共和国",), "Croatia"),
    ("RS", "セルビア", "欧州(NIS諸国を含む)", None, ("セルビア共和国",), "Serbia"),
    ("BA", "ボスニア・ヘルツェゴビナ", "欧州(NIS諸国を含む)", None, ("ボスニア・ヘルツェゴヴィナ",), "Bosnia and Herzegovina"),
    ("ME", "モンテネグロ", "欧州(NIS諸国を含む)", None, (), "Montenegro"),
    ("MK", "北マケドニア", "欧州(NIS諸国を含む)", None, ("北マケドニア共和国", "マケドニア"), "North Macedonia"),
    ("AL", "アルバニア", "欧州(NIS諸国を含む)", None, ("アルバニア共和国",), "Albania"),
    ("BG", "ブルガリア", "欧州(NIS諸国を含む)", None, ("ブルガリア共和国",), "Bulgaria"),
    ("RO", "ルーマニア", "欧州(NIS諸国を含む)", None, (), "Romania"),
    ("LT", "リトアニア", "欧州(NIS諸国を含む)", None, ("リトアニア共和国",), "Lithuania"),
    ("LV", "ラトビア", "欧州(NIS諸国を含む)", None, ("ラトビア共和国", "ラトヴィア"), "Latvia"),
    ("EE", "エストニア", "欧州(NIS諸国を含む)", None, ("エストニア共和国",), "Estonia"),
    ("IS", "アイスランド", "欧州(NIS諸国を含む)", None, ("アイスランド共和国",), "Iceland"),
    ("LU", "ルクセンブルク", "欧州(NIS諸国を含む)", None, ("ルクセンブルク大公国",), "Luxembourg"),
    ("MT", "マルタ", "欧州(NIS諸国を含む)", None, ("マルタ共和国",), "Malta"),
    ("CY", "キプロス", "欧州(NIS諸国を含む)", None, ("キプロス共和国",), "Cyprus"),
    ("VA", "バチカン", "欧州(NIS諸国を含む)", None, ("ヴァチカン", "ローマ法王庁", "ローマ教皇庁", "法王庁", "教皇庁"), "Holy See"),
    ("AF", "アフガニスタン", "中東", None, ("アフガニスタン・イスラム共和国",), "Afghanistan"),
    ("BT", "ブータン", "アジア", None, ("ブータン王国",), "Bhutan"),
    ("MV", "モルディブ", "アジア", None, ("モルディブ共和国",), "Maldives"),
    ("KI", "キリバス", "大洋州", None, ("キリバス共和国",), "Kiribati"),
    ("FM", "ミクロネシア", "大洋州", None, ("ミクロネシア連邦",), "Micronesia"),
    ("MH", "マーシャル諸島", "大洋州", None, ("マーシャル諸島共和国",), "Marshall Islands"),
    ("PW", "パラオ", "大洋州", None, ("パラオ共和国",), "Palau"),
    ("WS", "サモア", "大洋州", None, ("サモア独立国",), "Samoa"),
    ("CK", "クック諸島", "大洋州", None, (), "Cook Islands"),
    ("TO", "トンガ", "大洋州", None, ("トンガ王国",), "Tonga"),
    ("TV", "ツバル", "大洋州", None, (), "Tuvalu"),
    ("VU", "バヌアツ", "大洋州", None, ("バヌアツ共和国",), "Vanuatu"),
    ("NR", "ナウル", "大洋州", None, ("ナウル共和国",), "Nauru"),
    ("SB", "ソロモン諸島", "大洋州", None, (), "Solomon Islands"),
    ("BH", "バーレーン", "中東", None, ("バーレーン王国",), "Bahrain"),
    ("LB", "レバノン", "中東", None, ("レバノン共和国",), "Lebanon"),
    ("YE", "イエメン", "中東", None, ("イエメン共和国",), "Yemen"),
    ("LY", "リビア", "アフリカ", None, ("リビア国",), "Libya"),
    ("TN", "チュニジア", "アフリカ", None, ("チュニジア共和国",), "Tunisia"),
    ("SD", "スーダン", "アフリカ", None, ("スーダン共和国",), "Sudan"),
    ("SS", "南スーダン", "アフリカ", None, ("南スーダン共和国",), "South Sudan"),
    ("UG", "ウガンダ", "アフリカ", None, ("ウガンダ共和国",), "Uganda"),
    ("RW", "ルワンダ", "アフリカ", None, ("ルワンダ共和国",), "Rwanda"),
    ("CD", "コンゴ民主共和国", "アフリカ", None, (), "DR Congo"),
    ("CG", "コンゴ共和国", "アフリカ", None, (), "Congo"),
    ("CM", "カメルーン", "アフリカ", None, ("カメルーン共和国",), "Cameroon"),
    ("CI", "コートジボワール", "アフリカ", None, ("コートジボワール共和国",), "Côte d'Ivoire"),
    ("ZM", "ザンビア", "アフリカ", None, ("ザンビア共和国",), "Zambia"),
    ("ZW", "ジンバブエ", "アフリカ", None, ("ジンバブエ共和国",), "Zimbabwe"),
    ("BW", "ボツワナ", "アフリカ", None, ("ボツワナ共和国",), "Botswana"),
    ("NA", "ナミビア", "アフリカ", None, ("ナミビア共和国",), "Namibia"),
    ("MG", "マダガスカル", "アフリカ", None, ("マダガスカル共和国",), "Madagascar"),
    ("MW", "マラウイ", "アフリカ", None, ("マラウイ共和国",), "Malawi"),
    ("DJ", "ジブチ", "アフリカ", None, ("ジブチ共和国",), "Djibouti"),
    ("SO", "ソマリア", "アフリカ", None, ("ソマリア連邦共和国",), "Somalia"),
    ("ER", "エリトリア", "アフリカ", None, ("エリトリア国",), "Eritrea"),
    ("BF", "ブルキナファソ", "アフリカ", None, (), "Burkina Faso"),
    ("NE", "ニジェール", "アフリカ", None, ("ニジェール共和国",), "Niger"),
    ("BJ", "ベナン", "アフリカ", None, ("ベナン共和国",), "Benin"),
    ("SL", "シエラレオネ", "アフリカ", None, ("シエラレオネ共和国",), "Sierra Leone"),
    ("LR", "リベリア", "アフリカ", None, ("リベリア共和国",), "Liberia"),
    ("GA", "ガボン", "アフリカ", None, ("ガボン共和国",), "Gabon"),
    ("MU", "モーリシャス", "アフリカ", None, ("モーリシャス共和国",), "Mauritius"),
    ("MR", "モーリタニア", "アフリカ", None, ("モーリタニア・イスラム共和国",), "Mauritania"),
    ("VE", "ベネズエラ", "中南米", None, ("ベネズエラ・ボリバル共和国",), "Venezuela"),
    ("EC", "エクアドル", "中南米", None, ("エクアドル共和国",), "Ecuador"),
    ("BO", "ボリビア", "中南米", None, ("ボリビア多民族国",), "Bolivia"),
    ("PY", "パラグアイ", "中南米", None, ("パラグアイ共和国",), "Paraguay"),
    ("UY", "ウルグアイ", "中南米", None, ("ウルグアイ東方共和国",), "Uruguay"),
    ("PA", "パナマ", "中南米", None, ("パナマ共和国",), "Panama"),
    ("CR", "コスタリカ", "中南米", None, ("コスタリカ共和国",), "Costa Rica"),
    ("GT", "グアテマラ", "中南米", None, ("グアテマラ共和国",), "Guatemala"),
    ("HN", "ホンジュラス", "中南米", None, ("ホンジュラス共和国",), "Honduras"),
    ("SV", "エルサルバドル", "中南米", None, ("エルサルバドル共和国",), "El Salvador"),
    ("NI", "ニカラグア", "中南米", None, ("ニカラグア共和国",), "Nicaragua"),
    ("DO", "ドミニカ共和国", "中南米", None, (), "Dominican Republic"),
    ("JM", "ジャマイカ", "中南米", None, (), "Jamaica"),
    ("HT", "ハイチ", "中南米", None, ("ハイチ共和国",), "Haiti"),
    ("TT", "トリニダード・トバゴ", "中南米", None, ("トリニダード・トバゴ共和国",), "Trinidad and Tobago"),
    # the other states of the ministry's country pages (its spellings; CLDR's beside them as aliases) and Kosovo. Short
    # names that are also a word or a name's start (マリ: マリア) are matched as whole katakana words by the matchers.
    ("AD", "アンドラ", "欧州(NIS諸国を含む)", None, ("アンドラ公国",), "Andorra"),
    ("LI", "リヒテンシュタイン", "欧州(NIS諸国を含む)", None, ("リヒテンシュタイン公国",), "Liechtenstein"),
    ("MC", "モナコ", "欧州(NIS諸国を含む)", None, ("モナコ公国",), "Monaco"),
    ("SM", "サンマリノ", "欧州(NIS諸国を含む)", None, ("サンマリノ共和国",), "San Marino"),
    ("XK", "コソボ", "欧州(NIS諸国を含む)", None, ("コソボ共和国", "コソヴォ"), "Kosovo"),
    ("BI", "ブルンジ", "アフリカ", None, ("ブルンジ共和国",), "Burundi"),
    ("CF", "中央アフリカ", "アフリカ", None, ("中央アフリカ共和国",), "Central African Republic"),
    ("CV", "カーボベルデ", "アフリカ", None, ("カーボベルデ共和国",), "Cabo Verde"),
    ("GM", "ガンビア", "アフリカ", None, ("ガンビア共和国",), "Gambia"),
    ("GN", "ギニア", "アフリカ", None, ("ギニア共和国",), "Guinea"),
    ("GQ", "赤道ギニア", "アフリカ", None, ("赤道ギニア共和国",), "Equatorial Guinea"),
    ("GW", "ギニアビサウ", "アフリカ", None, ("ギニアビサウ共和国",), "Guinea-Bissau"),
    ("KM", "コモロ", "アフリカ", None, ("コモロ連合",), "Comoros"),
    ("LS", "レソト", "アフリカ", None, ("レソト王国",), "Lesotho"),
    ("ML", "マリ", "アフリカ", None, ("マリ共和国",), "Mali"),
    ("SC", "セーシェル", "アフリカ", None, ("セーシェル共和国",), "Seychelles"),
    ("ST", "サントメ・プリンシペ", "アフリカ", None, ("サントメ・プリンシペ民主共和国",), "São Tomé and Príncipe"),
    ("SZ", "エスワティニ", "アフリカ", None, ("エスワティニ王国", "スワジランド", "スワジランド王国"), "Eswatini"),
    ("TD", "チャド", "アフリカ", None, ("チャド共和国",), "Chad"),
    ("TG", "トーゴ", "アフリカ", None, ("トーゴ共和国",), "Togo"),
    ("AG", "アンティグア・バーブーダ", "中南米", None, (), "Antigua and Barbuda"),
    ("BB", "バルバドス", "中南米", None, (), "Barbados"),
    ("BS", "バハマ", "中南米", None, ("バハマ国",), "Bahamas"),
    ("BZ", "ベリーズ", "中南米", None, (), "Belize"),
    ("DM", "ドミニカ国", "中南米", None, (), "Dominica"),
    ("GD", "グレナダ", "中南米", None, (), "Grenada"),
    ("GY", "ガイアナ", "中南米", None, ("ガイアナ共和国",), "Guyana"),
    ("KN", "セントクリストファー・ネービス", "中南米", None, ("セントクリストファー・ネーヴィス",), "Saint Kitts and Nevis"),
    ("LC", "セントルシア", "中南米", None, (), "Saint Lucia"),
    ("SR", "スリナム", "中南米", None, ("スリナム共和国",), "Suriname"),
    ("VC", "セントビンセント", "中南米", None, ("セントビンセント及びグレナディーン諸島", "セントヴィンセント及びグレナディーン諸島"),
     "Saint Vincent and the Grenadines"),
    ("NU", "ニウエ", "大洋州", None, (), "Niue"),
]

COUNTRIES: dict[str, Country] = {
    code: Country(code, name, region, abbr, aliases, en) for code, name, region, abbr, aliases, en in _TABLE
}


@lru_cache(maxsize=1)
def name_index() -> dict[str, str]:
    """Every full Japanese name and alias -> code (longest names are what callers should try first)."""
    out: dict[str, str] = {}
    for c in COUNTRIES.values():
        out[c.name] = c.code
        for a in c.aliases:
            if len(a) > 1:
                out[a] = c.code
    return out


@lru_cache(maxsize=1)
def names_longest_first() -> tuple[tuple[str, str], ...]:
    """(name, code) pairs, longest name first: for prefix matching."""
    return tuple(sorted(name_index().items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def names_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """``names_longest_first`` filed under each name's first character (in the same order): the names a text
    can start with are those filed under its first character."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in names_longest_first():
        out.setdefault(name[0], []).append((name, code))
    return {c: tuple(v) for c, v in out.items()}


@lru_cache(maxsize=1)
def abbr_index() -> dict[str, str]:
    """One-character (or short) compound forms -> code: 露 -> RU, 中 -> CN."""
    return {c.abbr: c.code for c in COUNTRIES.values() if c.abbr}


def get(code: str) -> Country | None:
    return COUNTRIES.get(code.upper()) if code else None


def name_ja(code: str) -> str:
    c = get(code)
    return c.name if c else code


def region(code: str) -> str | None:
    c = get(code)
    return c.region if c else None


def pair_label(codes: list[str]) -> str:
    """['JP','RU'] -> '日露' where abbreviations exist, else 日・ロシア style."""
    parts = []
    for code in codes:
        c = get(code)
        parts.append((c.abbr if c and c.abbr and len(c.abbr) == 1 else (c.name if c else code)) if c else code)
    return "".join(parts) if all(len(p) == 1 for p in parts) else "・".join(parts)
