# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 34's own (batch 33's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'OlEj97HA8rAckMwX': ['Lawmakers from both sides of the aisle will try to work together. | AP Photos', '( WATCH: Boehner:', '( PHOTOS: What they\u2019re saying about sequestration)'],   # Politico image caption + credit ("| AP Photos Sequester: Obama summons Hill"), video link, photo-gallery link
 'rMBVlLz5mPWD8LBj': ['This report has been updated to included additional information.'],   # Daily Wire update note (the last paragraph)
 '2iMLYVe2u387gf75': ['President Donald Trump speaks about the PREVENTS', 'Riechmann reported from Washington. Associated Press reporters'],   # AP photo caption + credit (x2, repeated; "(AP Photo/Alex Brandon)"), dateline/contributor line (starts with the reporter sentence, so BOIL misses it)
 'mme7vTyd9jcWDsYp': ['JUST WATCHED'],   # CNN video promos (x4)
 'sfzTw0GGF0yWgUUw': ['A clearer picture?', 'The legal pressure on Paul Manafort is growing', "For the moment, Mr Manafort is one of the few targets", 'Perhaps more important is that an alleged line', 'Konstintin Kilimnik, a Soviet-born former translator', "Mr Mueller has yet to assert that Mr Manafort's Ukraine", 'Mr Kilimnik appears unlikely to face these new charges'],   # BBC correspondent's analysis box (heading "A clearer picture?" + 6 paragraphs; its byline "Analysis by Anthony Zurcher, BBC News, Washington" removed by the generic rules)
 'Pp059D7br7px2dVY': ['Omarosa Manigault-Newman denies reports she had been fired from her post', 'Facebook Twitter Pinterest', 'Quick guide What happened at the Charlottesville protests?', 'In Alabama, black women saved America from itself'],   # Guardian standfirst, share-button residue + image captions + credits (x2), "Quick guide" box, related link ("| Charlene White Read more")
 'KwixzxGzapFsBy1d': ['--This story was updated at'],   # The Hill update note
 'rMUuVSO45XW2x1gx': ['Forced to plead guilty? Judge rejects Michael Flynn', 'Flynn reverses course:Michael Flynn'],   # USA Today related-story links (x2)
 '0zs2lhHvToZ6uPVl': ['JUST WATCHED'],   # CNN video promos (x3)
 'heaD6C8BAkXVkJps': ['Barbara Mantel is a New York-based reporter', 'This story was produced by Undark'],   # author bio line, partner credit line (the last two paragraphs)
 'jjhzN6fSnJR5mZRj': ['House Speaker Nancy Pelosi of Calif., announces the passage of the first article'],   # AP photo caption + credit (x2, repeated; "(House Television via AP)")
 '9VA8sVv44X9nFG1p': ["Here's Crenshaw on Ocasio-Cortez:"],   # TheBlaze video pointer (the last paragraph; the embedded clip is not in the text; as batch 33's nrn5MAQtdZm0i3cl)
 'HbeHew7JHWWlYJg4': ['Senator had come under fire for his views on race', 'James Mattis (Defense), John Kelly (Homeland Security)', 'Linda McMahon (Small Business Association)'],   # Guardian standfirst, cabinet-status box residue (x2: "... Awaiting Senate approval", "... Withdrawn")
 'bz3V0mQfIxF4IlO3': ['What happened at the news conference?', 'What did the White House say?', 'What did Acosta and CNN say?', 'And other reaction?', 'Jeff Mason of Reuters posted pictures of the incident:', "The BBC's North America Editor Jon Sopel also reacted:"],   # BBC question crossheads (x4), embed pointers (x2; the tweets are not in the text; the last is the last paragraph)
 '15TUQjHMdswI1j5p': ['How did benchmarks perform?', 'What drove the market?', 'Which stocks were in focus?', 'How did other markets trade?', 'Read: Who was Qassem Soleimani', 'Also see: Strait of Hormuz'],   # MarketWatch question crossheads (x4), related-story links (x2; as batch 18's "Read: ...")
 'zt0WI952L6fp3Q9f': ['Bloomberg News wants to hear from health-care workers'],   # Bloomberg reader call-out ("Click here to tell us.")
 'z2MZeJ1FwTcDoLPX': ['\u2018We\u2019re Nervous\u2019'],   # Bloomberg crosshead (in quote marks, so the short-line rule misses it)
 'AFayYnfjKYs3jrdz': ['Ezekiel Elliott is one of the more than 2 million...'],   # New York Post related-story teaser residue before the lede (the first paragraph)
 'gCSQUWRGeDPLMxN8': ['Read:As Klobuchar urges Biden', "Watch Carlson\u2019s opening monologue"],   # MarketWatch related-story link, video pointer
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'zsJXNAq7YPlOrW61': [(14, '[MKTS/GLOB]')],   # Reuters story-link code (as batch 33's " [O/R]"; here glued to the sentence)
 'gCSQUWRGeDPLMxN8': [(10, ' Here are a few of the highlights, including one from Joe Walsh, a Republican incumbent whom Duckworth unseated in a House election in 2012 (a race during which Walsh questioned the Purple Heart recipient\u2019s heroism):')],   # MarketWatch pointer to embedded tweets (not in the text) at the end of a reported paragraph
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
