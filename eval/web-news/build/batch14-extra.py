# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'hLzvWdmMzOKgfbBa': ['The proposal is scheduled to undergo its first major vetting on Friday. Immigration bill ready for debut'],   # Politico deck + headline
 'JNfiOCHsCaS4v56R': ['What proposals do you want to see to reduce gun violence? Share them at CNN iReport'],                        # CNN iReport promo
 '9zhOhrT4ljt5esIJ': ['Like this story? Subscribe to CNBC Make It'],
 'nTEgr06l9SDiPG83': ['What is Mr Putin proposing?', 'What was the response?', "Part of Putin's bigger plan?", 'What else did Mr Putin say?'],   # BBC question crossheads
 'PnMDHDgh3Z4Inb5J': ['Could a newly released audio provide more clues', 'JUST WATCHED New audio of Michael Brown shooting?',
                      'JUST WATCHED What could audio of shooting reveal?', 'Photos: The funeral of Michael Brown'],   # CNN teaser, video promos, photo gallery
 'ujbdeL6pzAKd0TXa': ['Get breaking news alerts and special reports.', 'Let our news meet your inbox.', 'A giant Black Lives Matter sign is painted on 16th Street',
                      'New Jersey @GovMurphy: I request', 'CORRECTION (June 5, 2020'],   # NBC promos, photo caption, embedded tweet, correction note
 'L8UsJ1LjtFaRTOUQ': ['When talking about the Coronavirus outbreak in New York City, @CBSNews aired footage'],   # embedded tweet
 'MF0ABJ34622AVbgL': ['\u2018Paying twice for bottled water\u2019', 'Facebook Twitter Pinterest', 'Q&A Why did companies start bottling tap water?',
                      '\u2018Picking on the little guy\u2019'],   # Guardian crossheads, photo captions, Q&A box
 'NGYvc3UPrnuJzhzP': ['\u2018HER HANDS ARE TIED\u2019'],   # Reuters crosshead
 'aGRWaH00x1f4eSnv': ['Updated: 11:31 AM EST.'],
 'Qmd4STIKHU4Z6bC3': ['My eyes are now wide open and now realize', 'I introduced Candace to the person who made the logo'],   # embedded tweets
 'WHSLfmzEd7bw6Kjy': ["Don't see the graphic above? Click here."],   # NPR graphic fallback link (x3)
 'jLHt6AHFubjyQCYs': ['Rival candidates for the presidency, both beset by controversy, will spar', 'Facebook Twitter Pinterest'],   # Guardian standfirst, photo caption
 'OYMu1kanqpFEBboQ': ['"Zucked: Waking Up to the Facebook Catastrophe" by Roger McNamee (Penguin), in hardcover'],   # book-sales line
 'FVZYiDXbO14YZkAI': ["Watch CBN News Reporter Caitlin Burke's earlier report above."],
 'CGPZY3JrsdYEO7dG': ["Obama looks through a window of Mandela's prison cell", '( TIMELINE: A look at major events'],   # Politico photo caption + deck, related link
 'o8Ug7CN6KZ809KPK': ['Who\u2019s Running in 2020 The 2020 Democratic presidential primary'],   # WSJ promo box
 'F9bD9OY3Wj26mAwa': ['Rapid Pace Average number of days for the Department of Education'],   # WSJ chart text
 'L2J8wK3yKUz82bMx': ['Get The Brief. Sign up to receive', 'Write to Tessa Berenson at'],   # TIME newsletter box, contact line
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'L8UsJ1LjtFaRTOUQ': [(1, ' (RELATED: Kentucky Gun Range Confirms ABC\u2019s \u2018Syrian Combat Footage\u2019 Comes From Its Range)')],
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 'nTEgr06l9SDiPG83': ['Limiting the supremacy of international law', 'Amending the rules that limit presidents to two consecutive terms',
                      'Strengthening laws that prohibit presidential candidates who have held foreign citizenship or foreign residency permits'],   # after "Other measures include:"
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
