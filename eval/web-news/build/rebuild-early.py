#!/usr/bin/env python3
"""Rebuild the texts of web-news batches 1-11 (W1A, W1B, W2, W3A, W3B, W4 ... W11) from the source repositories.

Usage:
    python3 rebuild-early.py --mirrors DIR --out DIR [--work DIR] [--repo owner/name=GITDIR ...]
                             [--node-modules DIR] [--batches 1,2,...,11]

--mirrors DIR   folder of bare git mirrors, one per repository, as DIR/<owner>+<name>/repo (the layout the `fetch` tool
                makes under /work/.mirror); DIR/<owner>+<name>, DIR/<owner>/<name>(.git) and DIR/<name>(.git) are tried too.
--repo          owner/name=GITDIR, overrides the look-up for one repository (may be repeated).
--work DIR      scratch folder for the batches' own scripts and intermediate files (default: a fresh temporary folder, kept).
--node-modules  a folder whose node_modules holds @postlight/parser 2.2.3 (batch 2); without it the package is installed
                with npm into the work folder (its two GitHub dependencies, postlight/difflib.js and postlight/browser-request,
                are packed from their mirrors, as github.com is not reachable).

Repositories needed: scrapinghub/article-extraction-benchmark, loki86/ksr_zadanie1V2 (batch 1); postlight/parser,
mozilla/readability (+ postlight/difflib.js, postlight/browser-request for npm) (batch 2); codelucas/newspaper,
goose3/goose3 (batch 3); geodrome/page-signal (batches 4-11). Files are read at the commits the manifests give.

How: every batch is rebuilt by running its own scripts from this folder (build/batchN-*.py, copied under their original
names into the work folder, paths to the mirrors and to the gone /work/freshN folders rewritten), in the order the batches were
drawn, so each draw sees the earlier batches' outputs as it did. The draws are re-run in full and the resulting manifests are
compared with eval/web-news/batchN-manifest.jsonl. Pieces not stored in the repository and written here anew (no cleaning
rule among them): the one-off Reuters-21578 sampling snippet of batch 1 (quoted in batch1-SOURCES.md), batch 2's conversion of
the saved pages into pool.json (@postlight/parser 2.2.3: custom extractor with fallback:false, the generic one (fallback:true)
when that gives fewer than 6 paragraphs; readability's expected.html with cnn's <h2> lead restored; each through batch 2's
h2t.paras) and its id assignment (ids looked up in batch2-manifest.jsonl by page), and outlets.py of batches 5-9 (domain ->
outlet name, read from each manifest; it only names the outlet).

Outputs in --out: texts.jsonl ({id, text, title}; text = body, paragraphs separated by one blank line, no title),
places-corpus.jsonl ({id, text = title + "\\n\\n" + body}), per set W1A-texts.jsonl / W1A-places-corpus.jsonl ... W11-...,
and verification.json / verification.txt (manifest comparison, counts, quotation spans, place names).
"""
import argparse, collections, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))            # eval/web-news/build
EVAL = os.path.dirname(HERE)                                  # eval/web-news
SETS = [('W1A', 1, 'batch1-A-articles.txt'), ('W1B', 1, 'batch1-B-articles.txt'), ('W2', 2, 'batch2-articles.txt'),
        ('W3A', 3, 'batch3-A-articles.txt'), ('W3B', 3, 'batch3-B-articles.txt')] + \
       [('W%d' % n, n, 'batch%d-articles.txt' % n) for n in range(4, 12)]
COMMITS = {
    'scrapinghub/article-extraction-benchmark': '4a3bc979f76c0df73cb95fe272e2fc1b96f9f010',
    'loki86/ksr_zadanie1V2': 'd16457fd9d6d2b623fffc163746092b89a6e2fef',
    'postlight/parser': 'e8ba7ece291efa4d915d50dd4deeec17d54359f2',
    'mozilla/readability': 'ab4027a8b37669745016869a37a504727992b2ba',
    'codelucas/newspaper': '1618b547f31c2d1fd19ae3b6afd8f7542dd02074',
    'goose3/goose3': 'c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7',
    'geodrome/page-signal': '186d8153b3d111f84865ddc180600a9cbe35ac7f',
}
NPM_GIT_DEPS = {  # @postlight/parser 2.2.3's GitHub dependencies: repo, ref (package.json: github:postlight/difflib.js, github:postlight/browser-request#feat-add-headers-to-response)
    'difflib': ('postlight/difflib.js', 'HEAD'),
    'browser-request': ('postlight/browser-request', 'feat-add-headers-to-response'),
}
QUOTE_CHARS = set('"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u201a\u201b\u2039\u203a\u2032\u2033`\u00b4\u300c\u300d')


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class Mirrors:
    def __init__(self, root, overrides):
        self.root, self.over = root, dict(overrides)

    def __call__(self, repo):
        if repo in self.over: return self.over[repo]
        o, n = repo.split('/')
        for c in (f'{o}+{n}/repo', f'{o}+{n}', f'{o}/{n}', f'{o}/{n}.git', n, n + '.git'):
            p = os.path.join(self.root, c)
            if os.path.isdir(p) and subprocess.run(['git', '--git-dir', p, 'rev-parse', '--git-dir'], capture_output=True).returncode == 0:
                return p
        raise SystemExit(f'no git mirror for {repo} under {self.root} (use --repo {repo}=GITDIR)')


def git(gd, *a):
    return subprocess.run(['git', '--git-dir', gd] + list(a), capture_output=True, check=True).stdout


def run(cmd, cwd, quiet=True):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        log(r.stdout[-3000:]); log(r.stderr[-3000:]); raise SystemExit(f'failed: {cmd} in {cwd}')
    if not quiet: log(r.stdout)
    return r.stdout


def copy_script(name, dst, subs=(), required=()):
    """copy build/<name> to dst, applying (old, new) string substitutions; each `required` old string must occur."""
    s = open(os.path.join(HERE, name), encoding='utf-8').read()
    for old, new in subs:
        if old not in s:
            if old in required: raise SystemExit(f'{name}: expected text not found: {old!r}')
            continue
        s = s.replace(old, new)
    open(dst, 'w', encoding='utf-8').write(s)


def fresh_paths(s, outs):
    """/work/freshN/ (N empty for batch 1) -> the rebuilt batch N output folder"""
    return re.sub(r'/work/fresh(\d*)/', lambda m: outs[int(m.group(1) or 1)] + '/', s)


def copy_patched(name, dst, outs, extra_subs=()):
    s = open(os.path.join(HERE, name), encoding='utf-8').read()
    s = fresh_paths(s, outs)
    for old, new in extra_subs:
        assert old in s, (name, old); s = s.replace(old, new)
    open(dst, 'w', encoding='utf-8').write(s)


def jl(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]


def compare_manifest(n, path):
    ours = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in jl(path)]
    theirs = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in jl(os.path.join(EVAL, 'batch%d-manifest.jsonl' % n))]
    diff = [(a, b) for a, b in zip(ours, theirs) if a != b]
    return dict(rebuilt=len(ours), stored=len(theirs), identical=(ours == theirs), differing_lines=len(diff) + abs(len(ours) - len(theirs)))


# ---------------------------------------------------------------- batch 1
def batch1(M, work, outs):
    d = os.path.join(work, 'b1'); os.makedirs(d + '/aeb_html', exist_ok=True); os.makedirs(d + '/reuters', exist_ok=True)
    A, C = M('scrapinghub/article-extraction-benchmark'), COMMITS['scrapinghub/article-extraction-benchmark']
    open(d + '/aeb_gt.json', 'wb').write(git(A, 'show', C + ':ground-truth.json'))
    import gzip
    for f in git(A, 'ls-tree', '-r', '--name-only', C, 'html').decode().split('\n'):
        if f.endswith('.html.gz'):
            open(d + '/aeb_html/' + os.path.basename(f)[:-3], 'wb').write(gzip.decompress(git(A, 'show', C + ':' + f)))
    R, RC = M('loki86/ksr_zadanie1V2'), COMMITS['loki86/ksr_zadanie1V2']
    for f in git(R, 'ls-tree', '-r', '--name-only', RC).decode().split('\n'):
        if re.search(r'(^|/)reut2-0[0-2]\d\.sgm$', f):
            open(d + '/reuters/' + os.path.basename(f), 'wb').write(git(R, 'show', RC + ':' + f))
    for s in ('aeb_filter', 'aeb_meta', 'reuters_parse', 'build'):
        copy_script('batch1-%s.py' % s, '%s/%s.py' % (d, s))
    for s in ('aeb_filter', 'aeb_meta', 'reuters_parse'): run([sys.executable, s + '.py'], d)
    # the one-off sampling snippet (batch1-SOURCES.md): random.Random(20240611).sample(eligible, 24)
    run([sys.executable, '-c', "import json,random; ok=json.load(open('reuters_eligible.json')); "
         "json.dump(random.Random(20240611).sample(ok,24),open('reuters_sample24.json','w'))"], d)
    run([sys.executable, 'build.py'], d)
    for f in ('articles.jsonl', 'manifest.jsonl'): shutil.copy(os.path.join(d, f), os.path.join(outs[1], f))
    return dict(manifest=compare_manifest(1, os.path.join(outs[1], 'manifest.jsonl')))


# ---------------------------------------------------------------- batch 2
MERCURY_JS = r"""
// node mercury.js jobs.json out.json -- jobs: [{key, url, file}]; each page parsed with fallback:false and fallback:true
const fs = require('fs');
const Parser = require('@postlight/parser');
(async () => {
  const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const out = {};
  for (const j of jobs) {
    const html = fs.readFileSync(j.file);   // a Buffer, as the package's own tests pass it
    const r = {};
    for (const fb of [false, true]) {
      try { r[fb ? 'generic' : 'custom'] = await Parser.parse(j.url, { html, fallback: fb }); }
      catch (e) { r[fb ? 'generic' : 'custom'] = { error: String(e) }; }
    }
    out[j.key] = r;
  }
  fs.writeFileSync(process.argv[3], JSON.stringify(out));
})();
"""

MKPOOL_PY = r"""
# batch 2's pool.json (the original conversion script is not stored): every eligible page of draw.py's lists converted.
import json, re, subprocess, html as H, sys
sys.path.insert(0, '.')
from h2t import paras
exec(open('draw.py').read().split('pool=json.load')[0])       # ELIG_PL, ELIG_RD, OUTLET from batch 2's own draw.py
merc = json.load(open('merc.json')); jobs = {j['key']: j for j in json.load(open('jobs.json'))}
pool = []
for n in ELIG_PL:   # @postlight/parser 2.2.3: custom extractor (fallback:false); generic (fallback:true) when < 6 paragraphs
    k = n + '.html'; r = merc[k]
    pc = paras(r['custom'].get('content') or '')
    use = 'custom' if len(pc) >= 6 else 'generic'
    res = r[use]; ps = pc if use == 'custom' else paras(res.get('content') or '')
    pool.append(dict(src='postlight', key=k, url=jobs[k]['url'], title=res.get('title') or '', date=res.get('date_published') or '',
                     paras=ps, extraction=use))
G, C = sys.argv[1], sys.argv[2]
def show(p): return subprocess.run(['git', '--git-dir=' + G, 'show', C + ':' + p], capture_output=True, check=True).stdout.decode('utf-8')
for n in ELIG_RD:   # readability's expected.html (cnn: the lead sentence is an <h2>; restored as the first paragraph)
    d = 'test/test-pages/%s/' % n
    e = show(d + 'expected.html'); md = json.loads(show(d + 'expected-metadata.json')); src = show(d + 'source.html')
    ps = paras(e)
    if n == 'cnn':
        h2 = re.search(r'<h2>(.*?)</h2>', e, re.S).group(1); ps = [re.sub(r'\s+', ' ', H.unescape(re.sub(r'<[^>]+>', '', h2))).strip()] + ps
    m = re.search(r'<link[^>]*rel="canonical"[^>]*href="([^"]+)"', src) or re.search(r'<meta[^>]*property="og:url"[^>]*content="([^"]+)"', src)
    pool.append(dict(src='readability', key=n, url=H.unescape(m.group(1)) if m else '', title=md.get('title') or '',
                     date=md.get('publishedTime') or '', paras=ps))
json.dump(pool, open('pool.json', 'w'), ensure_ascii=False)
"""


def setup_npm(M, work, node_modules):
    if node_modules:
        nm = node_modules if os.path.basename(node_modules.rstrip('/')) == 'node_modules' else os.path.join(node_modules, 'node_modules')
    else:
        d = os.path.join(work, 'npm'); deps = os.path.join(work, 'npm-deps'); os.makedirs(d, exist_ok=True); os.makedirs(deps, exist_ok=True)
        over = {}
        for name, (repo, ref) in NPM_GIT_DEPS.items():
            src = os.path.join(deps, name); os.makedirs(src, exist_ok=True)
            tar = git(M(repo), 'archive', ref)
            subprocess.run(['tar', '-x', '-C', src], input=tar, check=True)
            out = run(['npm', 'pack', '--pack-destination', deps], src).strip().split('\n')[-1]
            over[name] = 'file:' + os.path.join(deps, out)
        json.dump({'name': 'rebuild-early-npm', 'version': '1.0.0', 'private': True,
                   'dependencies': {'@postlight/parser': '2.2.3'}, 'overrides': over}, open(d + '/package.json', 'w'))
        if not os.path.isdir(os.path.join(d, 'node_modules', '@postlight', 'parser')):
            run(['npm', 'install', '--no-audit', '--no-fund'], d)
        nm = os.path.join(d, 'node_modules')
    v = json.load(open(os.path.join(nm, '@postlight', 'parser', 'package.json')))['version']
    if v != '2.2.3': raise SystemExit('@postlight/parser %s found, 2.2.3 needed' % v)
    return nm


def batch2(M, work, outs, node_modules):
    d = os.path.join(work, 'b2'); os.makedirs(d + '/fx', exist_ok=True)
    nm = setup_npm(M, work, node_modules)
    for s in ('h2t', 'clean', 'draw'): copy_script('batch2-%s.py' % s, '%s/%s.py' % (d, s))
    copy_patched('batch2-build.py', d + '/build.py', outs)
    P, PC = M('postlight/parser'), COMMITS['postlight/parser']
    # each fixture's URL from the package's tests (url = '...' then readFileSync('./fixtures/<page>.html'))
    urls = {}
    for f in git(P, 'ls-tree', '-r', '--name-only', PC).decode().split('\n'):
        if (f.startswith('src/extractors/custom/') and f.endswith('index.test.js')) or f == 'src/mercury.test.js':
            t = git(P, 'show', PC + ':' + f).decode()
            toks = [(m.start(), 'u', m.group(1)) for m in re.finditer(r"url\s*=\s*['\"`]([^'\"`]+)['\"`]", t)] + \
                   [(m.start(), 'u', m.group(1)) for m in re.finditer(r"^\s*['\"`](https?://[^'\"`]+)['\"`];", t, re.M)] + \
                   [(m.start(), 'f', m.group(1)) for m in re.finditer(r"fixtures/([^'\"`]+?\.html)", t)]
            cur = None
            for _, k, v in sorted(toks):
                if k == 'u': cur = v
                elif cur: urls.setdefault(v, cur)
    ns = {}; exec(open(d + '/draw.py').read().split('pool=json.load')[0], ns)
    jobs = []
    for n in ns['ELIG_PL']:
        k = n + '.html'
        open(d + '/fx/' + k, 'wb').write(git(P, 'show', PC + ':fixtures/' + k))
        if not urls.get(k): raise SystemExit('no URL for fixture ' + k)
        jobs.append(dict(key=k, url=urls[k], file='fx/' + k))
    json.dump(jobs, open(d + '/jobs.json', 'w'))
    open(d + '/mercury.js', 'w').write(MERCURY_JS); open(d + '/mkpool.py', 'w').write(MKPOOL_PY)
    env = dict(os.environ, NODE_PATH=nm)
    r = subprocess.run(['node', 'mercury.js', 'jobs.json', 'merc.json'], cwd=d, env=env, capture_output=True, text=True)
    if r.returncode: log(r.stderr[-3000:]); raise SystemExit('@postlight/parser run failed')
    run([sys.executable, 'mkpool.py', M('mozilla/readability'), COMMITS['mozilla/readability']], d)
    run([sys.executable, 'draw.py'], d); run([sys.executable, 'build.py'], d)
    fin = json.load(open(d + '/final.json')); drawlog = {r[1]: r[0] for r in json.load(open(d + '/drawlog.json'))}
    man = jl(os.path.join(EVAL, 'batch2-manifest.jsonl'))
    byname = {}
    for m in man:
        byname[m['path'].split('/')[-1][:-5] if m['repo'] == 'postlight/parser' else m['path'].split('/')[-2]] = m
    mism = []
    with open(outs[2] + '/articles.jsonl', 'w') as fa:
        for i, o in enumerate(fin):
            m = byname.get(o['name'])
            if m is None: mism.append((o['name'], 'not in manifest')); continue
            ex = ('generic' if 'generic' in m['extraction'] else 'custom') if m['repo'] == 'postlight/parser' else None
            got = (len(o['clean']), o['q'], drawlog[o['name']], o.get('extraction'), i)
            want = (m['paragraphs'], m['quote_marks'], m['draw_rank'], ex, man.index(m))
            if got != want: mism.append((m['id'], got, want))
            fa.write(json.dumps(dict(id=m['id'], source=o['outlet'], date=o['date2'], title=o['title2'], text='\n\n'.join(o['clean'])),
                                ensure_ascii=False) + '\n')
    return dict(manifest=dict(rebuilt=len(fin), stored=len(man), identical=(len(fin) == len(man) and not mism),
                              note='manifest writer not stored: compared id order, draw_rank, paragraphs, quote_marks, extraction',
                              mismatches=mism))


# ---------------------------------------------------------------- batch 3
def batch3(M, work, outs):
    d = os.path.join(work, 'b3'); os.makedirs(d, exist_ok=True)
    copy_script('batch2-h2t.py', d + '/h2t.py'); copy_script('batch2-clean.py', d + '/clean.py')
    for s in ('h2t3', 'extra'): copy_script('batch3-%s.py' % s, '%s/%s.py' % (d, s))
    repos = {r: M(r) for r in ('codelucas/newspaper', 'goose3/goose3')}
    copy_script('batch3-extract.py', d + '/extract.py', [
        ("REPOS = {'codelucas/newspaper': M+'/codelucas+newspaper/repo', 'goose3/goose3': M+'/goose3+goose3/repo'}",
         'REPOS = %r\nCOMMIT_OF = %r' % (repos, {r: COMMITS[r] for r in repos})),
        ("+list(a)", "+[COMMIT_OF[repo] + x[4:] if x == 'HEAD' or x.startswith('HEAD:') else x for x in a]")],
        required=("+list(a)", "REPOS = {'codelucas/newspaper': M+'/codelucas+newspaper/repo', 'goose3/goose3': M+'/goose3+goose3/repo'}"))
    copy_patched('batch3-build.py', d + '/build.py', outs)
    run([sys.executable, 'extract.py'], d); run([sys.executable, 'build.py'], d)
    return dict(manifest=compare_manifest(3, outs[3] + '/manifest.jsonl'))


# ---------------------------------------------------------------- batches 4-11 (L3S-GN1)
def l3s_pool(M, work):
    d = os.path.join(work, 'l3s'); os.makedirs(d, exist_ok=True)
    if not os.path.exists(d + '/pool.json'):
        C = COMMITS['geodrome/page-signal']
        s = open(os.path.join(HERE, 'batch4-extract.py'), encoding='utf-8').read()
        s = re.sub(r"^GIT = .*$", 'GIT = %r' % M('geodrome/page-signal'), s, count=1, flags=re.M)
        s = s.replace("'HEAD:", "'%s:" % C).replace("'HEAD',", "'%s'," % C)
        assert 'HEAD' not in s
        open(d + '/extract.py', 'w').write(s)
        run([sys.executable, 'extract.py'], d)
    import hashlib
    return d + '/pool.json', hashlib.md5(open(d + '/pool.json', 'rb').read()).hexdigest()


def batch_l3s(n, M, work, outs, pool):
    d = os.path.join(work, 'b%d' % n); os.makedirs(d, exist_ok=True)
    shutil.copy(pool, d + '/pool.json')
    copy_script('batch2-clean.py', d + '/clean.py'); copy_script('batch%d-extra.py' % n, d + '/extra.py')
    note = None
    if os.path.exists(os.path.join(HERE, 'batch%d-outlets.py' % n)):
        copy_script('batch%d-outlets.py' % n, d + '/outlets.py')
    else:   # not stored for batches 5-9: the display names, read from the batch's manifest (they name the outlet only)
        names = {m['domain']: m['outlet'] for m in jl(os.path.join(EVAL, 'batch%d-manifest.jsonl' % n))}
        open(d + '/outlets.py', 'w').write('# outlets.py not stored; domain -> outlet from batch%d-manifest.jsonl\nNAME = %r\n' % (n, names))
        note = 'outlets.py reconstructed from the manifest'
    s = open(os.path.join(HERE, 'batch%d-build.py' % n), encoding='utf-8').read()
    s = re.sub(r"^OUT = .*$", 'OUT = %r' % (outs[n] + '/'), s, count=1, flags=re.M)
    s = fresh_paths(s, outs).replace('/work/main/eval/web-news/', EVAL + '/')
    open(d + '/build.py', 'w').write(s)
    run([sys.executable, 'build.py'], d)
    r = dict(manifest=compare_manifest(n, outs[n] + '/manifest.jsonl'))
    if note: r['note'] = note
    return r


# ---------------------------------------------------------------- verification
def nq(t): return t.count('"') + t.count('\u201c') + t.count('\u201d')


def u16(text, a, b):
    return text.encode('utf-16-le')[2 * a:2 * b].decode('utf-16-le', errors='replace')


def verify(arts, setof):
    V = collections.OrderedDict()
    manis = {}
    for n in range(1, 12):
        for m in jl(os.path.join(EVAL, 'batch%d-manifest.jsonl' % n)): manis[m['id']] = m
    qg = {g['id']: g for g in jl(os.path.join(EVAL, 'quotes-gold.jsonl'))}
    pg = collections.defaultdict(list)
    for g in jl(os.path.join(EVAL, 'places-gold.jsonl')): pg[g['articleId']].append(g)
    for s, _, _ in SETS:
        ids = [i for i in arts if setof[i] == s]
        if not ids: continue
        v = V[s] = dict(articles=len(ids), quote_marks_total=sum(nq(arts[i]['text']) for i in ids),
                        straight=sum(arts[i]['text'].count('"') for i in ids))
        c = dict(with_counts=0, paragraphs_ok=0, quote_marks_ok=0, bad=[])
        for i in ids:
            m = manis[i]
            if 'paragraphs' in m:
                c['with_counts'] += 1
                p = len(arts[i]['text'].split('\n\n')); q = nq(arts[i]['text'])
                c['paragraphs_ok'] += p == m['paragraphs']; c['quote_marks_ok'] += q == m['quote_marks']
                if p != m['paragraphs'] or q != m['quote_marks']: c['bad'].append((i, p, m['paragraphs'], q, m['quote_marks']))
        v['counts'] = c
        q = dict(gold_articles=0, quotes=0, pass_=0, para_edge=0, fail=[])
        for i in ids:
            if i not in qg: continue
            q['gold_articles'] += 1
            t = arts[i]['text']; L = len(t.encode('utf-16-le')) // 2
            for sp in qg[i]['quotes']:
                q['quotes'] += 1
                seg = u16(t, sp['start'], sp['end']) if 0 <= sp['start'] < sp['end'] <= L else ''
                if seg and seg[0] in QUOTE_CHARS and seg[-1] in QUOTE_CHARS: q['pass_'] += 1; continue
                # a quotation running on into the next paragraph has no closing mark at its paragraph's end (and the
                # next paragraph's part no opening mark... if the source leaves it out): accept a span edge on a paragraph edge
                before, after = u16(t, max(0, sp['start'] - 2), sp['start']), u16(t, sp['end'], sp['end'] + 2)
                ok_s = seg[:1] in QUOTE_CHARS or sp['start'] == 0 or before == '\n\n'
                ok_e = seg[-1:] in QUOTE_CHARS or sp['end'] == L or after == '\n\n'
                if seg and ok_s and ok_e: q['para_edge'] += 1
                else: q['fail'].append((i, sp['start'], sp['end'], seg[:40] + ('…' + seg[-20:] if len(seg) > 40 else '')))
        q['pass'] = q.pop('pass_'); v['quotes'] = q
        pl = dict(mentions=0, body_blocks=0, corpus_blocks=0, fail_body=[])
        for i in ids:
            body = arts[i]['text'].split('\n\n'); corp = [arts[i]['title']] + body
            for g in pg.get(i, []):
                pl['mentions'] += 1; k = g['paragraph']
                ok_b = 1 <= k <= len(body) and g['name'] in body[k - 1]
                ok_c = 1 <= k <= len(corp) and g['name'] in corp[k - 1]
                pl['body_blocks'] += ok_b; pl['corpus_blocks'] += ok_c
                if not ok_b: pl['fail_body'].append((i, k, g['name']))
        v['places'] = pl
    return V


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[1])
    ap.add_argument('--mirrors', default='/work/.mirror'); ap.add_argument('--out', required=True)
    ap.add_argument('--work'); ap.add_argument('--repo', action='append', default=[])
    ap.add_argument('--node-modules'); ap.add_argument('--batches', default=','.join(map(str, range(1, 12))))
    a = ap.parse_args()
    M = Mirrors(a.mirrors, [r.split('=', 1) for r in a.repo])
    out = os.path.abspath(a.out); os.makedirs(out, exist_ok=True)
    work = os.path.abspath(a.work) if a.work else tempfile.mkdtemp(prefix='rebuild-early-')
    os.makedirs(work, exist_ok=True); log('work folder:', work)
    outs = {n: os.path.join(work, 'out%d' % n) for n in range(1, 12)}
    for p in outs.values(): os.makedirs(p, exist_ok=True)
    want = sorted(int(x) for x in a.batches.split(','))
    # every draw reads the earlier batches' outputs, so the batches are rebuilt in order from 1 up to the last one asked for
    report = collections.OrderedDict()
    # every draw reads the earlier batches' outputs (batches 4-9 also the titles of 1-3), so the batches are rebuilt in order
    # from 1 up to the last one asked for; batches 10 and 11 read only the stored manifests and the L3S-GN1 pool
    todo = list(range(1, max(want) + 1)) if any(n < 10 for n in want) else want
    for n in todo:
        log('batch', n)
        if n == 1: report[n] = batch1(M, work, outs)
        elif n == 2: report[n] = batch2(M, work, outs, a.node_modules)
        elif n == 3: report[n] = batch3(M, work, outs)
        else:
            pool, md5 = l3s_pool(M, work)
            report['l3s_pool_md5'] = md5 + (' (= the md5 batch10/11-SOURCES.md give)' if md5 == '44776ed0d5982690b77f36d008cf0bad'
                                            else ' (DIFFERS from 44776ed0d5982690b77f36d008cf0bad)')
            report[n] = batch_l3s(n, M, work, outs, pool)
    # assemble
    arts, setof = collections.OrderedDict(), {}
    for s, n, f in SETS:
        if n not in want: continue
        built = {x['id']: x for x in jl(outs[n] + '/articles.jsonl')}
        for i in open(os.path.join(EVAL, f)).read().split():
            if i not in built: raise SystemExit('%s: %s not rebuilt' % (s, i))
            arts[i] = dict(id=i, text=built[i]['text'], title=built[i]['title']); setof[i] = s
    def write(path, rows):
        with open(path, 'w', encoding='utf-8') as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    write(out + '/texts.jsonl', arts.values())
    write(out + '/places-corpus.jsonl', (dict(id=x['id'], text=x['title'] + '\n\n' + x['text']) for x in arts.values()))
    for s, n, _ in SETS:
        if n not in want: continue
        rows = [x for x in arts.values() if setof[x['id']] == s]
        write('%s/%s-texts.jsonl' % (out, s), rows)
        write('%s/%s-places-corpus.jsonl' % (out, s), (dict(id=x['id'], text=x['title'] + '\n\n' + x['text']) for x in rows))
    V = verify(arts, setof)
    json.dump(dict(build=report, verification=V), open(out + '/verification.json', 'w'), ensure_ascii=False, indent=1)
    lines = ['manifests (draw re-run, compared with eval/web-news/batchN-manifest.jsonl):']
    for n, r in report.items():
        if n == 'l3s_pool_md5': lines.append('  L3S-GN1 pool.json md5 %s' % r); continue
        m = r['manifest']; lines.append('  batch %s: %d rebuilt / %d stored, %s%s' % (n, m['rebuilt'], m['stored'],
                                         'identical' if m['identical'] else 'DIFFERENT', ' (' + r['note'] + ')' if r.get('note') else ''))
    lines.append('quotes: spans whose first and last characters are quote marks (strict); + those with an edge on a paragraph edge instead')
    lines.append('set    arts  counts(par/qm ok of n)  quotes strict/total      +para-edge   places body-blocks / corpus-blocks (of mentions)')
    tot = collections.Counter()
    for s, v in V.items():
        c, q, p = v['counts'], v['quotes'], v['places']
        lines.append('%-5s %5d  %-22s  %5d/%-5d (%5.1f%%)  %5d (%5.1f%%)  %4d / %4d of %4d' % (s, v['articles'],
                     '%d/%d of %d' % (c['paragraphs_ok'], c['quote_marks_ok'], c['with_counts']) if c['with_counts'] else 'no counts (qm %d)' % v['quote_marks_total'],
                     q['pass'], q['quotes'], 100.0 * q['pass'] / max(1, q['quotes']), q['pass'] + q['para_edge'],
                     100.0 * (q['pass'] + q['para_edge']) / max(1, q['quotes']), p['body_blocks'], p['corpus_blocks'], p['mentions']))
        tot.update(dict(arts=v['articles'], q=q['quotes'], qp=q['pass'], qe=q['para_edge'], pm=p['mentions'], pb=p['body_blocks'], pc=p['corpus_blocks']))
        for f in q['fail']: lines.append('      quote span fails both tests: %s %d-%d %r' % f)
        for f in c['bad']: lines.append('      count mismatch: %s paragraphs %d vs %d, quote marks %d vs %d' % f)
    lines.append('all   %5d  quotes strict %d/%d (%.2f%%), with paragraph edges %d (%.2f%%); places body-blocks %d/%d (%.2f%%), corpus-blocks %d/%d (%.2f%%)' % (
        tot['arts'], tot['qp'], tot['q'], 100.0 * tot['qp'] / max(1, tot['q']), tot['qp'] + tot['qe'], 100.0 * (tot['qp'] + tot['qe']) / max(1, tot['q']), tot['pb'], tot['pm'], 100.0 * tot['pb'] / max(1, tot['pm']),
        tot['pc'], tot['pm'], 100.0 * tot['pc'] / max(1, tot['pm'])))
    open(out + '/verification.txt', 'w').write('\n'.join(lines) + '\n')
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
