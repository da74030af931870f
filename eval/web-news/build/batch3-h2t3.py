# h2t.py (from /work/fresh2/tools) extended: every paragraph records the ids of its ancestor elements,
# so a page's body can be limited to the paragraphs inside the element that holds the article's first paragraph.
from html.parser import HTMLParser
import re
SKIP={'figcaption','figure','aside','script','style','noscript','iframe','button','nav','footer','form','svg','video','audio','template','select'}
VOID={'br','img','hr','input','meta','link','source','wbr','col','area','base','embed','param','track'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack=[]; s.paras=[]; s.anc=[]; s.cur=None; s.skip=0; s.n=0; s.curanc=None
    def handle_starttag(s,t,a):
        if t in VOID:
            if t=='br' and s.cur is not None: s.cur.append('\n')
            return
        a=dict(a); cls=(a.get('class') or '')
        sk = t in SKIP or (t=='blockquote' and ('twitter' in cls or 'instagram' in cls)) or 'caption' in cls.lower()
        s.n+=1
        if t=='p' and s.skip==0 and not sk:
            if s.cur is not None: s.flush()
            s.cur=[]; s.curanc=[e[2] for e in s.stack if e[0]!='p']
        s.stack.append((t,sk,s.n))
        if sk: s.skip+=1
    def handle_endtag(s,t):
        if t in VOID: return
        for i in range(len(s.stack)-1,-1,-1):
            if s.stack[i][0]==t:
                for tt,sk,_ in s.stack[i:]:
                    if sk: s.skip-=1
                    if tt=='p': s.flush()
                del s.stack[i:]; break
    def handle_data(s,d):
        if s.cur is not None and s.skip==0: s.cur.append(d)
    def flush(s):
        if s.cur is not None:
            txt=''.join(s.cur)
            for part in re.split(r'\n\s*\n',txt):
                part=re.sub(r'\s+',' ',part).strip()
                if part: s.paras.append(part); s.anc.append(s.curanc)
        s.cur=None
def paras_anc(h):
    p=P(); p.feed(h); p.close(); p.flush(); return p.paras, p.anc
