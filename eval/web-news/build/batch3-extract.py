# Dump candidate pages from goose3/goose3 and codelucas/newspaper mirrors into pool.json
import json, re, subprocess, html as H, sys
sys.path.insert(0, '.')
from h2t import nq
from h2t3 import paras_anc
M = '/work/.mirror'
REPOS = {'codelucas/newspaper': M+'/codelucas+newspaper/repo', 'goose3/goose3': M+'/goose3+goose3/repo'}
def git(repo, *a):
    return subprocess.run(['git', '--git-dir='+REPOS[repo]]+list(a), capture_output=True).stdout
def show(repo, path):
    b = git(repo, 'show', 'HEAD:'+path)
    for enc in ('utf-8',):
        try: return b.decode(enc)
        except UnicodeDecodeError: pass
    return b.decode('cp1252', errors='replace')
def meta(h):
    d = {}
    for m in re.finditer(r'<meta\b[^>]*>', h, re.I|re.S):
        t = m.group(0)
        k = re.search(r'(?:property|name|itemprop|http-equiv)\s*=\s*["\']([^"\']+)["\']', t, re.I)
        v = re.search(r'content\s*=\s*"([^"]*)"', t, re.I|re.S) or re.search(r"content\s*=\s*'([^']*)'", t, re.I|re.S)
        if k and v: d.setdefault(k.group(1).lower(), H.unescape(v.group(1)).strip())
    m = re.search(r'<link\b[^>]*rel=["\']canonical["\'][^>]*>', h, re.I)
    if m:
        u = re.search(r'href=["\']([^"\']+)', m.group(0))
        if u: d.setdefault('canonical', H.unescape(u.group(1)))
    m = re.search(r'<title[^>]*>(.*?)</title>', h, re.I|re.S)
    if m: d['<title>'] = re.sub(r'\s+', ' ', H.unescape(m.group(1))).strip()
    return d
DATE_KEYS = ['article:published_time','datepublished','date','pubdate','publish-date','dc.date.issued','sailthru.date','og:pubdate','article.published','parsely-pub-date','publishdate','dcterms.created','originalpublicationdate','eomportal-lastupdate','displaydate','dc.date','last-modified']
def date_of(md, url, h):
    m = re.search(r'/((?:19|20)\d\d)/(\d\d)/(\d\d)/', url or '')
    if m: return '-'.join(m.groups()), 'url'
    um = re.search(r'/((?:19|20)\d\d)/(\d\d)/', url or '')
    for k in DATE_KEYS:
        v = md.get(k, '')
        m = re.search(r'(19|20)\d\d-\d\d-\d\d', v)
        if not m:
            m2 = re.search(r'((19|20)\d\d)(\d\d)(\d\d)', v)
            if m2: m = re.match(r'.*', '%s-%s-%s' % (m2.group(1), m2.group(3), m2.group(4)))
        if m:
            if um and m.group(0)[:7] != '-'.join(um.groups()): break   # meta date contradicts URL month
            return m.group(0), 'meta:'+k
    m = re.search(r'/((?:19|20)\d\d)/(\d\d)/(\d\d)/', url or '')
    if m: return '-'.join(m.groups()), 'url'
    m = re.search(r'/((?:19|20)\d\d)/(\d\d)/', url or '')
    if m: return '-'.join(m.groups()), 'url'
    m = re.search(r'"datePublished"\s*:\s*"((?:19|20)\d\d-\d\d-\d\d)', h)
    if m: return m.group(1), 'jsonld'
    return '', ''
pool = []
# newspaper: html + expected text
R = 'codelucas/newspaper'
files = git(R, 'ls-tree', '-r', '--name-only', 'HEAD', 'tests/data/').decode().split('\n')
htmls = {f[len('tests/data/html/'):-5] for f in files if f.startswith('tests/data/html/') and f.endswith('.html')}
texts = {f[len('tests/data/text/'):-4] for f in files if f.startswith('tests/data/text/') and f.endswith('.txt')}
for k in sorted(htmls & texts):
    h = show(R, 'tests/data/html/%s.html' % k); t = show(R, 'tests/data/text/%s.txt' % k)
    t = t.replace('\r', '')
    sep = r'\n\s*\n' if re.search(r'\n\s*\n', t.strip()) else r'\n'   # blank lines, else single newlines
    ps = [re.sub(r'\s+', ' ', H.unescape(p)).strip() for p in re.split(sep, t)]
    ps = [p for p in ps if p]
    md = meta(h); url = md.get('og:url') or md.get('canonical') or ''
    title = md.get('og:title') or md.get('twitter:title') or md.get('<title>', '')
    d, how = date_of(md, url, h)
    pool.append(dict(src=R, key=k, path='tests/data/text/%s.txt' % k, html_path='tests/data/html/%s.html' % k, url=url, title=title,
                     title_tag=md.get('<title>', ''), date=d, date_how=how, lang=md.get('og:locale', ''), paras=ps, extraction='expected text file (tests/data/text)'))
# goose3: html + json (expected cleaned_text is only a prefix) -> own <p> extraction anchored at that prefix
R = 'goose3/goose3'
files = git(R, 'ls-tree', '-r', '--name-only', 'HEAD', 'tests/data/content/').decode().split('\n')
for f in sorted(files):
    if not f.endswith('.json'): continue
    k = f.split('/')[-1][:-5]
    j = json.loads(show(R, f)); e = j.get('expected', {})
    h = show(R, f[:-5] + '.html')
    md = meta(h); url = j.get('url') or e.get('final_url') or md.get('og:url') or md.get('canonical') or ''
    title = e.get('title') or md.get('og:title') or md.get('<title>', '')
    d, how = date_of(md, url, h)
    allp, anc = paras_anc(h)
    pref = re.sub(r'\s+', ' ', e.get('cleaned_text', '')).strip()
    start = None
    for i, p in enumerate(allp):
        if pref and pref[:40] in p: start = i; break
    ps = []
    if start is not None:
        # element holding the first body paragraph: keep the paragraphs inside it from there on;
        # if that gives < 6 paragraphs, go up one or two levels (pages that wrap each paragraph in its own div)
        for up in (1, 2, 3):
            if len(anc[start]) < up: break
            par = anc[start][-up]
            ps = [p for i, p in enumerate(allp) if i >= start and par in anc[i]]
            if len(ps) >= 6: break
    pool.append(dict(src=R, key=k, path=f[:-5] + '.html', html_path=f[:-5] + '.html', url=url, title=title, title_tag=md.get('<title>', ''),
                     date=d, date_how=how, lang=e.get('meta_lang', ''), paras=ps, start=start, prefix=pref[:80],
                     extraction='own <p> extraction (tools/h2t.py) from the saved HTML, starting at the paragraph holding the expected cleaned_text prefix'))
for o in pool:
    o['n_par'] = len(o['paras']); o['nq'] = sum(nq(p) for p in o['paras'])
json.dump(pool, open('pool.json', 'w'), ensure_ascii=False, indent=0)
for o in pool: print(o['src'][:5], o['key'], '|', o['n_par'], o['nq'], '|', o['date'], o['date_how'], '|', o['url'][:90], '|', o['title'][:70], '|', o.get('start'))
