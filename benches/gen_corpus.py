#!/usr/bin/env python3
"""Generates a large gongkai site for benchmarks: N disclosure records, each
with its Chinese source and translations into en, ja, ko, ru and es, plus
the example portal's guides, pages, site.toml and locales.

    benches/gen_corpus.py N OUT_DIR [--seed S]

Every record and every translation has its own title and body, in its own
language, and no two documents share a title or a body: the dedupe of
identical text that a repeated corpus rewards does nothing here, as on a
real portal.

Text. Each language's prose is real text, taken from Debian packages:

    zh  manpages-zh (zh_CN), debian-reference-zh-cn, debian-faq-zh-cn
    en  manpages, debian-reference-en, debian-faq
    ja  manpages-ja, debian-reference-ja, debian-faq-ja
    ko  debian-faq-ko, and the Korean message catalogues of coreutils,
        bash, dpkg, apt, tar, gettext, libc-l10n, git, procps, wget and
        make (read as .mo files)
    ru  manpages-ru, debian-faq-ru
    es  manpages-es, debian-reference-es

Paragraphs of the man pages (roff) and the HTML manuals are split into
sentences, and only sentences of plain prose in the right script are kept
(no code, paths, markup or untranslated English). A record's body is made
of such sentences drawn with a seeded RNG and laid out as a government
document: an addressee, an opening that names the subject, numbered
sections with headings, lists, sometimes a table, paragraphs of facts
(people, enterprises, districts, sums, dates, phone numbers), sometimes a
link to an earlier record, and the issuer's signature and date. A
translation has the same layout, the same headings, table and facts in its
language, and sentences of its own language's prose. Body lengths are
log-normal (a few hundred to a few thousand characters).

Titles are built from parallel phrase tables (subjects, actions, document
types, districts, years) in all six languages, in the government's form
(大连市人民政府关于印发大连市……实施方案的通知, and the same title in
each translation); subjects, agencies, genres, districts, names and
enterprises are drawn from Zipf distributions. A title that would repeat
an earlier one is drawn again, or numbered as a batch (（第二批）).

Front matter is what gongkai checks: index_no with the agency's body code,
doc_no in GB/T 9704 form (大政发〔2024〕12号, one serial per issuer and
year), written ≤ published ≤ 2026-11-30, topic, genre, catalog,
validity (with repealed dates for expired and repealed records), some
`supersedes` of an earlier record, keywords, summaries of at most 100
characters, and each translation's source_digest (BLAKE3 of the source's
text, the same as `gongkai i18n mark` writes: computed with b3sum).

The output is the same bytes for the same N and seed on every run. The
Debian packages above (and b3sum) are installed with apt-get when missing,
if run as root; otherwise the script prints the apt-get command to run and
exits with status 2. 10,000 records × 6 languages take well under a minute.
"""
import argparse
import bisect
import datetime
import gettext
import gzip
import html.parser
import json
import math
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = ["zh", "en", "ja", "ko", "ru", "es"]
TRANSLATIONS = LANGS[1:]
LAST_DAY = datetime.date(2026, 11, 30)  # no record is published after this

# ------------------------------------------------------------- real text

PACKAGES = {
    "zh": ["manpages-zh", "debian-reference-zh-cn", "debian-faq-zh-cn"],
    "en": ["manpages", "debian-reference-en", "debian-faq"],
    "ja": ["manpages-ja", "debian-reference-ja", "debian-faq-ja"],
    "ko": ["debian-faq-ko", "coreutils", "bash", "dpkg", "apt", "tar", "gettext", "libc-l10n",
           "git", "procps", "wget", "make"],
    "ru": ["manpages-ru", "debian-faq-ru"],
    "es": ["manpages-es", "debian-reference-es"],
}
TOOLS = ["b3sum"]
# Which of a package's files are text in the language.
FILES = {
    "zh": re.compile(r"^/usr/share/(man/zh_CN/man\d/.*\.gz|debian-reference/.*\.zh-cn\.html|doc/debian/FAQ/zh-cn/.*\.html)$"),
    "en": re.compile(r"^/usr/share/(man/man\d/.*\.gz|debian-reference/.*\.en\.html|doc/debian/FAQ/[a-z-]+\.en\.html)$"),
    "ja": re.compile(r"^/usr/share/(man/ja/man\d/.*\.gz|debian-reference/.*\.ja\.html|doc/debian/FAQ/ja/.*\.html)$"),
    "ko": re.compile(r"^/usr/share/(doc/debian/FAQ/ko/.*\.html|locale/ko/LC_MESSAGES/[^/]+\.mo)$"),
    "ru": re.compile(r"^/usr/share/(man/ru/man\d/.*\.gz|doc/debian/FAQ/ru/.*\.html)$"),
    "es": re.compile(r"^/usr/share/(man/es/man\d/.*\.gz|debian-reference/.*\.es\.html)$"),
}


def ensure_packages():
    wanted = sorted({p for ps in PACKAGES.values() for p in ps} | set(TOOLS))
    missing = [p for p in wanted if not installed(p)]
    if not missing:
        return
    cmd = ["apt-get", "install", "-y", "--no-install-recommends"] + missing
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print("gen_corpus.py needs these Debian packages: " + " ".join(missing), file=sys.stderr)
        print("install them with: apt-get update && " + " ".join(cmd), file=sys.stderr)
        sys.exit(2)
    print("installing " + " ".join(missing), file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, stdout=subprocess.DEVNULL, check=True)
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)


def installed(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", pkg], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.endswith(" installed")


def package_files(pkg):
    out = subprocess.run(["dpkg-query", "-L", pkg], capture_output=True, text=True, check=True).stdout
    return out.splitlines()


CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
KANA = r"\u3040-\u30ff"
HANGUL = r"\uac00-\ud7a3"
# Sentences with any of these are code, paths or markup, or would be Markdown.
BANNED = re.compile(r"[\\/*_\[\]<>|#&{}$~^=@`%\t\ufffd\u00a0]|https?:|www\.|\.\.|--|\(\s*\)|^[\d+\-]|^\W")
SPLIT_CJK = re.compile(r"(?<=[。！？])")
SPLIT_KO = re.compile(r"(?<=[.?!])\s+")
SPLIT_ALPHA = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ¿¡ÁÉÍÓÚÑ])")
HAN_RE, KANA_RE, HANGUL_RE = re.compile(f"[{CJK}]"), re.compile(f"[{KANA}]"), re.compile(f"[{HANGUL}]")
CJK_KANA_RE = re.compile(f"[{CJK}{KANA}]")
EN_WORDS = {"the", "and", "of", "to", "is", "are", "this", "that", "with", "for", "you", "it", "be"}
ES_WORDS = {"el", "la", "de", "que", "los", "las", "en", "un", "una", "es", "se", "por", "del", "para", "con"}


JOINS = re.compile(f"[{CJK}{KANA}，。、；：（）「」]")
WRAP = re.compile(r"\s*\n\s*")


def join_lines(text):
    """Joins wrapped lines: no space between two CJK characters."""
    text = text.strip()
    if "\n" not in text:
        return text

    def sub(m):
        a, b = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return "" if JOINS.match(a) and JOINS.match(b) else " "
    return WRAP.sub(sub, text)


class Paragraphs(html.parser.HTMLParser):
    """The text of an HTML manual's <p> elements (not inside <pre>)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.depth, self.pre = [], None, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self.pre += 1
        if tag == "p" and not self.pre:
            if self.cur is None:
                self.cur, self.depth = [], 0
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "p" and self.cur is not None:
            self.depth -= 1
            if self.depth <= 0:
                self.paras.append("".join(self.cur))
                self.cur = None

    def handle_data(self, data):
        if self.cur is not None and not self.pre:
            self.cur.append(data)


ROFF_FONT = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\s[+-]?\d+|\\[&c]|\\\*(\(..|\[[^\]]*\]|.)")
ROFF_CHARS = {r"\-": "-", r"\(em": "—", r"\(en": "–", r"\(lq": "“", r"\(rq": "”", r"\(aq": "'",
              r"\[lq]": "“", r"\[rq]": "”", r"\[em]": "—", r"\ ": " ", r"\~": " ", r"\(bu": "", r"\[bu]": ""}
INLINE_MACROS = {"B", "I", "BI", "IB", "RB", "BR", "IR", "RI", "SM", "SB"}


def roff_paragraphs(src):
    paras, cur = [], []
    for line in src.splitlines():
        if line.startswith((".", "'")):
            m = re.match(r"[.']\s*(\w+)\s*(.*)", line)
            if m and m.group(1) in INLINE_MACROS and m.group(2):
                cur.append(m.group(2).replace('"', ""))
                continue
            if cur:
                paras.append("\n".join(cur))
            cur = []
        elif not line.strip():
            if cur:
                paras.append("\n".join(cur))
            cur = []
        else:
            cur.append(line)
    if cur:
        paras.append("\n".join(cur))
    out = []
    for p in paras:
        for k, v in ROFF_CHARS.items():
            p = p.replace(k, v)
        out.append(ROFF_FONT.sub("", p))
    return out


def mo_paragraphs(path):
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    out = []
    for k in sorted(cat, key=str):
        v = cat[k]
        if isinstance(v, str) and k:
            v = re.sub(r"%[-#0-9.]*[a-zA-Z]|%\d+\$[a-z]", "", v)
            out.extend(v.split("\n\n"))
    return out


def sentences_of(lang, para):
    text = join_lines(para)
    if lang in ("zh", "ja"):
        parts = SPLIT_CJK.split(text)
    elif lang == "ko":
        parts = SPLIT_KO.split(text)
    else:
        parts = SPLIT_ALPHA.split(text)
    return [s.strip() for s in parts if s.strip()]


def good(lang, s):
    if BANNED.search(s) or '"' in s or "  " in s:
        return False
    n = len(s)
    if lang in ("zh", "ja"):
        if not (8 <= n <= 120) or s[-1] not in "。！？":
            return False
        han = len(HAN_RE.findall(s))
        kana = len(KANA_RE.findall(s))
        if lang == "zh":
            return kana == 0 and han / n >= 0.6
        return kana >= 2 and (han + kana) / n >= 0.65
    if lang == "ko":
        hangul = len(HANGUL_RE.findall(s))
        return 10 <= n <= 220 and s[-1] in ".?!" and hangul / len(s.replace(" ", "")) >= 0.6 \
            and not CJK_KANA_RE.search(s)
    if not (30 <= n <= 300) or s[-1] not in ".!?" or not s[0].isupper():
        return False
    words = re.findall(r"\w+", s.lower())
    if lang == "ru":
        cyr = len(re.findall(r"[а-яё]", s.lower()))
        return cyr / max(1, len(re.findall(r"[^\W\d_]", s))) >= 0.9
    letters = re.findall(r"[^\W\d_]", s)
    if any(not ("a" <= c.lower() <= "z" or c in "áéíóúñüÁÉÍÓÚÑÜ") for c in letters):
        return False
    en = sum(w in EN_WORDS for w in words)
    es = sum(w in ES_WORDS for w in words)
    return en >= 2 and es == 0 if lang == "en" else es >= 2 and en == 0


def load_pool(lang):
    paths = sorted({p for pkg in PACKAGES[lang] for p in package_files(pkg) if FILES[lang].match(p)})
    seen, pool = set(), []
    for path in paths:
        if not os.path.isfile(path):
            continue
        if path.endswith(".mo"):
            paras = mo_paragraphs(path)
        elif path.endswith(".gz"):
            with gzip.open(path, "rb") as f:
                paras = roff_paragraphs(f.read().decode("utf-8", errors="replace"))
        else:
            p = Paragraphs()
            p.feed(pathlib.Path(path).read_text(encoding="utf-8", errors="replace"))
            paras = p.paras
        for para in paras:
            for s in sentences_of(lang, para):
                if s not in seen and good(lang, s):
                    seen.add(s)
                    pool.append(s)
    if len(pool) < 500:
        sys.exit(f"only {len(pool)} {lang} sentences found in {' '.join(PACKAGES[lang])}")
    return pool


# ------------------------------------------------------- phrase tables
# Each row: zh, en, ja, ko, ru, es. Lists are in Zipf order: first = commonest.

SUBJECTS = [  # + topic id
    ("优化营商环境", "Optimising the Business Environment", "ビジネス環境の最適化", "비즈니스 환경 최적화", "улучшение деловой среды", "la mejora del entorno empresarial", "economy-state-assets"),
    ("政务公开", "Openness in Government Affairs", "政務公開", "정무 공개", "открытость государственного управления", "la transparencia administrativa", "general-affairs"),
    ("安全生产", "Work Safety", "安全生産", "안전생산", "безопасность производства", "la seguridad en el trabajo", "market-safety-regulation"),
    ("外商投资促进", "Promoting Foreign Investment", "外資投資の促進", "외국인 투자 촉진", "привлечение иностранных инвестиций", "la promoción de la inversión extranjera", "commerce-customs-tourism"),
    ("部门预算", "Departmental Budgets", "部門予算", "부문 예산", "ведомственный бюджет", "los presupuestos departamentales", "finance-audit"),
    ("人事任免", "Personnel Appointments and Removals", "人事任免", "인사 임면", "кадровые назначения и освобождения", "los nombramientos y ceses", "labour-personnel"),
    ("生态环境保护", "Ecological and Environmental Protection", "生態環境保護", "생태환경 보호", "охрана окружающей среды", "la protección ecológica y ambiental", "construction-environment"),
    ("义务教育招生入学", "Compulsory Education Enrolment", "義務教育の入学", "의무교육 입학", "приём в школы обязательного образования", "la matriculación en la educación obligatoria", "science-education"),
    ("城乡最低生活保障", "Urban and Rural Minimum Living Allowances", "都市・農村最低生活保障", "도시·농촌 최저생활보장", "прожиточный минимум в городах и сёлах", "el subsidio mínimo de subsistencia urbano y rural", "civil-affairs-relief"),
    ("城乡居民基本医疗保险", "Basic Medical Insurance for Urban and Rural Residents", "都市・農村住民基本医療保険", "도시·농촌 주민 기본의료보험", "базовое медицинское страхование жителей", "el seguro médico básico de los residentes", "health-sports"),
    ("高校毕业生就业创业", "Employment and Entrepreneurship of College Graduates", "大学卒業生の就業・起業", "대학 졸업생 취업·창업", "трудоустройство выпускников вузов", "el empleo de los titulados universitarios", "labour-personnel"),
    ("数字政府建设", "Building a Digital Government", "デジタル政府の構築", "디지털 정부 구축", "строительство цифрового правительства", "la construcción del gobierno digital", "general-affairs"),
    ("大气污染防治", "Air Pollution Prevention and Control", "大気汚染防止", "대기오염 방지", "борьба с загрязнением воздуха", "la prevención de la contaminación atmosférica", "construction-environment"),
    ("住房公积金个人住房贷款", "Housing Provident Fund Home Loans", "住宅積立金個人住宅ローン", "주택공적금 개인주택대출", "жилищные кредиты накопительного фонда", "los préstamos hipotecarios del fondo de vivienda", "construction-environment"),
    ("食品安全监管", "Food Safety Supervision", "食品安全監督", "식품안전 감독", "надзор за безопасностью пищевых продуктов", "la supervisión de la seguridad alimentaria", "market-safety-regulation"),
    ("东北亚国际航运中心建设", "the Northeast Asia International Shipping Centre", "東北アジア国際海運センターの建設", "동북아 국제해운센터 건설", "международный судоходный центр Северо-Восточной Азии", "el centro naviero internacional del noreste de Asia", "industry-transport"),
    ("外籍人才引进", "Attracting Foreign Talent", "外国人材の誘致", "외국인 인재 유치", "привлечение иностранных специалистов", "la atracción de talento extranjero", "foreign-affairs"),
    ("政府采购", "Government Procurement", "政府調達", "정부조달", "государственные закупки", "la contratación pública", "finance-audit"),
    ("涉外医疗服务", "Medical Services for Foreign Nationals", "外国人向け医療サービス", "외국인 의료서비스", "медицинское обслуживание иностранцев", "los servicios médicos para extranjeros", "health-sports"),
    ("养老服务体系", "the Elderly Care Service System", "高齢者介護サービス体系", "노인돌봄 서비스 체계", "система ухода за пожилыми людьми", "el sistema de atención a las personas mayores", "civil-affairs-relief"),
    ("社会治安综合治理", "Comprehensive Management of Public Order", "治安の総合管理", "사회치안 종합관리", "комплексное обеспечение общественного порядка", "la gestión integral del orden público", "security-justice"),
    ("科技创新平台", "Science and Technology Innovation Platforms", "科学技術イノベーション基盤", "과학기술 혁신 플랫폼", "научно-технические инновационные платформы", "las plataformas de innovación científica", "science-education"),
    ("港口集疏运体系", "the Port Collection and Distribution System", "港湾集配輸送体系", "항만 집산운송 체계", "портовая транспортная система", "el sistema de transporte portuario", "industry-transport"),
    ("职业技能培训", "Vocational Skills Training", "職業技能訓練", "직업기능 훈련", "профессиональное обучение", "la formación profesional", "labour-personnel"),
    ("跨境电子商务", "Cross-Border E-Commerce", "越境電子商取引", "국경 간 전자상거래", "трансграничная электронная торговля", "el comercio electrónico transfronterizo", "commerce-customs-tourism"),
    ("老旧小区改造", "Renovating Old Residential Compounds", "老朽住宅団地の改修", "노후 주거단지 개조", "реконструкция старых жилых кварталов", "la renovación de barrios antiguos", "construction-environment"),
    ("道路交通安全", "Road Traffic Safety", "道路交通安全", "도로교통 안전", "безопасность дорожного движения", "la seguridad vial", "security-justice"),
    ("海洋牧场建设", "Marine Ranching", "海洋牧場の建設", "해양목장 조성", "создание морских ферм", "los ranchos marinos", "agriculture-forestry-water"),
    ("乡村振兴", "Rural Revitalisation", "農村振興", "농촌 진흥", "возрождение села", "la revitalización rural", "agriculture-forestry-water"),
    ("国有资产管理", "State-Owned Assets Management", "国有資産管理", "국유자산 관리", "управление государственным имуществом", "la gestión de los activos estatales", "economy-state-assets"),
    ("审计整改", "Rectifying Audit Findings", "監査指摘の是正", "감사 지적사항 시정", "устранение замечаний аудита", "la corrección de las observaciones de auditoría", "finance-audit"),
    ("文化旅游消费", "Cultural Tourism Consumption", "文化観光消費", "문화관광 소비", "потребление в сфере культурного туризма", "el consumo de turismo cultural", "commerce-customs-tourism"),
    ("社会保险待遇", "Social Insurance Benefits", "社会保険給付", "사회보험 급여", "пособия по социальному страхованию", "las prestaciones del seguro social", "labour-personnel"),
    ("农村饮水安全", "Rural Drinking Water Safety", "農村の飲料水安全", "농촌 식수 안전", "безопасность питьевой воды на селе", "la seguridad del agua potable rural", "agriculture-forestry-water"),
    ("防汛抗旱", "Flood Control and Drought Relief", "洪水・干ばつ対策", "홍수·가뭄 대비", "борьба с паводками и засухой", "la prevención de inundaciones y sequías", "agriculture-forestry-water"),
    ("应急管理", "Emergency Management", "緊急事態管理", "비상관리", "управление в чрезвычайных ситуациях", "la gestión de emergencias", "general-affairs"),
    ("绿色低碳发展", "Green and Low-Carbon Development", "グリーン・低炭素発展", "녹색 저탄소 발전", "зелёное низкоуглеродное развитие", "el desarrollo verde y bajo en carbono", "construction-environment"),
    ("中小企业融资", "Financing for Small and Medium Enterprises", "中小企業の資金調達", "중소기업 금융", "финансирование малого и среднего бизнеса", "la financiación de las pymes", "economy-state-assets"),
    ("工业互联网", "the Industrial Internet", "産業インターネット", "산업인터넷", "промышленный интернет", "el internet industrial", "industry-transport"),
    ("行政执法监督", "Supervising Administrative Law Enforcement", "行政執行の監督", "행정집행 감독", "надзор за административным правоприменением", "la supervisión de la aplicación administrativa", "security-justice"),
    ("公共体育设施", "Public Sports Facilities", "公共体育施設", "공공체육시설", "общественные спортивные сооружения", "las instalaciones deportivas públicas", "health-sports"),
    ("外事接待", "Receiving Foreign Delegations", "外事接遇", "외사 접대", "приём иностранных делегаций", "la recepción de delegaciones extranjeras", "foreign-affairs"),
]
# Where: zh/ja/ko before the subject, en/ru/es after it.
PLACES = [
    ("", "", "", "", "", ""),
    ("大连市", " in Dalian", "大連市", "다롄시 ", " в Даляне", " en Dalian"),
    ("甘井子区", " in Ganjingzi District", "甘井子区", "간징쯔구 ", " в районе Ганьцзинцзы", " en el distrito de Ganjingzi"),
    ("中山区", " in Zhongshan District", "中山区", "중산구 ", " в районе Чжуншань", " en el distrito de Zhongshan"),
    ("金普新区", " in Jinpu New Area", "金普新区", "진푸신구 ", " в новом районе Цзиньпу", " en la Nueva Área de Jinpu"),
    ("沙河口区", " in Shahekou District", "沙河口区", "사허커우구 ", " в районе Шахэкоу", " en el distrito de Shahekou"),
    ("西岗区", " in Xigang District", "西岗区", "시강구 ", " в районе Сиган", " en el distrito de Xigang"),
    ("高新区", " in the High-Tech Zone", "ハイテク区", "고신구 ", " в зоне высоких технологий", " en la Zona de Alta Tecnología"),
    ("旅顺口区", " in Lüshunkou District", "旅順口区", "뤼순커우구 ", " в районе Люйшунькоу", " en el distrito de Lüshunkou"),
    ("瓦房店市", " in Wafangdian City", "瓦房店市", "와팡뎬시 ", " в городе Вафандянь", " en la ciudad de Wafangdian"),
    ("庄河市", " in Zhuanghe City", "荘河市", "좡허시 ", " в городе Чжуанхэ", " en la ciudad de Zhuanghe"),
    ("普兰店区", " in Pulandian District", "普蘭店区", "푸란뎬구 ", " в районе Пуланьдянь", " en el distrito de Pulandian"),
    ("长海县", " in Changhai County", "長海県", "창하이현 ", " в уезде Чанхай", " en el condado de Changhai"),
    ("长兴岛经济区", " in the Changxing Island Economic Zone", "長興島経済区", "창싱다오 경제구 ", " в экономической зоне острова Чансин", " en la Zona Económica de la Isla de Changxing"),
]
DISTRICTS = [p for p in PLACES[2:]]
DOC_TYPES = {
    "plan": [("实施方案", "Implementation Plan", "実施方案", "실시방안", "план реализации", "el plan de implementación"),
             ("三年行动方案", "Three-Year Action Plan", "三年行動計画", "3개년 행동방안", "трёхлетний план действий", "el plan de acción trienal"),
             ("工作方案", "Work Plan", "工作方案", "업무방안", "рабочий план", "el plan de trabajo")],
    "rules": [("管理办法", "Administrative Measures", "管理弁法", "관리방법", "порядок управления", "las medidas de gestión"),
              ("若干措施", "Several Measures", "若干の措置", "약간의 조치", "комплекс мер", "las medidas"),
              ("实施细则", "Detailed Implementation Rules", "実施細則", "실시세칙", "правила применения", "las normas de desarrollo")],
}
# Actions: {p} place, {s} subject, {t} document type, {y} year.
ACTIONS = {
    "issue": ("印发{p}{s}{t}", "Issuing the {t} on {s}{p}", "「{p}{s}{t}」の印刷配布", "「{p}{s} {t}」 인쇄 배포",
              "утверждение документа «{t}: {s}{p}»", "la publicación de {t} sobre {s}{p}"),
    "work": ("做好{y}年{p}{s}工作", "Carrying Out the {y} Work on {s}{p}", "{y}年{p}{s}業務の実施", "{y}년 {p}{s} 업무 추진",
             "организация работы в {y} году: {s}{p}", "los trabajos de {y} relativos a {s}{p}"),
    "strengthen": ("进一步加强{p}{s}", "Further Strengthening {s}{p}", "{p}{s}の一層の強化", "{p}{s} 강화",
                   "дальнейшее совершенствование работы: {s}{p}", "el refuerzo de {s}{p}"),
    "campaign": ("开展{y}年{p}{s}专项行动", "a {y} Special Campaign on {s}{p}", "{y}年{p}{s}特別行動の展開", "{y}년 {p}{s} 특별행동 전개",
                 "специальная кампания {y} года: {s}{p}", "la campaña especial de {y} sobre {s}{p}"),
    "matters": ("{p}{s}有关事项", "Matters Concerning {s}{p}", "{p}{s}に関する事項", "{p}{s} 관련 사항",
                "вопросы: {s}{p}", "los asuntos relativos a {s}{p}"),
    "adjust": ("调整{p}{s}有关政策", "Adjusting the Policies on {s}{p}", "{p}{s}関連政策の調整", "{p}{s} 관련 정책 조정",
               "корректировка политики: {s}{p}", "el ajuste de las políticas de {s}{p}"),
    "report": ("{y}年{p}{s}情况", "{s}{p} in {y}", "{y}年{p}{s}の状況", "{y}년 {p}{s} 현황",
               "итоги {y} года: {s}{p}", "la situación de {s}{p} en {y}"),
    "commend": ("表彰{y}年度{p}{s}工作先进集体和先进个人", "Commending Outstanding Units and Individuals in {s}{p} in {y}",
                "{y}年度{p}{s}先進団体・先進個人の表彰", "{y}년도 {p}{s} 우수 단체 및 개인 표창",
                "награждение передовых коллективов за {y} год: {s}{p}", "el reconocimiento de los mejores en {s}{p} en {y}"),
}
# genre: (weight order is GENRES order), actions, document types, title word per language.
GENRES = [
    ("notice", ["issue", "work", "strengthen", "campaign", "adjust"], "plan", ("通知", "Notice", "通知", "통지", "уведомление", "aviso")),
    ("normative-document", ["issue"], "rules", ("通知", "Notice", "通知", "통지", "уведомление", "aviso")),
    ("public-notice", ["matters", "campaign"], None, ("通告", "Public Notice", "通告", "통고", "извещение", "comunicado")),
    ("announcement", ["report"], None, ("公告", "Announcement", "公告", "공고", "объявление", "anuncio")),
    ("opinion", ["strengthen"], None, ("实施意见", "Implementing Opinions", "実施意見", "실시의견", "рекомендации по реализации", "opiniones de aplicación")),
    ("plan", ["issue"], "plan", ("通知", "Notice", "通知", "통지", "уведомление", "aviso")),
    ("reply", ["adjust", "matters"], None, ("批复", "Official Reply", "回答", "회신", "ответ", "respuesta oficial")),
    ("interpretation", None, "rules", None),
    ("circular", ["report", "work"], None, ("通报", "Circular", "通報", "통보", "информационное сообщение", "circular")),
    ("decision", ["commend", "matters"], None, ("决定", "Decision", "決定", "결정", "решение", "decisión")),
    ("letter", ["matters"], None, ("函", "Letter", "書簡", "공문", "письмо", "carta")),
]
BATCH = ("（第{n}批）", " (Batch {n})", "（第{n}弾）", " (제{n}차)", " (часть {n})", " (lote {n})")
ZH_NUM = "零一二三四五六七八九十"

AGENCIES = [  # Zipf order; doc_no issuer code
    ("dlgov", "大政发"), ("dlgov-office", "大政办发"), ("dl-hrss", "大人社发"), ("dl-education", "大教发"),
    ("dl-drc", "大发改发"), ("dl-health", "大卫健发"), ("dl-commerce", "大商务发"), ("dl-samr", "大市监发"),
    ("dl-housing", "大住建发"), ("dl-ecology", "大环发"), ("dl-science", "大科发"), ("dl-psb", "大公发"),
    ("dl-medical-security", "大医保发"), ("dl-hpf", "大公积金发"), ("dl-water", "大水集团发"),
    ("dl-power", "大连供电发"), ("dl-gas", "大燃集团发"),
]
HEADINGS = [
    ("总体要求", "General Requirements", "基本要求", "총체적 요구", "Общие требования", "Requisitos generales"),
    ("主要目标", "Main Objectives", "主な目標", "주요 목표", "Основные цели", "Objetivos principales"),
    ("重点任务", "Key Tasks", "重点任務", "중점 과제", "Ключевые задачи", "Tareas clave"),
    ("保障措施", "Safeguards", "保障措置", "보장 조치", "Меры обеспечения", "Medidas de garantía"),
    ("工作要求", "Work Requirements", "業務上の要求", "업무 요구", "Требования к работе", "Requisitos de trabajo"),
    ("适用范围", "Scope", "適用範囲", "적용 범위", "Сфера применения", "Ámbito de aplicación"),
    ("支持对象", "Who Is Supported", "支援対象", "지원 대상", "Получатели поддержки", "Beneficiarios"),
    ("支持标准", "Support Standards", "支援基準", "지원 기준", "Нормы поддержки", "Criterios de apoyo"),
    ("申报程序", "Application Procedure", "申請手続", "신청 절차", "Порядок подачи заявок", "Procedimiento de solicitud"),
    ("监督管理", "Supervision", "監督管理", "감독 관리", "Надзор и контроль", "Supervisión y control"),
    ("职责分工", "Division of Responsibilities", "職責分担", "직책 분담", "Распределение обязанностей", "Reparto de responsabilidades"),
    ("时间安排", "Timetable", "日程", "일정", "Сроки", "Calendario"),
    ("资金保障", "Funding", "資金の保障", "자금 보장", "Финансирование", "Financiación"),
    ("组织领导", "Organisation and Leadership", "組織指導", "조직 지도", "Организационное руководство", "Organización y dirección"),
    ("基本原则", "Basic Principles", "基本原則", "기본 원칙", "Основные принципы", "Principios básicos"),
    ("主要内容", "Main Content", "主な内容", "주요 내용", "Основное содержание", "Contenido principal"),
    ("政策依据", "Legal Basis", "政策根拠", "정책 근거", "Правовые основания", "Base jurídica"),
    ("办理流程", "Procedure", "手続の流れ", "처리 절차", "Порядок действий", "Tramitación"),
    ("宣传引导", "Publicity", "広報・啓発", "홍보 안내", "Информирование", "Difusión"),
    ("风险防控", "Risk Prevention and Control", "リスク防止", "위험 방지", "Предотвращение рисков", "Prevención de riesgos"),
    ("考核评估", "Assessment and Evaluation", "評価・審査", "평가 심사", "Оценка", "Evaluación"),
    ("信息公开", "Disclosure of Information", "情報公開", "정보 공개", "Раскрытие информации", "Divulgación de información"),
    ("联系方式", "Contacts", "連絡先", "연락처", "Контакты", "Contacto"),
    ("附则", "Supplementary Provisions", "附則", "부칙", "Заключительные положения", "Disposiciones finales"),
]
THEMES = [  # keywords beside the subject
    ("政务服务", "government services", "行政サービス", "정무 서비스", "государственные услуги", "servicios públicos"),
    ("市场主体", "market entities", "市場主体", "시장 주체", "субъекты рынка", "entidades de mercado"),
    ("民生保障", "people's livelihood", "民生保障", "민생 보장", "социальное обеспечение", "bienestar social"),
    ("高质量发展", "high-quality development", "質の高い発展", "고품질 발전", "качественное развитие", "desarrollo de calidad"),
    ("数字化转型", "digital transformation", "デジタル化", "디지털 전환", "цифровая трансформация", "transformación digital"),
    ("对外开放", "opening up", "対外開放", "대외 개방", "открытость", "apertura al exterior"),
    ("依法行政", "law-based administration", "法に基づく行政", "법에 의한 행정", "законность управления", "administración conforme a la ley"),
    ("公共服务", "public services", "公共サービス", "공공 서비스", "общественные услуги", "servicios comunitarios"),
    ("社会治理", "social governance", "社会ガバナンス", "사회 거버넌스", "социальное управление", "gobernanza social"),
    ("专项资金", "special funds", "特別資金", "특별 자금", "целевые средства", "fondos especiales"),
    ("信用监管", "credit-based supervision", "信用監督", "신용 감독", "кредитный надзор", "supervisión crediticia"),
    ("招商引资", "investment attraction", "投資誘致", "투자 유치", "привлечение инвестиций", "captación de inversiones"),
]
SURNAMES = [("王", "Wang", "왕", "Ван"), ("李", "Li", "리", "Ли"), ("张", "Zhang", "장", "Чжан"), ("刘", "Liu", "류", "Лю"),
            ("陈", "Chen", "천", "Чэнь"), ("杨", "Yang", "양", "Ян"), ("赵", "Zhao", "자오", "Чжао"), ("黄", "Huang", "황", "Хуан"),
            ("周", "Zhou", "저우", "Чжоу"), ("吴", "Wu", "우", "У"), ("徐", "Xu", "쉬", "Сюй"), ("孙", "Sun", "쑨", "Сунь"),
            ("于", "Yu", "위", "Юй"), ("曲", "Qu", "취", "Цюй"), ("姜", "Jiang", "장", "Цзян"), ("高", "Gao", "가오", "Гао"),
            ("林", "Lin", "린", "Линь"), ("郭", "Guo", "궈", "Го"), ("马", "Ma", "마", "Ма"), ("董", "Dong", "둥", "Дун"),
            ("宋", "Song", "쑹", "Сун"), ("韩", "Han", "한", "Хань"), ("丛", "Cong", "충", "Цун"), ("隋", "Sui", "쑤이", "Суй")]
GIVEN = [("伟", "wei", "웨이", "вэй"), ("明", "ming", "밍", "мин"), ("丽", "li", "리", "ли"), ("强", "qiang", "창", "цян"),
         ("静", "jing", "징", "цзин"), ("海", "hai", "하이", "хай"), ("晓", "xiao", "샤오", "сяо"), ("军", "jun", "쥔", "цзюнь"),
         ("芳", "fang", "팡", "фан"), ("磊", "lei", "레이", "лэй"), ("洋", "yang", "양", "ян"), ("勇", "yong", "융", "юн"),
         ("艳", "yan", "옌", "янь"), ("杰", "jie", "제", "цзе"), ("涛", "tao", "타오", "тао"), ("超", "chao", "차오", "чао"),
         ("霞", "xia", "샤", "ся"), ("平", "ping", "핑", "пин"), ("刚", "gang", "강", "ган"), ("波", "bo", "보", "бо"),
         ("宇", "yu", "위", "юй"), ("晨", "chen", "천", "чэнь"), ("志", "zhi", "즈", "чжи"), ("远", "yuan", "위안", "юань"),
         ("峰", "feng", "펑", "фэн"), ("红", "hong", "훙", "хун"), ("松", "song", "쑹", "сун"), ("新", "xin", "신", "синь"),
         ("春", "chun", "춘", "чунь"), ("华", "hua", "화", "хуа"), ("建", "jian", "젠", "цзянь"), ("国", "guo", "궈", "го")]
BRANDS = [("恒通", "Hengtong", "헝퉁", "Хэнтун"), ("华信", "Huaxin", "화신", "Хуасинь"), ("星海", "Xinghai", "싱하이", "Синхай"),
          ("海创", "Haichuang", "하이촹", "Хайчуан"), ("东港", "Donggang", "둥강", "Дунган"), ("远洋", "Yuanyang", "위안양", "Юаньян"),
          ("金泰", "Jintai", "진타이", "Цзиньтай"), ("新元", "Xinyuan", "신위안", "Синьюань"), ("博海", "Bohai", "보하이", "Бохай"),
          ("中和", "Zhonghe", "중허", "Чжунхэ"), ("盛达", "Shengda", "성다", "Шэнда"), ("凯旋", "Kaixuan", "카이쉬안", "Кайсюань"),
          ("联创", "Lianchuang", "롄촹", "Лянчуан"), ("瑞港", "Ruigang", "루이강", "Жуйган"), ("天宇", "Tianyu", "톈위", "Тяньюй"),
          ("汇丰源", "Huifengyuan", "후이펑위안", "Хуэйфэнъюань"), ("龙腾", "Longteng", "룽텅", "Лунтэн"), ("辽海", "Liaohai", "랴오하이", "Ляохай")]
INDUSTRIES = [("港口物流", "Port Logistics", "港湾物流", "항만물류", "портовая логистика", "logística portuaria"),
              ("软件", "Software", "ソフトウェア", "소프트웨어", "программное обеспечение", "software"),
              ("装备制造", "Equipment Manufacturing", "設備製造", "장비제조", "машиностроение", "fabricación de equipos"),
              ("海洋食品", "Marine Foods", "水産食品", "수산식품", "морепродукты", "alimentos marinos"),
              ("石化", "Petrochemical", "石油化学", "석유화학", "нефтехимия", "petroquímica"),
              ("新能源", "New Energy", "新エネルギー", "신에너지", "новая энергетика", "nuevas energías"),
              ("生物医药", "Biomedicine", "バイオ医薬", "바이오의약", "биофармацевтика", "biomedicina"),
              ("建设工程", "Construction Engineering", "建設工事", "건설공사", "строительство", "construcción")]
ADDRESSEES = [
    ("各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构：", "To the people's governments of all districts, county-level cities and counties, the administrative committees of the pilot zones, and all departments of the Municipal Government:",
     "各区・市・県人民政府、各先導区管理委員会、市政府各部局：", "각 구·시·현 인민정부, 각 선도구 관리위원회, 시 정부 각 부처:",
     "Народным правительствам районов, городов и уездов, управляющим комитетам пилотных зон, всем ведомствам городского правительства:",
     "A los gobiernos populares de todos los distritos, ciudades y condados, a los comités de las zonas piloto y a todos los departamentos del Gobierno Municipal:"),
    ("各有关单位：", "To all units concerned:", "関係各機関：", "각 관련 기관:", "Всем заинтересованным организациям:", "A todas las entidades interesadas:"),
    ("各区市县（先导区）有关部门：", "To the departments concerned of all districts, county-level cities, counties and pilot zones:",
     "各区・市・県（先導区）関係部門：", "각 구·시·현(선도구) 관련 부서:", "Профильным отделам районов, городов, уездов и пилотных зон:",
     "A los departamentos competentes de los distritos, ciudades, condados y zonas piloto:"),
]
OPENINGS = ("现就{m}有关事项{v}如下：", "The arrangements concerning {m} are set out below.", "{m}について、次のとおり{v}する。",
            "{m}에 관한 사항을 다음과 같이 알립니다.", "Ниже излагаются положения по теме: {m}.", "A continuación se exponen las disposiciones relativas a {m}.")
ZH_VERB = {"notice": "通知", "normative-document": "通知", "plan": "通知", "public-notice": "通告", "announcement": "公告",
           "opinion": "提出意见", "reply": "批复", "circular": "通报", "decision": "决定", "letter": "函告", "interpretation": "解读"}
JA_VERB = {"public-notice": "通告", "announcement": "公告", "opinion": "意見を述べる", "reply": "回答", "circular": "通報",
           "decision": "決定", "letter": "連絡", "interpretation": "解説"}
SUMMARY = ("围绕{m}作出安排。", "Sets out arrangements on {m}.", "{m}について定める。", "{m}에 관한 사항을 정한다.",
           "Определяет порядок по теме: {m}.", "Establece disposiciones sobre {m}.")
FACTS = [
    ("{d}{o}于{date}完成相关工作，涉及资金{a}万元，联系人：{n}，电话：0411-{ph}。",
     "{o}{d} completed the work on {date}, involving RMB {am} million; contact: {n}, tel. 0411-{ph}.",
     "{d}の{o}は{date}に関連業務を完了し、関係資金は{a}万元である。連絡先：{n}、電話：0411-{ph}。",
     "{d} {o}는 {date}에 관련 업무를 완료하였으며 관련 자금은 {a}만 위안이다. 담당자: {n}, 전화: 0411-{ph}.",
     "{o}{d} завершило работы {date}, объём средств составил {am} млн юаней; контактное лицо: {n}, тел. 0411-{ph}.",
     "{o}{d} concluyó los trabajos el {date}, con fondos de {am} millones de yuanes; contacto: {n}, tel. 0411-{ph}."),
    ("经审核，{o}等{k}家单位符合条件，拟给予支持资金共计{a}万元，公示期自{date}起5个工作日。",
     "After review, {k} units including {o} qualify, with support of RMB {am} million in total; the public notice period runs for 5 working days from {date}.",
     "審査の結果、{o}など{k}機関が条件を満たし、支援資金計{a}万元を交付する予定である。公示期間は{date}から5営業日とする。",
     "심사 결과 {o} 등 {k}개 기관이 조건에 부합하여 총 {a}만 위안의 지원 자금을 지급할 예정이며, 공시 기간은 {date}부터 5영업일이다.",
     "По итогам проверки {k} организаций, в том числе {o}, соответствуют условиям; сумма поддержки — {am} млн юаней; срок публичного уведомления — 5 рабочих дней с {date}.",
     "Tras la revisión, {k} entidades, entre ellas {o}, cumplen los requisitos, con un apoyo total de {am} millones de yuanes; el período de publicidad es de 5 días hábiles desde el {date}."),
    ("{n}同志任{d}{s}工作专班负责人，{n2}同志不再担任该职务。",
     "{n} is appointed head of the task force on {s}{d2}, and {n2} no longer holds that post.",
     "{n}を{d}{s}作業部会責任者に任命し、{n2}は同職を免ずる。",
     "{n}을 {d} {s} 전담반 책임자로 임명하고, {n2}은 해당 직무를 면한다.",
     "{n} назначается руководителем рабочей группы по теме «{s}»{d2}, {n2} освобождается от этой должности.",
     "Se nombra a {n} responsable del grupo de trabajo sobre {s}{d2}, y {n2} deja de ocupar dicho cargo."),
    ("截至{date}，全市累计完成投资{a}万元，同比增长{pc}%，其中{d}完成{a2}万元。",
     "By {date} the city had completed investment of RMB {am} million, up {pc}% year on year, of which {d3} accounted for RMB {am2} million.",
     "{date}までに全市の累計投資額は{a}万元、前年同期比{pc}%増となり、うち{d}は{a2}万元であった。",
     "{date}까지 시 전체 누적 투자액은 {a}만 위안으로 전년 동기 대비 {pc}% 증가했으며, 그중 {d}는 {a2}만 위안이다.",
     "На {date} общий объём инвестиций по городу составил {am} млн юаней, рост {pc}% в годовом исчислении, из них{d2} — {am2} млн юаней.",
     "Hasta el {date} la ciudad acumuló una inversión de {am} millones de yuanes, un {pc}% más que el año anterior, de los cuales {am2} millones{d2}."),
]
TABLES = [
    (("类别", "调整前", "调整后"), ("Category", "Before", "After"), ("区分", "調整前", "調整後"), ("구분", "조정 전", "조정 후"),
     ("Категория", "До", "После"), ("Categoría", "Antes", "Después")),
    (("地区", "项目数（个）", "资金（万元）"), ("Area", "Projects", "Funds (RMB 10,000)"), ("地区", "事業数", "資金（万元）"),
     ("지역", "사업 수", "자금(만 위안)"), ("Территория", "Проекты", "Средства (10 тыс. юаней)"), ("Zona", "Proyectos", "Fondos (10.000 yuanes)")),
    (("序号", "任务", "责任单位", "完成时限"), ("No.", "Task", "Responsible unit", "Deadline"), ("番号", "任務", "責任機関", "期限"),
     ("번호", "과제", "책임 기관", "완료 기한"), ("№", "Задача", "Ответственный", "Срок"), ("N.º", "Tarea", "Responsable", "Plazo")),
]
CLOSINGS = ("（此件公开发布）", "(This document is released to the public.)", "（本件は公開する）", "(이 문서는 공개한다)",
            "(Документ подлежит опубликованию.)", "(Este documento se hace público.)")
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
LI = {l: i for i, l in enumerate(LANGS)}


def zh_number(n):
    """1..99 in Chinese numerals: 一, 十一, 二十三."""
    tens, ones = divmod(n, 10)
    return ((ZH_NUM[tens] if tens > 1 else "") + "十" if tens else "") + (ZH_NUM[ones] if ones else "")


def fmt_date(lang, d):
    if lang in ("zh", "ja"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if lang == "ru":
        return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г."
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def person(lang, p):
    sur, given = SURNAMES[p[0]], [GIVEN[g] for g in p[1:]]
    if lang in ("zh", "ja"):
        return sur[0] + "".join(g[0] for g in given)
    if lang == "ko":
        return sur[2] + "".join(g[2] for g in given)
    if lang == "ru":
        return f"{sur[3]} " + "".join(g[3] for g in given).capitalize()
    return f"{sur[1]} " + "".join(g[1] for g in given).capitalize()


def enterprise(lang, e):
    b, ind = BRANDS[e[0]], INDUSTRIES[e[1]]
    if lang == "zh":
        return f"大连{b[0]}{ind[0]}有限公司"
    if lang == "ja":
        return f"大連{b[0]}{ind[2]}有限公司"
    if lang == "ko":
        return f"다롄{b[2]}{ind[3]} 유한회사"
    if lang == "ru":
        return f"ООО «Далянь {b[3]}» ({ind[4]})"
    if lang == "es":
        return f"Dalian {b[1]} ({ind[5]}), S.A."
    return f"Dalian {b[1]} {ind[1]} Co., Ltd."


def money(lang, wan):
    return f"{wan:,}" if lang in ("zh", "ja", "ko") else f"{wan / 100:,.2f}"


class Zipf:
    def __init__(self, n, s=1.1):
        acc, self.cum = 0.0, []
        for k in range(n):
            acc += 1 / (k + 1) ** s
            self.cum.append(acc)

    def __call__(self, rng):
        return bisect.bisect_left(self.cum, rng.random() * self.cum[-1])


Z_SUBJECT, Z_AGENCY, Z_GENRE = Zipf(len(SUBJECTS), 0.9), Zipf(len(AGENCIES), 0.9), Zipf(len(GENRES), 0.8)
Z_PLACE, Z_DISTRICT, Z_HEADING = Zipf(len(PLACES), 1.2), Zipf(len(DISTRICTS), 0.8), Zipf(len(HEADINGS), 0.6)
Z_SUR, Z_GIVEN, Z_BRAND = Zipf(len(SURNAMES), 1.0), Zipf(len(GIVEN), 0.7), Zipf(len(BRANDS), 0.9)
Z_IND, Z_THEME = Zipf(len(INDUSTRIES), 0.8), Zipf(len(THEMES), 0.9)

# ------------------------------------------------------------- records


def messages(lang):
    out = {}
    for line in (ROOT / "locales" / lang / "site.ftl").read_text(encoding="utf-8").splitlines():
        if " = " in line and line[:1].isalpha():
            k, v = line.split(" = ", 1)
            out[k.strip()] = v.strip()
    return out


def toml(v):
    if isinstance(v, list):
        return "[" + ", ".join(toml(x) for x in v) + "]"
    if isinstance(v, datetime.date):
        return v.isoformat()
    return json.dumps(v, ensure_ascii=False)


def shorten(lang, text, limit=100):
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if lang not in ("zh", "ja"):
        cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:—-") + "…"


class Generator:
    def __init__(self, n, seed, pools):
        self.n, self.seed, self.pools = n, seed, pools
        self.agency_names = {l: {k[7:]: v for k, v in messages(l).items() if k.startswith("agency-")} for l in LANGS}
        self.codes = dict(re.findall(r'\[agencies\.([a-z0-9-]+)\]\ncode = "([^"]+)"',
                                     (ROOT / "site.toml").read_text(encoding="utf-8")))
        self.mean_zh = sum(map(len, pools["zh"])) / len(pools["zh"])
        self.titles = {l: set() for l in LANGS}
        self.summaries = {l: set() for l in LANGS}
        self.doc_serials = {}
        self.records = []

    def plan(self, i):
        """A record's facts, title parts and body skeleton (language-free)."""
        rng = random.Random(f"{self.seed}:record:{i}")
        year = 2022 + i % 5
        subject = Z_SUBJECT(rng)
        genre_i = Z_GENRE(rng)
        genre, actions, types, words = GENRES[genre_i]
        agency, issuer = AGENCIES[Z_AGENCY(rng)]
        last = min(LAST_DAY, datetime.date(year, 12, 31))
        written = datetime.date(year, 1, 1) + datetime.timedelta(rng.randrange((last - datetime.date(year, 1, 1)).days - 10))
        published = written + datetime.timedelta(rng.randrange(11))
        r = {"i": i, "year": year, "serial": f"{i + 1:06d}", "agency": agency, "genre": genre, "written": written,
             "published": published, "topic": SUBJECTS[subject][6], "subject": subject}
        r["catalog"] = ("plans" if genre == "plan" else "interpretations" if genre == "interpretation"
                        else "personnel" if subject == 5 or genre == "decision" and rng.random() < 0.5
                        else "finance" if SUBJECTS[subject][6] == "finance-audit"
                        else "notices" if genre in ("notice", "public-notice", "announcement", "circular") and rng.random() < 0.5
                        else "policy-documents")
        r["disclosure"] = "on-request" if rng.random() < 0.05 else "proactive"
        if genre in ("normative-document", "plan", "opinion", "notice") and rng.random() < 0.85:
            r["validity"] = rng.choices(["in-force", "expired", "repealed"], [70, 15, 15])[0]
            r["effective"] = published + datetime.timedelta(rng.randrange(31))
            if r["validity"] != "in-force":
                room = (LAST_DAY - r["effective"]).days
                if room > 30:
                    r["repealed"] = r["effective"] + datetime.timedelta(30 + rng.randrange(room - 30))
                else:
                    r["validity"] = "in-force"
        if genre not in ("interpretation", "announcement") or rng.random() < 0.3:
            key = (issuer, written.year)
            self.doc_serials[key] = self.doc_serials.get(key, 0) + 1 + (rng.random() < 0.3)
            r["doc_no"] = f"{'大政' if genre == 'reply' and agency == 'dlgov' else issuer}〔{written.year}〕{self.doc_serials[key]}号"
        if i > 10 and r.get("validity") == "in-force" and rng.random() < 0.04:
            r["supersedes"] = rng.randrange(i)
        # Title: drawn again while it repeats an earlier one, then numbered.
        for attempt in range(12):
            parts = {"action": rng.choice(actions) if actions else None, "place": Z_PLACE(rng),
                     "type": rng.randrange(3) if types else None, "tyear": year + rng.choice([0, 0, 0, 1, -1])}
            if attempt:
                subject = Z_SUBJECT(rng)
            parts["subject"] = subject
            titles = [self.title(l, r, parts, 0) for l in LANGS]
            if all(t not in self.titles[l] for l, t in zip(LANGS, titles)):
                break
        else:
            n = 2
            while any(self.title(l, r, parts, n) in self.titles[l] for l in LANGS):
                n += 1
            parts["batch"] = n
            titles = [self.title(l, r, parts, n) for l in LANGS]
        for l, t in zip(LANGS, titles):
            self.titles[l].add(t)
        r["parts"], r["titles"] = parts, dict(zip(LANGS, titles))
        r["topic"] = SUBJECTS[parts["subject"]][6]
        themes = sorted({Z_THEME(rng) for _ in range(1 + rng.randrange(3))})
        r["keywords"] = {l: [SUBJECTS[parts["subject"]][LI[l]]] + [THEMES[t][LI[l]] for t in themes]
                         + ([PLACES[parts["place"]][LI[l]].strip()] if parts["place"] > 1 else []) for l in LANGS}
        r["skeleton"] = self.skeleton(rng, r)
        return r

    def middle(self, lang, r, parts, batch):
        li = LI[lang]
        s = SUBJECTS[parts["subject"]][li]
        p = PLACES[parts["place"]][li]
        t = DOC_TYPES[GENRES_BY[r["genre"]][2]][parts["type"]][li] if parts["type"] is not None else ""
        if r["genre"] == "interpretation":
            m = ("《{p}{s}{t}》", "the {t} on {s}{p}", "「{p}{s}{t}」", "「{p}{s} {t}」", "«{t}: {s}{p}»", "{t} sobre {s}{p}")[li]
        else:
            m = ACTIONS[parts["action"]][li]
        m = m.format(p=p, s=s, t=t, y=parts["tyear"]).replace("de el ", "del ").replace(" a el ", " al ")
        if batch:
            m += BATCH[li].format(n=zh_number(batch) if lang == "zh" else batch)
        return m

    def title(self, lang, r, parts, batch):
        m = self.middle(lang, r, parts, batch)
        if r["genre"] == "interpretation":
            return (f"{m}政策解读", f"Interpretation of {m}", f"{m}の政策解説", f"{m} 정책 해설",
                    f"Разъяснение документа {m}", f"Interpretación de {m}")[LI[lang]]
        word = GENRES_BY[r["genre"]][3][LI[lang]]
        a = self.agency_names[lang][r["agency"]]
        return {"zh": f"{a}关于{m}的{word}", "en": f"{word} of the {a} on {m}", "ja": f"{a}の{m}に関する{word}",
                "ko": f"{a}의 {m}에 관한 {word}", "ru": f"{a}: {word} — {m}", "es": f"{a}: {word} sobre {m}"}[lang]

    def skeleton(self, rng, r):
        """Blocks of the body, sized to a log-normal length in Chinese characters."""
        target = min(6000, max(250, rng.lognormvariate(math.log(1100), 0.75)))
        per = self.mean_zh
        blocks = []
        if r["genre"] not in ("announcement", "interpretation") and rng.random() < 0.8:
            blocks.append(("addressee", rng.randrange(len(ADDRESSEES))))
        blocks.append(("opening", rng.randrange(3)))
        size = 60 + 2 * per
        fact_budget = 1 + int(target // 900)
        table_done = rng.random() > 0.3
        sections = 0 if target < 500 else min(12, int(target // 350) + rng.randrange(2))
        headings = rng.sample(range(len(HEADINGS)), min(sections, len(HEADINGS))) if sections else []
        headings.sort(key=lambda h: (h == len(HEADINGS) - 1, h == len(HEADINGS) - 2))  # contacts, 附则 last
        for s in range(max(1, len(headings))):
            if headings:
                blocks.append(("h2", s + 1, headings[s]))
            paras = 1 + rng.randrange(3)
            for _ in range(paras):
                if size >= target and s >= len(headings) - 1 and _ > 0:
                    break
                kind = rng.random()
                if kind < 0.15:
                    n = 3 + rng.randrange(4)
                    blocks.append(("list", rng.random() < 0.5, n))
                    size += n * per
                elif not table_done and kind < 0.3:
                    t = rng.randrange(len(TABLES))
                    rows = []
                    for k in range(2 + rng.randrange(6)):
                        rows.append((Z_DISTRICT(rng), rng.randrange(20, 5000), rng.randrange(100, 90000),
                                     Z_SUBJECT(rng), AGENCIES[Z_AGENCY(rng)][0],
                                     r["published"] + datetime.timedelta(30 + rng.randrange(700))))
                    blocks.append(("table", t, rows))
                    table_done = True
                    size += 40 * len(rows)
                elif fact_budget and kind < 0.45:
                    blocks.append(("fact", self.fact(rng, r)))
                    fact_budget -= 1
                    size += 70
                else:
                    n = 1 + rng.randrange(5)
                    blocks.append(("para", n))
                    size += n * per
        while size < target:
            n = 1 + rng.randrange(5)
            blocks.append(("para", n))
            size += n * per
        if r["i"] > 20 and rng.random() < 0.1:
            blocks.append(("link", rng.randrange(r["i"])))
        blocks.append(("sign",))
        return blocks

    def fact(self, rng, r):
        p = lambda: (Z_SUR(rng),) + tuple(Z_GIVEN(rng) for _ in range(1 + (rng.random() < 0.7)))
        return {"t": rng.randrange(len(FACTS)), "d": Z_DISTRICT(rng), "o": (Z_BRAND(rng), Z_IND(rng)), "n": p(), "n2": p(),
                "a": rng.randrange(50, 200000), "a2": rng.randrange(10, 20000), "k": 2 + rng.randrange(40),
                "pc": round(rng.uniform(0.5, 25), 1), "ph": rng.randrange(10000000, 99999999),
                "date": r["published"] - datetime.timedelta(rng.randrange(90)), "s": Z_SUBJECT(rng)}

    def render_fact(self, lang, f):
        li = LI[lang]
        d = DISTRICTS[f["d"]]
        vals = {"d": d[li].strip() if lang in ("zh", "ja", "ko") else "", "d2": d[li] if lang not in ("zh", "ja", "ko") else "",
                "d3": d[1].strip()[3:] if lang == "en" else "", "o": enterprise(lang, f["o"]),
                "n": person(lang, f["n"]), "n2": person(lang, f["n2"]), "a": money(lang, f["a"]), "am": money(lang, f["a"]),
                "a2": money(lang, f["a2"]), "am2": money(lang, f["a2"]), "k": f["k"], "pc": f["pc"], "ph": f["ph"],
                "date": fmt_date(lang, f["date"]), "s": SUBJECTS[f["s"]][li]}
        if lang not in ("zh", "ja", "ko"):
            vals["d"] = d[li]
        return FACTS[f["t"]][li].format(**vals)

    def body(self, lang, r, rng):
        li = LI[lang]
        pool = self.pools[lang]
        sep = "" if lang in ("zh", "ja") else " "
        sent = lambda n: sep.join(pool[rng.randrange(len(pool))] for _ in range(n))
        out = []
        m = self.middle(lang, r, r["parts"], r["parts"].get("batch", 0))
        for b in r["skeleton"]:
            kind = b[0]
            if kind == "addressee":
                out.append(ADDRESSEES[b[1]][li])
            elif kind == "opening":
                v = (ZH_VERB if lang == "zh" else JA_VERB).get(r["genre"], "通知")
                opening = OPENINGS[li].format(m=m, v=v)
                out.append(sent(1 + b[1]) + sep + opening if b[1] else opening + sep + sent(2))
            elif kind == "h2":
                n, h = b[1], HEADINGS[b[2]][li]
                out.append(f"## {zh_number(n)}、{h}" if lang == "zh" else
                           f"## 第{n} {h}" if lang == "ja" else f"## {n}. {h}")
            elif kind == "para":
                out.append(sent(b[1]))
            elif kind == "list":
                mark = (lambda k: f"{k + 1}. ") if b[1] else (lambda k: "- ")
                out.append("\n".join(mark(k) + sent(1) for k in range(b[2])))
            elif kind == "fact":
                out.append(self.render_fact(lang, b[1]) + sep + sent(1))
            elif kind == "table":
                out.append(self.table(lang, b[1], b[2]))
            elif kind == "link":
                j = b[1]
                year = 2022 + j % 5
                label = ("详见", "See", "詳細は", "자세한 내용은", "Подробнее:", "Véase")[li]
                out.append(f"{label}[{self.records[j]['titles'][lang]}]"
                           f"(/disclosure/{year}/dl-{year}-{j + 1:06d}/)" + ("。" if lang in ("zh", "ja") else "."))
            elif kind == "sign":
                out.append(f"{self.agency_names[lang][r['agency']]}  \n{fmt_date(lang, r['written'])}")
                if r["genre"] not in ("announcement", "interpretation"):
                    out.append(CLOSINGS[li])
        return "\n\n".join(out) + "\n"

    def table(self, lang, t, rows):
        li = LI[lang]
        head = TABLES[t][li]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for k, (d, x, a, s, ag, dl) in enumerate(rows):
            place = DISTRICTS[d][li].strip()
            place = place[3:] if lang == "en" and place.startswith("in ") else place
            place = place.split(" ", 1)[1] if lang in ("ru", "es") else place
            if t == 0:
                cells = [place, money(lang, a), money(lang, a + a // 10 + 1)]
            elif t == 1:
                cells = [place, str(x), money(lang, a)]
            else:
                cells = [str(k + 1), SUBJECTS[s][li], self.agency_names[lang][ag], fmt_date(lang, dl)]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def summary(self, lang, r, rng):
        """At most 100 characters, and not one an earlier record has: when the
        cut made it the same, the date (and then the document number) goes first."""
        m = self.middle(lang, r, r["parts"], r["parts"].get("batch", 0))
        s = SUMMARY[LI[lang]].format(m=m)
        pool = self.pools[lang]
        extra = pool[rng.randrange(len(pool))]
        if len(s) + len(extra) + 1 <= 100:
            s += ("" if lang in ("zh", "ja") else " ") + extra
        day = fmt_date(lang, r.get("effective", r["published"]))
        lead = ("自{d}起，", "From {d}: ", "{d}から、", "{d}부터 ", "С {d}: ", "Desde el {d}: ")[LI[lang]].format(d=day)
        no = r.get("doc_no", r["serial"]) + ("，" if lang == "zh" else "、" if lang == "ja" else ", ")
        seen = self.summaries[lang]
        for candidate in (s, lead + s, no + lead + s, f"{r['serial']}{no}{lead}{s}"):
            candidate = shorten(lang, candidate)
            if candidate not in seen:
                break
        seen.add(candidate)
        return candidate

    def texts(self, r):
        """Title, summary, keywords and body of each language."""
        out = {}
        for lang in LANGS:
            rng = random.Random(f"{self.seed}:text:{r['i']}:{lang}")
            out[lang] = (r["titles"][lang], self.summary(lang, r, rng), r["keywords"][lang], self.body(lang, r, rng))
        return out


GENRES_BY = {g[0]: g for g in GENRES}


def digests(blobs):
    """BLAKE3 of each blob (b3sum, many files at a time), as gongkai's digest."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, blob in enumerate(blobs):
            path = os.path.join(tmp, f"{k}")
            with open(path, "wb") as f:
                f.write(blob)
            paths.append(path)
        out = []
        for start in range(0, len(paths), 2000):
            res = subprocess.run(["b3sum", "--no-names", "--num-threads", "1"] + paths[start:start + 2000],
                                 capture_output=True, text=True, check=True)
            out += [line[:16] for line in res.stdout.split()]
    return [f"blake3:{d}" for d in out]


def digest_input(title, summary, keywords, body):
    put = lambda label, text: label.encode() + b"\0" + text.strip().encode() + b"\0"
    return (put("title", title) + put("summary", summary) + b"".join(put("keyword", k) for k in keywords)
            + put("body", body))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="records")
    ap.add_argument("out", type=pathlib.Path, help="site folder to make (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args()
    ensure_packages()
    pools = {lang: load_pool(lang) for lang in LANGS}
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    (out / "content").mkdir(parents=True)
    shutil.copy(ROOT / "site.toml", out / "site.toml")
    shutil.copytree(ROOT / "locales", out / "locales")
    for folder in sorted((ROOT / "content").iterdir()):
        if folder.name != "disclosure":
            dest = out / "content" / folder.name
            (shutil.copytree if folder.is_dir() else shutil.copy)(folder, dest)
    (out / "content" / "disclosure").mkdir()
    for f in sorted((ROOT / "content" / "disclosure").glob("_index*.md")):
        shutil.copy(f, out / "content" / "disclosure" / f.name)

    gen = Generator(args.n, args.seed, pools)
    for i in range(args.n):
        gen.records.append(gen.plan(i))
    texts = [gen.texts(r) for r in gen.records]
    sums = digests([digest_input(*t["zh"]) for t in texts])
    seen = {lang: set() for lang in LANGS}
    for r, t, digest in zip(gen.records, texts, sums):
        for lang in LANGS:
            if t[lang][3] in seen[lang]:
                sys.exit(f"generator bug: record {r['i']} repeats a {lang} body")
            seen[lang].add(t[lang][3])
        folder = out / "content" / "disclosure" / str(r["year"])
        folder.mkdir(exist_ok=True)
        name = f"dl-{r['year']}-{r['serial']}"
        title, summary, keywords, body = t["zh"]
        front = [("index_no", f"{gen.codes[r['agency']]}/{r['year']}-{r['serial']}"), ("title", title),
                 ("agency", r["agency"]), ("doc_no", r.get("doc_no")), ("written", r["written"]),
                 ("published", r["published"]), ("topic", r["topic"]), ("genre", r["genre"]),
                 ("catalog", r["catalog"]), ("disclosure", r["disclosure"]), ("validity", r.get("validity")),
                 ("effective", r.get("effective")), ("repealed", r.get("repealed"))]
        if "supersedes" in r:
            old = gen.records[r["supersedes"]]
            front.append(("supersedes", [f"{gen.codes[old['agency']]}/{old['year']}-{old['serial']}"]))
        front += [("keywords", keywords), ("summary", summary)]
        write(folder / f"{name}.md", front, body)
        for lang in TRANSLATIONS:
            title, summary, keywords, body = t[lang]
            write(folder / f"{name}.{lang}.md", [("title", title), ("summary", summary), ("keywords", keywords),
                                                 ("source_digest", digest)], body)
    sizes = ", ".join(f"{lang} {len(p)}" for lang, p in pools.items())
    print(f"{args.n} records, {args.n * 6} record files, into {out} (sentences: {sizes})")


def write(path, front, body):
    text = "+++\n" + "".join(f"{k} = {toml(v)}\n" for k, v in front if v is not None) + "+++\n\n" + body
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
