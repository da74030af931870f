# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 44's own (batch 43's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'gtBaAAtc3zcsE3FS': ['The White House calls a Republican ad on welfare changes "blatantly dishonest"', 'The Romney campaign calls an Obama super-PAC ad "discredited and dishonest"', 'JUST WATCHED'],   # CNN story-highlights bullets (the first two paragraphs, no final period; the "Story highlights" heading fell to BOIL with the first bullet, the fourth to the short-line rule), video promos ("JUST WATCHED ... Replay More Videos ... MUST WATCH ..."; x3; as batch 41's)
 'XiT8jN0BdRSbW1b1': ['Opponents of Lee\u2019s bill praised Perdue:', '@AmWorkCo says NO to #S386', 'Immigration Numbers:', 'Each year, roughly four million young Americans join the workforce', 'The cheap-labor economic strategy also pushes young Americans away', 'The labor policy also moves business investment and wealth from the Heartland', 'But President Donald Trump\u2019s \u201cHire American\u201d policy is boosting wages', 'But white-collar wages are growing slower than blue-collar wages'],   # Breitbart embed pointer (the tweets it introduces removed as post lines; as batch 43's "Trump answered the protests with this tweet:"), tweet residue (the first half of a tweet, its second half removed as a post line), and the "Immigration Numbers:" box (its heading and the five paragraphs after it, the last six: the writer's standing background box, not this story)
 '3H4hqglgEN9nKnX2': ['The price that we pay for the benefits of the First Amendment is that we have to essentially give a pass'],   # NPR pull quote (no quote marks; repeats Kelner's quotation in [15], which begins with a quote mark and is not hit)
 'iAG2qNiXKQwl1FqH': ['Will Iran now get a McDonald\'s?', 'What is the nuclear deal?', 'What does Iran stand to gain?'],   # BBC related link (a question headline), question crossheads (x2; as batch 43's)
 'E7tCUHQFd1y8LzfB': ['\u201cI grew up in the inner city, so I understand the issues of poverty and violence, drugs and gangs, and even rodents in the inner city,\u201d Mr. Polanco says.', '\u201cPresident Trump\u2019s words over the past two weeks', 'This week\u2019s spree of attacks shines a spotlight', 'referring to Mr. Trump\u2019s recent racially tainted fusillades on liberal cities.', 'When Marilyn Ford points, she might as well be pointing with President Donald Trump\u2019s finger.', '\u201cHe is right, you know\u201d'],   # CSM summary box before the story (the first five paragraphs, restating [25], [24], [14], [31] and [30]; the prefixes are long enough to miss those; [3], a prefix of [31], is first cut to its tail by LTRIM), crosshead in quote marks (the other two fell to the short-line rule)
 '8kYTOzauTc8ASAfy': ['CLOSE The right-wing Patriot Prayer rally drew a large group of counter-protesters.'],   # USA Today video caption (the first paragraph, "CLOSE ... USA TODAY")
 'u8G8FX0PTgN62VMr': ['Steve Bannon is back at Breitbart. But can his page of rage survive an ad boycott? Read more'],   # Guardian related link ("... Read more")
 'V00pbYGwB3ZzC0Qd': ['Paul Ryan and Donald Trump issued a joint statement after meeting in Washington Thursday', 'Trump and Ryan: meeting was a \'very positive step\' toward GOP unity', '\'An inane jumble\': Trump foreign policy splits GOP'],   # Guardian standfirst (the first paragraph, no final period; as batch 43's), related links ("... Read more"; x2)
 'CWQvBbYriyt2msui': ['Governor of Colorado Jared Polis at his inauguration (Rick T. Wilking/Getty)'],   # PinkNews photo caption + credit (the first paragraph)
 'EtK6PZ8XCSan97pP': ['Ticker Security Last Change Change %'],   # Fox Business stock-ticker tables (x5, "Ticker Security Last Change Change % ...")
 'HTMbylbVt4pXWgSh': ['This article has been updated to note Twitter\u2019s deletion'],   # Daily Caller update line (the last paragraph; as batch 43's Breitbart update line)
 'QCm9ycrieeRopQW5': ['See the footage of the protest below:', 'See her remarks below:', 'Every word of this.', 'In awe of @KeishaBottoms\u2019s leadership'],   # IJR embed pointers (x2; the videos not in the text), tweet residue (two lines of a tweet whose attribution line was removed as a post line)
 'dFnKXFuiwnr023uN': ['Tony Berastegui, left, and his sister Giselle, age 12 and nine respectively'],   # AP photo caption + credit, twice (the first two paragraphs, "... (AP Photo/Ross D. Franklin)")
 'Q1WVxS2kZvlikaMd': ['\'Counter-productive\'', '\'Right on target\''],   # BBC crossheads in quote marks (x2; kept by the short-line rule because they end in a quote mark)
 'tPkymzUdaLMgJeau': ['Is it too late to get 3D-printed gun blueprints off the internet?'],   # CBS News related link (a question headline; another related link fell to the short-line rule)
 'WayceEvNyYf3l3xl': ['Perspectives matter. Reducing news to hard lines and side-taking', 'Editor\'s note: This story was updated to correct'],   # CSM newsletter promo ("... Sign up to see our best perspective-shifting stories. Submit") and correction note (the last two paragraphs)
 'yYDT1Vy6MrxXRvKh': ['President Donald Trump arrives to speak at the launch of "Black Voices for Trump,"', 'Haines reported from Philadelphia and Colvin from Washington.'],   # AP photo caption + credit, twice (the first two paragraphs, "... (AP Photo/ Evan Vucci)"), contributor line (the last paragraph)
 'e7Cg6tQfFmY9aZmH': ['*A previous version of the story misidentified David Weiss'],   # Marshall Project correction note (the last paragraph; its asterisk in [20] "the Hobbs case,*" kept as published)
 'tV78jLPUIY8yFMQe': ['What happened?', 'What did he say?'],   # TheBlaze question crossheads (x2)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'HTMbylbVt4pXWgSh': [(5, ' (RELATED: GOP Office Set On Fire Less Than Two Days After Opening)')],   # Daily Caller related link at the end of a paragraph (as batch 36's)
 'QXOonIcF4SMVh64m': [(10, ' (RELATED: Ocasio-Cortez And Her Chief Of Staff \u2018Could Be Facing Jail Time\u2019 If Their Control Over PAC Was Intentionally Hidden, Former FEC Commissioner Says)'), (12, ' (RELATED: Left-Wing Groups Reject Bipartisan Plea For Fully Functional FEC Before 2020 Elections)')],   # Daily Caller related links at the end of two paragraphs
}
LTRIM = {       # new in batch 25: ID -> list of (paragraph index, leading string to cut) (a photo credit glued to the start of a paragraph)
 'E7tCUHQFd1y8LzfB': [(3, '\u201cHe is right, you know,\u201d says the silver-haired septuagenarian, ')],   # CSM summary-box paragraph [3], a prefix of [31]: its head cut so that DROP can hit the rest without hitting [31]
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (or, since batch 21, to another generic rule)
 'Lhnmy5iQq0JiDAyC': ('Cruz and Trump visited together for over an hour at Trump tower in July',),   # ABC News: a content paragraph without final period (the next one, "During that visit, ...", refers to it)
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
