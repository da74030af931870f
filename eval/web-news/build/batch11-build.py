# Eligibility (genre from outlet/URL/title only), cleaning, unbiased draw, outputs for /work/fresh11 (adapted from batch 10's build.py =
# /work/main/eval/web-news/build/batch10-build.py = /work/fresh10/tools/build.py, itself adapted from batches 9, 8, 7, 6, 5 and 4). Batch 11:
# seed 11011; batch-4 ... 10 pages skipped (identified by uuid/URL from /work/main/eval/web-news/batch{4..10}-manifest.jsonl);
# the near-duplicate-title and duplicate-story-text checks compare against those pages as converted from pool.json (looked up by uuid);
# pages with more than 60 paragraphs (after cleaning) skipped so that one article cannot dominate the batch (rule from batch 7, kept).
import json, random, re, sys, collections
sys.path.insert(0, '.')
from clean import generic
import extra
OUT = '/work/fresh11/'
REPO, COMMIT = 'geodrome/page-signal', '186d8153b3d111f84865ddc180600a9cbe35ac7f'
def nq(t): return t.count('"') + t.count('\u201c') + t.count('\u201d')
# Candidates judged NOT eligible, decided from outlet/URL/title only (only candidates reached by the walk were judged).
EXCL = {
 '0acd5213': 'celebrity gossip blog (glosslip.com)', '02e622bc': 'press release (finanznachrichten, "The One to Watch: Logitech ...")',
 '35ab6379': 'Reuters FACTBOX (list, not a report)', '3810ea2e': 'blog (blog.wired.com)', '2fe54bd6': 'blog (SFGate Daily Dish blog)',
 '51070347': 'blog (SFGate Daily Dish blog)', 'ceaaf8b9': 'guide ("Diana: a bluffer\'s guide")', '099404be': 'workplace feature/advice headline (mybroadband "Getting social in the workplace")',
 '6f9799e1': 'column section (pittsburghlive socialcolumn)', '721afb1f': 'film review (musicOMH films)', 'fc775f2f': 'blog (cbsnews.com/blogs)',
 '55694dd7': 'blog (blog.wired.com/sterling)', '14eeee86': 'column ("Simon says", sun-sentinel ...column)', 'e651a01c': 'organisation\'s own site (pgatour.com)',
 '2a3c5970': 'probable review/feature (summitdaily A&E section, non-news headline "Graceful girl in a similar world")',
 '42abb137': 'travel-section feature (news.com.au/travel "Tamworth\'s sweet sounds of success")',
 'e17661e3': 'probable video-game review ("\'Burnout Paradise\' revs up online street racing to new level")',
 'b09fe710': 'press release (streetinsider Press Releases)', 'cd054177': 'photo gallery (about.com blog)', 'f5dc7145': 'film review ("Review: \'Mad Money\'")',
 # batch 5 (judged for the candidates reached by the seed-5005 walk, from outlet/URL/title only):
 'd552f187': 'opinion column (telegraph.co.uk/opinion, "Empires are built on Harry Flashmans")',
 'e93bdd8d': 'blog (nationalpost.com /np/blogs/postedsports)',
 '034f7376': 'press release (pressmediawire.com, "BET News Sits Down With ...")',
 '0fb4f846': 'press release (streetinsider Press Releases, LG Electronics)',
 '35778215': 'probable film review (expressindia, headline is only the film title "Hanuman Returns", URL slug "Fun-returns"; noticed on reading the draft: two film reviews)',
 # batch 6 (judged for the candidates reached by the seed-6006 walk, from outlet/URL/title only):
 'd30c53de': 'probable arts review/feature (artzone.co.za arts site, non-news headline "Mirror, Mirror")',
 '9a5adea6': 'opinion column (news.yahoo.com commentary section cm_ucrr, syndicated column "THE DEATH OF BENAZIR: COMES THE WHIRLWIND")',
 'd234a669': 'celebrity-briefs column (heraldtribune FEATURES, recurring "People today")',
 'ed6922c6': 'opinion/commentary (trinicenter.com, "Iran: Who\'s Threatening Whom?")',
 # batch 7 (judged for the candidates reached by the seed-7007 walk, from outlet/URL/title only unless said otherwise):
 'bc04e8f8': 'press release (sys-con.com, company-announcement headline "Coverity Venture With U.S. Department of Homeland Security Resolves ..."; the draft confirms: "SAN FRANCISCO, Jan. 9 /PRNewswire/ --", PR contacts)',
 'cb487d49': 'press release (tmcnet.com /usubmit/ user-submitted release, "The One to Watch: Logitech Harmony One ..."; same release as finanznachrichten 02e622bc)',
 '2b728946': 'film review (madison.com entertainment, "Film review: \'Diving\' viewers see world through one eye")',
 'e906b620': 'blog (soundpolitics.com /archives/, political group blog, "Fight! Fight! Fight!")',
 '0ca397b1': 'opinion column (metimes.com, "OP-ED: John Esposito")',
 '5f4e6c44': 'film review (wnyt.com, "\'Alien vs. Predator: Requiem\' is a true horror")',
 '506df3c3': 'organisation\'s own site (fifa.com, cf. pgatour.com in batch 4)',
 '8a620984': 'opinion column (broadcastingcable.com "The Final Chapter?"; noticed on reading the draft: first-person column by Ben Grossman, page section "Blogs")',
 '01ccc7c5': 'organisation\'s own site (un.org UN News Centre, the UN reporting on its own Security Council; cf. pgatour.com in batch 4)',
 # batch 8 (judged for the candidates reached by the seed-8008 walk, from outlet/URL/title only unless said otherwise):
 'f459b29d': 'press release (infobolsa.es wire feed, company-announcement headline "Magellan(R) Comes Out in Force at CES 2008 (2º)"; the draft confirms: "Business Wire", "About Magellan")',
 'f3e73885': 'blog (laist.com, Gothamist-network city blog, "Actor Brad Renfro Dead at 25")',
 '057c5601': 'blog (sfgate.com /cgi-bin/blogs/, "Another political murder in Lebanon, another dashed hope for peace")',
 'a85340c3': 'year-in-review retrospective, not a news report (pocket-lint.co.uk "2007: A year in review, September")',
 '05547ae6': 'organisation\'s own site (sjsuspartans.com, San Jose State athletics department; cf. pgatour.com in batch 4, fifa.com in batch 7)',
 # batch 9 (judged for the candidates reached by the seed-9009 walk, from outlet/URL/title only unless said otherwise):
 '863498c8': 'year-ahead outlook/commentary, not a news report (sciam.com reprint of a Billboard piece, "Digital album packaging should improve in \'08"; the draft confirms: predictions "In 2008, look for ...", "Here are a few areas to watch:", no news event; cf. batch 8\'s pocket-lint year in review)',
 'b4fba381': 'press release (newsobserver.com /1566/ wire feed, company-announcement headline with trademark sign "The Force Is Strong With Soulcalibur(R) IV"; the draft confirms: "About NAMCO BANDAI Games America Inc.", "Press Release (C) 2008", PR contacts; cf. batch 8\'s Magellan(R))',
 # batch 10 (judged for the candidates reached by the seed-10010 walk, from outlet/URL/title only unless said otherwise):
 'ad3bd9fa': 'sports column (venturacountystar.com, headline led by the writer\'s own surname "Lassen: There\'s much to learn about Illinois", byline David Lassen; from the title alone "Lassen:" could have been a quoted source, so it was taken at first; the draft confirms a column: columnist\'s second-person voice "So, meet Illinois.", "So let me be more specific", "What else do you want to know?", no news event; cf. batch 7\'s broadcastingcable column)',
 '552fe66a': 'blog/commentary (bloggernews.net, "Blogger News Network" citizen-blog site, question headline "Bush expedites Saudi smart bomb deal \u2014 Why?"; cf. laist.com, soundpolitics.com)',
 # batch 11 (judged for the candidates reached by the seed-11011 walk, from outlet/URL/title only unless said otherwise):
 'af1c8e52': 'film review (popmatters.com /pm/film/reviews/, headline is only the film title "The Killing of John Lennon"; the draft confirms: a critic\'s review of Andrew Piddington\'s film, page fields Director/Cast)',
 'e57a9f8c': 'appeal/press release, not a news report (thebramptonnews.com, second-person question headline "How many lives can you save in 2008?"; the draft confirms: byline "By Canadian Blood Services", the organisation\'s own donation appeal in its own voice ("our most loyal donors", "our active donor base"), "Call 1-888-2-DONATE today to make your appointment", clinic addresses; cf. batch 4\'s mybroadband advice headline)',
 'cc6cd556': 'film review (oregonlive.com, The Oregonian entertainment section; the title rule gave only "Doin\' the" (the rest of the page headline is an image), undecidable from outlet/URL/title, so it was taken at first; the draft plainly shows a review of "Cloverfield" (the page labels it "review Cloverfield", byline Shawn Levy): plot summary, critic\'s verdict "it\'s a sharp and vivid film", spoiler warning; cf. batch 7\'s broadcastingcable and batch 10\'s venturacountystar, excluded the same way)',
}
GOOGLE = {'ap.google.com': 'Associated Press', 'afp.google.com': 'AFP', 'ukpress.google.com': 'Press Association', 'canadianpress.google.com': 'The Canadian Press'}
def domain(url):
    h = re.sub(r'^https?://', '', url).split('/')[0].split(':')[0].lower()
    if h in GOOGLE: return h
    lab = h.split('.')
    if len(lab) >= 3 and len(lab[-1]) == 2 and lab[-2] in ('co', 'com', 'org', 'net', 'ac', 'gov', 'nic'): return '.'.join(lab[-3:])
    return '.'.join(lab[-2:])
NAME = {}  # pretty outlet names for taken pages (filled in below after the draw; the cap is by domain)
def slug(dom):
    if dom in GOOGLE: return {'Associated Press': 'ap', 'AFP': 'afp', 'Press Association': 'pa', 'The Canadian Press': 'cp'}[GOOGLE[dom]]
    return re.sub(r'[^a-z0-9]', '', dom.split('.')[0])
TSTRIP = [r'\s*-\s*CNN\.com$', r'^News::', r'_English_Xinhua$', r'^SFGate: Daily Dish :\s*', r'^AFP:\s*', r'\s*-\s*[\w ]+ - smh\.com\.au$',
          r'-\s*[\w-]+-Sections-Indiatimes \w+$', r'\s*\|\s*[^|]*$(?<=\.com)', r'\s*-\s*BBC (NEWS|SPORT).*$']
def ctitle(t):
    t = re.sub(r'\s+', ' ', t).strip()
    for p in TSTRIP: t = re.sub(p, '', t).strip()
    return t
# Title repairs (batches 5-9), found on reading the draft: the title rule gave the site name or a mis-labelled lede fragment.
TITLE_FIX = {
 '5906d5db': ('US-Iran tension on the rise after standoff in Strait of Hormuz', "page <h1> (no x-nc-sel1; <title> is only the site name)"),
 'd17320fd': ('Militants open fire on tourists in Yemen, killing 2 Belgian women', "AP headline = first x-nc-sel2 paragraph (dropped from the body; <title> is only the site name)"),
 'a96b194d': ('Suharto Suffers More Setbacks', "page <title> (x-nc-sel1 was the first half of the lede, moved back into paragraph 1)"),
 # batch 6
 '48101d52': ('Devils on cloud nine after surprising start', "third x-nc-sel1 paragraph = page <title> minus \" | www.azstarnet.com\" (the first x-nc-sel1 paragraph is the section label \"UA Sports\")"),
 'a5446936': ('Scotland Yard makes no headway in Benazir murder probe', "page headline above the article (unlabelled; no x-nc-sel1; <title> is only the site name)"),
 'e2433e37': ('Struggle to contain WA bushfire', "page <title> minus the section/site suffix \" - National - General - Wollondilly Advertiser\" (no x-nc-sel1)"),
 # batch 7
 '6d75323d': ('Allardyce leaves Magpies', "second x-nc-sel1 paragraph = page <title> minus \" - Football News | SPORTBOX.tv - Nothing Inside But Sport\" (the first x-nc-sel1 paragraph is the section label \"Football News\")"),
 '89329982': ('Di Montezemolo: Driver lineup is crucial', "third x-nc-sel1 paragraph (the first two x-nc-sel1 paragraphs are the site's next-race banner \"NEXT RACE - 16th March\" / \"Grand Prix of Australia\")"),
 # batch 8
 'ebf90d72': ('Nash a smash as Jackets double up Oilers', "page headline above the article (x-nc-sel3; no x-nc-sel1, and the page <title> is only the site name \"Hockeychannel.com | A Netsports Site\")"),
 'c61a5b06': ('Law professors, MPs sign brief to free Khadr', "page headline above the article (labelled x-nc-sel0) = page <title> minus \"TheStar.com | News | \" (the x-nc-sel1 paragraph is the deck \"Former attorney general Irwin Cotler among those asking Guantanamo judge to recognize him as child\")"),
 # batch 9
 'f3797c1d': ('Bush praises Iraqi Baathist law', "page headline above the article (labelled x-nc-sel2 and removed from the body by the generic filter as a short line; no x-nc-sel1, and the crawled page has no <title>: its <head> is cut off, so the title rule gave an empty string)"),
 '5ee66caf': ("New York City's carriage horses may disappear", "x-nc-sel1 headline without the byline run into it (the rule gave \"New York City's carriage horses may disappearby Paola Messana\": the headline and the x-nc-sel1 byline line \"by Paola Messana\" are one paragraph)"),
 # batch 10
 'd35ceaa6': ("L'Oreal says Delta Goodrem's worth it", "page headline = first x-nc-sel2 paragraph (dropped from the body) = page <title> minus \" | The Daily Telegraph\" (no x-nc-sel1; the rule gave the <title> with the site suffix)"),
 'd22d490a': ("Ramos refuses to rule out Berbatov sale", "page headline = first x-nc-sel2 paragraph (dropped from the body) = page <title> minus \" - World Soccer News\" (no x-nc-sel1; the rule gave the <title> with the site suffix)"),
 # batch 11
 'd4376471': ("Laura Linney Thankful She Isn't Lindsay Lohan", "page headline (<h1>, x-nc-sel1) = page <title> minus \" | January 15, 2008 | AHN\" (the rule fell back to the <title> with the date/site suffix)"),
 'ec407a8c': ("Thai court clears way for Thaksin allies to form govt", "x-nc-sel1 headline without the byline run into it (the rule gave \"Thai court clears way for Thaksin allies to form govtby Boonradom Chitradon\": the headline and the x-nc-sel1 byline \"by Boonradom Chitradon\" are one paragraph; same site and kind as batch 9's 5ee66caf)"),
}
# Date repairs (batches 6, 8 and 9), found on reading the draft: the date rule took a site date that is not the article's.
DATE_FIX = {
 '46402eeb': ('2007-12-28', "url (/2007/dec/28/) = page dateline \"2:15p.m. 28 December 2007\" (the rule took the site's current date 16 January 2008 near the headline)"),
 # batch 8
 '62915fb3': ('2008-01-14', "page \"Published: Jan 14, 2008\" under the byline (the rule took the site's \"Site last Updated: Jan 15 2008 4:36PM\" above the headline)"),
 '85e7a96f': ('2008-01-14', "page story stamp \"Monday, 14 Jan 2008 11:04\" under the headline (the rule took the site's clock \"16 January 2008 01:58 BST\" above the headline)"),
 # batch 9
 'afd5f508': ('2008-01-14', "page \"Published on 14/01/2008\" under the headline (the rule took the site's current date \"Wed 16 Jan 2008\" in the masthead above the headline)"),
 # batch 10
 '483a0428': ('2008-01-19', "url (/2008/jan/19/) = page dateline \"4:19p.m. 19 January 2008\" under the headline (the rule took the site's current date \"Sunday 20 January, 2008\" in the masthead above the headline; same site as batch 6's 46402eeb)"),
 '51600d8d': ('2008-01-15', "page story stamp \"15/01/2008 07:25:00\" under the headline (the rule took the site's current date \"Wednesday | 16 January, 2008\" in the masthead, div id=today_date)"),
 'c59551c4': ('2008-01-15', "page story stamp \"15/01/2008\" under the headline (the rule took the site's current date \"Wednesday 16 January 2008\" in the masthead above the headline)"),
 # batch 11
 '5403d1f1': ('2008-01-01', "page story stamp \"January 1, 2008\" under the headline and deck (x-nc-sel3), cf. the url's \"0101jan01\" (the rule took the site's current date \"January 15, 2008\" in the masthead, p class=date)"),
}
LEAD_FROM_SEL1 = {'a96b194d'}   # NYT: assessors marked "— Doctors struggled ... Suharto" (lede start) as headline; prepend it to the body
# Batch 10: the story's first paragraph labelled x-nc-sel1 as a second headline paragraph (the extractor keeps only the first sel1 paragraph as
# title and drops later ones as standfirsts); put back in front of the body, as batch 5 did for a96b194d. Text as in the original page.
LEAD_PARA = {
 'ba66beed': ("PAKISTAN has officially asked cricket's governing body to change the result of the Oval Test that was awarded to England on forfeit two years ago, officials said.",
              "foxsports.com.au: the first paragraph of the story body (<p><strong> inside div id=storybody, the same News Ltd template whose lede batch 6's w6-foxsports-1 had labelled full text) was labelled x-nc-sel1; without it the body began with the orphan quotation \"The matter was raised ...\""),
}
def words(t): return set(re.findall(r"[a-z0-9']+", t.lower()))
def jacc(a, b):
    a, b = words(a), words(b); return len(a & b) / max(1, len(a | b))
pool = json.load(open('pool.json'))
full = {o['key'][:8]: o['key'] for o in pool}; assert len(full) == len(pool)
EXCLF = {full[k]: v for k, v in EXCL.items()}
# batches 4-10 (same dataset): their pages are skipped (by uuid or URL from the manifests in /work/main/eval/web-news/; /work/fresh4 ... fresh9
# no longer exist; batch 11 reads batch 10 from its manifest too). For the near-duplicate-title and duplicate-story-text checks the earlier pages are
# taken as converted in pool.json (looked up by uuid): title = ctitle(pool title) with the TITLE_FIX repair if any (the same title rule as for
# candidates), body = the pool's converted full-text paragraphs (uncleaned; the cleaned texts of batches 4-9 are no longer stored, the pool body of
# the same page stands in for them; batch 10 is treated the same way, as batch 10 treated batches 4-9).
# The titles of batches 1-3 (/work/fresh, fresh2, fresh3; other sources) are gone and are not compared.
MANI = '/work/main/eval/web-news/batch%d-manifest.jsonl'
BATCHES = (4, 5, 6, 7, 8, 9, 10)
BKEYS, BURLS = {}, {}
for b in BATCHES:
    M = [json.loads(l) for l in open(MANI % b)]
    BKEYS[b] = {m['path'].rsplit('/', 1)[1][:-5] for m in M}; BURLS[b] = {m['url'] for m in M}; assert len(BKEYS[b]) == 40
bypool = {o['key']: o for o in pool}
oldpages = [bypool[k] for b in BATCHES for k in sorted(BKEYS[b])]; assert len(oldpages) == 280
oldtitles = [TITLE_FIX[o['key'][:8]][0] if o['key'][:8] in TITLE_FIX else ctitle(o['title']) for o in oldpages]
b4text = ['\n\n'.join(o['paras']) for o in oldpages]
MAXPAR = 60   # batch 7: skip a page with more than 60 paragraphs after cleaning (batch 6's w6-nola-1 had 100)
def shingles(t):
    w = re.findall(r"[a-z0-9']+", t.lower()); return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
def sdup(a, b):  # share of the shorter text's word 5-grams found in the other (same wire copy / same story text)
    a, b = shingles(a), shingles(b); return len(a & b) / max(1, min(len(a), len(b)))
cands = [o for o in pool if o['n_par'] >= 6 and o['nq'] >= 4]
failed = [o for o in pool if o['relocate_failures']]
cands = [o for o in cands if not o['relocate_failures']]
cands.sort(key=lambda o: ('L3S-GN1', o['key']))
rng = random.Random(11011); rng.shuffle(cands)
taken, log, per = [], [], collections.Counter()
for rank, o in enumerate(cands):
    dom = domain(o['url']); title = ctitle(o['title']); paras = o['paras']
    if o['key'][:8] in LEAD_FROM_SEL1: paras = [title.lstrip('\u2014\u2013- ') + ' ' + paras[0]] + paras[1:]
    if o['key'][:8] in LEAD_PARA: paras = [LEAD_PARA[o['key'][:8]][0]] + paras
    if o['key'][:8] in TITLE_FIX: title = TITLE_FIX[o['key'][:8]][0]
    ps = extra.fix(o['key'], generic(extra.join(o['key'], paras)))
    n_q = sum(nq(p) for p in ps)
    rec = dict(rank=rank, key=o['key'], url=o['url'], domain=dom, title=title, paragraphs=len(ps), quote_marks=n_q)
    if len(taken) >= 40: rec['status'] = 'not reached'
    elif any(o['key'] in BKEYS[b] or o['url'] in BURLS[b] for b in BATCHES):
        b = next(b for b in BATCHES if o['key'] in BKEYS[b] or o['url'] in BURLS[b]); rec['status'] = 'skipped: in batch %d (batch%d-manifest.jsonl)' % (b, b)
    elif o['key'] in EXCLF: rec['status'] = 'skipped: not eligible: ' + EXCLF[o['key']]
    elif per[dom] >= 2: rec['status'] = 'skipped: outlet already has 2'
    elif len(ps) < 6 or n_q < 4: rec['status'] = 'skipped: <6 paragraphs or <4 quote marks after cleaning'
    elif len(ps) > MAXPAR: rec['status'] = 'skipped: more than %d paragraphs after cleaning (%d)' % (MAXPAR, len(ps))
    elif any(jacc(title, t) > 0.5 for t in oldtitles + [x['title'] for x in taken]): rec['status'] = 'skipped: near-duplicate title'
    elif any(sdup('\n'.join(ps), t) > 0.3 for t in b4text + ['\n\n'.join(x['ps']) for x in taken]): rec['status'] = 'skipped: duplicate story text (>30% shared 5-grams with a batch-4..10 page (pool body) or a taken article)'
    else:
        per[dom] += 1; rec['status'] = 'taken'
        aid = 'w11-%s-%d' % (slug(dom), per[dom])
        taken.append(dict(id=aid, o=o, title=title, ps=ps, nq=n_q, rank=rank, dom=dom)); rec['id'] = aid
    log.append(rec)
for o in failed: log.append(dict(rank=None, key=o['key'], url=o['url'], status='not in draw: annotated text could not be re-located in the original page'))
json.dump(log, open(OUT + 'draw_log.json', 'w'), indent=1, ensure_ascii=False)
if '--review' in sys.argv:
    json.dump(extra.JOINS, open('joins.json', 'w'), indent=0, ensure_ascii=False)
    with open('review.txt', 'w') as f:
        for t in taken:
            f.write('=== %s %s %s | %s | %s\n' % (t['id'], t['o']['key'], t['o']['url'], t['title'], t['o']['date']))
            for i, p in enumerate(t['ps']): f.write('[%d] %s\n' % (i, p))
    for r in log[:max(r['rank'] for r in log if r.get('status') == 'taken') + 1]: print(r['rank'], r['status'][:60], r.get('id', ''), r['url'][:70], '|', r['title'][:60])
    sys.exit()
import outlets
with open(OUT + 'articles.jsonl', 'w') as fa, open(OUT + 'manifest.jsonl', 'w') as fm:
    for t in taken:
        o = t['o']; name = outlets.NAME[t['dom']]
        fa.write(json.dumps(dict(id=t['id'], source=name, date=DATE_FIX[o['key'][:8]][0] if o['key'][:8] in DATE_FIX else o['date'], title=t['title'], text='\n\n'.join(t['ps'])), ensure_ascii=False) + '\n')
        fm.write(json.dumps(dict(id=t['id'], repo=REPO, commit=COMMIT, path=o['path'], original_path=o['orig_path'], url=o['url'], outlet=name,
                 domain=t['dom'], date_from=DATE_FIX[o['key'][:8]][1] if o['key'][:8] in DATE_FIX else o['date_from'], title_from=TITLE_FIX[o['key'][:8]][1] if o['key'][:8] in TITLE_FIX else o['title_from'], draw_rank=t['rank'], paragraphs=len(t['ps']), quote_marks=t['nq']),
                 ensure_ascii=False) + '\n')
arts = [json.loads(l) for l in open(OUT + 'articles.jsonl')]
q = [nq(a['text']) for a in arts]
def split(k, name):
    tot = sum(q); bounds = []; acc = 0; j = 1
    for i, x in enumerate(q):
        acc += x
        if j < k and acc >= tot * j / k:
            prev = acc - x
            bounds.append(i + 1 if abs(acc - tot * j / k) <= abs(prev - tot * j / k) else i); j += 1
    bounds = [0] + bounds + [len(arts)]
    for n in range(k):
        part = arts[bounds[n]:bounds[n + 1]]
        with open(OUT + '%s-%d.jsonl' % (name, n + 1), 'w') as f:
            for a in part: f.write(json.dumps(a, ensure_ascii=False) + '\n')
        print(name, n + 1, len(part), 'articles', sum(q[bounds[n]:bounds[n + 1]]), 'quote marks')
split(3, 'part'); split(2, 'places-part')
print(len(taken), 'taken;', len(set(t['dom'] for t in taken)), 'outlets;', sum(q), 'quote marks')
with open(OUT + 'texts.jsonl', 'w') as ft, open(OUT + 'places-corpus.jsonl', 'w') as fp, open(OUT + 'places-articles.txt', 'w') as fi:
    for a in arts:
        ft.write(json.dumps(dict(id=a['id'], text=a['text'])) + '\n')
        fp.write(json.dumps(dict(id=a['id'], text=a['title'] + '\n\n' + a['text'])) + '\n')
        fi.write(a['id'] + '\n')
