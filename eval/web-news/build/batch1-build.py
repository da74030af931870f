import json,re,random
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse
gt=json.load(open('aeb_gt.json')); meta=json.load(open('aeb_meta.json'))
rows=json.load(open('aeb_candidates.json'))
# opinion / column / first-person essays excluded (news reports only)
OPINION=['the-future-of-banking-is-youre-broke','instagram-business-accounts-analytics','donald-trump-health-walter-reed',
         'gannett-gatehouse-merger','so-this-is-the-future-of-apple-innovation']
rows=[r for r in rows if not any(o in r[1] for o in OPINION)]
# same-story clusters (same event covered by several outlets): keep at most 2 per cluster, seeded random
CLUSTERS={'duvet':['duvet'],'meth':['meth'],'moon':['lunar-lander','commercial-moon-shot','private-moon-lander','moon-lander'],
 'europa':['europa','water-vapor'],'plague':['plague'],'wework':['wework']}
rng=random.Random(2024)
drop=set()
for name,keys in sorted(CLUSTERS.items()):
    mem=sorted([r[0] for r in rows if any(k in r[1].lower() for k in keys)])
    if len(mem)>2:
        keep=set(rng.sample(mem,2)); drop|=set(mem)-keep
        print(name,len(mem),'drop',[gt[m]['url'][:60] for m in set(mem)-keep])
rows=[r for r in rows if r[0] not in drop]
SRC_NAMES={'hosted.ap.org':'Associated Press','www.bbc.com':'BBC News','www.rt.com':'RT','www.reuters.com':'Reuters','phys.org':'Phys.org',
 'www.aljazeera.com':'Al Jazeera','www.barrons.com':"Barron's",'www.cbsnews.com':'CBS News','www.nytimes.com':'The New York Times',
 'www.usatoday.com':'USA Today','www.detroitnews.com':'The Detroit News','www.hawaiinewsnow.com':'Hawaii News Now','www.nbcdfw.com':'NBC 5 Dallas-Fort Worth','www.nj.com':'NJ.com','www.livescience.com':'Live Science','thehill.com':'The Hill','www.cbssports.com':'CBS Sports','www.msn.com':'MSN','www.express.co.uk':'Daily Express','www.thesun.co.uk':'The Sun','www.mysanantonio.com':'San Antonio Express-News','www.twincities.com':'Pioneer Press (TwinCities.com)','www.smithsonianmag.com':'Smithsonian','www.spacenews.com':'SpaceNews','spacenews.com':'SpaceNews','www.sportsnet.ca':'Sportsnet.ca','therealdeal.com':'The Real Deal'}
def normdate(s,u):
    s=(s or '').strip()
    if re.match(r'(19|20)\d\d-\d\d-\d\d',s): return s[:10]
    m=re.search(r'/(20\d\d)[/-](\d\d)[/-](\d\d)',u)
    if m: return '-'.join(m.groups())
    mm=re.search(r'(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})',s) or None
    if mm: return datetime.strptime(' '.join(mm.groups()),'%d %b %Y').strftime('%Y-%m-%d')
    mm=re.search(r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? (\d{4})',s)
    if mm: return datetime.strptime(' '.join(mm.groups()),'%b %d %Y').strftime('%Y-%m-%d')
    try: return parsedate_to_datetime(s).strftime('%Y-%m-%d')
    except Exception: pass
    for f in ('%d %b %Y','%a %b %d %Y'):
        try: return datetime.strptime(s[:len(datetime(2019,11,19).strftime(f))],f).strftime('%Y-%m-%d')
        except Exception: pass
    return ''
out=[]
# dates read from the page body (<span class=article-publish-date>, <div class=article_date>, <time datetime>) where no meta date
DATE_OVR={'Nadal keeps ':'2019-11-19','Amnesty. Mor':'2019-11-20','The man whos':'2019-11-19','Doctors offe':'2019-11-19'}
def short(dom):
    dom=dom.replace('www.','').replace('hosted.','')
    return re.sub(r'[^a-z0-9]','',dom.split('.')[0] if not dom.startswith('news.') else dom.split('.')[1])
seen={}
for k,u,_,_ in sorted(rows,key=lambda r:r[1]):
    dom=urlparse(u).netloc; s=short(dom); seen[s]=seen.get(s,0)+1
    v=gt[k]; m=meta[k]
    raw_date=''
    h=open(f'aeb_html/{k}.html',encoding='utf-8',errors='replace').read()
    text='\n\n'.join(p.strip() for p in v['articleBody'].split('\n\n') if p.strip())
    out.append(dict(id=f'aeb-{s}-{seen[s]}',source=SRC_NAMES.get(dom) or (m['site'] if m['site'] and not m['site'].startswith('http') and m['site'] not in ('Hosted','U.S.') else dom.replace('www.','')),
        date=normdate(m['date'] if not m['date'].startswith('0001') else '',u) or DATE_OVR.get(m['title'][:12],''),title=m['title'],text=text,url=u,origin=f'scrapinghub/article-extraction-benchmark ground-truth.json key {k}'))
# Reuters-21578
rs=json.load(open('reuters_sample24.json'))[:15]
for i,d in enumerate(rs,1):
    dt=re.match(r'\s*(\d+-[A-Z]{3}-\d{4})',d['date']).group(1)
    out.append(dict(id=f'reuters87-{d["newid"]}',source='Reuters',date=datetime.strptime(dt,'%d-%b-%Y').strftime('%Y-%m-%d'),
        title=d['title'],text='\n\n'.join(d['paras']),url='',origin=f'Reuters-21578 {d["file"]} NEWID={d["newid"]}'))
with open('articles.jsonl','w') as f, open('manifest.jsonl','w') as g:
    for o in out:
        f.write(json.dumps({k:o[k] for k in ('id','source','date','title','text')},ensure_ascii=False)+'\n')
        g.write(json.dumps({k:o[k] for k in ('id','source','date','title','url','origin')},ensure_ascii=False)+'\n')
print(len(out))
