# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 40's own (batch 39's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'ZVIIjjg51BQwuDka': ['What else did Mr Trump say in his latest tweet?', 'What are the sanctions?', 'What has the reaction been?', "How will Iran's economy be affected?", 'What do young Iranians think?'],   # BBC question crossheads (x5; as batch 39's)
 'pEc6DUJ3vHELQN17': ['JUST WATCHED', "'He hasn't got a prayer'"],   # CNN video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x3; as batch 39's), crosshead in quote marks (as batch 39's "'Something to work with'"; the other crossheads fell to the short-line rule)
 'bewemILzadKM7Ioj': ['Son Of Julius And Ethel Rosenberg Seeks Exoneration From Obama'],   # NPR audio-player residue ("... Download \u00b7 9:49 9:49"; as batch 39's newsletter-digest residue "Listen \u00b7 3:55 3:55")
 'dYDnZMbz8rraExPG': ['When Obama and Putin meet Monday, the agenda will be full of sticky issues.'],   # Politico deck + headline residue (the first paragraph, "... Obama, Putin gird for frosty face-off"; as batch 39's)
 'UdEATXC3dXNJvhR8': ['Writes one commentator: "This Obama educrat has stepped in it. Big time"'],   # CNN deck (the first paragraph; repeats Malkin's quotation in [14]; the "Story highlights" bullets fell to BOIL)
 'qNwR6LY1yKIZGeaW': ['This story was reported by The Associated Press.'],   # CSM contributor line (the last paragraph, "... AP writers Jung-yoon Kim in Seoul, ... contributed to this report."; BOIL wants the line to start with the names)
 '8V1q8tU0A95JX8Lh': ['What happens now?', 'How were Democrats blocked on Tuesday?', 'How did Mitch McConnell come under pressure?', 'What are the charges?', "What questions do you have about Donald Trump's impeachment trial?", 'In some cases your question will be published', 'Use this form to ask your question:', "If you are reading this page and can't see the form"],   # BBC question crossheads (x4), reader-question form (the last 4 paragraphs: heading, terms, "Use this form ...:", the mobile-site note)
 'dbYjHxcDCwoVu4u5': ['This story was updated at 4:02 p.m.'],   # The Hill update note (the last paragraph; BOIL wants "This story has been updated"; as batch 39's "This report was updated at 6:18 a.m.")
 'OCIvseB5AXR2pxY7': ['MORE:'],   # WSJ related-links heading (the last paragraph; its links fell to the short-line rule)
 'NtF0TjFqDIafWNP2': ['U.S. dollar notes are seen in this November 7, 2016 picture illustration.'],   # Reuters photo caption + credit (the first paragraph, "... REUTERS/Dado Ruvic/Illustration"; BOIL's REUTERS/ rule misses the trailing "/Illustration")
 'JpIXto50r2DcoX9C': ['Facebook Twitter Pinterest Firefighters, emergency service vehicles'],   # Guardian share-button residue + image caption + credit ("... Photograph: Peter Kovalev/TASS"; as batch 39's)
 'gyzHjwA7NHwT9Iqn': ["At Joy Tabernacle Church\u2019s Sunday service (left), the Rev. Robert McCathern leads"],   # Politico photo caption + credit ("... | Annie Snider"; as batch 39's)
 'PYhlgtm33UfdWuqs': ['see also Newspapers see costs spike amid trade spat with Canada'],   # New York Post related-story link ("see also ... Newspapers are getting caught in the middle of the White...")
 'obwZlcCznEManu4x': ['\u2014 With assistance by'],   # Bloomberg contributor line (the last paragraph; "LISTEN TO ARTICLE", "Read more:" links, photo credits and crossheads fell to BOIL and the short-line rule)
 '3pJ1oj3qTYu8GusK': ['\u2014With reporting by Erin Banco and Sam Brodey.'],   # Daily Beast contributor line (the last paragraph; BOIL wants "... contributed ...")
 '8AesW0C7d7MLs19V': ['Choice of Atlanta is testament to power of the black vote', "'I'm not convinced we will have fair elections in America': Stacey Abrams' fight against voter suppression Read more", 'Facebook Twitter Pinterest Pete Buttigieg at Morehouse College'],   # Guardian standfirst (the first paragraph; as batch 39's), related link ("... Read more"; the other fell to BOIL), share-button residue + image caption + credit ("... Photograph: Elijah Nouvelage/Reuters"; as batch 39's)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'XlQVAoPliT0DsB6u': [(2, ' (EXCLUSIVE: Documents Detailing Google\u2019s \u2018News Blacklist\u2019 Show Manual Manipulation Of Special Search Results)'), (16, ' (RELATED: Applause At Google\u2019s All-Hands Meeting As Company Drops Heritage Foundation President)')],   # Daily Caller related-story links at the ends of paragraphs (x2; as batch 39's)
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'ZVIIjjg51BQwuDka': ("The purchase or acquisition of US banknotes by Iran's government", "Iran's trade in gold and other precious metals", 'Graphite, aluminium, steel, coal and software used in industrial processes', 'Transactions related to the Iranian rial currency', "Activities relating to Iran's issuance of sovereign debt", "Iran's automotive sector"),   # BBC: the 6 items after "They target:" (list items without final punctuation; as batch 35's SKiFq3UoR7V4KP3K)
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
