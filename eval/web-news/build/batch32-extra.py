# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 32's own (batch 31's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'yDKByS6CF0S0Gn2p': ['Why has the march been cancelled?', 'What have activists said?'],   # BBC question crossheads (x2)
 'hFHgP4GlO2ZwVRV1': ['People watch a television broadcasting a news report on North Korea firing'],   # Reuters photo caption + credit (BOIL misses "REUTERS/Kim Hong-Ji": hyphen in the name)
 '5ymAXsj2gqD7OeK3': ['Last year, US intelligence and election-security experts issued grim warnings that alleged Russia-backed meddling during the 2016 election was merely a \u201cwake-up call.\u201d Now, four months'],   # CSM summary box before the lede (one paragraph restating [8]-[9], [12]-[15], [32])
 '4FZqkd7NQMw7SJOg': ['Main public face of Brexit makes shock announcement'],   # Guardian standfirst
 'VrdnkoPLvZ0TLD1K': ['A woman seeking asylum has her fingerprints taken by a U.S. Customs officer', 'From the Archives The Trump administration is considering'],   # WSJ photo caption + credit ("Photo: Carlos Barria/Reuters"), archive video blurb ("(Originally published April 4, 2017)")
 'QmgeMGRcRDVXj4zI': ['Bomb Suspects Uncle Calls Nephews "Losers"'],   # ABC News related-story link/crosshead (ends in a quote mark, so the short-line rule misses it)
 'Ikmln6m6cWrIe7li': ['For More on the Trade Dispute:', 'What Our Economists Say', '\u2018It\u2019s Foolish\u2019'],   # Bloomberg related link, Bloomberg Economics box ("What Our Economists Say ..."; its byline "-- Tom Orlik, Bloomberg Economics" fell to the short-line rule), crosshead (in quote marks)
 'qjTmhLcuTE8360pR': ["The battle in Austin isn\u2019t appealing to the voters Democrats hope to win over in the state.", '( PHOTOS:'],   # Politico deck + image caption ("'Turn Texas blue' plan meets abortion"), photo-gallery links (x2)
 'mkizixcfqxAGgCgB': ['US presidential candidate urged to apologise for past remarks'],   # Guardian standfirst
 'pDLxrrPsWH1q3EDA': ['Stay with CBNNews.com for the latest on the coronavirus'],   # CBN promo ("click here")
 '5vaPDhRWgOwhKfph': ['California is rolling out a taxpayer-funded program', '"Every Californian, including our undocumented neighbors and friends, should know that California is here to support them during this crisis," Gov. Gavin Newsom said in a statement.', 'The $75 million program is expected to benefit 150,000 people'],   # Business Insider summary bullets before the lede (3 paragraphs restating [3], [5], [4])
 'LgTMg1WzDpwH9RJe': ['Republican counties "bore the brunt"'],   # CBS crosshead (ends in a quote mark)
 'AgaT8NrNFIZtvRaI': ['JUST WATCHED '],   # CNN video-player residue (x3, "JUST WATCHED ... Replay More Videos ... MUST WATCH ...")
 'Yi3N78NEX0iYKB0s': ['Faithwire: EVIL: After Brutal Killing of Kidnapped Pastor'],   # CBN/Faithwire related-story link
 'uYwKRjupaSkUEEEU': ['contributed to this article.', 'A coterie of former campaign associates, including David Bossie'],   # WSJ contributor line (its names "—Peter Nicholas," / "Byron Tau and Janet Hook" fell to the short-line rule), correction notice ("An earlier version of this article incorrectly said ... (May 20, 2017).", its heading "Corrections & Amplifications" fell to the short-line rule)
 'hGsIkmOBCnZviLWS': ['Brendan Smialowski / AFP - Getty Images President Barack Obama pauses'],   # NBC photo credit + caption
 'l3Q8C1yk9mDyZobx': ['Why are senators unhappy with Trump?', 'What does the vote mean?', "What's the US government position?", 'How does the US support the coalition?', 'What is the situation in Yemen?'],   # BBC question crossheads (x5)
 'iFqaKgQOnjlxig1G': ['Hide caption ', "'Not A Consensus Politician'", "'The Prime Minister ... We Needed'"],   # NPR slideshow captions + credits (x8, "Hide caption ... Previous Next <credit>", the last "1 of 8 i View slideshow"), crossheads (x2, in quote marks)
 's9TxFREfYZxJI3d9': ['Now playing: Watch this:', 'Originally published July 27 9:42 a.m. PT.', 'Updates, 10:06 a.m.:'],   # CNET video-player residue, publication and update notes
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'hFHgP4GlO2ZwVRV1': [(11, ' [nL4N1IS196]'), (24, ' [nL3N1IU014]')],   # Reuters story-link codes (as batch 22's " [.N]", batch 27's " [GBP/]")
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
