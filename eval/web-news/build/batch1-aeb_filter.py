import json,re
from urllib.parse import urlparse
d=json.load(open('aeb_gt.json'))
# Non-news or non-English domains (blogs, corporate sites, aggregators, non-English)
EXCL_DOMAINS={'9to5mac.com','appleinsider.com','bgr.com','blog.comwrap.com','blog.givewell.org','comoeducarseusfilhos.com.br',
 'dealbreaker.com','digg.com','entermedia.co.kr','gto-normativy.ru','jaraguadosul.com.br','jeongdongtheater.com','kabarislamia.com',
 'my6sense.com','note100yen.com','practicalhorsemanmag.com','theantijunecleaver.com','vortexcannon.org','vse-diety.com',
 'www.ascom.com','www.autoracing.com.br','www.beachbodyondemand.com','www.bigbrandsystem.com','www.expapp.com','www.healthline.com',
 'www.inexhibit.com','www.lhpat-tm.com','www.linknaija.com','www.mensagensreflexao.com.br','www.morebikes.co.uk','www.remember8090.it',
 'www.wday.ru','www.zdnet.com','www.vg247.com'}
# URL patterns for opinion / reviews / deals / guides / explainers / fact-checks
EXCL_PAT=re.compile(r'/opinion/|commentisfree|/columnists/|deals|gift-guide|review|how-to|guide|fact-check|factcheck|/truth-o-meter/|/statements/|snopes|politifact|polygraph|thespacereview|slate\.com/culture|nationalreview|vox\.com|best-tech|quantamagazine|dear-abby|bigbrandsystem|sputniknews', re.I)
rows=[]
for k,v in d.items():
    u=v['url']; dom=urlparse(u).netloc
    b=v['articleBody']; paras=[p for p in b.split('\n\n') if p.strip()]
    q=len(re.findall(r'["\u201c\u201d]',b))
    trunc=b.rstrip().endswith(('...','\u2026'))
    if dom in EXCL_DOMAINS or EXCL_PAT.search(u): continue
    if len(paras)<6 or q<4 or trunc: continue
    rows.append((k,u,len(paras),q))
json.dump(rows,open('aeb_candidates.json','w'),indent=0)
print(len(rows))
for r in sorted(rows,key=lambda r:r[1]): print(r[2],r[3],r[1][:120])
