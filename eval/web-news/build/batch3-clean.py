import re
BAD=re.compile(r'^(Credit:|Related:|Featured Image|Topics:|See photos|Source link|Continue reading|Our Standards|Advertisement|Photo:|Image:|\[Featured Image|Reporting by|Additional reporting|Editing by|Writing by|[—–-]+\s*With assistance|Sign up|Subscribe|Would you like to be part of|UPDATE:|Follow (us|him|her)|Read more|READ MORE|Click here|Share this|Copyright|©)',re.I)
def generic(ps):
    out=[]
    for p in ps:
        if not re.search(r'[A-Za-z]',p): continue
        if BAD.match(p): continue
        if 'contributed to this report' in p or re.search(r'is an? [A-Z][\w ]+ (contributor|correspondent|reporter) who',p): continue
        words=len(p.split())
        if words<6 and not re.search(r'[.?!"”’\']$',p): continue
        out.append(p)
    return out
