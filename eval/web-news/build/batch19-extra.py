# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'q8qn8DPXwzJbWxkK': ['JUST WATCHED'],   # CNN video promos (x3)
 'wEzGUCMkPN5LD3DD': ['What is new about this Congress?', 'How has the shutdown come about?', 'Which side will blink first?', 'What about all the impeachment talk?',
                      'What does the partial shutdown mean?', 'Skip Twitter post by @realDonaldTrump', 'More on this story:',
                      'More women than ever before won seats in Congress in the 2018 mid-terms.', 'What does it mean for Congress - and America?'],   # BBC question crossheads (x5), embedded tweet (quoted in [35]), related-story links
 'CpMZZvYv2B7MsMcL': ["Pelosi says impeachment articles will be delivered 'soon,'", 'Speaker of the House Nancy Pelosi speaks ahead of a House vote',
                      'Senate Majority Leader Mitch McConnell heads to a briefing'],   # ABC News related headline + standfirst quote (repeated in the body), photo captions (x2)
 'HhOf8Hn2niPvzwRG': ['Jackson reported from Ho Chi Minh City.'],   # USA Today dateline/contributor line
 'pgT1r6GfyNbLpK95': ['The National Suicide Prevention Lifeline is'],   # BuzzFeed News helpline box
 'yR3KH1ecdRBiHRX5': ['[image]'],   # Fox News image placeholders (x2)
 '6fgwHFO9X4htFHB4': ['The email web has now ensnared two of the biggest U.S. national security stars. Allen ensnared', '( PHOTOS:', '( See also: Complete coverage'],   # Politico standfirst run into the headline, photo-gallery links (x2), related-coverage link
 'G7KMcUbRvGtZYwhu': ['President Trump talks to reporters during a meeting with members of his cabinet', "Rep. John Yarmuth (D., Ky.,) leaves a House Democrats' caucus meeting"],   # WSJ photo captions
 '4Bes4qhlerkbaE3w': ['Politics California Attorney General On Challenging Trump Administration Policies'],   # NPR audio-player label
 'obqGXOyK7dZJGvBN': ['Story continues below video.', 'ObamaCare Is About to Strike'],   # Newsmax video note, promo link
 'MX62gSBw1jFsHTur': ['Guests wear masks as required to attend the official reopening day'],   # Politico photo caption run into the headline and standfirst
 'XfI0Dbo5dL5toZ2U': ['Interested in Donald Trump? Add Donald Trump as an interest'],   # ABC News follow-topic widget
 'C6bCeZPJ18s49xxX': ['WE ARE SO FUCKING ANGRY!!!', '.@chicagosmayor A RECENT CPS GRADUATE', 'Miracle Boyd, an 18-year-old activist with GoodKids MadCity, speaks into a megaphone',
                      'You can donate to help Boyd', 'Activists march north on King Drive', 'Already subscribe?'],   # Block Club Chicago embedded tweets (x2, described in [9]), photo captions (x2), donation link, subscription box
 'it9Rw36cA6hXEHd9': ['Stobbe reported from New York.'],   # AP dateline/contributor line
 '94PtIB8YLsM7vUer': ['President\u2019s daughter denies comparisons'],   # Guardian standfirst
 'iFjHJzkGwbTe6PlP': ['Mueller is expected to make known the probe\u2019s findings soon after the midterms. Bloomberg\u2019s Jodi Schneider reports.'],   # Bloomberg video caption
 'e0azFcna9NziUNus': ['Let the political process run its course?'],   # CSM crosshead
 'E2ife97usQ2KyLeN': ['A visitor carrying a South Korean flag uses binoculars'],   # AP photo caption (x2, the same caption twice)
 'fapa3EZohgayt1Vi': ['Fossil fuels to the fore as president signs orders', 'PBS is the only network reporting on climate change. Trump wants to cut it'],   # Guardian standfirst, related-story link
 'hwX3EaE6I5qaBh0U': ['Send tips to ryan@'],   # Daily Caller tip line
 '5vI7AaTsPT9VTLwB': ['some of Trump\u2019s weapons in China standoff: QuickTake', 'Bloomberg\u2019s Editorial on the start of the trade war', 'U.S. Appetite Imports from China rose',
                      '\u2014 With assistance by'],   # Bloomberg related links (x2), chart caption, contributor line
 'fusXsgxsUfufjOau': ['This is a breaking news story, refresh the page', 'The Daily Wire, headed by bestselling author'],   # Daily Wire update note, promo footer
 'W3QWPX3sbDZFPMBq': ['TO SEE MORE OF THE CLINTON\u2019S ON DEFENSE, WATCH THIS:'],   # Daily Caller video promo
 'FGPIe2rMZSWV74mP': ['Go deeper:'],   # Axios related-links label
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 'wEzGUCMkPN5LD3DD': ["The first Native American congresswomen - New Mexico's Debra Haaland and Kansas' Sharice Davids",
                      "New York's Alexandria Ocasio-Cortez, 29, the youngest woman to be elected to Congress",
                      'About 25% of the US federal government has no funding'],   # BBC list items (after "They include:" and in the shutdown fact box)
 '5vI7AaTsPT9VTLwB': ['-- Jamie Murray, Bloomberg Economics'],   # Bloomberg: attribution of the "What Our Economists Say" quotation in the preceding paragraph
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
