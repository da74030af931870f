# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'QsOplTHQ18U5YAm6': ['Michelle Mullowney, center, of Minneapolis, calls for justice'],   # AP photo caption (x2)
 'tQUR7zaXiy4e68o7': ['Morning Energy newsletter'],   # Politico newsletter sign-up box
 'Ay1IkZAjKdwpScYk': ['Bernie Sanders says Hillary Clinton will not have sewn up', 'Supporters listen to Bernie Sanders during a campaign rally'],   # Politico photo caption + deck run into the headline, photo caption
 'LWClmXCD7jxeh4qP': ['Market Snapshot:', 'Capitol Report:', 'See:'],   # MarketWatch related-story links (See: x2)
 'dZXZ1r1TPQT7ESua': ['Capitol Attitude is a weekly column written by'],   # Fox News series footer
 'QztLubotLOM4X87R': ['CLOSE Many voters', 'Where: Longwood University', 'Format: The debate will be divided', 'Moderator: Elaine Quijano', 'Viewership: With the exception'],   # USA Today video caption; debate fact box (its heading and "When:"/"Who:" lines already fell to the generic rules)
 'sEK2BE6PR84WezgG': ["Kanye says he met with Trump"],   # USA Today related-story link
 'OpMJrr8RBYywhf5L': ['Donald Trump shakes hands with former Indiana University', 'Photos: Trump campaign: 11 outrageous quotes', 'JUST WATCHED'],   # CNN photo caption, photo gallery, video promo
 'BRJDyurTfUzWqiIt': ['What will the committee recommend?'],   # BBC crosshead
 'GRtdW5HxRxRRDymP': ["Senate 'Cover-up' or 'Rigged' House Hearings?"],   # CBN crosshead
 '0IYIy8HuQodRWf73': ['President Obama had to cancel fundraisers this week', 'Gloomy October makes it easier for Republicans', 'JUST WATCHED'],   # CNN story-highlight bullets, video promos (x3)
 'wCo3KAOtr4qCvD8A': ["Click play to watch Trump's address."],   # CBN video prompt
 'FSnuW8pABHFhz6Jz': ['A man rests on the ground as he speaks on his mobile phone', 'A man lays flowers at the New Zealand High Commission',
                      'This story has been amended to delete', 'Perry reported from Wellington.'],   # photo captions, correction note, AP dateline/contributor line
 'NAkhiNd9aW6LRm08': ['Kyle Olson is a reporter for Breitbart News.'],   # author bio
 'Je1pBlbw8hl4d520': ['Embattled Liberal Icons: Conyers and Rangel'],   # NPR sidebar box set into the body
 'c7nGN7iDZs8vBhcO': ["'All too willing to collaborate'"],   # Al Jazeera crosshead
 'TASUmxSK83Jt5kKH': ['contributed to this article.'],   # tail of the WSJ contributor line (names already fell to the short-line rule)
 'YSe6hNP2o7oJw39a': ['Get breaking news alerts and special reports.', 'Let our news meet your inbox.'],   # NBC newsletter boxes
 'lPj3lxV0bzwoHZAC': ['Hundreds of unemployed Kentucky residents wait outside', '[Are you newly unemployed'],   # Washington Post photo caption, reader call-out
 'LwyzClG9u5geBQiU': ['President Donald Trump and First Lady Melania Trump host the 2020', 'U.S. Army parachuters carrying a U.S. National flag',
                      'U.S. President Donald Trump and First Lady Melania Trump host the 2020'],   # Epoch Times photo captions
 'ab2Nz8O4QRsEqUE8': ['How much do you know about the Second Amendment? A quiz.'],   # CSM quiz promo (x2)
 '243K4h93bYnOOQOE': ['\u2022 Staff writer Dave Boyer contributed to this article.'],   # Washington Times contributor line (bullet defeats the generic rule)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
}
KEEP = {        # ID -> paragraphs (exact text) that are content but would fall to the generic short-line rule (list items without end punctuation)
 'BRJDyurTfUzWqiIt': ('social media sites should be held responsible for interference in elections by malicious actors',),   # BBC list item under "It will suggest:" (13 words, no end punctuation)
}
MISSED = []
def fix(key, ps):
    ps = list(ps)
    for i, s in TRIM.get(key, []):
        if ps[i].endswith(s): ps[i] = ps[i][:-len(s)].rstrip()
    out = [p for p in ps if not any(p.startswith(b) for b in DROP.get(key, []))]
    MISSED.extend((key, b) for b in DROP.get(key, []) if not any(p.startswith(b) for p in ps))   # already removed by the generic rules
    return out
