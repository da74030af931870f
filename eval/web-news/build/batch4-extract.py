# Convert the L3S-GN1 dataset (geodrome/page-signal mirror) into tools/pool.json.
# Full text = blocks the assessors labelled x-nc-sel2 ("Full text") in annotated/<uuid>.html, grouped into paragraphs at
# block-level tags/<br>. The annotated copies replaced every non-Latin-1 character (curly quotes, dashes) by '?', so each
# paragraph is re-located in the ORIGINAL page's text (original/<uuid>.html) and the original characters are used.
import json, re, subprocess, sys, html as H
from html.parser import HTMLParser
GIT = '/work/.mirror/geodrome+page-signal/repo'
D = 'L3S-GN1-20100130203947-00001'
def git(*a): return subprocess.run(['git', '--git-dir', GIT] + list(a), capture_output=True, check=True).stdout
def dec(b):
    try: return b.decode('utf-8')
    except UnicodeDecodeError: return b.decode('cp1252', errors='replace')
BLOCK = {'p','div','br','li','ul','ol','h1','h2','h3','h4','h5','h6','table','tr','td','th','tbody','blockquote','dd','dt','dl','hr','center','pre','form','section','article'}
SKIPT = {'script','style'}  # (option/select are often left unclosed; extra text in the original stream is harmless)
class Ann(HTMLParser):
    """collect labelled blocks: list of (label, text, paragraph-break-before)"""
    def __init__(s):
        super().__init__(convert_charrefs=True); s.lab=[]; s.out=[]; s.brk=True; s.skip=0; s.title=''; s.intitle=False
    def handle_starttag(s,t,a):
        if t in SKIPT: s.skip+=1
        s.intitle = (t=='title')  # an unclosed <title> ends at the next tag
        if t in BLOCK: s.brk=True
        if t=='span':
            c=dict(a).get('class') or ''
            m=re.search(r'x-nc-sel(\d)',c); s.lab.append(int(m.group(1)) if m else None)
    def handle_startendtag(s,t,a):
        if t in BLOCK: s.brk=True
    def handle_endtag(s,t):
        if t in SKIPT and s.skip: s.skip-=1
        if t=='title': s.intitle=False
        if t in BLOCK: s.brk=True
        if t=='span' and s.lab: s.lab.pop()
    def handle_data(s,d):
        if s.intitle: s.title+=d; return
        if s.skip: return
        lab=next((l for l in reversed(s.lab) if l is not None),0)
        if d.strip()=='' : return
        s.out.append((lab,d,s.brk)); s.brk=False
class Orig(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.buf=[]; s.skip=0; s.meta={}; s.title=''; s.intitle=False
    def handle_starttag(s,t,a):
        if t in SKIPT: s.skip+=1
        s.intitle = (t=='title')  # an unclosed <title> ends at the next tag
        if t=='meta':
            a=dict(a); k=(a.get('name') or a.get('property') or '').lower()
            if k and a.get('content'): s.meta[k]=a['content']
        if t in BLOCK: s.buf.append(' ')
    def handle_endtag(s,t):
        if t in SKIPT and s.skip: s.skip-=1
        if t=='title': s.intitle=False
        if t in BLOCK: s.buf.append(' ')
    def handle_data(s,d):
        if s.intitle: s.title+=d; return
        if not s.skip: s.buf.append(d)
def relocate(frag, O, ns, idx, pos):
    """find annotated text frag (with '?' for lost chars) in original text; return (text, newpos) or (None,pos)"""
    f=re.sub(r'\s+','',frag)
    if not f: return None,pos
    pat=''.join('.' if (c=='?' or ord(c)>127) else re.escape(c) for c in f)
    r=re.compile(pat)
    m=r.search(ns,pos) or r.search(ns,0)
    if not m: return None,pos
    a,b=idx[m.start()],idx[m.end()-1]+1
    return re.sub(r'\s+',' ',O[a:b]).strip(), m.end()
def nq(t): return t.count('"')+t.count('\u201c')+t.count('\u201d')
MON='(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?'
MN={m:i+1 for i,m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split())}
def date_of(url, pre):
    Y='(200[78])'
    m=re.search(Y+r'[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)',url)
    if m: return '%s-%s-%s'%m.groups(),'url'
    m=re.search(r'/'+Y+r'/[A-Za-z]+/[a-z]+/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/',url)   # CNN /2008/WORLD/asiapcf/01/01/
    if m: return '%s-%s-%s'%m.groups(),'url'
    m=re.search(r'\b'+MON+r' (\d{1,2}),? '+Y+r'\b',pre)
    if m: return '%s-%02d-%02d'%(m.group(3),MN[m.group(1)[:3].lower()],int(m.group(2))),'page (near headline)'
    m=re.search(r'\b(\d{1,2}) '+MON+r',? '+Y+r'\b',pre)
    if m: return '%s-%02d-%02d'%(m.group(3),MN[m.group(2)[:3].lower()],int(m.group(1))),'page (near headline)'
    m=re.search(r'/'+Y+r'/(0[1-9]|1[0-2])/',url) or re.search(r'/'+Y+r'-(0[1-9]|1[0-2])/',url)
    if m: return '%s-%s'%m.groups(),'url'
    m=re.search(r'/'+Y+r'/('+MON+r')/',url)
    if m: return '%s-%02d'%(m.group(1),MN[m.group(2)[:3].lower()]),'url'
    return '','none (crawl: first half of 2008)'
urls={}
for l in dec(git('show','HEAD:%s/url-mapping.txt'%D)).splitlines():
    if '\t' in l:
        u,url=l.split('\t',1); urls[u.strip('<>').replace('urn:uuid:','')]=url.strip()
names=[n for n in dec(git('ls-tree','-r','--name-only','HEAD',D+'/annotated/')).splitlines() if n.endswith('.html')]
pool=[]; stats={'ok':0,'fail':0}
for n in sorted(names):
    key=n.rsplit('/',1)[1][:-5]
    ann=Ann(); ann.feed(dec(git('show','HEAD:'+n))); ann.close()
    orig=Orig(); orig.feed(dec(git('show','HEAD:'+n.replace('/annotated/','/original/')))); orig.close()
    O=''.join(orig.buf); idx=[i for i,c in enumerate(O) if not c.isspace()]; ns=''.join(O[i] for i in idx)
    # paragraphs of full text (label 2)
    paras=[]; cur=[]; prev_lab=None
    for lab,d,brk in ann.out:
        if lab==2:
            if cur and (brk or prev_lab!=2): paras.append(' '.join(cur)); cur=[]
            cur.append(d)
        prev_lab=lab
    if cur: paras.append(' '.join(cur))
    out=[]; pos=0; fails=0
    for p in paras:
        t,pos2=relocate(p,O,ns,idx,pos)
        if t is None: fails+=1; continue
        pos=pos2; out.append(t)
    head=[]; prev=None  # headline = first x-nc-sel1 paragraph (later sel1 paragraphs are standfirsts/subheads)
    for lab,d,brk in ann.out:
        if lab==1:
            if head and (brk or prev!=1): break
            head.append(d)
        elif head and lab!=1: break
        prev=lab
    title=relocate(' '.join(head),O,ns,idx,0)[0] if head else None
    if not title: title=re.sub(r'\s+',' ',H.unescape(orig.title or ann.title)).strip(); tfrom='<title>'
    else: tfrom='headline (x-nc-sel1)'
    first2=next((i for i,(lab,_,_) in enumerate(ann.out) if lab==2),len(ann.out))
    pre=' '.join(d for lab,d,_ in ann.out[max(0,first2-40):first2]) + ' ' + ' '.join(d for lab,d,_ in ann.out if lab==3)
    url=urls.get(key,'')
    date,dfrom=date_of(url,re.sub(r'\s+',' ',pre))
    stats['ok' if not fails else 'fail']+=1
    pool.append(dict(key=key,path=n,orig_path=n.replace('/annotated/','/original/'),url=url,title=title,title_from=tfrom,date=date,date_from=dfrom,
                     paras=out,n_par=len(out),nq=sum(nq(p) for p in out),relocate_failures=fails,n_ann_paras=len(paras)))
json.dump(pool,open('pool.json','w'),indent=0,ensure_ascii=False)
print(stats, len(pool), sum(1 for o in pool if o['n_par']>=6 and o['nq']>=4))
