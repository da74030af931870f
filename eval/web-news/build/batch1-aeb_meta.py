import json,re,html
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.meta={}; s.intitle=False; s.title=''
    def handle_starttag(s,tag,a):
        a=dict(a)
        if tag=='meta':
            k=(a.get('property') or a.get('name') or a.get('itemprop') or '').lower()
            if k and a.get('content') and k not in s.meta: s.meta[k]=a['content']
        if tag=='title': s.intitle=True
    def handle_endtag(s,tag):
        if tag=='title': s.intitle=False
    def handle_data(s,d):
        if s.intitle: s.title+=d
rows=json.load(open('aeb_candidates.json'))
out={}
for k,u,_,_ in rows:
    h=open(f'aeb_html/{k}.html',encoding='utf-8',errors='replace').read()
    p=P()
    try: p.feed(h)
    except Exception as e: pass
    m=p.meta
    title=m.get('og:title') or m.get('twitter:title') or p.title.strip()
    date=m.get('article:published_time') or m.get('datepublished') or m.get('date') or m.get('pubdate') or m.get('parsely-pub-date') or m.get('dc.date') or m.get('og:article:published_time') or ''
    if not date:
        mm=re.search(r'"datePublished"\s*:\s*"([^"]+)"',h)
        if mm: date=mm.group(1)
    if not date:
        mm=re.search(r'/(20\d\d)[/-](\d\d)[/-](\d\d)',u)
        if mm: date='-'.join(mm.groups())
    site=m.get('og:site_name','')
    out[k]=dict(title=html.unescape(title.strip()),date=date,site=site)
    print(date[:10],'|',site,'|',title.strip()[:90])
json.dump(out,open('aeb_meta.json','w'),indent=1)
