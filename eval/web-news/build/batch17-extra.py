# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'D6BbZcCIbAPNyeKS': ['3 people were killed and about 180 injured when 2 bombs', 'JUST WATCHED', 'Photos: '],   # CNN story-highlight line, video promos (x5), photo galleries (x3)
 'k8cReRuYnez9lMR0': ["'Tongue in cheek'"],   # CNN crosshead
 'RAIPQA7zyo0qSa5i': ['D.C.'],   # Fox News crosshead (the "Alaska" and "Oregon" ones already fell to the short-line rule)
 'ITy1sVQdZODZQLy4': ["Mike Chaney said he'll oversee the health insurance exchange"],   # Politico photo caption run into the headline
 'Wl4HJIDlWBde2P9p': ['Interested in College Admissions Scandal?', 'Felicity Huffman (MORE:'],   # ABC News "Add Interest" box, related-story link
 'P7ZGdhWiXT1WJfs5': ['- Updated at 9:09 a.m.'],   # The Hill update stamp (the leading "- " defeats the generic rule)
 'Cou4Tn7mwDFwSJNA': ['Palestinian president Mahmud Abbas holds a placard'],   # AFP photo caption
 'PfmWvloLgIwXozwk': ['First Step Act, a landmark bill which would reduce', "I went to prison for 19 years. Here is why I didn't become a statistic"],   # Guardian standfirst, related-story link
 '8FeSmEql1sFrCQRD': ['Republican Mitch McConnell calls for vote on clean repeal'],   # Guardian standfirst
 'P7XAN5xgxvjNX172': ['Note: The photo in question is included'],   # USA Today editor's note on the photo
 'v1XHIq2dPtfRpyrt': ['We encourage readers who wish to comment'],   # CBN comments footer
 'TM5KEmF809xmQ6ge': ["What does Trump's statement say?", 'How will the statement play out internationally?'],   # BBC crossheads
 '3VvOHXZmSUCFX47T': ['The campaign apparatus that has sprung up in support of a possible Hillary Clinton'],   # WSJ photo caption ("Photo: Getty.")
 'KcrHxpCyPfuJktGA': ['Reprinted from Climatewire with permission'],   # Scientific American reprint credit
 'B3cwnBPn5rcTfPwA': ['Series: Coronavirus', 'ProPublica is a nonprofit newsroom', 'Help Us Report on Coronavirus', 'Read More Are Hospitals Near Me',
                      'Correction, March 19, 2020:', 'Do you have access to information about', 'Tell Us More About Coronavirus'],   # ProPublica series label, newsletter box, reader call-outs (x2), related link, correction note (x2), tip line
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'wSDTT0tBA13VAPqb': [(9, ' (RELATED: FBI \u2018Failed To Preserve\u2019 Strzok-Page Text Messages)')],   # Daily Caller related-story link at the end of a paragraph
 '8Y648hwGmn0Qkmi1': [(2, ' (RELATED: Jesuit Priest\u2019s Comment On Homosexuality Unveils The \u2018Most Insidious Problems Facing All Christians Today,\u2019 Theologian Says)'),
                      (5, ' (RELATED: Democratic Candidates Speak Out On Christian Faith\u2019s Compatibility With LGBTQ Issues)')],   # Daily Caller related-story links at paragraph ends
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
