#!/usr/bin/env python3
"""Writes the fixed query list of `rasid bench index` (src/main/resources/org/rasid/bench/index/queries-ar.txt)
from SaudiNewsNet term statistics. Run once; the list is committed (it holds words, not article text).

    python3 rasid-bench/scripts/make-queries-ar.py ../shared > rasid-bench/src/main/resources/org/rasid/bench/index/queries-ar.txt

Deterministic (fixed seed). Words are surface forms as they appear in the articles (what people type), letters only,
at least 3 letters, not in the stop list below. Document frequencies (df) count articles (title + content).
"""
import collections
import glob
import json
import random
import re
import sys
import zipfile

SEED = 20151
STOP = set("""
في من على إلى الى عن أن ان إن التي الذي الذين اللذين هذا هذه ذلك تلك هناك هنا مع كما أو او ثم قد لقد لم لن لا ما
بعد قبل عند حتى خلال بين أمام امام حول ضد دون غير بعض كل كان كانت يكون تكون أكثر اكثر أقل أيضا ايضا وقال قال
وأضاف واضاف وأكد واكد وأشار واشار مشيرا مؤكدا وذلك وهو وهي هو هي هم نحو إلى لدى منذ عبر لكن ولكن وقد وفي ومن
وعلى وإن وان وأن ولا وما التى الذى فيه فيها منه منها عليه عليها إليه اليه إليها له لها لهم به بها بهم عليهم فيما
كذلك حيث إذا اذا إلا الا أي اي يتم تم وكان وكانت سيتم يمكن ضمن أول اول الأول الاول وهذا وهذه ومع وبين أنه انه أنها
انها إنه انه بأن بان لأن لان والتي والذي عام العام اليوم أمس امس الماضي المقبل الجاري مساء صباح يوم أيام ايام وذكر
ذكر وأوضح واوضح أوضح وبين وأفاد افاد أفاد وتابع وبحسب بحسب وفق وفقا إضافة اضافة عدد عدة جميع أحد احد إحدى احدى
لما حين عندما بينما إذ أما وهناك ولم ولن لذلك لهذا ذات كافة مثل جانب نتيجة بهدف بهذه يقوم وسط وغيرها أخرى اخرى
""".split())
# Scraping boilerplate of some outlets, frequent but never searched for.
BOILERPLATE = {"رابط", "بصحيفة", "مقالات"}
WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0640]")


def articles(shared):
    for z in sorted(glob.glob(shared + "/data/news/saudinewsnet/dataset/*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    for a in json.loads(zf.read(name)):
                        yield (a.get("title") or "") + "\n" + (a.get("content") or "")


def words(line):
    return WORD.findall(DIACRITICS.sub("", line))


def ok(w):
    return len(w) >= 3 and w not in STOP and w not in BOILERPLATE


def main(shared):
    df = collections.Counter()
    bigram_df = collections.Counter()
    trigram_df = collections.Counter()
    docs = []
    for text in articles(shared):
        seen, seen2, seen3 = set(), set(), set()
        for line in text.split("\n"):
            ws = words(line)
            seen.update(w for w in ws if ok(w))
            for i in range(len(ws) - 1):
                if ok(ws[i]) and ok(ws[i + 1]) and ws[i] != ws[i + 1]:
                    seen2.add((ws[i], ws[i + 1]))
                if i + 2 < len(ws) and ok(ws[i]) and ok(ws[i + 2]):
                    seen3.add((ws[i], ws[i + 1], ws[i + 2]))
        df.update(seen)
        bigram_df.update(seen2)
        trigram_df.update(seen3)
        docs.append(seen)
    rnd = random.Random(SEED)
    used = set()

    def take(candidates, n):
        out = []
        for c in candidates:
            key = " ".join(c) if isinstance(c, tuple) else c
            if key not in used:
                used.add(key)
                out.append(key)
            if len(out) == n:
                break
        return out

    def sample(items, n):
        items = sorted(items)
        rnd.shuffle(items)
        return items

    # A pair that straddles two more frequent pairs ("الوزراء وزير" in "مجلس الوزراء وزير الدفاع") is a fragment
    # of running text, not something people search for.
    left = collections.Counter()
    right = collections.Counter()
    for (a, b), c in bigram_df.items():
        right[a] = max(right[a], c)  # best pair starting with a
        left[b] = max(left[b], c)  # best pair ending with b

    def natural(bigram):
        a, b = bigram
        c = bigram_df[bigram]
        return not (left[a] >= c and right[b] >= c)

    frequent_bigrams = [b for b, c in bigram_df.most_common() if c >= 300 and natural(b)]
    mid_bigrams = [b for b, c in bigram_df.items() if 30 <= c <= 150 and natural(b)]
    frequent_words = [w for w, c in df.items() if 1500 <= c <= 8000]
    mid_words = [w for w, c in df.items() if 60 <= c <= 500]
    # Pairs that co-occur but are not adjacent: a frequent word and a mid-frequency word from the same article.
    mid_set = set(mid_words)
    freq_set = set(frequent_words)
    pairs = collections.Counter()
    for seen in docs[::3]:
        f = sorted(seen & freq_set)
        m = sorted(seen & mid_set)
        if f and m:
            pairs[(rnd.choice(f), rnd.choice(m))] += 1
    cooccurring = [p for p, c in pairs.items() if c >= 2 and p not in bigram_df and (p[1], p[0]) not in bigram_df]
    phrases = [t for t, c in trigram_df.most_common() if c >= 80]

    sections = []
    sections.append(("two-term: frequent adjacent pairs (bigram df >= 300, top by df, every 2nd)",
                     take(frequent_bigrams[::2], 60)))
    sections.append(("two-term: mid-frequency adjacent pairs (bigram df 30..150, sampled)",
                     take(sample(mid_bigrams, 35), 35)))
    sections.append(("two-term: a frequent word (df 1,500..8,000) and a mid-frequency word (df 60..500) found in the"
                     " same articles, not adjacent (sampled)", take(sample(cooccurring, 35), 35)))
    sections.append(("one-term: frequent words (df 1,500..8,000, sampled)", take(sample(frequent_words, 10), 10)))
    sections.append(("one-term: mid-frequency words (df 60..500, sampled)", take(sample(mid_words, 15), 15)))
    ph = take([t for t in phrases[::3]], 12) + take(frequent_bigrams[1::2], 8)
    sections.append(("phrases: frequent three-word sequences (df >= 80) and adjacent pairs", ['"' + p + '"' for p in ph]))
    # Filters: sources and dates the structurer finds in SaudiNewsNet ("عين اليوم" 1,573 articles, "واس" 329,
    # "الرياض" 43; dates mostly 2015-08).
    extra = take(sample(frequent_bigrams[1::2][8:], 20), 10)
    sources = ['source:"عين اليوم"', "source:واس", "source:الرياض"]
    sections.append(("filters: source (outlets the structurer finds: عين اليوم, واس, الرياض)",
                     [q + " " + sources[i % 3] for i, q in enumerate(extra)]))
    dated = take(sample(frequent_words, 20), 8)
    dates = ["from:2015-08", "from:2015-08-10 to:2015-08-20", "to:2015-07", "from:2015"]
    sections.append(("filters: dates", [q + " " + dates[i % 4] for i, q in enumerate(dated)]))
    ors = take(sample(frequent_words, 30), 8)
    mids = take(sample(mid_words, 30), 6)
    boolean = [ors[0] + " OR " + ors[1], "(" + ors[2] + " OR " + ors[3] + ") " + mids[0],
               ors[4] + " -" + mids[1], mids[2] + " OR " + mids[3], ors[5] + " " + mids[4] + " -" + ors[6],
               '"' + ph[0] + '" OR ' + ors[7], mids[5] + " -source:واس"]
    sections.append(("boolean: OR, exclusion, groups", boolean))

    print("# The fixed Arabic queries of `rasid bench index` (docs/benchmarks.md), one a line, rasid query syntax")
    print("# (docs/search.md). Generated once by rasid-bench/scripts/make-queries-ar.py from SaudiNewsNet term")
    print("# statistics (surface forms, df = articles containing the word); do not edit by hand: changing the list")
    print("# changes every latency figure. Blank lines and lines starting with # are ignored.")
    total = 0
    for title, qs in sections:
        print()
        print("# " + title + f": {len(qs)}")
        for q in qs:
            print(q)
        total += len(qs)
    print(f"# total: {total}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
