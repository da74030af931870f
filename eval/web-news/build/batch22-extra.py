# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'JSQk9hI1LQNOgTNI': ['Interested in Russia Investigation?'],   # ABC News "Add Interest" box
 '4k9wemwwbSFxvxWs': ['"You\'re gonna take care of the gun problem with me." \u2014 Joe Biden to Beto'],   # Fox News video pull quote (repeats [4])
 'M7Ji3gSkuTFPIBqU': ["'I did not want to be anywhere else but ground zero'"],   # CNN crosshead (a quotation from [20])
 'vObK9KxVGzy6XORV': ['House Speaker Paul Ryan of Wis. walks to a news conference on Capitol Hill'],   # Politico photo caption run into the headline
 'A0EMhDJjNnpaSccb': ['Obama\u2019s offer to include chained CPI in exchange for new tax revenue remains. Obama to drop entitlement cuts'],   # Politico standfirst run into the headline
 'icEEcZuBqkNUsZGC': ["'Disruptive media'", "'Buzzwood'"],   # BBC crossheads
 'XMTLO1LOnANy215f': ['Dishonest media is trying their absolute best to depict a star', 'JUST WATCHED'],   # embedded Trump tweet (quoted in [3]), CNN video promo
 'r8ld59F5M7zJQF5P': ['Where Are We Now?'],   # NPR crosshead
 '7usAF0Ix7Poeo4BS': ['Get real-time updates as this story unfolds.'],   # ABC News app promo
 'TX0QcLFiOljNeGpy': ['What do the forecasts show?', 'What is the political reaction?', 'What about trade deals?', 'How accurate are the forecasts?'],   # BBC question crossheads
 'R8sCrXBc7obpdF1j': ['\u201cHE MEANT WELL\u201d'],   # Reuters crosshead
 'OhCGLcmrGxlCChqL': ['An Indian army convoy moves along', "'Extremely serious'", 'Thousands of troops from the two nuclear-armed neighbours have been involved', 'Indian army soldiers rest next to artillery guns'],   # Al Jazeera photo captions (x3), crosshead
 's6fh3Zon4MkPqttw': ['Barrow reported from Atlanta.'],   # AP dateline/contributor line (BOIL needs "... contributed" at the start)
 '5cKgjGyzFSd2DuLR': ['Former national security adviser\u2019s lawyers have reportedly halted talks', "'Women are pissed': Trump protest turns to action", 'Quick guide What you need to know about the Trump-Russia inquiry'],   # Guardian standfirst, related link, "Quick guide" box
 'DXTPZdwfPnJIm4Ow': ['After a controversial press conference last week, NRA head Wayne LaPierre made an appearance', 'For the first time since the Connecticut shootings, NRA Chief Wayne LaPierre answers questions',
                      'On Meet the Press, NRA chief Wayne LaPierre forcefully defended', 'After a week of silence following the massacre at Sandy Hook', 'After a week of calls for tighter gun restrictions, the National Rifle Association called'],   # NBC News video captions (x5)
 'qNiL9piujtKirF7h': ['Updated on Friday, March 6 at 6:30 p.m.'],   # Dallas Morning News update line
 'oE9aTf1E4CWHT7ax': ['CNET Daily News Get the latest tech stories', '"It\'s really frightening if we get into a world where someone can say, \'The First Amendment allows me to violate everyone\'s privacy.\'" Privacy attorney',
                      'Now playing: Watch this:', 'Originally published Feb. 6', 'Update, 3:12 p.m. ET:'],   # CNET newsletter box, pull quote (repeats [6]), video promo, publication/update notes
 '4CY5IZfRIn07q5I4': ['Get breaking news alerts and special reports.', 'Let our news meet your inbox.'],   # NBC News newsletter boxes (x2)
 '1gDKhXovuHmDpYRk': ['see also Trump pardons Eddie DeBartolo Jr.'],   # New York Post related-story link
 '8Exoz0KCQiZOVe1o': ['Clinton Gets Back In The Game After Blowout Loss To Sanders In N.H.'],   # NPR repeated headline
 'gm7A1pH2ffa3OI0J': ['Pamela Zuzak, 70, reflects on her experiences of being stranded'],   # AP photo caption (x2)
 'OMftyQZEbb8rMRA3': ['Do you have any humanity left in you? ... This is not a question', 'Nobody likes riots.', 'In light of the scale of violence and consequent loss'],   # Al Jazeera pull quotes (x3; each repeats the next quoted paragraph)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 '9jL0px81d5EBi0Im': [(20, ' [.N]')],   # Reuters market code
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 # batch 22: the NBC News lede, which BOIL's "Updated <time> ..." pattern removes because the page set an update label in front of it (kept with the label, as published)
 'DXTPZdwfPnJIm4Ow': ('Updated 10:50 a.m. ET: On NBC\u2019s Meet the Press, National Rifle Association chief Wayne LaPierre on Sunday refused to support new gun control legislation and maintained his support for putting armed guards and police in schools in response to the Dec. 14 school shootings in Newtown, Conn.',),
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
