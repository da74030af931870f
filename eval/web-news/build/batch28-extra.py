# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 28's own (batch 27's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'J6pehXtcoozGclPe': ['see also West Virginia corrections officers give Nazi salute'],   # New York Post related link
 'ROpU1BaVV9PgpLNl': ['"\'If I was kind to them, I\'d be walked off the stage." \u2014 President Trump'],   # Fox News pull quote
 'gvt2kDe4wagHTx3W': ['Russia: Furor over Sessions meetings with ambassador'],   # USA Today related link
 't3awxmWSYIBvDaa1': ["Menendez Lawyers Accuse Government Of 'Fixation On Sex,' 'Salacious Headlines'"],   # NPR headline repeated as the first paragraph
 'rE0CfdfD3gu0EkBh': ['AP Deputy Director of Polling Jennifer Agiesta', 'Online:'],   # AP contributor line ("contributed this report", which BOIL misses), bare "Online:" links heading
 'SNZS5Mh8vMjfb5vj': ['This report contains material from the Associated Press.'],   # CSM wire credit
 'StI3h71AiCcleVzi': ['\u2018HISTORIC CHANCE\u2019'],   # Reuters crosshead (ends in a quote mark, so the short-line rule keeps it)
 '5xEIFhH1eEofLLrz': ['Sen. Joe Manchin, D-West Virginia, is seeing if he can change legislation', 'JUST WATCHED '],   # CNN story highlight, video promos (x4)
 'x6uUNK5k3aiYyxhR': ['Lucas Nolan is a reporter for Breitbart News'],   # Breitbart author bio + follow line
 'birYKLd1EH8Q6pc3': ['President offers no new solutions to government shutdown'],   # Guardian standfirst
 'TV8ouGIlN4yT0hIA': ["'Maximum Pressure'"],   # Bloomberg crosshead (ends in a quote mark)
 's1ldG588KYNz8nIp': ['Who will take on Trump in 2020?'],   # BBC related link
 'thcMmxSX3t3VZTrB': ['Who wins and who loses?', 'What do the Democrats say?', "It wasn't exactly easy, but President Trump now has", 'What one Congress can do another can undo', 'While they may argue that Americans will come around', 'Like Obamacare eight years ago', 'Repealing key provisions of this tax law', 'President Trump and Republicans have their victories.'],   # BBC question crossheads (x2), the closing analysis box (6 paragraphs; its heading and byline lost in extraction)
 'LKLsEP7laMBVIpSm': ['\u2018A LOT LIKE PIZZA\u2019', '(For a graphic on Canadian marijuana consumption', '($1 = 1.2855 Canadian dollars)'],   # Reuters crosshead (ends in a quote mark), graphic link, currency line
 '2YNfXYaw9qtKH4kB': ['LISTEN:', 'Breitbart News Tonight broadcasts live', 'Follow Robert Kraychik on Twitter'],   # Breitbart audio-player label, show promo, author follow line
 'k82351d4Jv2RIVVD': ['Kang Kyung-wha, center, and ASEAN foreign ministers in Manila'],   # Bloomberg photo caption + credit
 'HA1NoHMgyR1u3iLx': ['Editor\u2019s Note (5/27/20):'],   # Scientific American editor's note on the postponed launch
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'TytNejzKEYjk9SVZ': [(5, ' (RELATED: Twitter Won\u2019t Remove Chinese Official\u2019s Tweet Suggesting US Army Introduced Virus Into Wuhan)')],   # Daily Caller related link glued to a paragraph
 'AGq2u3PuVvfW6qre': [(13, ' (RELATED: 3 Obstacles To Passing Trump\u2019s Massive Tax Reform Cut)')],   # Daily Caller related link glued to a paragraph
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
