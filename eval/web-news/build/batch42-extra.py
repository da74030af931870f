# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 42's own (batch 41's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'zEeGR1Kltr6OXpHJ': ['Follow Jerome Hudson on Twitter: @JeromeEHudson.'],   # Breitbart author line (the last paragraph)
 '2tzBpk45YgolcbGI': ['\u2014 Alex Leary contributed to this article.', 'Write to Sadie Gurman at'],   # WSJ contributor line and "Write to" line (the last two paragraphs; as batch 41's)
 '6fVbOnPGVp6xKOEn': ['Want to stay up to date on Michigan\'s political news?', 'Meredith Spelbring is a news intern with the Detroit Free Press.'],   # Free Press newsletter promo ("... We promise not to bombard your inbox."), author bio (the last paragraph)
 'iqiMx4UCvRL8CY9J': ['Follow this story:For more on the investigation', 'Latest developments:George Floyd protests continue', 'Inside the criminal complaint:8 minutes'],   # USA Today newsletter promo and related-story links (label glued to the headline)
 'mfGpcH5Ikapjxq8y': ['Write to Raisa Bruner at'],   # TIME "Write to" line (the last paragraph)
 'RHpRzYA3o7s7HuMa': ['Biden campaign redeploys staff to South Carolina, Nevada ahead of critical primaries Biden will move', 'Democratic presidential candidate former Vice President Joe Biden addresses the crowd during a South Carolina campaign launch party'],   # ABC News headline + deck (the first paragraph, "... Biden will move nearly 50 staffers to the states."), photo caption + credit ("... Sean Rayford/Getty Images")
 '6SVJkAcxndJAY1yo': ['TIME Magazine refuted President Donald Trump\'s claim, in which he suggested', 'Readers can vote in TIME\'s unofficial poll', 'The magazine named Trump "Person of the Year" in 2016.'],   # Business Insider summary bullets before the lede (the first three paragraphs, restating [3], [10] and [9])
 'mjlCl1iLkfHp8XAK': ['Democrats have eyed the Lone Star State longingly for years. | REUTERS'],   # Politico photo caption + headline residue (the first paragraph, "... | REUTERS Dems launch plan to turn Texas blue"; as batch 41's)
 '6sB20rVGL0xBblYJ': ['A small section of a document from the Virginia DMV', 'Do you work at a company selling data?', '"The selling of personally identifying information', 'A section of a document from the Indiana Bureau of Motor Vehicles describing'],   # Motherboard image captions ("... Image: Screenshot.", x2), tip solicitation ("... email joseph.cox@vice.com."), pull quote in straight marks (repeats Olsen's quotation in [8], which opens with a curly mark)
 'Ha8i4K6zHdi2nBoV': ['What has L\u00f3pez Obrador said?', 'So what are his other main policies?', 'What have his rivals said?', 'How will US-Mexico relations be affected?', 'Born to a family of shopkeepers on 13 November 1953', 'After losing the presidential elections in 2006 and 2012, he ran again', 'The self-styled anti-establishment figure has now ended the dominance'],   # BBC question crossheads (x4; as batch 41's), biography box bullets (x3, no final period; the box heading and two bullets fell to the short-line rule)
 'UZMHeLjLy0glEhWp': ['Democrats admit that they expect this new approach will come with some hurdles.', '( POLITICO Junkies: Obamacare\u2019s huge implementation problem)', '( PHOTOS: 10 alarmist quotes on health law ruling)', '( PHOTOS: Supreme Court upholds health care law)'],   # Politico photo caption + headline residue (the first paragraph, "... Dems' 2014 plan: Own Obamacare"; as mjlCl1iLkfHp8XAK's), related links in parentheses (x3)
 '0sI1CsNhIPz0nOuC': ['This story was reported by the Thomson Reuters Foundation.'],   # CSM credit line (the last paragraph; as a contributor line)
 '5t0QYioDusOkh0Cq': ['Bob Carey, who oversaw refugee resettlement under Obama, says'],   # Guardian standfirst (the first paragraph, "... will have dire consequences"; as batch 41's)
 'YFGu6SHCGvBKbRtg': ['"You\'re already going through a tough time separating from your spouse'],   # NPR pull quote (repeats Hearn's quotation in [5])
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
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
