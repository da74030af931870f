# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 35's own (batch 34's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'xXzb85tRuo714xvc': ['The court will determine the constitutionality of DOMA, which was signed into law in 1996. | REUTERS', '( PHOTOS: Scenes from SCOTUS)', '( AUDIO: Supreme Court oral arguments on DOMA)', 'CORRECTION: Corrected by: Nick Gass'],   # Politico image caption + credit ("| REUTERS DOMA on shaky ground in court"), photo-gallery link, audio link, correction note (the last paragraph)
 '2R526wCpZGwpXAGN': ["Boehner sounds like a man ready to make a deal -- but it won't be easy. Behind Boehner's new tone", "( PHOTOS: Fiscal cliff's key players)"],   # Politico image caption/deck + headline residue (the first paragraph), photo-gallery link
 'SKiFq3UoR7V4KP3K': ["An unprecedented 'smash and grab'", 'These "double your Bitcoin" scams have been a persistent pest', 'The fact that so many different users have been compromised', 'Early suggestions are that someone has managed', 'With so much power at their fingertips', 'But the motive seems to be clear', 'There are conflicting accounts of how much money', "Either way, it's going to be very hard to catch the criminals"],   # BBC correspondent's analysis box (heading + 7 paragraphs; no byline in the text; as batch 34's sfzTw0GGF0yWgUUw)
 'jYyR1tRH8WYQnKeX': ['These immigrants typically pay taxes but don\u2019t qualify for stimulus checks', 'A family from East Boston who arrived from South America six years ago embraced', 'Shirley Leung is a Business columnist.'],   # Boston Globe standfirst (the first paragraph), photo caption + credit ("Jessica Rinaldi/Globe Staff"), authors' contact line (the last paragraph)
 '0aPWboO2yg4PSuez': ['The president returned to the speech lines of his campaign and insisted'],   # Guardian standfirst (the first paragraph)
 'ZRsr7QKJX3gjgw3i': ['Wind rushes through an Oklahoma wheat field.'],   # NPR audio-clip caption
 'vd2Mzl6T7cgIL3PF': ["There have been doubts about Theresa May's leadership for many months.", 'She herself has more or less said she will resign next month.', 'But something different has happened today, the mood has really changed.', 'More and more Conservatives publicly are saying she has to quit', 'Ministers have been saying to me privately', 'Number 10 is adamant, though,', 'But it feels the government is almost in breakdown.', "And it's simply not clear at this moment they'll really be able to hang on.", "'Not a compromise'", "'Has to stop'", 'What is in the Withdrawal Agreement Bill?', 'What are the Tory leadership rules?'],   # BBC political editor's analysis box (8 paragraphs, first person "Ministers have been saying to me privately"; its heading and byline not in the text; as batch 34's sfzTw0GGF0yWgUUw), crossheads in quote marks (x2, so the short-line rule misses them), question crossheads (x2; the last is the last paragraph, its explainer not in the text)
 'y8GtOVTlcZy0fckj': ['CLARIFICATION: This story has been updated'],   # CNN clarification note (the last paragraph; starts "CLARIFICATION:", so BOIL's "This story has been updated" misses it)
 'Bq3g6DqdfubIpCkL': ['New impeachment evidence: Lev Parnas, associate of Trump lawyer'],   # USA Today related-story link
 '5BrUcAdY8nAzNmq8': ['Giuliani: "Categorically false"', 'NPR Justice Department correspondent Ryan Lucas contributed this report.'],   # NPR crosshead (ends in a quote mark, so the short-line rule misses it), contributor line (the last paragraph; "contributed this report", which BOIL's "contributed to this report" misses)
 'FiUpJ6hUTPiJwjV8': ["Mueller's Call for Impeachment?", "What's Next for Mueller?"],   # CBN question crossheads (x2)
 'GuB2L9iQTAfluyPX': ["TALKS 'GOING VERY WELL'"],   # Reuters crosshead in Newsmax copy (ends in a quote mark, so the short-line rule misses it)
 'VrSEeGywpyJ3UMnw': ['Speaker of the House Nancy Pelosi, D-Calif., joined at left by AFL-CIO President Richard Trumka'],   # AP photo caption + credit (x2, repeated; "(AP Photo/J. Scott Applewhite)")
 'Z75P21xhfObk0Pf6': ['\u2014Alexandra Berzon contributed to this article.'],   # WSJ contributor line (the last paragraph; starts with a dash and says "article", so BOIL misses it)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'dRP8pg9ecFwOOdcR': [(2, ' (RELATED: AG Barr: Durham Is \u2018Looking Act\u2019 Activities Of \u2018Private Actors\u2019)')],   # Daily Caller related link glued to the end of a paragraph
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'SKiFq3UoR7V4KP3K': ('the rapper Kanye West', 'reality TV star Kim Kardashian West', 'former US President Obama', 'former US Vice-President Joe Biden, who is the current Democratic presidential candidate', 'media billionaire Mike Bloomberg', 'the ride-sharing app Uber', 'the iPhone-maker Apple'),   # BBC: the 7 items after "Others targeted included:" (list items without final punctuation; as batch 26's RvEktWmYWi6m54r0, batch 33's i3AYcJxiKdU7pqJ2)
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
