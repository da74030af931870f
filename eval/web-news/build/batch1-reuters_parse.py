import re,html,json,glob,random
docs=[]
for f in sorted(glob.glob('reuters/reut2-0[0-2][0-9].sgm')):
    raw=open(f,encoding='latin-1').read()
    for m in re.finditer(r'<REUTERS([^>]*)>(.*?)</REUTERS>',raw,re.S):
        attrs,body=m.groups()
        newid=re.search(r'NEWID="(\d+)"',attrs).group(1)
        b=re.search(r'<BODY>(.*?)</BODY>',body,re.S)
        if not b: continue
        t=re.search(r'<TITLE>(.*?)</TITLE>',body,re.S)
        dl=re.search(r'<DATELINE>(.*?)</DATELINE>',body,re.S)
        date=re.search(r'<DATE>(.*?)</DATE>',body,re.S).group(1).strip()
        text=b.group(1)
        text=re.sub(r'\s*Reuter\s*&#3;\s*$','',text.rstrip())
        text=text.replace('&#3;','')
        lines=text.split('\n')
        paras=[];cur=[]
        for ln in lines:
            if ln.startswith('    ') or ln.startswith('\t'):
                if cur: paras.append(cur)
                cur=[ln.strip()]
            elif ln.strip()=='' :
                if cur: paras.append(cur); cur=[]
            else: cur.append(ln.strip())
        if cur: paras.append(cur)
        paras=[html.unescape(' '.join(p)).strip() for p in paras]
        paras=[p for p in paras if p]
        if dl and paras: paras[0]=html.unescape(dl.group(1).strip())+' '+paras[0]
        docs.append(dict(newid=int(newid),file=f.split('/')[-1],date=date,title=html.unescape(t.group(1).strip()) if t else '',paras=paras))
print(len(docs))
ok=[d for d in docs if len(d['paras'])>=6 and sum(p.count('"') for p in d['paras'])>=4]
print('eligible',len(ok))
json.dump(ok,open('reuters_eligible.json','w'))
