# Eligibility (genre from outlet/URL/title only), cleaning, unbiased draw, outputs.
import json, random, re, sys, html as H
sys.path.insert(0, '.')
from h2t import nq
from clean import generic
OUT = '/work/fresh3/'
COMMIT = {'codelucas/newspaper': '1618b547f31c2d1fd19ae3b6afd8f7542dd02074', 'goose3/goose3': 'c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7'}
# key -> outlet for eligible English news reports (decided from outlet/URL/title only; see SOURCES.md for exclusions)
ELIG = {
 'al.com1': 'AL.com', 'bloomberg.com1': 'Bloomberg', 'businessinsider.com1': 'Business Insider', 'businessweek.com1': 'Bloomberg Businessweek',
 'foxnews.com1': 'Fox News Latino', 'foxnews.com2': 'Fox News Latino', 'huffingtonpost.com1': 'HuffPost', 'livescience.com1': 'Live Science',
 'livescience.com2': 'Live Science', 'mlive.com2': 'MLive', 'nj.com1': 'NJ.com', 'nola.com1': 'NOLA.com', 'nydailynews.com1': 'New York Daily News',
 'nypost.com1': 'New York Post', 'nypost.com2': 'New York Post', 'pe.com1': 'The Press-Enterprise', 'reuters.com2': 'Reuters', 'reuters.com3': 'Reuters',
 'reuters.com4': 'Reuters', 'technologyreview.com1': 'MIT Technology Review', 'technologyreview.com2': 'MIT Technology Review',
 'telegraph.co.uk2': 'The Telegraph', 'theatlanticcities.com1': 'CityLab', 'theatlanticcities.com2': 'CityLab', 'thedailybeast.com1': 'The Daily Beast',
 'thedailybeast.com2': 'The Daily Beast', 'theglobeandmail.com1': 'The Globe and Mail', 'uproxx.com1': 'Uproxx', 'vanityfair.com1': 'Vanity Fair',
 'wired.com2': 'Wired',
 'test_businessWeek4': 'Bloomberg Businessweek', 'test_businessinsider3': 'Business Insider', 'test_cnet': 'CNET', 'test_cnn1': 'CNN',
 'test_foxNews': 'Fox News', 'test_guardian1': 'The Guardian', 'test_huffingtonPost2': 'HuffPost', 'test_testHuffingtonPost': 'HuffPost',
 'test_issue25': 'Accountancy Age', 'test_issue28': 'The Telegraph', 'test_mashable_issue_74': 'Mashable', 'test_politico': 'Politico',
 'test_techcrunch1': 'TechCrunch', 'test_time': 'Time', 'test_time2': 'Time',
}
EXCLUDED = {  # candidate pages (>=6 paragraphs, >=4 quote marks before cleaning) not eligible, reason from outlet/URL/title
 'about.com1': 'guide (About.com)', 'about.com2': 'health guide (About.com)', 'adoption.com1': 'advice listicle, non-news site',
 'architecturaldigest.com1': 'interior-design feature, non-news', 'avclub.com1': 'year-end list/review', 'businessinsider.com2': 'advisor-insights link roundup',
 'cleveland.com2': 'book list', 'coolhunting.com1': 'travel/product feature', 'dailycaller.com1': 'opinion/commentary headline',
 'elle.com2': 'listicle', 'flavorwire.com1': 'listicle', 'flavorwire.com2': 'essay/opinion', 'fool.com1': 'stock-pick listicle',
 'foxbusiness.com1': 'how-to guide', 'foxbusiness.com2': 'how-to guide', 'gulflive.com1': 'blog column', 'parsely.com1': 'company blog',
 'parsely.com2': 'company blog guide', 'pewresearch.org2': 'research blog (Fact Tank)', 'sitepoint.com2': 'tutorial', 'space.com1': 'reference/facts page',
 'talkingpointsmemo.com1': 'opinion (TPM Cafe)', 'telegraph.co.uk1': 'live blog', 'theatlantic.com2': 'film review/opinion', 'tnr.com1': 'first-person essay',
 'tnr.com2': 'explainer/opinion essay', 'upworthy.com2': 'viral/non-news', 'youbeauty.com1': 'beauty listicle', 'youbeauty.com2': 'product review',
 'test_bbc_chinese': 'not English', 'test_cnn_arabic': 'not English', 'test_elpais': 'not English', 'test_espn': 'commentary (ESPN commentary URL)',
 'test_issue115': 'guest column on WSJ blog', 'test_okaymarketing': 'how-to page, non-news',
}
TITLE_SUFFIX = re.compile(r'\s*(\| MIT Technology Review|\| WIRED|- Telegraph|- CNN\.com|- TIME NewsFeed|- TIME|- Maggie Haberman and Shira Toeplitz|\| YouBeauty)\s*$')
SLUG = {'Bloomberg Businessweek': 'businessweek', 'MIT Technology Review': 'techreview', 'The Press-Enterprise': 'pe', 'New York Daily News': 'nydn',
        'New York Post': 'nypost', 'Business Insider': 'bi', 'Fox News Latino': 'foxlatino', 'The Globe and Mail': 'globeandmail', 'Accountancy Age': 'accountancyage'}
def slug(outlet): return SLUG.get(outlet) or re.sub(r'[^a-z0-9]+', '', outlet.lower().replace('the ', '').replace('.com', ''))
def words(t): return set(re.findall(r"[a-z0-9']+", t.lower()))
def jacc(a, b):
    a, b = words(a), words(b); return len(a & b) / max(1, len(a | b))
import extra  # per-article mechanical boilerplate removal (paragraph indices/patterns), kept separate
pool = json.load(open('pool.json'))
oldtitles = [json.loads(l)['title'] for f in ('/work/fresh/articles.jsonl', '/work/fresh2/articles.jsonl') for l in open(f)]
cands = [o for o in pool if o['n_par'] >= 6 and o['nq'] >= 4]
elig = []
for o in cands:
    assert (o['key'] in ELIG) != (o['key'] in EXCLUDED), o['key']
    if o['key'] in ELIG:
        o['outlet'] = ELIG[o['key']]; elig.append(o)
elig.sort(key=lambda o: (o['src'], o['key']))
rng = random.Random(20261204); rng.shuffle(elig)
taken, log, per = [], [], {}
for rank, o in enumerate(elig):
    title = TITLE_SUFFIX.sub('', H.unescape(o['title'])).strip()
    title = re.sub(r'\s+', ' ', title)
    ps = extra.fix(o['key'], generic(o['paras']))
    n_q = sum(nq(p) for p in ps)
    rec = dict(rank=rank, key=o['key'], src=o['src'], outlet=o['outlet'], title=title, paragraphs=len(ps), quote_marks=n_q)
    if len(taken) >= 45: rec['status'] = 'not reached'
    elif per.get(o['outlet'], 0) >= 2: rec['status'] = 'skipped: outlet already has 2'
    elif len(ps) < 6 or n_q < 4: rec['status'] = 'skipped: <6 paragraphs or <4 quote marks after cleaning'
    elif any(jacc(title, t) > 0.5 for t in oldtitles + [x['title'] for x in taken]): rec['status'] = 'skipped: near-duplicate title'
    else:
        per[o['outlet']] = per.get(o['outlet'], 0) + 1
        rec['status'] = 'taken'
        aid = 'w3-%s-%d' % (slug(o['outlet']), per[o['outlet']])
        taken.append(dict(id=aid, o=o, title=title, ps=ps, nq=n_q, rank=rank))
        rec['id'] = aid
    log.append(rec)
json.dump(log, open(OUT + 'draw_log.json', 'w'), indent=1, ensure_ascii=False)
with open(OUT + 'articles.jsonl', 'w') as fa, open(OUT + 'manifest.jsonl', 'w') as fm:
    for t in taken:
        o = t['o']
        fa.write(json.dumps(dict(id=t['id'], source=o['outlet'], date=o['date'], title=t['title'], text='\n\n'.join(t['ps'])), ensure_ascii=False) + '\n')
        fm.write(json.dumps(dict(id=t['id'], repo=o['src'], commit=COMMIT[o['src']], path=o['path'], html_path=o['html_path'], url=o['url'],
                 outlet=o['outlet'], date_from=o['date_how'], extraction=o['extraction'], draw_rank=t['rank'], paragraphs=len(t['ps']), quote_marks=t['nq']),
                 ensure_ascii=False) + '\n')
# splits by order with roughly equal quote-mark totals
arts = [json.loads(l) for l in open(OUT + 'articles.jsonl')]
q = [nq(a['text']) for a in arts]
def split(k, name):
    tot = sum(q); bounds = []; acc = 0; j = 1
    for i, x in enumerate(q):
        acc += x
        if j < k and acc >= tot * j / k:
            # put the boundary after i or before i, whichever is closer to the target
            prev = acc - x
            bounds.append(i + 1 if abs(acc - tot * j / k) <= abs(prev - tot * j / k) else i); j += 1
    bounds = [0] + bounds + [len(arts)]
    for n in range(k):
        part = arts[bounds[n]:bounds[n + 1]]
        with open(OUT + '%s-%d.jsonl' % (name, n + 1), 'w') as f:
            for a in part: f.write(json.dumps(a, ensure_ascii=False) + '\n')
        print(name, n + 1, len(part), 'articles', sum(q[bounds[n]:bounds[n + 1]]), 'quote marks')
split(3, 'part'); split(2, 'places-part')
print(len(taken), 'taken;', len(set(t['o']['outlet'] for t in taken)), 'outlets;', sum(q), 'quote marks')
for r in log: print(r['rank'], r['status'], r.get('id', ''), r['key'], r['paragraphs'], r['quote_marks'])
