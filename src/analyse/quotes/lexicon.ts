/**
 * Word lists for finding and attributing quotations. Kept apart from the logic so that each list can be
 * read, checked and extended on its own.
 */

/** Verbs of speech and writing that attribute a quotation, by base form; inflections are generated below. */
const CUE_VERBS = [
  'say', 'tell', 'add', 'ask', 'shout', 'concede', 'acknowledge', 'vow', 'claim', 'plead', 'insist', 'warn',
  'write', 'explain', 'note', 'continue', 'reply', 'respond', 'recall', 'argue', 'suggest', 'declare', 'state',
  'announce', 'observe', 'remark', 'admit', 'agree', 'complain', 'contend', 'maintain', 'predict', 'promise',
  'boast', 'joke', 'quip', 'exclaim', 'yell', 'scream', 'whisper', 'tweet', 'post', 'report', 'describe',
  'call', 'label', 'dub', 'brand', 'deride', 'mock', 'praise', 'urge', 'demand', 'pledge', 'assert', 'affirm',
  'testify', 'muse', 'recount', 'emphasize', 'emphasise', 'stress', 'counter', 'retort', 'snap', 'sigh',
  'laugh', 'caution', 'conclude', 'charge', 'allege', 'accuse', 'tout', 'lament', 'confess', 'confirm',
  'deny', 'proclaim', 'reiterate', 'repeat', 'reveal', 'interject', 'opine', 'posit', 'wonder', 'blast',
  'slam', 'slate', 'decry', 'dismiss', 'criticize', 'criticise', 'condemn', 'gush', 'rail', 'thunder', 'sneer',
  'swear', 'threaten', 'recommend', 'propose', 'read', 'chant', 'cry', 'pronounce', 'scoff', 'quote',
  'characterize', 'characterise', 'refer', 'liken', 'term', 'insult', 'hail', 'welcome', 'mutter', 'beg',
  'question', 'challenge', 'inform', 'assure', 'advise', 'instruct', 'order', 'answer', 'highlight',
  'point', 'sing', 'boom', 'fume', 'grumble', 'protest', 'object', 'concur', 'muse', 'speculate',
  'estimate', 'indicate', 'signal', 'suggest', 'imply', 'stipulate', 'specify', 'vow', 'guarantee',
  'laud', 'reference', 'compare', 'pound', 'nickname', 'cite', 'quote', 'chide', 'scold', 'lash', 'tease',
  'applaud', 'salute', 'ridicule', 'taunt', 'jeer', 'heckle', 'comment', 'put', 'attack', 'vow', 'spell', 'denounce',
  'implore', 'enthuse', 'roar', 'bellow', 'groan', 'gasp', 'murmur', 'rant', 'underline', 'ponder', 'bark', 'interrupt',
  'crow', 'brag', 'blame', 'defend', 'crack', 'venture', 'squeal', 'deadpan', 'intone', 'clarify', 'echo', 'pan',
  'editorialize', 'editorialise', 'find',
];

const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  read: ['reads', 'reading'],
  put: ['put', 'puts', 'putting'],
  spell: ['spelled', 'spelt', 'spells', 'spelling'],
  swear: ['swore', 'swears', 'swearing', 'sworn'],
  cry: ['cried', 'cries', 'crying'],
  deny: ['denied', 'denies', 'denying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  specify: ['specified', 'specifies', 'specifying'],
  imply: ['implied', 'implies', 'implying'],
  clarify: ['clarified', 'clarifies', 'clarifying'],
  sing: ['sang', 'sings', 'singing', 'sung'],
  // (`later labelling EMI “boring”`: British spelling doubles the `l`, American does not.)
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  find: ['found', 'finds', 'finding'],
};

function inflections(verb: string): string[] {
  const irregular = IRREGULAR_FORMS[verb];
  // `analysts say`, `critics write`: the base form is a cue too.
  if (irregular) return [verb, ...irregular];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  // `admitted`, `slammed`, `referred`: a stressed final syllable doubles its consonant.
  const doubled = /^(snap|quip|dub|plan|admit|refer|concur|slam|brag|pan)$/.test(verb) ? verb + verb.at(-1) : stem;
  const third = /(s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${doubled}ed`, `${doubled}ing`];
}

/**
 * Verbs that are speech only with their particle (`Trump shot back`, `Rubio fired back:`, `he went on`, `Carney chimed in`): the
 * verb alone is a gun or a journey. Weak cues, so that only a quotation right beside them is theirs.
 */
const PHRASAL_CUES = ['shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back', 'went on', 'goes on', 'followed up', 'follows up', 'chimed in', 'chimes in'];

/** `As David Byler pointed out in December, “…”`: `point` alone is weak (`pointed to`), with `out` it is speech. */
const POINT_OUT = ['point out', 'points out', 'pointed out', 'pointing out'];

/** Every inflected form of a cue verb, lower case. */
// (`“…,” Tapper began.`: a question or a speech begun, the verb alone before a stop or a comma; see `findCues`.)
// (`“…,” the spokesperson emailed`, `she texted`: the past of a message's verbs, whose other forms are mostly nouns.)
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...CUE_VERBS.flatMap(inflections),
  ...PHRASAL_CUES,
  ...POINT_OUT,
  'believe',
  'believes',
  'began',
  'ruled',
  'emailed',
  'e-mailed',
  'texted',
  'messaged',
]);

/** Cue words that are too often ordinary verbs to count unless a quotation is right next to them. */
export const WEAK_CUE_WORDS: ReadonlySet<string> = new Set([
  'read', 'reads', 'reading', 'post', 'posts', 'posting', 'order', 'ordered', 'question', 'questioned',
  'point', 'points', 'pointed', 'term', 'terms', 'put', 'puts', 'putting', 'attack', 'attacks', 'spell', 'spells', 'spelled', 'spelling', 'cite', 'cites', 'cited', 'citing', 'reference', 'references', 'referenced', 'referencing', 'comment', 'comments', 'answer', 'signal', 'estimate', 'indicate', 'continue',
  'continues', 'continuing', 'state', 'states', 'stating', 'report', 'reports', 'reporting', 'slam', 'slams',
  'blast', 'blasts', 'charge', 'charges', 'note', 'notes', 'attack', 'hail', 'hails', 'welcome', 'welcomes',
  'order', 'orders', 'object', 'objects', 'protest', 'protests', 'concern', 'sing', 'boom', 'booms',
  'began',
  // (`“…!” cracked Maher.`, `ventured Smith`: speech only right beside the quotation; else a joke or a risk.)
  'crack', 'cracks', 'cracked', 'cracking', 'venture', 'ventures', 'ventured', 'venturing',
  // (`“…,” echoed Sean Nelson`, `“…?” panned Scott Huffman`: likewise; else a sound or a review.)
  'echo', 'echoes', 'echoed', 'echoing', 'pan', 'pans', 'panned', 'panning',
  // (`“…,” US district judge Keith Watkins ruled.`: a judge's words; else a verdict or `ruled out`.)
  'ruled',
  // (`“…,” investigators found.`: what a study or an inquiry found, with nothing after the verb; see `findCues`.)
  'find', 'finds', 'found', 'finding',
  // `who believes "if we can get past Milan …"`: what someone believes, quoted, is theirs (not `believed`,
  // mostly a passive: `is not believed to be`; nor `think`, `feel`, `fear`, mostly reported speech's own words).
  'believe', 'believes',
  ...PHRASAL_CUES,
]);

/** Titles that may precede a person's name; the value is the gender they imply, if any (`rear`: of `Rear Adm.`). */
export const PERSON_TITLES: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['lord', 'm'], ['lady', 'f'],
  ['dame', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['sheikh', 'm'],
  ['father', 'm'], ['sister', 'f'], ['dr', undefined], ['prof', undefined], ['professor', undefined],
  ['sen', undefined], ['senator', undefined], ['rep', undefined], ['representative', undefined],
  // (`said Reps. Luis V. Gutierrez, Zoe Lofgren and …`: the plural before a list titles its first name.)
  ['sens', undefined], ['reps', undefined],
  ['gov', undefined], ['governor', undefined], ['gen', undefined], ['general', undefined],
  ['col', undefined], ['colonel', undefined], ['lt', undefined], ['lieutenant', undefined],
  ['capt', undefined], ['captain', undefined], ['sgt', undefined], ['sergeant', undefined],
  ['maj', undefined], ['major', undefined], ['adm', undefined], ['admiral', undefined], ['rear', undefined],
  ['cmdr', undefined], ['commander', undefined], ['rev', undefined], ['reverend', undefined],
  ['president', undefined], ['secretary', undefined], ['chancellor', undefined], ['minister', undefined],
  ['judge', undefined], ['justice', undefined], ['mayor', undefined], ['pope', undefined], ['marshal', undefined], ['administrator', undefined],
  ['ayatollah', 'm'], ['detective', undefined], ['officer', undefined], ['inspector', undefined],
  ['chief', undefined], ['speaker', undefined], ['ambassador', undefined], ['coach', undefined],
  ['mme', 'f'], ['mlle', 'f'], ['m', 'm'], ['herr', 'm'], ['frau', 'f'], ['st', undefined],
  ['cardinal', 'm'], ['archbishop', undefined], ['bishop', undefined], ['rabbi', undefined], ['imam', 'm'],
  ['baroness', 'f'], ['baron', 'm'], ['viscount', 'm'], ['earl', 'm'], ['duke', 'm'], ['duchess', 'f'],
  ['commissioner', undefined], ['superintendent', undefined], ['supt', undefined], ['insp', undefined],
  ['det', undefined], ['councillor', undefined], ['cllr', undefined], ['corporal', undefined], ['cpl', undefined],
  // (Canadian police: `Const. Dave Woodford`, `Cst. Mig Roberts`.)
  ['constable', undefined], ['const', undefined], ['cst', undefined],
  // (A delegate to Congress or to Virginia's or Maryland's House of Delegates; `Del.` is in name-words.ts.)
  ['delegate', undefined],
  // (American titles: `Pastor Giglio`, `Sheriff Joe Arpaio`, `Congresswoman Ilhan Omar`.)
  ['pastor', undefined], ['chaplain', undefined], ['deacon', undefined], ['sheriff', undefined], ['trooper', undefined],
  ['congressman', 'm'], ['congresswoman', 'f'], ['assemblyman', 'm'], ['assemblywoman', 'f'], ['councilman', 'm'],
  ['councilwoman', 'f'], ['alderman', undefined], ['leader', undefined], ['supervisor', undefined],
  // (`Chairman Kim`, `Chairman Nadler`, `Fed Chair Jerome Powell`.)
  ['chairman', undefined], ['chairwoman', 'f'], ['chair', undefined], ['director', undefined],
  // (`Special Agent in Charge Ron Hopper`: the last word of an office that runs on through `in`.)
  ['charge', undefined],
]);

/**
 * Words that mark a capitalised phrase as an organisation, a place or a thing rather than a person (and
 * bodies named with the Arabic article, `Al Qaeda`, `Al Jazeera`, whose `Al` a list of given names knows).
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set(
  `house department party times post news street journal council committee university institute church
  court congress senate administration airlines airways bank group company corporation corp inc ltd plc llc
  league union association foundation agency office ministry army navy force forces police service services team
  boys girls keepers
  security republic kingdom states nations united national international federal commission board club
  centre center school college hospital museum network channel radio television tv press magazine
  review gazette herald tribune telegraph guardian observer mail express independent chronicle globe
  reuters associated fund trust authority organisation organization campaign coalition alliance
  movement government parliament assembly cabinet bureau institution exchange market markets index
  stadium arena park square road avenue bridge airport station city county province region island islands
  river valley mountain mountains lake sea ocean gulf bay coast north south east west northern southern
  eastern western middle day week year monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december christmas easter cup
  championship championships open games olympics world series awards award prize festival show film
  movie album book democrats republicans democratic republican labour conservative conservatives tory
  tories liberal liberals act bill treaty agreement constitution program programme project initiative
  lab labs laboratory studios records entertainment media pictures software systems technologies
  energy oil gas motors electric electrics electronics dynamics foods industries holdings pharmaceuticals
  partners communications solutions logistics insurance securities investments brands stores
  petroleum steel chemicals products treasury exchequer productions capital homes films publishing ventures
  enterprises consulting qaeda qaida jazeera shabaab shabab arabiya nusra aqsa ahram azhar`.split(/\s+/),
);

/** Lower-case words that end a name phrase's search backwards: verbs, prepositions, conjunctions. */
export const LEADING_FILLER: ReadonlySet<string> = new Set(
  `but and so yet then also still now later earlier however meanwhile that as while when because where though
  although if since after before instead even only just once indeed thus therefore moreover besides
  further furthermore plus or nor despite neither either again eventually finally ultimately nevertheless
  nonetheless overall elsewhere similarly likewise otherwise perhaps clearly not`.split(/\s+/),
);

/** `I'm`, `I'd`, `I've`, `I'll` (with either apostrophe), lower-cased: the pronoun `I` with a verb, no one's name. */
export const FIRST_PERSON_CONTRACTIONS: readonly string[] = ["i'm", "i'd", "i've", "i'll", 'i’m', 'i’d', 'i’ve', 'i’ll'];

/** Adverbs and auxiliaries that may sit between a subject and its cue verb (`X has repeatedly said`). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(
  `has have had was is were are would will could should might may must did does do also later then once
  previously recently repeatedly again further even only just never already first finally quickly simply
  often frequently publicly privately reportedly allegedly later had been has been once famously
  angrily bluntly flatly firmly softly quietly loudly calmly proudly sharply tersely curtly recently
  earlier subsequently immediately initially apparently openly separately jokingly not meanwhile however
  though too afterwards afterward`.split(/\s+/),
);

export const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f' | 'n' | 'p'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['it', 'n'],
  ['they', 'p'], ['we', 'p'], ['i', 'p'], ['you', 'p'],
]);

/** `law`, `bill`, `complaint`: the head of a description of a law or a document, which no person is (whoever issued it). */
export const DOCUMENT_NOUNS = /^(?:law|bill|act|measure|legislation|resolution|amendment|plan|proposal|agreement|deal|treaty|policy|order|rule|ruling|decision|indictment|lawsuit|complaint|report|study|survey|poll|memo|letter|statement|document|notice)$/;

/** Nouns naming a document whose words belong to whoever issued it (`It said:` after `X released a statement`). */
// (`According to a Georgetown University study …. “…,” the study said.`: a study too, but not the verb after `to`
// or a modal, `pledged to study the research`. `The campaign circulated talking points …. “…,” the talking points read`:
// the lines a campaign hands its allies. `the subcommittee issued an analysis of …. “…,” the analysis reads`: an analysis
// a body puts out.)
export const ISSUED_DOCUMENTS = /\b(statement|statements|release|letter|email|e-mail|memo|tweet|post|report|document|note|message|communique|announcement|survey|briefing|blog|commentary|editorial|bulletin|advisory|filing|manifesto|essay|op-ed|column|headline|piece|article|ad|advert|advertisement|memorandum|analysis|talking\s+points|(?<!\b(?:to|will|would|could|can|must|should|did|and|or)\s+)study)\b/i;

/** Words for a paper that speaks for itself (`the order says`, `the lawsuit alleges`), beside those issued (`ISSUED_DOCUMENTS`). */
export const SPEAKING_PAPERS = `${ISSUED_DOCUMENTS.source}|resolution|lawsuit|suit|complaint|indictment|order|ruling|decision|motion|study|poll|notice|petition|declaration`;

/** Determiners and quantifiers that open an unnamed speaker's description (`one senior American official`). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(
  `the a an one another some two three four several many most few other his her their its our your this
  that these those both each every any no senior top`.split(/\s+/),
);

/** The last word of an organisation's name that goes on with `of` or `for` (`Council of Britain`, `Commission for Racial Equality`). */
export const ORGANISATION_HEAD = /\b(Council|Club|Chiefs|Bank|Commission|Committee|University|Institute|Institution|Department|Ministry|Association|Federation|Society|Board|Office|Church|Union|League|Court|Chamber|Confederation|Organisation|Organization|Agency|Authority|College|School|Academy|Foundation|Trust|Fund|Bureau|Centre|Center|Service|Party|Alliance|Coalition|Movement|Museum|Guild|Corporation|Congress|Assembly|Parliament)$/;

/**
 * Political parties by the names news gives them, each to one canonical name, so that `the Tories say`
 * and `the Conservatives said` are one speaker across the corpus (keys in lower case, without `the`).
 */
export const PARTY_NAMES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['Conservatives', 'tories|tory|tory party|conservatives|conservative party'],
      ['Liberal Democrats', 'lib dems|lib dem|liberal democrats|liberal democrat|liberal democrat party|libdems'],
      ['Labour', 'labour|labour party|new labour'],
      ['Scottish National Party', 'snp|scottish national party|nationalists'],
      ['Plaid Cymru', 'plaid cymru|plaid'],
      ['UK Independence Party', 'ukip|uk independence party'],
      ['Green Party', 'greens|green party'],
      ['Democratic Unionist Party', 'dup|democratic unionist party|democratic unionists'],
      ['Sinn Fein', 'sinn fein'],
      ['Republicans', 'republicans|republican party|gop'],
      ['Democrats', 'democrats|democratic party'],
    ] as const
  ).flatMap(([canonical, aliases]) => aliases.split('|').map((alias): [string, string] => [alias, canonical])),
);

/** A party's name as written in a sentence (`the Lib Dems`, `Labour`, `the SNP`). */
export const PARTY_MENTION = /\b(?:Tories|Tory party|Conservatives|Conservative Party|Lib Dems|Liberal Democrats|Labour|New Labour|SNP|Scottish National Party|Plaid Cymru|UKIP|UK Independence Party|Greens|Green Party|DUP|Democratic Unionists|Sinn Fein|Republicans|Republican Party|GOP|Democrats|Democratic Party)\b(?![ -](?:MP|MPs|MEP|MSP|AM|leader|spokesman|spokeswoman|candidate|peer|member|members|government|chairman|source|sources|campaign|manifesto|conference|party|figures|plans?|policy|voters))/g;

/** The same names as news writes them (`Lib Dems`, `SNP`), so that most lookups need no lower-casing. */
const PARTY_NAMES_AS_WRITTEN: ReadonlyMap<string, string> = new Map(
  [...PARTY_NAMES].flatMap(([alias, canonical]): [string, string][] => [
    [alias.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()), canonical],
    [alias.toUpperCase(), canonical],
  ]),
);

/** The canonical name of a party named so (`the Tories` → `Conservatives`), if it is one. */
export function partyName(name: string): string | undefined {
  const written = PARTY_NAMES_AS_WRITTEN.get(name);
  if (written) return written;
  // Only a name that opens with `the`, or is written another way, needs the slower reading.
  const first = name.charCodeAt(0);
  if (first !== 84 && first !== 116 && name.length > 3) return undefined;
  const lower = name.toLowerCase();
  return PARTY_NAMES.get(lower.startsWith('the ') ? lower.slice(4) : lower);
}

/**
 * Words for the kinds of body that speak for themselves (`the firm said`, `The airline has …`), shared by
 * the patterns that read an unnamed body: each adds the few words its own reading needs.
 */
export const SPEAKING_BODY_KINDS: readonly string[] = [
  'firm', 'company', 'group', 'bank', 'lender', 'retailer', 'airline', 'carrier', 'insurer', 'operator',
  'broadcaster', 'studio', 'label', 'club', 'agency', 'charity', 'watchdog', 'regulator', 'publisher',
];

/** A peer's title and name (`Lord Goldsmith`, `Baroness Scotland`): the whole name a peer goes by. */
export const PEERAGE = /^(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s[A-Z]/;

/**
 * Words for a person of a nation that no ending gives away (`Scot`, `Spaniard`, `Israeli`, `Frenchman`):
 * an epithet (`the Argentine`), never part of a name (`Spaniard Guillermo Garcia-Lopez`).
 */
export const NATIONAL_NOUNS =
  'Scot|Briton|Brit|Swede|Dane|Finn|Pole|Czech|Greek|Turk|Serb|Croat|Kiwi|Aussie|Swiss|Spaniard|German|Kenyan|Ugandan|Rwandan|Cuban|Afghan|Tibetan|Israeli|Iraqi|Pakistani|Somali|Saudi|Kuwaiti|Qatari|Yemeni|Bangladeshi|Nepali|Thai|Cypriot|Argentine|Filipino|Slovak|Uzbek|Kazakh|Zealander|Icelander|Dutchman|Frenchman|Englishman|Irishman|Welshman|Scotsman|Frenchwoman|Englishwoman|Irishwoman|Welshwoman|Scotswoman';

/**
 * Short forms of given names and the names they shorten (`Nick Sandmann` is `Nicholas Sandmann`): the common
 * English ones only, lower case.
 */
export const SHORT_GIVEN_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['nick', 'nicholas'], ['bill', 'william'], ['will', 'william'], ['bob', 'robert'], ['rob', 'robert'], ['bobby', 'robert'],
      ['mike', 'michael'], ['jim', 'james'], ['jimmy', 'james'], ['tom', 'thomas'], ['tommy', 'thomas'], ['joe', 'joseph'],
      ['dave', 'david'], ['dan', 'daniel'], ['danny', 'daniel'], ['chris', 'christopher'], ['matt', 'matthew'], ['tony', 'anthony'],
      ['steve', 'stephen steven'], ['ben', 'benjamin'], ['sam', 'samuel'], ['alex', 'alexander'], ['andy', 'andrew'],
      ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['kate', 'katherine catherine'], ['pat', 'patrick patricia'], ['ted', 'edward'],
      ['ed', 'edward'], ['don', 'donald'], ['ron', 'ronald'], ['tim', 'timothy'], ['jeff', 'jeffrey'], ['greg', 'gregory'],
      ['rick', 'richard'], ['dick', 'richard'], ['chuck', 'charles'], ['charlie', 'charles'], ['jerry', 'gerald'], ['larry', 'lawrence'],
      ['fred', 'frederick'], ['jon', 'jonathan'], ['nate', 'nathan'], ['pete', 'peter'], ['phil', 'philip phillip'], ['ray', 'raymond'],
      ['sue', 'susan'], ['cathy', 'catherine'], ['kathy', 'kathleen katherine'], ['debbie', 'deborah'], ['jenny', 'jennifer'],
      ['ken', 'kenneth'], ['doug', 'douglas'], ['frank', 'francis'], ['jack', 'john'], ['hank', 'henry'], ['vicky', 'victoria'],
    ] as const
  ).map(([short, full]) => [short, full.split(' ')]),
);
