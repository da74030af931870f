# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 47's own (batch 46's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 '39293G1SMuMRNu1K': ['CLOSE During a House Oversight and Reform Committee hearing, the freshman congresswoman', 'If we\u2019re so concerned about implied tropes, why aren\u2019t we concerned about this one?', 'After the Mueller report drops: What happens?', 'Opinion: Democrats have their 2020 rallying cry', 'Green New Deal too ambitious for some Democrats', 'Green New Deal: What is it and what does it mean for climate change?'],   # USA Today video caption ("CLOSE ... USA TODAY", the first paragraph; as batch 46's), the first line of Ocasio-Cortez's embedded tweet (the tweet itself removed by the generic rules), related links (x4)
 'wNg5WIJ5nW9Gg5OL': ['(H/T: Red State)'],   # TheBlaze hat-tip line (the last paragraph)
 '7Q56Fvgjrwqn12Dg': ['-Updated 2:02 p.m.'],   # The Hill update note (the last paragraph; as batch 38's "--Updated 10:05 a.m.")
 'AFK0gFGDlwSRpv9c': ['How did we get here?', 'Why was Spencer fired?', 'What does this mean for Gallagher?', 'You might also be interested in:'],   # BBC question crossheads (x3; as batch 46's), related-links pointer (the last paragraph, the links lost)
 'gulYXGy4FVzXiiom': ['\u201cHis intent obviously was to cause chaos here, and he did that," police said.', 'nbcnews.com Dmitriy Andreychenko being arrested outside the Walmart.'],   # BuzzFeed News deck (the first paragraph, repeating [5]'s quotation of Lt. Lucas), embed caption (an NBC News video)
 'pFp8Or2LLiRxm1bD': ['CLOSE Sen. Mitch McConnell slams the Democrats', 'CLOSE Sen. Mitch McConnell said wrestling with an Obamacare repeal'],   # USA Today video captions ("CLOSE ... USA TODAY Network"; x2, the first the first paragraph)
 'PgQsDx3fWd94K92m': ['"What\'s more Southern than that?"'],   # NPR pull quote (repeats Boller's question in [11] "I mean, what's more Southern than that?")
 'DMbIPL7D9rvPgGcF': ['A study from Italy found a gene specific to the coronavirus in air pollution particles.', '(Graphic: Quinn Lemmers for Yahoo Life)', 'For the latest coronavirus news and updates, follow along at', 'Want daily lifestyle and wellness news delivered to your inbox?'],   # Yahoo photo caption ("... (Photo: Getty Images)."), graphic credit, coronavirus-coverage promo and newsletter promo (the last two paragraphs)
 'wzYbgTqPUg9mB5Y2': ['\u201cEXISTENTIAL MOMENT\u201d'],   # Reuters crosshead in capitals and quote marks (kept by the short-line rule because it ends in a quote mark)
 'mRpXepfqWTdxhChg': ['What did the fan say?', 'How did Rowe respond?', 'Read Rowe\'s full response below:'],   # TheBlaze question crossheads (x2; as batches 36-41's), embed pointer (the last paragraph, the post not in the text)
 'IfP8YjVgXApnPmAi': ['\u201cIt\u2019s a blue state, and the dumbest thing we could do as a party right now'],   # Vice pull quote (repeats the end of Whitbeck's quotation in the last paragraph, which begins "No one's ever" after its opening quote mark and is not hit)
 'iyp00EwoH7qaQDE5': ['Max Deliveries The 737 Max is Boeing', 'What Bloomberg Intelligence Says', 'Airline or Authority Action', '\u2014 With assistance by'],   # Bloomberg chart caption ("... Source: Boeing Co."), Bloomberg Intelligence box (its heading run into its text), table of airline actions run together into one paragraph, contributor line (the last paragraph)
 'pPjIVMG5kj5Nzsij': ['JUST WATCHED'],   # CNN video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x2; as batch 46's)
 'YZnQGILOLOTHGYct': ['Nonprofits such as Planned Parenthood and ACLU saw more fundraising', 'This is always our big time of year, but this year it\u2019s huge. Instead of giving gifts, people are making donations Loretta Prescott'],   # Guardian standfirst (the first paragraph, no final period; as batch 46's), pull quote with its attribution (repeats [4]; the prefix is long enough to miss [4], which begins with a quote mark)
 'i0dgp7gs3xba99eL': ['see also Trump sticks to Easter reopening despite skepticism'],   # New York Post related-story teaser ("see also ... WASHINGTON -- President Trump says he still wants to reopen...")
 'lk7kqNLZFxOICkJR': ['MORE TALKS?', 'DELIVER BREXIT?'],   # Newsmax (Reuters) crossheads in capitals (x2; kept by the short-line rule because they end in a question mark)
 'xEzI5vbUfG4l3ZFs': ['NBA Commissioner Adam Silver speaks at a news conference before an NBA preseason basketball game', 'Reynolds reported from Miami.'],   # AP photo caption + credit, twice (the first two paragraphs, "... (AP Photo/Jae C. Hong)"; as batch 46's), contributor line (the last paragraph; as batch 46's)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'IPhcpqCOBeikK8oX': [(1, ' (RELATED: Sympathetic Media Scrambles To Trot Out Shiny \u2018Dreamers,\u2019 But Forgets All The Nightmares)'), (2, ' (RELATED: Cotton: DACA \u2018A Mess of President Obama\u2019s Making\u2019)')],   # Daily Caller related links at the end of a paragraph (as batch 44's)
 'xT4dXLjfDM42NUY0': [(5, ' (RELATED: Trump Says China Should Face Consequences If It \u2018Knowingly\u2019 Caused Pandemic)')],   # Daily Caller related link at the end of a paragraph
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
