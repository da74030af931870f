import json, random, re, sys
from load import load
def nq(t): return t.count('"') + t.count('\u201c') + t.count('\u201d')
recs = load()
def paras(t): return [re.sub(r'[ \t]+', ' ', p).strip() for p in re.split(r'\n\s*\n', t or '') if p.strip()]
c = [d for d in recs if d.get('url') and len(paras(d['content_original'])) >= 6 and nq(d['content_original']) >= 4]
c.sort(key=lambda d: d['ID']); random.Random(24024).shuffle(c)
print(len(c))
for i, d in enumerate(c[:int(sys.argv[1])]):
    print(i, d['ID'], '|', d['source'], '|', d['date'], '|', d['url'][:110], '|', d['title'][:90])
