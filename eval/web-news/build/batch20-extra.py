# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'bhzp4wVeeGp1Ex3u': ["'Democrats won the House but Trump won the election' \u2013 and 2020 is next", '\u2018A record role for women\u2019',
                      'The gender gap is insanely high, and it\u2019s showing no signs of getting better Evan Siegfried', 'Facebook Twitter Pinterest',
                      '\u2018The electorate has changed already\u2019', "Beto O'Rourke's biggest blind spot cost him Texas.",
                      'From another angle, given what just happened'],   # Guardian related links (x2), crossheads (x2), pull quote (repeated in [14]), photo captions (x2), second half of an embedded tweet (Jill Filipovic; first half removed by BOIL)
 'OwZBbd3nruxIjqxP': ['Follow AP coverage of the virus outbreak'],   # AP coverage link
 'KOrDHtICmCjHS5Ww': ['Play Video 2:10', 'Additional reporting by Kim Willsher'],   # Guardian video promo, contributor line (16 words: the short-line rule misses it)
 'gdSk1DSAlOs9PZBv': ['\u201cThere are some early indications that the uncertainty from this is starting to spill over or impact the economy,\u201d economist Tiffany Wilding said of',
                      'Morning Money Political intelligence'],   # Politico photo caption run into the headline (quotes [26]), newsletter sign-up box
 'xSMT1aIvWvDQmwRa': ['Follow Gregory Korte on Twitter'],   # USA Today author line
 'i2WvIDqEdHtwjwjR': ["Greta Thunberg 'wouldn't have wasted my time' talking to President Trump about climate change The teen said", 'Swedish environmental activist Greta Thunberg watches as',
                      'President Donald Trump briefly attends United Nations Climate Action Summit', 'Greta Thunberg speaks at the United Nations where world leaders'],   # ABC News headline + standfirst, photo captions (x3)
 'hDuPNVLzgcIJJzeY': ['JUST WATCHED'],   # CNN video promos (x3)
 'W4kjPyRqJ13Ieg5x': ['President Donald Trump\u2019s executive orders for stricter border controls and enforcement of immigration laws triggered a defiant response. Photo:',
                      'President Donald Trump said his executive orders creating a wall on the Mexico border', 'Dudley Althaus, Damian Paletta and Jon Kamp contributed to this article.'],   # WSJ video captions (x2), contributor line ("article": BOIL has report/story)
 'y2URAD5yuUEeTKNx': ['How did candidates respond to Mr Obama?', 'Skip Twitter post by @peterdaou', 'Because what the Too Far Left\u2122 movement wants',
                      'Who will take on Trump in 2020?', 'Election day is less than a year away now', 'The latest polling suggests Joe Biden and Elizabeth Warren are the front-runners'],   # BBC question crosshead, embedded tweet (quoted in the paragraph before), related-explainer box (heading + 2-line standfirst)
 'mh5PJFj3iKvuZxgr': ["Micron Technology Inc., one of Boise's top employers, just raised $600 million"],   # WSJ photo caption
 'LobIvIvPzyOozBC3': ['What criticism has Twitter faced?', 'Is this a long-standing problem?'],   # TheBlaze question crossheads
 'LAXPWKNGIvqkFExC': ['see also Trump says China should keep seized drone'],   # New York Post related-story link
 'l7JSGGozwzo00bZK': ['Donald Trump Jr., Ivanka Trump, and Eric Trump. Photographer:'],   # Bloomberg photo caption
 'C4pL8oCjXiIrSet5': ['The vote gives House Judiciary Committee Chairman Jerry Nadler the discretion to issue a subpoena at any time to Attorney General William Barr, a move that likely would launch a legal confrontation between Congress and the Justice Department. |',
                      'Sign up here for POLITICO Huddle'],   # Politico photo caption run into the headline (repeats [2]), newsletter sign-up box
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'tSsiCHYGb6kLFXuV': [(3, ' (RELATED: Here Are Five Fake Stories CNN Pushed)'), (10, ' (RELATED: Three CNN Employees Resign Over Botched Trump-Russia Story)')],   # Daily Caller inline related links
 'JX2KAMbZaKu8j0Uf': [(6, ' (RELATED: THE 100: Trump Installs One Hundo Judges On The Federal Bench)')],   # Daily Caller inline related link
 'ekAPNmIY3SwwrY6X': [(15, ' ($1 = 0.8487 euros)')],   # Reuters currency-conversion note
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
