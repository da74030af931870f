# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'RtwMFV58bpip78jV': ['A battle is brewing between two well-funded factions of the base.'],   # Politico standfirst run into the photo caption and headline
 'BViKPughrQd6UAB5': ['"How would this series of horrific shootings', 'Robert Cohen / AP Devation Powell', 'Kennedi Powell (right); Jashon Johnson (left).',
                      '3-year-old Kennedi Powell died and a 6-year-old was injured', 'Facebook Clockwise from left:', 'Xavier Usanga would have started second grade today.'],   # BuzzFeed News standfirst (a quote repeated in the body), photo captions (x3), embedded tweets (x2)
 'ekv3x7bJkY2eJLVv': ['CAN LYSOL OR CLOROX KILL THE CORONAVIRUS?', 'IS CORONAVIRUS MORE FATAL TO MEN THAN WOMEN?', 'CAN YOU GET CORONAVIRUS TWICE?'],   # The Hill related-story links (question headlines)
 'CycQM0XP1YqYhL9u': ['Richard Bright, former director of the Biomedical Advanced Research and Development Authority, arrives'],   # AP photo caption (x2)
 '6Ob7A81eX6koZd36': ['FOR CBN NEWS CONTINUING COVERAGE'],   # CBN related-coverage link
 'cTnXxbKLxhJ1QBLm': ['The Obama camp hopes to replicate the online excitement', '( PHOTOS: Technology and the Obama campaign)'],   # Politico standfirst run into the photo credit and headline, photo-gallery link
 'OP0acP29MEqdNCDt': ['Congress gearing up to deliver stinging rebuke to Trump over trade talks with China The administration', 'The ZTE logo is seen on a building in Beijing'],   # ABC News headline + standfirst, photo caption
 'LxKhGvI0x3IxPi6Y': ['JUST WATCHED'],   # CNN video promo
 'S4OBEcLDGVc25fsv': ['This story is breaking and will be updated.', 'CLARIFICATION: This story has been updated'],   # CNN update note, clarification note
 '9BqBNN3vL2gjV3gk': ['Police stand guard outside cordoned area in Salisbury'],   # Bloomberg photo caption
 '1VjT9lRf99ZpJubk': ["Sanders, losing in delegates to Clinton, claims 'path to victory'"],   # USA Today headline repeated as the first paragraph
 'm6qOLUaNK0ude79L': ['Read: Climate change will break the housing market', 'Read: Trump set to formally start process'],   # MarketWatch related-story links ("Read: " escapes the generic rule)
 '9Q8aUmru1GOGvZQZ': ["'We thought the justice system was fair'", "A prosecution 'out of control'"],   # CSM crossheads
 'UePzQW1tZ21wlVxV': ['State visit?'],   # BBC crosshead
 'x7tYbL3vLw8N6l0D': ['Facebook Twitter Pinterest', '\u2018Now they got what they bought\u2019', '\u2018We need this country to get back together\u2019',
                      'The guy\u2019s been nothing but a disaster from day one. He\u2019s done everything that is repulsive in our society Sam Richie, retired'],   # Guardian photo captions (x4), crossheads (x2), pull quote
 'DzJ8MRmez1hdjAED': ['What\u2019s next?'],   # Quartz crosshead
 'u4gMRbLCZz5ynCLe': ['The billionaire\u2019s death will not impede federal prosecutors'],   # Guardian standfirst
 'VIXJiz0uAUrG9a0X': ["'We were here before the oil'"],   # NPR crosshead
 'SWFA8K6cVh5rYOR4': ['Please send tips, leads, and stories from the frontlines', 'The Coronavirus Brief.', 'Write to Tara Law at'],   # TIME tip line, newsletter sign-up box, "Write to" line
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'ZfID0CqVZ2x8Umpz': [(3, ' (RELATED: The NYT Probably Didn\u2019t Break The Law Publishing Trump\u2019s Tax Return)')],   # Daily Caller related-story link at the end of a paragraph
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 '8uZe3KHltlTfS1xm': ['The page also reads,'],   # Daily Caller: introduces the quoted CAPAF page text in the next paragraph
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
