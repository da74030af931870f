# Per-article fixes found by reading the draft (review.txt); key = corpus ID. Paragraph numbers are 0-based as review.txt shows them.
DROP = {        # ID -> list of paragraph beginnings to drop (captions, crossheads, decks, pull quotes ...), found by reading the draft
 'ibM4yhwN5JQ0tDSl': ['Students leave Lewis and Clark High School at the end of classes', 'The Associated Press receives support for health and science coverage'],   # AP photo caption (x2), funding note
 'pRyGCXPxD4AXXCX8': ['Trump campaign foreign policy adviser George Papadopoulos was sentenced Friday to 14 days', 'Playbook PM Sign up for our must-read newsletter'],   # Politico photo caption run into the headline, newsletter box
 'ee0dzwFqsTMMAGGD': ["Embarrassment in Berlin - the BBC's Jenny Hill writes:"],   # BBC analysis-box heading and byline
 'bok2LWAO95WUb06X': ["In early June, Pelosi tried to shame her members into donating. Dems shun Pelosi's plea for cash", "( PHOTOS: Lawmakers' wealth)"],   # Politico photo caption run into the headline, photo-gallery link
 'yzNSfbBMxwSFUt1R': ["BIDEN SAYS HE'LL BE 'MORE MINDFUL ABOUT RESPECTING PERSONAL SPACE'"],   # Fox News all-caps related link
 '41TqWGpbWkLWBdBv': ['JUST WATCHED'],   # CNN video promos (x2)
 'KtJv7rHSMBidXhXc': ['\u201cCOVERED WRONG\u201d'],   # Reuters crosshead
 'SAQJ2uabTSD12jaJ': ['Lawmakers\u2019 move, planned for Friday, sets up clash over presidential powers'],   # Guardian standfirst
 'WjYayn4JWFRzIMFq': ['--This report was updated at 8:26 a.m.'],   # The Hill update note
 '3dI08hizdXw9KnIi': ['People line up to vote at Riverside High School', 'Peoples reported from Montclair, N.J.', 'Catch up on the 2020 election campaign with AP experts'],   # AP photo caption (x2), dateline/contributor line, podcast promo
 'Gb62jjRNTrL4E2ni': ['The revised version of this post is available here.'],   # NYT Caucus blog pointer
 'HmO9ABukedvzTBSx': ['What does the ruling say?', 'What reaction has there been?', 'What comes next?'],   # BBC question crossheads
 'y6N5PYxH6LphGPEC': ['What are the details?', 'What happened after the meeting?'],   # TheBlaze question crossheads
 'aLhVOeJy8KBgjzEP': ["Read: Trump's Intel Pick Says He", 'Cover: Rep. John Ratcliffe, R-Texas., pauses'],   # Vice related link, cover-photo caption
 'QUVbgMX9oA4JJpdT': ['President Trump and GOP senators buried their differences for an...'],   # New York Post related-story teaser
 'BtfT85hFHVt3FoYu': ['You can view the complete ruling below or at this link.'],   # NPR pointer to the embedded ruling
 'VO6E64Jw9YqA4M0w': ['What Our Economists Say Hurricane Florence had a notable impact'],   # Bloomberg Economics box, heading run into its text (its attribution line removed by BOIL)
}
TRIM = {        # ID -> list of (paragraph index, trailing string to cut)
 'sjhsVa0RMrLnmsgi': [(4, ' (RELATED: McConnell Changes His Stance On Roy Moore [VIDEO])')],   # Daily Caller inline related link
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
