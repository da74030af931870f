# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'wgRJJwkIa89yChO1': ['JUST WATCHED'],   # CNN video promos (x4)
 'ZlCZIQxy3cLwPKG6': ['POMPEO WARNS OF POTENTIAL RESTRICTION OF CHINESE TIKTOK APP', "SASSE SLAMS 'CHAIRMAN XI'S SPY WEB'"],   # Fox News all-caps related links (x2)
 'sUaE2ZgaboUtQxBq': ["Is it pizza? No, it's potica: the pope gives Melania Trump food for thought Read more", '\u2022 This article was amended on 25 May 2017.'],   # Guardian related link (16 words, escapes the short-line rule), correction note
 'qvlxUERwwTdBZZnL': ["Former President says charges are 'lies'"],   # CNN crosshead
 'SXykdOrP98PRwFqT': ["What is Saudi Arabia's version of events?", 'What did Turkey say?', "How have Saudi's Western allies reacted?"],   # BBC question crossheads
 'fQC7sZorrVPA42LR': ["Democrats attack Republican 'silence'", 'Who is Steve Wynn?'],   # BBC crossheads
 '3QbiEFji0jfIxi0T': ['Trump tax returns:Supreme Court blocks access', 'Impeachment:What have we learned so far', 'McGahn:Random judge assignment ordered'],   # USA Today related links (x3)
 'Z8R1hhpE5uWeofDI': ['Trump: Let Obamacare Implode!'],   # CBN crosshead
 '160FVHFGmD7nGqjf': ['You can follow Ben Kew on Facebook'],   # Breitbart contributor line
 'EEHyMg6sMmltJnZ3': ['National Activists Refuse To Pay Rent As New York Struggles', 'National Officials Across The U.S. Scramble To Protect Homeless'],   # NPR related audio stories ("... Listen \u00b7 3:23 3:23")
 'MItMQSWU3vl5r800': ['Embed '],   # NBC News embedded-video boxes (x6: "Embed Watch ... autoplay autoplay Copy this code to your website or blog")
 '6em1wK83xP1pA7IF': ['A placard saying, Abortion is a Human Right, is seen during'],   # CNBC photo caption
 'U6gIx2t9wvMLOouR': ['AP reporters David Klepper in Providence, Rhode Island'],   # AP contributor line ("... contributed to this article.", not matched by BOIL)
 'FXauRWKV8x8Pp9aI': ['Kyle Kashuv had repeatedly used the n-word in Google Docs', 'Y\u2019all. This is what @Harvard rescinded', 'A quick note on callous comments I made', 'Happy Birthday Mr.President!', '1/ THREAD: Harvard rescinded my acceptance.'],   # BuzzFeed News deck, embedded tweets (x4)
 'hdGqXF93QTCKtL5f': ['CBN News Political Analyst David Brody discusses'],   # CBN video promo
 'nImYcXwJ9xSscz2S': ['ProPublica is a nonprofit newsroom that investigates abuses of power.', 'Read More '],   # ProPublica newsletter box, related-story links (x2)
 'AYU8D2mgV7mjdn3N': ['SARA MILLER LLANA/THE CHRISTIAN SCIENCE MONITOR '],   # CSM photo captions (x2)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'XZHFlPhRI3MyainT': [(4, ' (RELATED: Kentucky Convenience Store Posts Sign: \u2018No Masks Allowed,\u2019 \u2018Stop Listening To Beshear. He\u2019s A Dumb***\u2019)')],   # Daily Caller inline related link
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
