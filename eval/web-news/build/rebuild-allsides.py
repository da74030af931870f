#!/usr/bin/env python3
# Rebuild the texts of web-news batches 12-28 (640 articles from the AllSides corpus, ramybaly/Article-Bias-Prediction
# @ ced8111a720948e6a410e52031ace99c4e53f096) exactly as each batch's build.py + extra.py cleaned them, without drawing anything.
#
# For every id in eval/web-news/batchNN-manifest.jsonl (NN = 12..28) the corpus JSON at the manifest's `path` is read from a bare
# git mirror of the corpus, and cleaned by THAT batch's own code:
#   - batchNN-extra.py (per-article DROP / TRIM / KEEP fixes) is imported as it is;
#   - batchNN-build.py cannot be imported (importing it runs the whole draw and reads /work/freshNN, /work/shared ...), so it is parsed
#     with `ast` and only its definitions are executed: imports of standard modules, functions, and the module-level assignments before
#     the walk (regexes such as BOIL, HILLTIP..HILLTIP5, ZW; statements that open files, loops, asserts and expressions are skipped;
#     the walk starts at `recs = load()`, the first top-level statement calling load());
#     then the walk's per-article statements, from `title = ...` to `ps = extra.fix(...)` (title clean-up, paragraph split, mojibake
#     repair, generic rules, per-article fixes), are lifted out of its `for rank, d in enumerate(cands)` loop into a function
#     clean(d) -> (title, ps). So each batch's rules (the later batches' HILLTIP2-5, ZW, title rules ...) apply to its own articles only.
#     The walk loop is found by what it iterates (`enumerate(cands)`, or `cands`), not by the shape of its target: batch 25's build.py
#     has other top-level loops after `recs = load()` (e.g. `for i, (lab, tt, tx) in enumerate(reftexts)`), and exactly one loop over
#     cands must be there.
#   - Nothing may read /work/freshNN (those folders vanish between sessions): the script runs under an audit hook that stops it if
#     anything (a batch's code included) opens, lists or globs a /work/freshNN path; the rebuild needs only the mirror and eval/web-news.
# Nothing is drawn, shuffled or de-duplicated; the manifest fixes the articles and their order.
#
# Usage:  python3 rebuild-allsides.py --mirror GITDIR --out DIR
#   GITDIR  bare git mirror of github:ramybaly/Article-Bias-Prediction (e.g. /work/.mirror/ramybaly+Article-Bias-Prediction/repo)
#   DIR     output folder, created if missing. Writes:
#     texts.jsonl            {"id", "text", "title"}  text = the body (paragraphs separated by one blank line, no title)
#     places-corpus.jsonl    {"id", "text"}           text = title + "\n\n" + body
#     wNN-texts.jsonl, wNN-places-corpus.jsonl        the same, one pair per batch (NN = 12..28)
# Then it verifies the result (printed, and exit status 1 on a mismatch):
#   1. each body's paragraph and quote-mark counts against the manifest's `paragraphs` and `quote_marks`;
#   2. every quotes-gold.jsonl span of these batches (UTF-16 offsets into the body) starts and ends with a quote mark; the spans that
#      do not are classed by what the text shows there (quotation left open at a paragraph end as published, no mark in the source,
#      or MISALIGNED: a quote mark just outside the span or a word cut, which a wrong text would give);
#   3. every places-gold.jsonl name of these batches occurs in its paragraph (body blocks counted from 1; the places-corpus
#      numbering, title = block 1, is reported alongside for comparison).
# Python 3, standard library only; needs `git` on PATH.
#
# Adding a later batch NN (26, ...) of the same corpus: put its batchNN-manifest.jsonl and batchNN-articles.txt in eval/web-news and its
# build.py, extra.py (and load.py, outlets.py, for the record) in eval/web-news/build as batchNN-build.py, batchNN-extra.py ...; append its
# gold to quotes-gold.jsonl and places-gold.jsonl; extend BATCHES below (range(12, NN + 1)); run, and compare wNN-texts.jsonl with the
# batch's own texts.jsonl while /work/freshNN still exists. The batch's build.py must keep the walk shape: `recs = load()` before the walk,
# one top-level `for rank, d in enumerate(cands):` whose body assigns `title = ...` and, later, `ps = extra.fix(...)`; module-level
# assignments before `recs = load()` must not read files (calls to open() are skipped; anything else touching /work/freshNN stops the run).
import argparse, ast, collections, importlib.util, json, os, re, subprocess, sys
sys.dont_write_bytecode = True   # leave no __pycache__ next to the batch scripts

BUILD = os.path.dirname(os.path.abspath(__file__))          # eval/web-news/build
WEBNEWS = os.path.dirname(BUILD)                              # eval/web-news
BATCHES = list(range(12, 75))
REPO = 'ramybaly/Article-Bias-Prediction'
COMMIT = 'ced8111a720948e6a410e52031ace99c4e53f096'


# ---------------------------------------------------------------- corpus
def read_corpus(gitdir, wanted):
    """{(commit, path): parsed JSON} for every (commit, path) in wanted, via one `git cat-file --batch`."""
    wanted = sorted(set(wanted))
    inp = ''.join('%s:%s\n' % cp for cp in wanted).encode()
    out = subprocess.run(['git', '--git-dir', gitdir, 'cat-file', '--batch'], input=inp, capture_output=True, check=True).stdout
    recs, pos = {}, 0
    for cp in wanted:
        nl = out.index(b'\n', pos); hdr = out[pos:nl].split()
        if len(hdr) < 3 or hdr[1] != b'blob':
            sys.exit('not in the mirror: %s:%s (%s)' % (cp[0], cp[1], out[pos:nl].decode()))
        size = int(hdr[2]); body = out[nl + 1: nl + 1 + size]; pos = nl + 1 + size + 1
        recs[cp] = json.loads(body.decode('utf-8'))
    return recs


# ---------------------------------------------------------------- each batch's own cleaning code
def load_extra(n):
    path = os.path.join(BUILD, 'batch%d-extra.py' % n)
    spec = importlib.util.spec_from_file_location('batch%d_extra' % n, path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

def _calls(node, name):
    return any(isinstance(x, ast.Call) and isinstance(x.func, ast.Name) and x.func.id == name for x in ast.walk(node))

def _assigns(node, name):
    return isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)

def _walk_record(loop):
    """If `loop` iterates the drawn candidates -- `for rank, d in enumerate(cands)` (batches 12-28) or `for d in cands` -- the name
    it binds each corpus record to ('d'), else None. Matched by WHAT the loop iterates, not by the shape of its target, so the other
    loops of a build.py (`for i, (lab, tt, tx) in enumerate(reftexts)`, `for b, aid, p in ABP_PATHS` ...) are never mistaken for it."""
    if not isinstance(loop, ast.For): return None
    it, tg = loop.iter, loop.target
    if isinstance(it, ast.Name) and it.id == 'cands' and isinstance(tg, ast.Name): return tg.id
    if (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == 'enumerate' and it.args
            and isinstance(it.args[0], ast.Name) and it.args[0].id == 'cands'
            and isinstance(tg, ast.Tuple) and len(tg.elts) == 2 and isinstance(tg.elts[1], ast.Name)):
        return tg.elts[1].id
    return None

def load_cleaner(n):
    """clean(d) -> (title, paragraphs), batch n's build.py code applied to corpus record d (see the header)."""
    path = os.path.join(BUILD, 'batch%d-build.py' % n)
    src = open(path, encoding='utf-8').read()
    tree = ast.parse(src, path)
    ns = {'__name__': 'batch%d_build' % n, '__file__': path, 'extra': load_extra(n)}
    head, walk = [], None
    for i, node in enumerate(tree.body):
        # the walk starts at `recs = load()` (the first top-level statement that calls load()), or at the walk loop itself
        if _calls(node, 'load') or _walk_record(node):
            walk = tree.body[i:]; break
        if isinstance(node, ast.Import) and all(a.name not in ('extra', 'outlets', 'load') for a in node.names): head.append(node)
        elif isinstance(node, ast.ImportFrom) and node.module not in ('load', 'extra', 'outlets'): head.append(node)
        elif isinstance(node, ast.FunctionDef): head.append(node)
        elif isinstance(node, ast.Assign) and not _calls(node, 'open'): head.append(node)
        # skipped: sys.path.insert, loops reading earlier batches / shared data, asserts on /work/freshNN manifests
    assert walk, 'batch %d: walk not found' % n
    exec(compile(ast.Module(body=head, type_ignores=[]), path, 'exec'), ns)
    # the per-article statements of the walk loop over the candidates, `for rank, d in enumerate(cands):`
    loops = [x for x in walk if _walk_record(x)]
    assert len(loops) == 1, 'batch %d: %d top-level loops over cands after recs = load() (want 1)' % (n, len(loops))
    loop = loops[0]; rec = _walk_record(loop)
    i0 = next((i for i, s in enumerate(loop.body) if _assigns(s, 'title')), None)
    i1 = next((i for i, s in enumerate(loop.body) if _assigns(s, 'ps')), None)
    assert i0 is not None and i1 is not None and i0 < i1, 'batch %d: walk loop without `title = ...` ... `ps = ...`' % n
    body = loop.body[i0:i1 + 1]
    assert 'extra.fix' in ast.get_source_segment(src, body[-1]), 'batch %d: unexpected walk' % n
    # parameters: the record (passed positionally) and the loop's other names (`rank`, used in the record's log entry), default None
    others = [e.id for e in ast.walk(loop.target) if isinstance(e, ast.Name) and e.id != rec]
    ret = ast.Return(value=ast.Tuple(elts=[ast.Name('title', ast.Load()), ast.Name('ps', ast.Load())], ctx=ast.Load()))
    fn = ast.FunctionDef(name='_clean_article', args=ast.arguments(posonlyargs=[], args=[ast.arg(rec)] + [ast.arg(o) for o in others], kwonlyargs=[],
                         kw_defaults=[], defaults=[ast.Constant(None) for o in others]), body=body + [ret], decorator_list=[], returns=None, type_params=[])
    mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
    exec(compile(mod, path, 'exec'), ns)
    return ns['_clean_article'], ns['nq']


# ---------------------------------------------------------------- verification helpers
QUOTE_CHARS = set('"\'\u201c\u201d\u2018\u2019\u201e\u201f\u201a\u201b\u00ab\u00bb\u2039\u203a\u2032\u2033`\u00b4')

def utf16_slice(text, start, end):
    b = text.encode('utf-16-le'); return b[2 * start:2 * end].decode('utf-16-le', errors='replace')


def _no_fresh(event, args):
    """audit hook: the rebuild must not depend on /work/freshNN (a batch's working folder, gone in a later session)"""
    if event in ('open', 'os.listdir', 'os.scandir', 'glob.glob') and args and isinstance(args[0], (str, bytes, os.PathLike)):
        if re.match(r'/work/fresh\d', os.path.abspath(os.fsdecode(args[0]))):
            raise RuntimeError('rebuild-allsides.py: %s of %s -- the rebuild must not read /work/freshNN' % (event, os.fsdecode(args[0])))


def main():
    sys.addaudithook(_no_fresh)
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--mirror', default='/work/.mirror/ramybaly+Article-Bias-Prediction/repo', help='bare git dir of the corpus mirror')
    ap.add_argument('--out', required=True, help='output folder')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    manis = {n: [json.loads(l) for l in open(os.path.join(WEBNEWS, 'batch%d-manifest.jsonl' % n), encoding='utf-8') if l.strip()] for n in BATCHES}
    for n, ms in manis.items():
        ids = [l.strip() for l in open(os.path.join(WEBNEWS, 'batch%d-articles.txt' % n)) if l.strip()]
        assert ids == [m['id'] for m in ms], 'batch %d: manifest and articles.txt differ' % n
        assert all(m['repo'] == REPO for m in ms), 'batch %d: another repository' % n
    corpus = read_corpus(a.mirror, [(m['commit'], m['path']) for ms in manis.values() for m in ms])

    arts, bad_counts = [], []
    for n in BATCHES:
        clean, nq = load_cleaner(n)
        rows = []
        for m in manis[n]:
            d = corpus[(m['commit'], m['path'])]
            title, ps = clean(d)
            text = '\n\n'.join(ps)
            rows.append(dict(id=m['id'], text=text, title=title, batch=n))
            if len(ps) != m['paragraphs'] or nq(text) != m['quote_marks']:
                bad_counts.append((m['id'], len(ps), m['paragraphs'], nq(text), m['quote_marks']))
        with open(os.path.join(a.out, 'w%d-texts.jsonl' % n), 'w') as ft, open(os.path.join(a.out, 'w%d-places-corpus.jsonl' % n), 'w') as fp:
            for r in rows:
                ft.write(json.dumps(dict(id=r['id'], text=r['text'], title=r['title'])) + '\n')
                fp.write(json.dumps(dict(id=r['id'], text=r['title'] + '\n\n' + r['text'])) + '\n')
        arts += rows
    with open(os.path.join(a.out, 'texts.jsonl'), 'w') as ft, open(os.path.join(a.out, 'places-corpus.jsonl'), 'w') as fp:
        for r in arts:
            ft.write(json.dumps(dict(id=r['id'], text=r['text'], title=r['title'])) + '\n')
            fp.write(json.dumps(dict(id=r['id'], text=r['title'] + '\n\n' + r['text'])) + '\n')
    print('wrote %d articles to %s' % (len(arts), a.out))
    for n in BATCHES:   # the batch totals, to compare with the Stats of batchNN-SOURCES.md
        rs = [r for r in arts if r['batch'] == n]
        print('   w%d: %d articles, %d paragraphs, %d words, %d quote marks' % (n, len(rs), sum(len(r['text'].split('\n\n')) for r in rs),
              sum(len(r['text'].split()) for r in rs), sum(nq(r['text']) for r in rs)))

    # 1. manifest counts
    print('check 1 (manifest paragraphs + quote_marks): %d/%d articles match' % (len(arts) - len(bad_counts), len(arts)))
    for b in bad_counts: print('   MISMATCH %s: paragraphs %d (manifest %d), quote marks %d (manifest %d)' % b)

    # 2. quote spans. A span that does not both start and end with a quote mark is classed by what the text shows at that edge:
    #    "open at paragraph end" (a quotation continued in the next paragraph, or never closed, as published: the span stops at the
    #    blank line), "no mark in the source" (the edge is a word/paragraph boundary and no quote mark stands next to it), or
    #    "MISALIGNED" (a quote mark just outside the edge, or the edge cuts a word: what a wrong text or offset would give).
    by_id = {r['id']: r for r in arts}
    nspan = nok = 0; why = collections.Counter(); qbad = []; qarts = set()
    for l in open(os.path.join(WEBNEWS, 'quotes-gold.jsonl'), encoding='utf-8'):
        g = json.loads(l)
        if g['id'] not in by_id: continue
        qarts.add(g['id']); text = by_id[g['id']]['text']; n16 = len(text.encode('utf-16-le')) // 2
        for q in g['quotes']:
            nspan += 1
            if not 0 <= q['start'] < q['end'] <= n16:
                why['MISALIGNED (outside the text)'] += 1; qbad.append((g['id'], q['start'], q['end'], 'outside the text')); continue
            s = utf16_slice(text, q['start'], q['end'])
            before, after = utf16_slice(text, 0, q['start']), utf16_slice(text, q['end'], n16)
            if s[0] in QUOTE_CHARS and s[-1] in QUOTE_CHARS: nok += 1; continue
            reasons = []
            if s[-1] not in QUOTE_CHARS:
                if after == '' or after.startswith('\n\n'): reasons.append('closing mark: open at paragraph end')
                elif after[0] not in QUOTE_CHARS and not (after[0].isalnum() and s[-1].isalnum()): reasons.append('closing mark: none in the source')
                else: reasons.append('MISALIGNED end')
            if s[0] not in QUOTE_CHARS:
                if before == '' or before.endswith('\n\n'): reasons.append('opening mark: none, span starts its paragraph')
                elif before[-1] not in QUOTE_CHARS and not (before[-1].isalnum() and s[0].isalnum()): reasons.append('opening mark: none in the source')
                else: reasons.append('MISALIGNED start')
            why[' + '.join(reasons)] += 1
            qbad.append((g['id'], q['start'], q['end'], ' + '.join(reasons) + ': ' + repr(s[:50] + (' ... ' + s[-30:] if len(s) > 50 else ''))))
    misaligned = sum(v for k, v in why.items() if 'MISALIGNED' in k)
    print('check 2 (quote spans start and end with a quote mark): %d/%d spans pass (%.1f%%; %d articles with gold); the other %d:'
          % (nok, nspan, 100.0 * nok / max(1, nspan), len(qarts), nspan - nok))
    for k, v in why.most_common(): print('   %4d  %s' % (v, k))
    print('   misaligned spans: %d' % misaligned)
    for b in qbad: print('   %s [%d:%d] %s' % b)

    # 3. places
    tot = 0; ok = collections.Counter(); pbad = []
    for l in open(os.path.join(WEBNEWS, 'places-gold.jsonl'), encoding='utf-8'):
        g = json.loads(l)
        if g['articleId'] not in by_id: continue
        tot += 1; r = by_id[g['articleId']]
        body_blocks = r['text'].split('\n\n'); corpus_blocks = [r['title']] + body_blocks
        k = g['paragraph']
        in_body = 1 <= k <= len(body_blocks) and g['name'] in body_blocks[k - 1]
        in_corpus = 1 <= k <= len(corpus_blocks) and g['name'] in corpus_blocks[k - 1]
        ok['body'] += in_body; ok['corpus'] += in_corpus
        if not in_body: pbad.append((g['articleId'], k, g['name']))
    print('check 3 (place name in its paragraph): body blocks from 1: %d/%d; places-corpus blocks from 1 (title = 1): %d/%d'
          % (ok['body'], tot, ok['corpus'], tot))
    for b in pbad: print('   FAIL %s paragraph %d %r' % b)
    sys.exit(1 if bad_counts or misaligned or pbad else 0)


if __name__ == '__main__':
    main()
