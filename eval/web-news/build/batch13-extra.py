# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'oSY8RgAidjKCSle7': ['\u2018STATE-PLUS\u2019'],
 'Oxfr26TvExdBhuuh': ['Concerns over the second tax bill are largely flowing', 'Morning Tax Sign up'],
 'nOgTIdLtXwVUxscH': ['--Updated at'],
 'sm5HmdJI9dk6qc9J': ['\u201cCDC has made it a priority to find out what is causing this outbreak of lung injuries and deaths and we\u2019re making progress." \u2014 CDC'],
 'huUHMP9fx7r8E4Vp': ['\u2018TUG OF WAR\u2019'],
 'wIfy4AbbJgPnx4MR': ['What do we know about the deal?', 'What is the reaction in Mexico?', "What's the situation on the US-Mexico border?"],
 'QVdKsQEU0PAXRwAG': ['How rare is this?', 'Why did Chief Justice Roberts speak out?', 'What is the case Mr Trump was talking about?', "What's the current situation at the border?"],
 '99wdwSORTWDWQY2x': ['Experts say suit alleging election conspiracy'],
 'rhkgUQNZlUQBSwnG': ['Uh-oh:Donald Trump trips up', "'Tanks' a lot:Trump"],
 'dYsjwdpVCoTV3kgt': ['\u201cViable enough to win\u201d', 'A \u201csolid ceiling\u201d on Sanders\u2019 support?', 'Shannon Stapleton/Reuters A supporter'],
 'eSgsVE7HcNqizgZX': ['Coverage of the COVID-19 pandemic, criminal justice and immigration.'],
 'rsQ6RRBp8TDPdBwB': ['- This report was updated'],
 'lLNsoOMDJ7nyarQP': ['Watch the video below:'],
 'yt6GOgQOqaIXv250': ['What are the details?', 'What else?'],
 '336WN51pO3rGnpvG': ['The Daily Wire, headed by bestselling author'],
 'Hh8JhBZiOQ9CkV5U': ['Contributors: Bryce Klehm'],
 # CNBC: lead photo caption and the "Key Points" summary bullets that newspaper3k puts before the lede; mid-story captions
 'Qi8gMX70TDtft3V1': ['A Chinese man wears a protective mask', 'The small outbreak in Iran has been linked', 'Earlier in the day, Iran confirmed 13 new'],
 'cbBy17wEleXTVN3a': ['Gun owners and second amendment advocates gather', 'The dispute had one of the highest profiles', 'While court conservatives including Justices',
                      'The case was challenging a New York City gun regulation', 'Supporters of gun control and firearm safety measures hold'],
 'xQA8fmRltipL7yOK': ['A wallaby licks its burnt paws', 'Roughly 480 million mammals, birds and reptiles'],
 '7mzo1OAjijxUhKYk': ["Says he'll be out with the city's police officers", '"Then I\'ll be back out with the cops."',
                      'I don\u2019t like to talk about a second wave right now, because we haven\u2019t gotten out of our first wave Dr Fauci'],
 'RHUnSEAmVpRN6jor': ['Now is NOT the time for politics. Senate Dems', 'The economy is at stake.', 'This is a breaking news story'],
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'oSY8RgAidjKCSle7': [(13, ' [L4N1N304G]')],
 'yt6GOgQOqaIXv250': [(4, ' You can read more about the interesting process behind manufacturing here.')],
 'Fsu7oIXgix7expYG': [(7, ' (RELATED: EXCLUSIVE VIDEOS: False Reports Inside CHAZ Cause Angry Mob To Descend On Small Business)')],
 'vMtQHcr8WpVQWl2L': [(4, ' (RELATED: Mitt Romney Weighs In On Trump, Ukraine)'),
                      (6, ' (RELATED: Lou Dobbs Calls Out Mitt Romney For Refusal To Endorse Trump\u2019s Reelection: \u2018What Is Wrong With This Man?\u2019')],
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 'wIfy4AbbJgPnx4MR': ['Take "decisive action" to tackle human smuggling networks'],
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
