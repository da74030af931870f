# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 26's own (batch 25's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 '4eGXWwOKfAR99UaX': ["Florida first lady Casey DeSantis was scheduled to speak at the Women for Trump event. | Chris O'Meara/AP Photo"],   # Politico photo caption + credit + repeated headline
 'rd8LSFXm0SGUKrz0': ["CDC:After pressure on school reopenings"],   # USA Today related link
 'Wn7XvHobUPTyiXtm': ['Photos: Sharing secrets: U.S. intelligence leaks', 'JUST WATCHED Obama: Doing the dishes'],   # CNN photo gallery (10 captions in one paragraph), video promo
 'GoWM9FhrWiVr1JKy': ['Warren had a great moment on Q can women win?', 'I\u2019m obviously not a Bernie fan, but the way CNN handled'],   # The Hill embedded tweets left as bare lines (author lost)
 '0LTkvJ32FS2hjoHv': ['Share Your Thoughts How do you think', "The fight between House Democrats and the Trump administration in the aftermath of Robert Mueller's report"],   # WSJ reader call-out, video caption
 '0Q8VESHcuHhiriP7': ['Vice President Mike Pence, center, accompanied by his Chief of Staff Marc Short'],   # AP photo caption (x2)
 'tmDn42j66FQVzSqx': ['Jason Rezaian waves as he stands with his wife', 'Previously President Obama defended a $400 million cash shipment'],   # WSJ photo caption, video caption
 'uYytKIiLtZBcPgap': ['President Donald Trump addresses the nation from the White House on the ballistic missile strike'],   # AP photo caption (x2)
 'gOXpLCOxVSuaXcVr': ['What are the details?', 'You can listen to the exchange in the video below.'],   # TheBlaze crosshead, video pointer
 '4217HSEphKWABnrL': ['Sen. Lindsey Graham (R-S.C.) speaks to the media after', 'Graham Says No Senate Republicans Would Vote to Remove Trump', 'See today\u2019s news highlights at a glance.', 'Sen. Mitt Romney (R-Utah) walks with reporters'],   # Epoch Times photo captions (x2), repeated headline, app promo
 'RvEktWmYWi6m54r0': ["Armed school 'marshals'"],   # BBC crosshead (ends in a quote mark, so the short-line rule keeps it)
 'GWTaKWYTN4JtOZc3': ['AP writers Lolita C. Baldor in Washington'],   # AP contributor line (an initial's period defeats BOIL)
 '3yB1J6Pi0zhw87Mq': ['Cover: Discarded syringes'],   # Vice cover-photo caption
 'JwKPZgTg2AvMILmr': ['The impounded Iranian crude oil tanker, Grace 1'],   # Bloomberg photo caption
 'LgwNKIwCNsS4GqBS': ['Do you have a tip about how a workplace', 'Follow Alex Norcia on Twitter.'],   # Vice tip call-out, author follow line
 'fMFFMYHdpBQJ3iCQ': ['Tom Steyer at a town hall meeting on rural healthcare issues'],   # Yahoo News photo caption
 'GDnKrorH9TA4vgy6': ["Read the original report by Kansas University's News service here."],   # IVN source link line
 'x6JROuuyvwjqrRNb': ["'Exhausted, fell asleep on the tracks'", 'People carry the body of a victim after a train'],   # Al Jazeera crosshead, photo caption
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 '3fXX15zTTJxEiO19': [(4, ' (RELATED: Immigration Offices Closed To The Public, Interviews Canceled Amid Coronavirus Pandemic)')],   # Daily Caller inline related link
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'RvEktWmYWi6m54r0': ('Banning the sale of high-capacity magazines that allow more shots to be fired without reloading', 'Not selling any firearms to anyone under the age of 21'),   # BBC: items 2-3 of Dick's three commitments (list items without final punctuation; item 1 is long enough to survive)
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
