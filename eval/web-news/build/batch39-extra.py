# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 39's own (batch 38's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'Ll1bNy71URkdoVpA': ['As we were standing in the front of the restaurant, people where in the back'],   # Daily Caller embedded Facebook post residue ("... This just\u2026 Posted by Twyana Balla on Thursday, May 28, 2020"; the post is quoted in [5])
 'akHyAUXSVsHXCDwT': ['Why has the North changed its tune?', 'The whole reason it has spent years building up a nuclear arsenal', 'So to compare denuclearisation in North Korea with Libya', 'This is also a warning shot to the Trump administration.', 'There were signs this boasting irritated Pyongyang', 'North Korea wants the world to know that it is coming to the negotiating table', "They've suspended all missile tests", 'So to hear the Trump administration claiming credit', 'These statements more than hint that North Korea is prepared', "What else does the North's statement say?", 'Why the personal attack on John Bolton?'],   # BBC correspondent's analysis box (heading "Why has the North changed its tune?" + 8 paragraphs; byline "Laura Bicker, BBC News, Seoul" and two image captions removed by the generic rules; as batch 34's), question crossheads (x2)
 't7g4TRDXyeIwgcnP': ['JUST WATCHED'],   # CNN video promo ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; as batch 34's)
 'RMHmfXj4vwo8DPZV': ['For now, the Rand Paul project is a high-wire act that works largely without a net. | REUTERS', '( PHOTOS: Rand Paul\u2019s career)', '( PHOTOS: Highlights from Rand Paul\u2019s filibuster)'],   # Politico image caption + credit + headline residue (the first paragraph; repeats the last sentence of [3]), photo-gallery links (x2); as batch 38's
 'HxTW8ZyldGZst9Nl': ['Get all the latest news on coronavirus and more delivered daily to your inbox.', '"I just believe strongly that Facebook shouldn\'t be the arbiter of truth of everything that people say online." \u2014 Mark Zuckerberg'],   # Fox News newsletter promo (the first paragraph, "... Sign up here."), pull quote (repeats [3], with its credit "\u2014 Mark Zuckerberg, 'The Daily Briefing'")
 'rPSp82q1hx3lRYVY': ['French riot police surround demonstrators who hold a placard', '\u201cLESSER OF TWO EVILS\u201d'],   # Reuters photo caption + credit ("... REUTERS/Jean-Paul Pelissier"; BOIL's REUTERS/ rule misses the hyphenated name), crosshead in quote marks
 'WsMYBXvMFHi16UfN': ["'Something to work with'"],   # CNN crosshead in quote marks (as batch 38's "'Unsafe and unprofessional'")
 'izG3mMR4mmhWZd8G': ['Why so few Christians?'],   # CBN question crosshead
 'qO4cNlsF5BfTAhCB': ["View Puzder 'vowed revenge,' wife told Oprah"],   # Politico video caption ("... An excerpt of 1990 interview ... POLITICO obtained the tape from Charlotte Fedders, ..."; the video not in the text)
 'nLrqk4G9fOgwzinV': ['CLOSE As President Donald Trump headed to the border with Mexico on Friday'],   # USA Today video caption (the first paragraph, "... (April 5) AP, AP"; as batch 33's "CLOSE ..." video blurbs)
 'hV9qk5HIwqYuhlpJ': ['What happened next?'],   # TheBlaze question crosshead (as batch 38's)
 'b0EnO92UPh2UfTIC': ['Attorney general asserts that investigation into ties between the Trump campaign and Russia'],   # Guardian standfirst (the first paragraph; as batch 38's)
 '960PYa1q6UyB2pxd': ['Stocks in this Article'],   # Fox Business stock-quote widget residue ("Stocks in this Article I:DJI DOW JONES AVERAGES $26989.99 ...")
 '5pgTciA5MH6HwipZ': ["Andrew Yang's campaign fired off a tweet criticizing the Democratic National Committee", '"Less than 24 hours after we hit our 4th qualifying poll for the fall debates, the DNC has revoked our 2nd qualifying poll. I have a feeling the #YangGang is not going to like this," Yang\'s campaign wrote on Twitter.', "Two of Yang's qualifying polls were an NBC/Wall Street Journal poll", 'A senior Yang campaign official told INSIDER that the tweet', 'Elizabeth Warren and Bernie Sanders both want to be the Democrats', 'Andrew Yang went for a casual look at the Democratic debate'],   # Business Insider summary bullets before the story (4 paragraphs restating [4], [5], [9], [13]; bullets lost; as batch 32's 5vaPDhRWgOwhKfph), related-story links (x2, the last paragraphs)
 'HykpLsOxRzN2Xtdd': ['This report was updated at 6:18 a.m.'],   # The Hill update note (the last paragraph; BOIL wants "This story has been updated"; as batch 34's "--This story was updated at 4:15 p.m.")
 'nWkfCK5y1HK0OHy2': ['Democrats have compared Trump\u2019s fixation on the federal inquiry to Watergate', 'Facebook Twitter Pinterest Nixon takes full responsibility'],   # Guardian standfirst (the first paragraph), share-button residue + image caption + credit ("... Photograph: AFP/Getty Images"; as batch 34's)
 '9taLHEg8a1JOT4hw': ['\u201cWhat the Gulf countries are really afraid of now is that the U.S. will start a war with Iran and walk away,\u201d says Kenneth Pollack, a Middle East expert at the American Enterprise Institute. \u201cThey', 'Amid what they see as D.C.\u2019s erratic policies', 'Now, blindsided Gulf leaders are flying around the world', 'But in ordering the attack, President Donald Trump also upended', 'Under other circumstances, Arab states would have been happy', 'Jose Luis Magana/AP Saudi Deputy Minister of Defense', 'Exasperation with U.S.'],   # CSM summary box before the lede (5 paragraphs restating [37], [9]/[15], [7]/[8], [12], [11]; none word for word; as batch 30's pykhLEALEs0zLahP), photo credit + caption, crosshead (ends in ".")
 'vZTzeAkJvgaYn3eO': ['Lockdown, Flight Or Fight?'],   # NPR question crosshead (its other crossheads fell to the short-line rule)
 'si3K06GPVOBZzdG0': ['A supporter of Israeli Prime Minister Benjamin Netanyahu wear mask'],   # AP photo caption + credit ("... (AP Photo/Ariel Schalit)"; x2, repeated; the first two paragraphs; as batch 34's)
 'QgqK7xbTfORrKhtQ': ['A revised version of this post is available here.', 'Interactive Video Feature Mitt Romney\u2019s Positions on Immigration'],   # NYT Caucus blog pointer to a revised post (the first paragraph; as batch 23's Gb62jjRNTrL4E2ni), interactive video-feature promo ("... Go to Feature \u00bb")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'Ll1bNy71URkdoVpA': [(4, ' (RELATED: Minneapolis Mayor Responds To Trump Calling Him \u2018Very Weak\u2019 As His City Burns)')],   # Daily Caller related-story link at the end of a paragraph (as batches 13-18's)
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
