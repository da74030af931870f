# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'mbeTvl1g8BM5qYs1': ['JUST WATCHED', 'Photos: Agony of the Yazidis', 'How will ISIS respond?'],   # CNN video promos (x4), photo gallery, question crosshead
 'UDRpK8hcCApoAkMw': ["What's been happening on Saturday?", 'How did we get here?', 'What does the shutdown mean?', "'It's tremendously stressful'",
                      'Why does Mr Trump want the wall?',   # BBC crossheads
                      'will keep working, although their pay will be delayed. will continue operating.', 'employees will be sent home, and parks could close',
                      'workers will take unpaid leave, which could delay', '(IRS) will be sent on unpaid leave',   # bullet list garbled in extraction (each item = tail of the previous one + the next item)
                      'Have you been affected by the partial government shutdown?', 'You can also contact us in the following ways:'],   # BBC reader call-out
 'ZHzIc5Pa3OOymCzr': ['A House panel is beginning to look into HealthCare.gov', '( PHOTOS:', '( WATCH:'],   # Politico photo caption + deck, photo/video links
 'sWgrtiHq5mcYvQh6': ["Saudi Arabia's King Salman, right meets with", 'A Turkish forensic police officer works in', 'JUST WATCHED'],   # CNN photo captions, video promo
 'VEctPGBjyjleBnjp': ['\u2018NON-STARTER\u2019'],   # Reuters crosshead
 'm1J9hUOuqQp8wq8v': ['This Monday, Dec. 30, 2019 photo provided by State Government of Victoria'],   # AP photo caption (x2)
 'cnbAnVIqM9wrNsM5': ['Willem Van Spronsen, an Antifa member who attacked a private ICE', 'Van Spronsen also called on his \u201ccomrades\u201d to arm themselves in the document.',
                      'Many left-wing extremists and extremist groups like Antifa'],   # Daily Caller summary bullets restated by the lede that follows
 'R7N962wUiZuohduT': ['"Our agents did everything they could as soon as these children'],   # Politico photo caption + deck
 'gs3Fz0eoNfrE8FTv': ["I don't think most people want to live in a world where you can only post things that tech companies judge to be 100 percent true. Mark Zuckerberg",
                      'Originally published Oct. 17', 'Updates, 12:04 p.m.'],   # CNET pull quote, publication/update notes
 'X4UqoAXMRwI4GSbA': ['Trump administration forces some scientific funding to be reviewed', 'Facebook Twitter Pinterest'],   # Guardian standfirst, photo caption
 '2aXBzreas7NVF1oy': ["'Empathy and availability'", "'My sadness and my hope'"],   # CSM crossheads
 'vGe7P2SCcZJn5QtH': ['ABOVE: Dr. Ed Stetzer', 'We encourage readers who wish to comment on our material'],   # CBN video caption, comment-policy footer
 'uDMupjC09TH87HQ9': ['\u2018Conspiracy Theory\u2019', '\u2018Bit Unnerving\u2019'],   # Bloomberg crossheads
 'HVp4q1cm3KBXqMIm': ['Technicians preparing to install new workspace', '\u2014Stephanie Armour contributed to this article.'],   # WSJ photo caption, contributor line
 'b1LXOTNIYlZRbkXv': ['Interested in Republican Party?'],   # ABC News follow-topic promo
 '3UHzDXTovJcMsErA': ['Get Your First Month of Unlimited Access for Free', 'Update: This piece has been updated'],   # The Texan subscription promo, update note
 'Ph1cRr1phslkBAe3': ['Dozens of LGBTQ groups marched in the Indian capital', '\'Treats every Indian with suspicion\''],   # Al Jazeera photo caption, crosshead
 'LFMVHFfUBcynfHrC': ['What does Ms Ramirez say?', 'What other allegations does Kavanaugh face?', 'What will the FBI investigation do?'],   # BBC crossheads
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 '4c1RAB1Ba7egT5Th': [(25, ' (Related: Feminist Banned By Twitter Fires Back With Lawsuit)')],   # Daily Caller inline link
 'cnbAnVIqM9wrNsM5': [(6, ' (RELATED: Twitter Users Defend Willem Van Spronsen After He Attacked Detention Facility, Died In Shootout With Police)'),
                      (19, ' (RELATED: Antifa Member Who Attacked ICE Center Echoed Ocasio-Cortez\u2019s \u2018Concentration Camp\u2019 Language In Final Manifesto)')],   # Daily Caller inline links
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
