# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Batch 31's own (batch 30's removed). Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'Xm9OasX6RPV7YGpD': ['- Updated at 9:34 a.m.'],   # The Hill update line (BOIL misses it: leading "- ")
 'me4Sakg0GR55uleQ': ['Will the Chinese listen?'],   # Washington Times crosshead (ends in "?")
 'QEl9EFio5agX9Qdh': ['White House senior adviser Kellyanne Conway looks toward U.S. President Donald Trump during a working lunch'],   # Reuters photo caption + credit (BOIL misses it: " - RC142C0BC4B0" after the credit)
 '3Xxsz3IpgYbbJwRW': ['\u201cTo us, she is out of step with what we want,\u201d says Marie Follayter', 'The vote went against her moderate image, say critics', 'Some say that Senator Collins in recent years has become less attentive', '\u201cI\u2019m really disappointed. And you\u2019ll hear that\u2019s what the tenor is around here,\u201d says voter Cheryl Clukey', 'Susan Collins may be in trouble.', 'Story Hinckley/The Christian Science Monitor', '\u201cI actually feel bad for her\u201d'],   # CSM summary box before the lede (4 paragraphs restating [34], [13]/[20], [17], [16]) and "Why We Wrote This" text (restating [7]), photo credits + captions (x2), crosshead (in quote marks)
 'U2srKTFcV95FKrLy': ['What exactly did Trump say about Germany?', 'How did Merkel respond?', 'And what did the leaders say after their meeting?', 'What is the spending row about?', 'In describing Germany as being "totally controlled by Russia"', "US leaders have long warned of what they see as Europe's uncomfortable dependence", "While he may well be overstating Germany's dependence", 'No wonder then that when the US sanctions Russia'],   # BBC question crossheads (x4), correspondent's analysis box (4 paragraphs, heading and byline lost)
 'oZ3zADiZ4E9rMxJw': ['- Seth McLaughlin, Dave Boyer and Ben Wolfgang contributed to this article.'],   # Washington Times contributor line (BOIL misses it: leading "- ", "article")
 '4w6InuIG1N1ry5Fi': ['Full results (pdf)', '- Check out the CNN Electoral Map and Calculator'],   # CNN link to the poll PDF, promo line
 '6H7cOi0g7NqViGqc': ['Driver Bubba Wallace, right, is overcome with emotion'],   # AP photo caption + credit (twice; BOIL misses "(AP Photo/...)")
 'T7SC4io9etVTtIqm': ['Trader Fred DeMarco works on the floor of the New York Stock Exchange'],   # AP photo caption + credit (twice)
 '9HAAiQ2FP0acJjJJ': ['Government hospitals have been overwhelmed in Mumbai [Prashant Waydande/Reuters]', "Nearly a fifth of the country's coronavirus cases are in the finance hub of Mumbai, making it the worst-hit city in the country ["],   # Al Jazeera photo captions + credits (x2)
 'iqFRE5rokE2Ry9XI': ["CBN News' David Brody will share his insights", 'Dr. Paul Bonicelli, professor of government at Regent University'],   # CBN programme promo, video blurb ("Watch below:")
 'LECFeE2MJEySRA2s': ['\u2018NOT STOPPING\u2019'],   # Reuters crosshead (in quote marks)
 'fLxwPnCVLauMRiev': ['JUST WATCHED '],   # CNN video-player residue (x4, "JUST WATCHED ... Replay More Videos ... MUST WATCH ...")
 'YwUZIJE4zYlOLq8H': ['The battle between Donald Trump and California Governor Gavin Newsom', "That may be difficult to pull off - and will surely face an extended court battle", 'Tit for tat.', 'This latest drama puts the conflict between the conservative White House', 'California\'s leaders have offered their state as a "counter-proposal"', "It's a battle over ideology and principles", "What's the current rail situation?", 'Can Trump take back the funds?'],   # BBC correspondent's analysis box (6 paragraphs, heading "Trump v California" lost), question crossheads (x2)
 'NOBNbN7kmbAqFzrY': ['State department releases emails Democratic nominee failed to turn over'],   # Guardian standfirst
 'Z8JwxYt8wRXwcPlv': ['Jon White, a Jones, Mich., hog farmer, expects his farm to be unprofitable', 'Canada Strikes Back Major products affected', 'China Strikes Back Major products affected', 'Europe Strikes Back Major products affected', 'Mexico Strikes Back Major products affected', 'A pig farm is surrounded by corn crops in Jones, Mich. Photo:', "Tariffs \u2018might sting us,\u2019 said Nick Schweitzer, an apple grower in Michigan. Photo:", 'Trade pressure on farmers has helped fuel the latest talks', '\u2014Jacob Bunge contributed to this article.'],   # WSJ photo captions + credits (x3; the first repeats [14]), graphic residue (x4 maps), video blurb, contributor line (BOIL misses "\u2014" and "article")
 'QDaxyMtSe1TzrSmx': ["What did O'Rourke say?", 'What did Sanders say?'],   # TheBlaze crossheads (x2, end in "?")
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'vbCSPU7OmaRY7sGe': [(7, ' (RELATED: EXCLUSIVE: Funding Secured For 1,000 Miles Of Border Wall, White House Officials Say)')],   # Daily Caller inline related link
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
