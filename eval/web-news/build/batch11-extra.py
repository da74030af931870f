# Mechanical boilerplate removal / repair around clean.generic (fresh2/fresh3 generic filter); copied from /work/fresh5/tools/extra.py
# (itself from /work/fresh4/tools/extra.py) via /work/fresh6/tools/extra.py; batch-4/5/6 entries kept (they only touch batch-4/5/6 pages,
# or pages batch 6 skipped, which batch 7 skips or does not reach), batch-7 entries added below them.
# Batch 8 (/work/fresh8/tools/extra.py): copied from /work/fresh7/tools/extra.py; all earlier entries kept (none touches a batch-8 page),
# batch-8 entries added below them.
# Batch 9 (/work/fresh9/tools/extra.py): copied from /work/fresh8/tools/extra.py; all earlier entries kept (none touches a batch-9 page),
# batch-9 entries added below them.
# Batch 10 (/work/fresh10/tools/extra.py): copied from batch 9's extra.py (/work/main/eval/web-news/build/batch9-extra.py); all earlier entries
# kept (the only one that touches a page the batch-10 walk reaches outside batches 4-9 is batch 6's 3006baa7, which batch 6 skipped after it and
# batch 10 skips the same way), batch-10 entries added below them, and one new mechanism, MIDTRIM (inline link text glued to the end of a
# paragraph that is not the last one; TRIM only handles the last paragraph).
# Batch 11 (/work/fresh11/tools/extra.py): copied from batch 10's extra.py (/work/fresh10/tools/extra.py = /work/main/eval/web-news/build/
# batch10-extra.py); all earlier entries kept (the ones that touch pages the batch-11 walk reaches outside batches 4-10 are batch 6's 3006baa7
# and batch 7's e609e43a; both pages are skipped as too short after them, as in batches 6, 7 and 10), batch-11 entries added below them.
# 0) join(): re-join a paragraph that was broken by a <br>/<p> inside a sentence (a paragraph of >=5 words ending in a
#    lower-case letter, digit or comma, i.e. without closing punctuation, is joined with the next one) -- done BEFORE generic
#    so that short broken pieces are not dropped;
# 1) pattern rules for any article; 2) per-page paragraph indices (0-based, after step 1) and trailing-byline trims found by
#    reading the draft (captions, pull quotes duplicating a paragraph, bylines) -- never chosen by quotations.
import re
PAT = re.compile(r'^(News Tracker: past stories|\|$|Story continues below|Advertisement$|Related (stories|links|articles)|Print this|Email this|E-?mail to a friend|'
                 r'Back to top|Bookmark|Digg this|Comments? \(\d+\)|Post a comment|Have your say|More news|Click to enlarge|AP Photo|\(AP Photo|'
                 r'Contact this reporter|\u00b7 )', re.I)
BYLINE = re.compile(r'^By [A-Z][\w.\'-]+( [A-Z][\w.\'-]+){0,3}( ?[,/|-]? ?[A-Z][\w ,.&-]{0,60})?$')
DROP = {
 '66bf2973': [0],      # sportinglife: photo caption "King - Fulham target."
 'f6a3b053': [-1],     # digitalspy: game advertisement ("In The Rise of Atlantis you will embark ...")
 '71e45809': [0],      # gamezine: lead image caption "The Wii is the most highly-rated console of 2007"
 'ff2c38ec': [0, 2],   # nytimes: two photo captions (Abbas; Israeli soldier/tank)
 # batch 5
 'ee652473': [8, 9, 10, 11, 12],   # efluxmedia: "Other News in Specials" teasers (five truncated snippets ending in "...")
 '234b1541': [0, 21, 22, 23, 24],  # columbusdispatch: photo caption after the photo credit; TV schedule box ("Seattle at Green Bay, 4:30 p.m. (Fox)" x4)
 'a493763a': [-1],     # springfieldnewssun: next-game info box ("Who: Wright State (10-6, 3-4) at Loyola-Chicago ...")
 'a0b5afad': [4],      # winnipegsun: crosshead "'IT HAPPENS'"
 '710140ea': [5, 24],  # bbc: two pull quotes duplicating paragraphs 16 and 28
 'd17320fd': [0, 1],   # hdnews: AP headline (used as title) and wire editors' note "Eds: AMs. UPDATES with ..."
 '2205dc57': [0],      # tv3: photo caption ("Hillary's state funeral is expected to take place on January 22")
 # batch 6
 '2faf4aab': [-1],     # abcnews (go.com) wire story: headline repeated as the last paragraph ("Pepsi to Push Amazon's MP3 Store")
 '5956b685': [2],      # caribbeannetnews: photo caption ("The new Queen Victoria (L) sails past ... AFP PHOTO")
 'ab95a5dd': [2],      # cbc (Canucks): photo caption ("The Canucks' Sami Salo, left, gets squeezed out ...")
 'fbf01fe1': [1, 2],   # cbc (happiness): remnants of the ranking fact box ("4, 5. (tied) Moncton, N.B., Kitchener, Ont.", "(Source: ... survey)")
 '0969f54e': [28],     # nola: pull quote ('Supriya Jindal: "Energetic in a quiet way ..."') duplicating paragraph 35 (a professor's words)
 '5da09e3a': [1],      # cnn: pull quote ('Justin Leonard: "I don't have a lot of conscious thoughts ..."') duplicating paragraph 4
 '3006baa7': [0, 5, 6, 7, 8, 9],   # localnewswatch: byline "By JAMES PRICHARD, AP Business Writer Fri Dec 28, 6:46 AM ET" and a second
                                   # copy of the whole story (byline + 4 paragraphs repeated verbatim)
 'de230665': list(range(15, 30)),  # leadingthecharge: second verbatim copy of the whole story (paragraphs 15-29 = 0-14)
 '3df0f8d9': [0],      # canada.com (Ottawa Citizen): deck/standfirst "Ames, Weir third, fourth in season opener"
 'ab4e0f91': [6, 11],  # abcnews (go.com) Britney: crosshead "Bipolar Britney?" and the headline repeated at the end
 '2361fdbc': [2, 10, 11, 12, 13, 14],   # tech.co.uk: crosshead "Eee PC set for battle?" and the spec box at the end ("Processor: 1.2GHz ...", "Display: ...",
                                       # "Memory: ...", "Hard Disk Drive: ...", "Audio: ...")
 # batch 7
 '6cb35a68': [0, 2, 3, 10, 11],   # telegraph (Derby-Wigan): result header "Derby County (0) 0 Wigan Athletic (0) 1", link lines "Telegraph TV: Football and
                                  # Premier League highlights" and "Derby County homepage | Wigan Athletic homepage", and the two bullet lines left of the
                                  # "Man of the match" box ("• Set up the winning goal", "• Completed 77 per cent of his passes")
 'a425a015': [0, -1],  # cbc (Prince George ice jam): deck "'The main thing I think about is the people,' Campbell says" (repeats paragraph 6) and
                       # the credit line "With files from the Canadian Press"
 'e609e43a': [-2, -1], # upi: photo caption ("Former Massachusetts Gov. Mitt Romney speaks at ... (UPI Photo/Andrea Melendez/POOL)") and its
                       # gallery heading "Republicans presidential candidates debate in Iowa"
 'bfa0f68e': [5],      # bbc (DNA database): pull quote duplicating paragraph 17 ("The citizen's inquiry will add to public understanding ...")
 '7d6b0455': [0],      # nytimes (Boston College): photo caption ("Rich Gunnell catching one of Matt Ryan's three touchdown passes. ...")
 # batch 8
 '39db369d': [8],      # reuters (Sarkozy): crosshead "PERFECTLY RIDICULOUS" (Reuters sub-heading, all caps, between paragraphs)
 'c9e6618c': [5],      # bbc (Omagh fire): crosshead "'Treated as murder'" (BBC sub-heading; the page's other crossheads were removed by the generic filter)
 '66cd868e': list(range(17, 28)),  # timesonline (Bush trip / Hormuz): the readers' comments below the article ("\" Persian Gulf \" is the historical
                                   # and international name ...", "If only you read historical documents ...", ... "Sounds to me like the US provoked
                                   # the confrontation ..."); the commenters' name lines ("Reza Zakeri, Tehran, Iran", ...) were already removed by the generic filter
 '85e7a96f': [-1],     # inthenews (bank charges): link line "For this story in depth and more on banking visit myfinances.co.uk, also part of the Adfero news network."
 # batch 9
 '4ac0c944': [0, 2],   # cnn (Malaysia minister): the headline repeated as the first full-text block ("Health minister's sex scandal stuns Malaysia's
                       # government") and the photo caption (the text of the page's cnnStoryPhotoBox: "Health Minister Chua Soi Lek said the woman in
                       # the tape was a ... but refused to elaborate.", which paragraph 5 of the story repeats)
 'b7350689': [0],      # business-standard (Bajaj): deck/standfirst under the byline line "Unveils prototype with promise of double mileage."
 'afd5f508': [0],      # timesandstar (Doncaster-Carlisle): result header "Doncaster Rovers 1 Carlisle United 0" (cf. batch 7's telegraph Derby-Wigan)
 '26ea84f9': [8],      # bbc (Hewitt): pull quote duplicating paragraph 16 ("I'm number one in the world and I can understand everyone seeing me as the favourite")
 'f3797c1d': [9, 10, 11, 12, 13, 19],   # bbc (Baathist law): the fact box "WHO ARE THE BAATHISTS?" (heading + four bullet lines; its two
                                        # related-link lines were already removed by the generic filter) and the crosshead "'Heavy blow'"
 'bf0cea44': list(range(16, 26)),  # nydailynews (Britney/Dr. Phil): the timeline sidebar "Britney Spears' latest collapse" (THURSDAY/FRIDAY,
                                   # ten time-stamped lines "8 p.m.: LAPD called to ..." ... "3:45 a.m.: ..."), placed on the page after the end of
                                   # the story, below the reporter's e-mail line, the share tools and the related-article links
 '5ee66caf': [-1],     # citizen.co.za (NYC carriage horses): three photo captions run together ("A horse pulls a carriage in Central Park in New
                       # YorkA horse stands by as his driver has his permit checkedA horse passes another carriage near Central Park")
 '9d70e4ed': [0],      # afp (Ronaldo): the headline repeated as the first full-text block ("'Il Fenomeno' Ronaldo back in business")
 # batch 10
 'd35ceaa6': [0],      # news.com.au (Daily Telegraph, Goodrem): the page headline as the first full-text block (used as title, cf. batch 5's hdnews)
 'd22d490a': [0],      # worldsoccer (Berbatov): the page headline as the first full-text block (used as title)
 'a8b63fd5': [0, 1, 2, 3, 5],      # cnn (bin Laden tape): the "Story Highlights" box (four bullets "NEW: Counterterrorism official says ...",
                                   # "NEW: Message refers to ...", "Audiotape: ...", "Alleged bin Laden message calls on Europeans ..."; its heading
                                   # was already removed by the generic filter) and the photo caption (the text of the page's cnnStoryPhotoBox,
                                   # "A video released by al Qaeda in September shows Osama bin Laden speaking.")
 '8863053e': [15, 16, 17, 18],     # timesonline (Burrell/Diana inquest): a reader's comment below the article ("I find anything Burrell says hard to
                                   # believe. ...", a re-quoted paragraph in mojibake, "I think most people would agree ...", "They very rarely
                                   # offer the ring ..."; signed "Phill, The Wirral, England", above the "Have your say" form; cf. batch 8's 66cd868e)
 '46956db6': [12, 13, 14],         # timesonline (Queen Victoria norovirus): the fact box "Ill-starred voyages" (three "— ..." items after the story's
                                   # end; heading already removed by the generic filter; box credited "Source: Times database")
 '41caaf23': [0],      # lfpress (Ramage): deck/standfirst "Judge sets example in handing out four-year sentence" (div class=article_overtitle)
 'e768c6d4': [18, 19], # turkishpress (NZ-Bangladesh ODI): the result lines of the SCOREBOARD table after the story ("New Zealand win by 10 wickets",
                       # "New Zealand clinch three-match series 3-0"; the rest of the scoreboard was already removed by the generic filter)
 '7cc11b64': list(range(35, 42)),  # publicopiniononline (Paterno): the "Nittany Lions-Aggies at a glance" box placed after the story's end and the
                                   # writer's tagline ("Game data: ...", "Media: ...", "Teams: ...", "Series: ...", "Did you know?: ...", "Line: ...",
                                   # "Bodani's pick: ..."; its heading was already removed by the generic filter)
 # batch 11
 '0bc30b43': [0],      # smh (Covic): deck/standfirst with the byline "A spectacular save can only have helped this keeper's national ambitions, writes
                       # Michael Cockerill." (p id=idwoff; cf. batch 9's b7350689, batch 10's 41caaf23)
 '693d6d1c': [-1],     # boston.com (Patriots): the writer's contact tagline "Christopher L. Gasper can be reached at cgasper@globe.com."
 '56062aa5': [5, 6, 7, 8, 9, 10],  # localnewsleader (Atlantis): byline "By LIZ AUSTIN PETERSON, Associated Press Writer Sat Dec 29, 10:10 AM ET" and a
                                   # second verbatim copy of the whole story (paragraphs 6-10 = 0-4; the same site template as batch 6's 3006baa7)
 '6e76afd5': [6],      # bbc (Benitez): the "606: DEBATE" forum prompt "What players do Liverpool need to sign?" (its "606: DEBATE" label was already
                       # removed by the generic filter)
 '104ac8ce': [0, 11],  # bbc (GCC summit): photo caption "Ahmadinejad is the first Iranian leader to attend the GCC summit" (div class=cap) and the
                       # crosshead "'Mutual respect'" (cf. batch 8's c9e6618c)
 'ec407a8c': [23, 24, 25, 26],     # citizen.co.za (Thai court): two photo captions after the story, each a short title line plus the caption text
                                   # ("Thai soldiers stand guard next to Muslim teenagers ...", "Thai pedestrians walk past the People Power Party headquarters ...")
 '5d341f23': [-1],     # swissinfo (Reuters, Somalia): the credit line "(Additional reporting by Ahmed Mohamed in Baidoa; Editing by Stephen Weeks)" as its
                       # own paragraph
 '69899c68': [10, 11, 12, 13, 14], # efluxmedia (Netgear): "Other News in Technology" teasers (five truncated snippets ending in "..."; cf. batch 5's ee652473)
}
TRIM = {'c0804a24': 'Anant Narayan', 'f505fae2': '— PTI', '71e45809': 'Full Story', '0f2b36ce': 'Continued...',
        '89492351': 'Continued...',
        # batch 6
        '9c0924df': 'asif aqeel',                  # dailytimes: reporter's name glued to the last paragraph
        'e4c3784f': '(Editing by Alison Wildey)',  # nzherald (Reuters copy): editing credit glued to the squad list
        # batch 7
        'dc9814d5': '\u00ae',                      # theregister: the site's end-of-story mark "®" glued to the last paragraph
        # batch 8
        '39db369d': '(Additional reporting by Brian Rohan)',   # reuters (Sarkozy): reporting credit glued to the last paragraph
        # batch 10
        '4ae923e8': "(Writing by Greg Stutchbury; Editing by John O'Brien)",   # reuters (Peer): writing/editing credit glued to the last paragraph
        # batch 11
        '3ae52969': '(Editing by Sami Aboudi)',   # reuters (Nigerian rebels): editing credit glued to the last paragraph
        }   # key prefix -> trailing text (byline glued to the last paragraph) removed from the last paragraph
# batch 10: key prefix -> trailing text removed from any paragraph that ends with it (inline link glued into a paragraph)
MIDTRIM = {'a8b63fd5': 'Watch what experts make of the new message \u00bb'}   # cnn: video link (span class=cnnEmbeddedMosLnk) at the end of par. 9
JOINS = []
FORCE_JOIN = {('f4d9f949', 'Brian McGrattan near'), ('a493763a', "Mayo's 3-pointer at "),
              # batch 7: ctv premiers story, a one-sentence list split into <li> items ("... topics included:" / "lower business taxes;" /
              # "research and development investment;" / "and labour shortages.")
              ('79bc594a', 'lower business taxes'), ('79bc594a', 'research and develop'), ('79bc594a', 'and labour shortages'),
              # batch 8: contracostatimes (Sony Open) "Only eight players" / [ad] / "broke par Sunday." -- one sentence split around an inline ad;
              # without the join the generic filter drops the 3-word first half and leaves "broke par Sunday." alone
              ('1a2a4da8', 'broke par Sunday.'),
              # batch 9: contracostatimes (Afghanistan) "Meanwhile, the U.N.'s top representative here, Tom" / "Koenigs, said he was ..." -- a
              # sentence broken before a capitalised name (the automatic rule needs a lower-case start)
              ('9e25cf1a', 'Koenigs, said he was'),
              # batch 11: contracostatimes (Kings-Oilers) "... spotted O'Sullivan open at the side of the net and the Los" / "Angeles center sent a
              # shot ..." -- a sentence broken before a capitalised word (the automatic rule needs a lower-case start)
              ('a9bf9ce6', 'Angeles center sent ')}   # + springfieldnewssun "left Josh" / "Mayo's ..."   # sentence broken before a capitalised name
PRE_DROP = {'3e992547': [0]}   # raw paragraph indices dropped before join: deccanherald pull quote duplicating paragraph 4
def join(key, ps):
    out = []
    ps = [p for i, p in enumerate(ps) if i not in PRE_DROP.get(key[:8], [])]
    for p in ps:
        if out and ((len(out[-1].split()) >= 5 and re.search(r'[a-z0-9,]$', out[-1]) and re.match(r'[a-z0-9]', p) and not BYLINE.match(out[-1]))
                    or (key[:8], p[:20]) in FORCE_JOIN):
            JOINS.append((key[:8], out[-1][-40:], p[:40])); out[-1] = out[-1] + ' ' + p
        else: out.append(p)
    return out
def fix(key, ps):
    ps = [p for p in ps if not PAT.match(p) and not BYLINE.match(p)]
    drop = {i % len(ps) for i in DROP.get(key[:8], [])} if ps else set()
    ps = [p for i, p in enumerate(ps) if i not in drop]
    t = TRIM.get(key[:8])
    if t and ps and ps[-1].endswith(t): ps[-1] = ps[-1][:-len(t)].rstrip()
    m = MIDTRIM.get(key[:8])
    if m: ps = [p[:-len(m)].rstrip() if p.endswith(m) else p for p in ps]
    return ps
