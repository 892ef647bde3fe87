#!/usr/bin/env python3
"""Checks the demo corpus (demo/corpus/*.txt) without the Java structurer, and summarizes it.

    python3 demo/check_corpus.py              # checks + summary; exit status 1 when a check fails
    python3 demo/check_corpus.py --markdown   # also prints the README table (one row per file)

Checks: every file is valid UTF-8 (a BOM is allowed) and under 8 KB; every file has at least 4 paragraph-like lines
(>= 12 words, ending with '.', '."' or '.»'); at least 60 files have a date line; at least 64 files, 12 months and
the outlet names used are all in the allowed list. The date-line test is an approximation of rasid's DateParser
(whole-line stamps only), good enough to count months; the structurer itself is the reference.
"""
import os
import re
import sys
from collections import Counter

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
MAX_BYTES = 8 * 1024
MIN_FILES, MIN_DATED, MIN_MONTHS, MIN_PARAGRAPHS = 64, 60, 12, 4

# File slug -> (outlet as written in the articles, country).
OUTLETS = {
    "ultrasawt": ("الترا صوت", "Qatar/UK"), "shafaq": ("شفق نيوز", "Iraq"), "alsumaria": ("السومرية نيوز", "Iraq"),
    "almada": ("المدى", "Iraq"), "almasryalyoum": ("المصري اليوم", "Egypt"), "youm7": ("اليوم السابع", "Egypt"),
    "ahram": ("الأهرام", "Egypt"), "shorouk": ("الشروق", "Egypt"), "masrawy": ("مصراوي", "Egypt"),
    "alriyadh": ("الرياض", "Saudi Arabia"), "okaz": ("عكاظ", "Saudi Arabia"), "sabq": ("سبق", "Saudi Arabia"),
    "aawsat": ("الشرق الأوسط", "Saudi Arabia/UK"), "alkhaleej": ("الخليج", "UAE"), "albayan": ("البيان", "UAE"),
    "alittihad": ("الاتحاد", "UAE"), "alraya": ("الراية", "Qatar"), "alqabas": ("القبس", "Kuwait"),
    "alghad": ("الغد", "Jordan"), "annahar": ("النهار", "Lebanon"), "enabbaladi": ("عنب بلدي", "Syria"),
    "aljazeera": ("الجزيرة نت", "Qatar"), "alarabiya": ("العربية نت", "UAE/Saudi Arabia"),
    "skynews": ("سكاي نيوز عربية", "UAE"), "alaraby": ("العربي الجديد", "UK"), "arabi21": ("عربي21", "UK"),
    "alquds": ("القدس العربي", "UK"), "hespress": ("هسبريس", "Morocco"), "elkhabar": ("الخبر", "Algeria"),
    "ennahar": ("النهار الجديد", "Algeria"), "mosaique": ("موزاييك", "Tunisia"), "hibapress": ("هبة بريس", "Morocco"),
    "alayam": ("الأيام", "Bahrain"), "addustour": ("الدستور", "Jordan"), "france24": ("فرانس 24", "France"),
    "bbc": ("بي بي سي عربي", "UK"),
}

# Story threads: first and last file number of each.
THREADS = [
    (1, 5, "Iraq heatwave, Jul 2023"),
    (6, 10, "Arab athletics championship in Oran, May 2024"),
    (11, 15, "Ofuq-1 climate satellite, Feb-Mar 2024"),
    (16, 20, "Cairo International Book Fair, Jan-Feb 2025"),
    (21, 24, "Darb university-platform data leak, Sep 2024"),
    (25, 29, "Iraq-Turkey water talks, Mar 2025"),
    (30, 33, "Egypt-Saudi power interconnection, Jun 2025"),
    (34, 37, "Gulf flu-vaccination campaigns, Oct-Nov 2023"),
]

GREGORIAN = [
    ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "january"], ["فبراير", "شباط", "فيفري", "february"],
    ["مارس", "آذار", "march"], ["أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "april"],
    ["مايو", "أيار", "ماي", "may"], ["يونيو", "يونيه", "حزيران", "جوان", "june"],
    ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july"], ["أغسطس", "اغسطس", "آب", "أوت", "غشت", "august"],
    ["سبتمبر", "أيلول", "شتنبر", "september"], ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول", "october"],
    ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "november"], ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "december"],
]
MONTH_OF = {name: i + 1 for i, names in enumerate(GREGORIAN) for name in names}
MONTH_RE = "|".join(sorted((re.escape(n) for n in MONTH_OF), key=len, reverse=True))
NAMED = re.compile(r"(?<!\d)(\d{1,2})\s*[-/]?\s*(" + MONTH_RE + r")(?:\s*/\s*[^\d\s]+(?: [^\d\s]+)?)?\s*[-/,]?\s*(\d{4})(?!\d)", re.I)
YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?!\d)")
DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)")
RELATIVE = re.compile(r"^(?:آخر تحديث\s*:\s*)?(?:منذ|قبل) ")
INVISIBLE = re.compile("[\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\t]")
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
PHOTO_CREDITS = {"Getty", "أرشيفية", "خاص", "مواقع التواصل", "رويترز", "أ ف ب", "الأناضول", "وام", "واس", "وات", "واج",
                 "ومع", "أ ش أ", "بترا", "قنا", "كونا", "العمانية"}
ALLOWED_OUTLETS = {name for name, _ in OUTLETS.values()}


def clean(line):
    return re.sub(r"\s+", " ", INVISIBLE.sub(lambda m: " " if m.group() in "\u00a0\t" else "", line)).strip()


def words(line):
    return re.sub(r"[^\w\s]", " ", line).split()


def is_paragraph(line):
    return len(line.split()) >= 12 and (line.endswith(".") or line.endswith('."') or line.endswith(".»"))


def date_of(line):
    """(kind, (year, month) or None) when the line is a date stamp, else None."""
    if is_paragraph(line) or len(line) > 160 or len(line.split()) > 16:
        return None
    if RELATIVE.match(line):
        return ("relative", None)
    folded = line.translate(ARABIC_INDIC)
    m = NAMED.search(folded)
    if m:
        return ("named", (int(m.group(3)), MONTH_OF[m.group(2).lower()]))
    m = YEAR_FIRST.search(folded)
    if m and 1 <= int(m.group(3)) <= 12:
        return ("numeric", (int(m.group(1)), int(m.group(3))))
    m = DAY_FIRST.search(folded)
    if m and 1 <= int(m.group(3)) <= 12:
        return ("numeric", (int(m.group(4)), int(m.group(3))))
    return None


def thread_of(number):
    for first, last, name in THREADS:
        if first <= number <= last:
            return name
    return "standalone"


def artefacts(raw_bytes, text, lines):
    found = []
    if raw_bytes.startswith(b"\xef\xbb\xbf"):
        found.append("BOM")
    if b"\r\n" in raw_bytes:
        found.append("CRLF")
    if INVISIBLE.search(text.lstrip("\ufeff")):
        found.append("NBSP/zero-width/tab")
    keyed = [(line, words(line)) for line in lines]
    seen, exact, near, cut = set(), False, False, False
    for i, (line, w) in enumerate(keyed):
        if len(w) < 6:
            continue
        if line in seen:
            exact = True
        seen.add(line)
        for j, (other, ow) in enumerate(keyed):
            if i != j and line != other and len(ow) > len(w) and ow[:len(w)] == w:
                cut = True
            if i != j and line != other and ow == w and line.rstrip(".") == other.rstrip("."):
                near = True
    found += [name for name, flag in (("repeated paragraph", exact), ("repeat without final stop", near),
                                      ("cut-short repeat", cut)) if flag]
    checks = [
        ("caption", lambda l: (l.endswith(")") and re.search(r"\(([^()]+)\)$", l)
                               and (re.search(r"\(([^()]+)\)$", l).group(1) in PHOTO_CREDITS
                                    or re.search(r"\(تصوير: [^()]+\)$", l)) and not l.startswith("("))
         or l.startswith("صورة:") or re.search(r" - أرشيفية$", l)),
        ("related link", lambda l: re.match(r"^(?:اقرأ|طالع|يهمك)", l)),
        ("share prompt", lambda l: re.match(r"^(?:شارك|تابعونا|تابعوا|اشترك|حمّل|لمتابعة|اضغط|فيسبوك)", l)),
        ("tags", lambda l: re.match(r"^(?:الوسوم|وسوم|الكلمات|كلمات|الموضوعات)[^:]*:", l)),
        ("rights", lambda l: "©" in l or "الحقوق محفوظة" in l),
        ("ad/widget", lambda l: l in ("إعلان", "الأكثر قراءة", "الأكثر مشاهدة", "أضف تعليقك")),
        ("Hijri date", lambda l: date_of(l) and ("الموافق" in l or "هـ" in l)),
        ("Arabic-Indic digits", lambda l: date_of(l) and re.search("[٠-٩]", l)),
        ("relative date", lambda l: RELATIVE.match(l)),
        ("<script> in text", lambda l: "<script>" in l),
        ("English quote", lambda l: re.search(r"[A-Za-z]+(?: [A-Za-z,']+){5,}", l)),
    ]
    found += [name for name, test in checks if any(test(l) for l in lines)]
    return found


def main():
    markdown = "--markdown" in sys.argv[1:]
    problems, rows = [], []
    outlets, months, threads, kinds, totals = Counter(), Counter(), Counter(), Counter(), Counter()
    names = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
    dated = 0
    for name in names:
        path = os.path.join(CORPUS, name)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name}: not valid UTF-8 ({e})")
            continue
        if len(raw) > MAX_BYTES:
            problems.append(f"{name}: {len(raw)} bytes, over 8 KB")
        lines = [clean(l) for l in text.lstrip("\ufeff").splitlines()]
        lines = [l for l in lines if l]
        paragraphs = sum(1 for l in lines if is_paragraph(l))
        if paragraphs < MIN_PARAGRAPHS:
            problems.append(f"{name}: {paragraphs} paragraph-like lines, want >= {MIN_PARAGRAPHS}")
        m = re.match(r"^(\d{3})-([a-z0-9]+)-", name)
        if not m or m.group(2) not in OUTLETS:
            problems.append(f"{name}: name is not NNN-outlet-slug.txt with a known outlet")
            continue
        number, (outlet, country) = int(m.group(1)), OUTLETS[m.group(2)]
        if outlet not in ALLOWED_OUTLETS or outlet not in text:
            problems.append(f"{name}: outlet {outlet} not named in the text")
        stamps = [d for d in (date_of(l) for l in lines) if d]
        month = next((d[1] for d in stamps if d[1]), None)
        if stamps:
            dated += 1
        for d in stamps:
            kinds[d[0]] += 1
        if month:
            months[month] += 1
        outlets[outlet] += 1
        thread = thread_of(number)
        threads[thread] += 1
        found = artefacts(raw, text, lines)
        totals.update(found)
        date = f"{month[0]}-{month[1]:02d}" if month else ("relative only" if stamps else "none")
        rows.append(f"| {name} | {outlet} | {country} | {date} | {thread} | {', '.join(found)} |")
    if len(names) < MIN_FILES:
        problems.append(f"{len(names)} files, want >= {MIN_FILES}")
    if dated < MIN_DATED:
        problems.append(f"{dated} files with a date line, want >= {MIN_DATED}")
    if len(months) < MIN_MONTHS:
        problems.append(f"{len(months)} months covered, want >= {MIN_MONTHS}")

    print(f"files: {len(names)}; with a date line: {dated}; with an absolute date: {sum(months.values())}")
    print(f"outlets: {len(outlets)} — " + ", ".join(f"{o} {n}" for o, n in outlets.most_common()))
    years = sorted({y for y, _ in months})
    print(f"months: {len(months)} across {', '.join(map(str, years))} — "
          + ", ".join(f"{y}-{m:02d} ({n})" for (y, m), n in sorted(months.items())))
    print("threads: " + "; ".join(f"{t} ({n})" for t, n in threads.items() if t != "standalone")
          + f"; standalone ({threads['standalone']})")
    print("artefacts (files): " + ", ".join(f"{a} {n}" for a, n in totals.most_common()))
    if markdown:
        print("\n| file | outlet | country | date | story thread | artefacts |")
        print("|---|---|---|---|---|---|")
        print("\n".join(rows))
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
