# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 25's own (batch 24's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'bp3mCXvfQ7joRbD7': ['Let our news meet your inbox.', 'Get breaking news alerts and special reports.', "'Wanting to be heard'", 'Daniella Silva reported from Minneapolis', 'CORRECTION (May 31, 2020'],   # NBC News newsletter boxes (x2, shared with w22-nbcnews-2's), crosshead, reporter line, correction note
 'ATJHPeu10xjHqW2V': ['Reprinted from Climatewire with permission from E&E News.'],   # Scientific American reprint footer (shared with w17-scientificamerican-1's)
 'hApenAfrpzU0rdkO': ['Photos: Happy 20th birthday, PlayStation', 'Sony hacked again?', 'Stupid coincidence?'],   # CNN photo gallery (11 captions in one paragraph), question crossheads (x2)
 'uR0KNv09ASBFgo39': ['From now until November, President Obama and GOP presidential candidate Mitt Romney will emphasize their differences.'],   # NPR series standfirst ("In this installment of NPR's \"Parallel Lives\" series, we look at ...")
 '2EwOXGR4XjBrhtfX': ['POLITICO Playbook newsletter Sign up today', '\u201cDuring the 2016 presidential campaign, Russia launched an all-out assault on our democracy, and it found a willing and active partner in Donald Trump\u2019s campaign,\u201d DNC Chair Tom Perez said in a statement. | Joe Raedle/Getty Images'],   # Politico newsletter box (its reCAPTCHA text, shared with w20-politico-2's, made the candidate look overlapping); photo caption + credit + repeated headline and deck (the quotation recurs as content in [5])
 '8Q9euqCtiFiswMu5': ['What is the tape said to reveal?', 'Why is this an issue?', 'What does Cohen say about the tape?', "What do Trump's people say?", 'Is secret recording allowed?'],   # BBC question crossheads (x5)
 'qXWIih62dYimTjGq': ['( POLITICO Poll results and analysis)', "( See more from POLITICO's Polling Center)", '( POLITICO Poll: Full results)'],   # Politico related links (x3)
 'VmPqIXU4f9JoDwwv': ["Fiscal Cliff 'Plan B' Is Dead: Now What?"],   # ABC News related link
 'NFYpnhG2SC2J015K': ['Staff members of a hospital in Kolkata carry candles and oil lamps', "'Fight inside and outside hospitals'"],   # Al Jazeera photo caption, crosshead
 'wxJgCSH8NbsgTT6H': ['Supporters distrust the Democratic party and are frustrated with an election system', 'Facebook Twitter Pinterest Bernie Sanders supporters at a campaign rally', 'Play Video 3:19 Joe Biden: six key policies'],   # Guardian standfirst, photo caption, video link
 'n5BR9e03I56ifGno': ['[Want to stay up-to-date on the latest automaker news?', 'Contact Jamie L. LaReau:'],   # Detroit Free Press newsletter promo, contact line
 'NEAMSTJvwNTejvlf': ['Swenson reported from Seattle. Associated Press writers'],   # AP contributor line (starts with the byline sentence, so BOIL misses it)
 'fgu0e8bM6NLPGTPr': ['\u2018HARD TO MAKE ENDS MEET\u2019', '\u201cLIVE BEYOND YOUR MEANS\u201d'],   # Reuters crossheads (x2)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'G5aBygS0nnxNN30F': [(1, ' (RELATED: Nonprofit Suing Fox News Over Its Coronavirus Reporting Requests Judge Be Removed)')],   # Daily Caller inline related link
 'yZ4Qn27BLhi6NiRT': [(4, ' (RELATED: James Harden Apologizes To China Over Daryl Morey Tweets)')],   # Daily Caller inline related link
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
 'DeTFpxZvUqKKhn0W': [(0, 'Flickr / Nadia Hatoum '), (9, 'Flickr / Elvert Barnes ')],   # Business Insider photo credits
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
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
