# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 60's own (batch 59's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'ygOtMcNoEK1wi3yc': ['Read: The number of people at risk from climate-triggered floods'],   # MarketWatch related link ("Read: The number of people at risk from climate-triggered floods has tripled \u2014 here\u2019s the surprising reason why"; BOIL's "Read more" pattern wants "Read more"; the other, at the end, "Read: As the California wildfires rage on, ...", fell to the short-line rule; as batch 56\u2019s w56-marketwatch-2 and batch 34\u2019s w34-marketwatch-1 "Read:" links)
 'iSEQ2dxhRTFRyvpe': ['The Jewish couple have kept quiet since president'],   # Guardian standfirst, the first paragraph ("The Jewish couple have kept quiet since president\u2019s defence of antisemitic protesters. Asks a rabbi: \u2018Who knows if this is what will set people over the edge?\u2019"; a deck, its quotation a repeat of Rabbi Stutman's words in [4]; as batch 59\u2019s dkBdA3KXO5tTbxtU and pLgsWxoQBV0ejvj9)
 'EUUEKrug81imr3Iz': ['What do we know?'],   # WSJ question crosshead ("What do we know?"; as batch 59\u2019s BBC question crossheads)
 'pUG4yphf8uJMbQca': ['Send tips to kevin@dailycallernewsfoundation.org.'],   # Daily Caller tip line, the last paragraph ("Send tips to kevin@dailycallernewsfoundation.org."; ends in a stop, so the short-line rule keeps it; as batch 59\u2019s IndyStar contact line)
 'vhe9sJD5IZEy9zFn': ['White House Cabinet picks clash with White House over hiring The Trump'],   # Politico section label and repeated headline run into the deck, the first paragraph ("White House Cabinet picks clash with White House over hiring The Trump administration\u2019s Cabinet picks are finding themselves in a staffing tug-of-war with White House aides."; as batch 59\u2019s P1yxjYkBrSDQfqix caption run into the repeated headline)
 'Y2dajheBOCNl9W5X': ['\u2014Janet Hook contributed to this article.'],   # WSJ contributor line, the last paragraph ("\u2014Janet Hook contributed to this article."; BOIL's patterns want the line to start with a capital or end "to this report"; as batch 59\u2019s gv0t6D71EtN7ZHEw "- CNN's ..." line)
 'mRYbTNgqm42KYEfW': ['Photos: Doctors Without Borders hospital attacked in Afghanistan', 'Hide Caption 2 of 5'],   # CNN photo gallery run over two paragraphs ("Photos: Doctors Without Borders hospital attacked in Afghanistan ... Hide Caption 1 of 5 ..." and "Hide Caption 2 of 5 ... Hide Caption 5 of 5"; as batch 48\u2019s CNN gallery over two paragraphs and batch 41\u2019s)
 'Kr6b9PvaUUgPv7zA': ['- Updated at 11:45 a.m.'],   # The Hill update note, the last paragraph ("- Updated at 11:45 a.m."; BOIL's "Updated at" pattern wants it at the start; as batch 59\u2019s gv0t6D71EtN7ZHEw "- CNN's ..." line)
 'eImxq3IdO1Ymd2ss': ['More Information Parents: How to plan for an extended stay at home', 'Jill Tucker and Erin Allday are San Francisco Chronicle staff writers.'],   # San Francisco Chronicle sidebar box run into one paragraph ("More Information Parents: How to plan for an extended stay at home during a flu pandemic Ask your employer ... Source: Chula Vista Elementary School District"; a checklist, no quotation) and the writers' contact line, the last paragraph ("Jill Tucker and Erin Allday are San Francisco Chronicle staff writers. Email: ... Twitter: @jilltucker @erinallday")
 'Qw6PCYewHljoEKeC': ['British Prime Minister Theresa May speaks after winning a confidence vote', '\u201cNO MORE GAMES\u201d'],   # Reuters photo caption with credit ("British Prime Minister Theresa May speaks after winning a confidence vote, ... in this screen grab taken from video. Reuters TV via REUTERS"; BOIL's Reuters pattern wants "REUTERS/<name>") and a crosshead kept by the short-line rule because it ends in a quote mark ("\u201cNO MORE GAMES\u201d"; the other, "NO DEAL, NO TALKS", fell to it; as batch 59\u2019s 1VZZpntKrByPzcye)
 'tRcnNi34liSO0QDX': ['John Rood will leave his position as undersecretary', 'He was asked to resign after losing the support', 'Rood, who joined the administration in 2018', 'While letters and emails he sent undermined', 'Officials told Bloomberg that national-security officials', 'Sources told Foreign Policy that Rood was asked', 'Update: This post was updated with statements'],   # Business Insider summary bullets before the lede, the first six paragraphs (restating [7], [6], [13], [15]-[18] and [8]; the bullets lost; as batch 43\u2019s and batch 42\u2019s Business Insider summary bullets), and the update note, the last paragraph ("Update: This post was updated with statements from the president and the Pentagon."; as batch 59\u2019s tiUzoEfJ5tf6N90N update note)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'Qw6PCYewHljoEKeC': [(16, ' [GBP/]')],   # Reuters story-link code " [GBP/]" at the end of paragraph [16] of the generic output ([15] in review.txt: "... as parliament hardened its stance against it. [GBP/]"; TRIM runs before DROP; as batch 27\u2019s " [GBP/]" and batch 33\u2019s " [O/R]")
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
}
TITLE = {       # new in batch 27: ID -> (corpus title, title, what was changed) (a corpus title damaged in scraping)
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    for i, s in LTRIM.get(key, []):
        if ps[i].startswith(s): ps[i] = ps[i][len(s):].lstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
