/**
 * The word lists the actor and quote stages share, read once from `../lexicons/*.json` and the
 * world-countries package and turned into sets and maps for constant-time look-ups.
 */
import countries from 'world-countries/countries.json' with { type: 'json' };
import anonymousJson from '../lexicons/anonymous-sources.json' with { type: 'json' };
import attributiveNounsJson from '../lexicons/attributive-nouns.json' with { type: 'json' };
import commonJson from '../lexicons/common-words.json' with { type: 'json' };
import epithetsJson from '../lexicons/epithets.json' with { type: 'json' };
import familyNounsJson from '../lexicons/family-nouns.json' with { type: 'json' };
import genderJson from '../lexicons/gender-cues.json' with { type: 'json' };
import shortFormsJson from '../lexicons/country-short-forms.json' with { type: 'json' };
import groupsJson from '../lexicons/groups.json' with { type: 'json' };
import honorificsJson from '../lexicons/honorifics.json' with { type: 'json' };
import ingestOutletsJson from '../lexicons/ingest-outlets.json' with { type: 'json' };
import newsOutletsJson from '../lexicons/news-outlets.json' with { type: 'json' };
import nonActorJson from '../lexicons/non-actor-names.json' with { type: 'json' };
import nonActorContextsJson from '../lexicons/non-actor-contexts.json' with { type: 'json' };
import nameWordsJson from '../lexicons/name-words.json' with { type: 'json' };
import namingPhrasesJson from '../lexicons/naming-phrases.json' with { type: 'json' };
import unnamedSpeakersJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import connectedBodyHeadsJson from '../lexicons/connected-body-heads.json' with { type: 'json' };
import usStatesJson from '../lexicons/us-states.json' with { type: 'json' };
import organizationsJson from '../lexicons/organizations.json' with { type: 'json' };
import pronounsJson from '../lexicons/pronouns.json' with { type: 'json' };
import publicationNounsJson from '../lexicons/publication-nouns-after-name.json' with { type: 'json' };
import sentenceAdverbsJson from '../lexicons/sentence-adverbs.json' with { type: 'json' };
import speechVerbsJson from '../lexicons/speech-verbs.json' with { type: 'json' };
import spanishSpeechVerbsJson from '../lexicons/speech-verbs-spanish.json' with { type: 'json' };
import titlesJson from '../lexicons/titles.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

/** A well-known institution from the organisations lexicon. */
export interface Institution {
  name: string;
  country?: string;
}

/** What the lexicons know about one speech-verb form. */
export interface SpeechVerb {
  lemma: string;
  /** The object of the verb is the listener ("told reporters"), never the speaker. */
  listener: boolean;
  /** A verb of stance rather than saying ("expressed a desire to “…”"): recorded as rule stance-verb-quote. */
  stance?: boolean;
}

const toSet = (words: readonly string[]): Set<string> => new Set(words.map(foldText));

/** Speech-verb forms ("said", "adds", "warning"; Spanish "dijo", folded "afirmo") to their lemma and listener flag. */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map([
  ...Object.entries(speechVerbsJson.verbs).flatMap(([lemma, entry]) =>
    entry.forms.map((form): [string, SpeechVerb] => [form, { lemma, listener: 'listener' in entry && entry.listener === true, ...('stance' in entry && entry.stance === true ? { stance: true } : {}) }]),
  ),
  ...Object.entries(spanishSpeechVerbsJson.verbs).flatMap(([lemma, entry]) => entry.forms.map((form): [string, SpeechVerb] => [foldText(form), { lemma, listener: false }])),
]);
/** Verbs whose inverted subject needs no comma before them ("… the tip of the iceberg thinks NAME, editor of X."). */
export const INVERTED_WITHOUT_COMMA: ReadonlySet<string> = toSet(speechVerbsJson.invertedWithoutComma);
/** Finite verbs of saying that may open a sentence before their subject ("Remarked NAME, “…”"). */
export const INVERTED_OPENING: ReadonlySet<string> = toSet(speechVerbsJson.invertedOpening);
/** Verbs whose object is the speaker ("CNN cited Peskov"). */
export const OBJECT_SPEAKER_VERBS: ReadonlySet<string> = toSet(speechVerbsJson.objectSpeaker);
/** Participles that open a phrase between a subject and its verb ("NAME speaking to X called it …"). */
export const PARTICIPLES_OF_SPEAKING: ReadonlySet<string> = toSet(speechVerbsJson.participlesOfSpeaking);
/** Nouns for what a speaker puts out ("the bank's statement said"): their possessor speaks. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = toSet(speechVerbsJson.documents);
export const HONORIFICS: ReadonlySet<string> = toSet(honorificsJson.honorifics);
/** Titles of a peer ("Lord", "Baroness"), after which a surname and "of" + a place are one name ("Lord Nicholls of Foyle"). */
export const PEER_TITLES: ReadonlySet<string> = toSet(honorificsJson.peerTitles);
export const TITLE_HEADS: ReadonlySet<string> = toSet(titlesJson.heads);
export const TITLE_MODIFIERS: ReadonlySet<string> = toSet(titlesJson.modifiers);
export const LEADER_TITLES: ReadonlySet<string> = toSet(titlesJson.leaders);
export const GENERIC_TITLES: ReadonlySet<string> = toSet(titlesJson.generic);
/** Heads a "boss" can stand for ("the CBI boss" → director general, "the Tesco boss" → chief executive). */
export const BOSS_TITLES: ReadonlySet<string> = toSet(titlesJson.bosses);
/** Titles that name their one holder ("the Queen", "the Pope"): a role mention of them is an alias of the person. */
export const SOVEREIGN_TITLES: ReadonlySet<string> = toSet(titlesJson.sovereigns);
/** Titles written before a given name alone ("Prince Charles", "King Olav"): that name is no first name of another person. */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = toSet(titlesJson.givenNameTitles);
/** Single words that can end a multi-word title head ("minister" of "prime minister"). */
export const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(titlesJson.heads.map((h) => foldText(h).split(/\s+/).at(-1) ?? h));
export const ORG_HEADS: ReadonlySet<string> = toSet(organizationsJson.heads);
/** Lower-case words that end the name of a place, never of a person ("Rue Neuve", "Northwest Passage"). */
export const PLACE_HEADS: ReadonlySet<string> = toSet(organizationsJson.placeHeads);
/** Lower-case nouns after which "of" introduces a place ("the fishing village of San Roque", "the province of Kogi"). */
export const PLACES_OF: ReadonlySet<string> = toSet(organizationsJson.placesOf);
/** Nouns for a place right before its name ("the Argentine capital Porto Vela"). */
export const PLACES_BEFORE_NAME: ReadonlySet<string> = toSet(organizationsJson.placesBeforeName);
/** Letters after a name that are not part of it ("Simon Adeyemi KC"); case kept. */
/** Words whose possessive may open an organisation's name ("King's College London"). */
export const POSSESSIVE_NAME_WORDS: ReadonlySet<string> = toSet(organizationsJson.possessiveNameWords);
export const POST_NOMINALS: ReadonlySet<string> = new Set(organizationsJson.postNominals);
/** Honorifics, role and kinship nouns and pronouns that show a man ("Mr", "spokesman", "husband", "he"). */
export const MALE_CUES: ReadonlySet<string> = toSet(genderJson.male);
/** Honorifics, role and kinship nouns and pronouns that show a woman ("Mrs", "spokeswoman", "wife", "she"). */
export const FEMALE_CUES: ReadonlySet<string> = toSet(genderJson.female);
/** Male-marked nouns that as an epithet are written for women too ("the actor said"). */
export const EPITHET_NEUTRAL: ReadonlySet<string> = toSet(genderJson.epithetNeutral);
/** Lower-case nouns that make "the" + a person's name + the noun an organisation ("the Biden campaign"). */
export const AFTER_PERSON_NAME: ReadonlySet<string> = toSet(organizationsJson.afterPersonName);
/** Lower-case nouns that, after "the", stand for an organisation named before ("the authority said"). */
export const ORG_BACK_REFERENCES: ReadonlySet<string> = toSet([...organizationsJson.backReferences, ...organizationsJson.typedBackReferences]);
/** Nouns for a body that, after "the" as the subject of a verb of saying, name it themselves when no name holds them ("the government said"). */
export const SPEAKING_BODIES: ReadonlySet<string> = toSet(organizationsJson.speakingBodies);
/** Nouns of `speakingBodies` that alone, as the subject of a verb of saying with no body named before holding them, name the body ("the government said"). */
export const SPEAKING_BODIES_ALONE: ReadonlySet<string> = toSet(organizationsJson.speakingBodiesAlone);
/** Nouns for a kind of organisation ("the band") that stand only for one the text introduced with the noun ("US rock band REM"). */
export const TYPED_BACK_REFERENCES: ReadonlySet<string> = toSet(organizationsJson.typedBackReferences);
/** Back-reference nouns naming a kind of body ("committee", "council"): one never stands for a body named as another kind. */
export const ORG_BODY_KINDS: ReadonlySet<string> = toSet(organizationsJson.bodyKinds);
/** Nouns that introduce an organisation's name right after them ("magazine Mobile Weekly", "the charity Oxfam"). */
export const INTRODUCING_NOUNS: ReadonlySet<string> = toSet([...organizationsJson.introducingNouns, ...organizationsJson.typedBackReferences]);
/** "a Woolworths spokesperson", "chief executive of Sony": an organisation's people and belongings, after or before its one-word name. */
/** "the Commons science and technology committee", "Northamptonshire police": lower-case nouns that end a body's name. */
export const LOWER_CASE_BODIES: ReadonlySet<string> = toSet(organizationsJson.lowerCaseBodies);
export const STAFF_NOUNS: ReadonlySet<string> = toSet(organizationsJson.staffNouns);
/** "a lawyer for Amy Hart", "the agent of NAME": titles whose of/for object is a client, often a person, so no sign of an organisation. */
export const CLIENT_ROLES: ReadonlySet<string> = toSet(organizationsJson.clientRoles);
/** Nouns for publications ("the magazine said"): they stand only for an organisation introduced by them or named with them. */
export const PUBLICATION_NOUNS: ReadonlySet<string> = toSet(organizationsJson.publicationNouns);
/** Nouns for a publication right after its name ('the China Daily newspaper', 'Time magazine'): the name is an outlet's. */
export const PUBLICATION_NOUNS_AFTER_NAME: ReadonlySet<string> = toSet(publicationNounsJson.nouns);
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(organizationsJson.notAcronyms);
export const COMMON_WORDS: ReadonlySet<string> = toSet(commonJson.words);
/** Names that are also ordinary words ("May", "Frost", "Dear"): names only beside another name word, or as the surname of someone named in full. */
export const NAME_WORDS: ReadonlySet<string> = toSet(nameWordsJson.words);
/** Last words of the nouns that give the next word as a person's name ("the pseudonym Katya", "first name Mei"). */
export const NAMING_NOUNS: ReadonlySet<string> = new Set(namingPhrasesJson.nouns.map((n) => foldText(n).split(/\s+/).at(-1) ?? n));
/** Words before "as" and a person's name ("identified only as Karim", "gave her name as Mei"). */
export const NAMING_BEFORE_AS: ReadonlySet<string> = toSet(namingPhrasesJson.beforeAs);
/** Words between a noun for one unnamed person and that person's name ("a student named Lin"). */
export const NAMING_AFTER_PERSON_NOUN: ReadonlySet<string> = toSet(namingPhrasesJson.afterPersonNoun);
/** Singular nouns for one unnamed person ("student", "man", "resident"). */
export const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = toSet(unnamedSpeakersJson.people);
export const SENTENCE_STARTERS: ReadonlySet<string> = toSet(commonJson.sentenceStarters);
export const GROUP_WORDS: ReadonlySet<string> = toSet(groupsJson.groups);
/** Plural nouns for some of an organisation's people ("Members of …"): the phrase is no organisation. */
export const PART_OF_NOUNS: ReadonlySet<string> = toSet(groupsJson.partOf);
/** Heads of descriptive epithets for a person just named ("the world indoor champion"). */
export const EPITHET_HEADS: ReadonlySet<string> = new Set([...epithetsJson.heads, ...Object.keys(epithetsJson.leadRoles)].map((w) => w.toLowerCase()));
/** Nouns before "holder" that make a two-word epithet head of it ("the world record holder", "the title holder"). */
export const EPITHET_HOLDER_OF: ReadonlySet<string> = toSet(epithetsJson.holderOf);
/** Heads of a public office used as an epithet for the person just made the subject ("the shadow chancellor said"), when nobody holds the office by name. */
export const OFFICE_EPITHET_HEADS: ReadonlySet<string> = toSet(epithetsJson.offices);
/** Words that make another office of the one after them ("Vice President", "shadow chancellor", "former minister"). */
export const OTHER_OFFICE_QUALIFIERS: ReadonlySet<string> = toSet(epithetsJson.otherOfficeQualifiers);
/** Roles before a name that no holder of a public office has too ("BBC political editor NAME", "Tory chairman NAME"). */
export const OTHER_ROLE_HEADS: ReadonlySet<string> = toSet(epithetsJson.otherRoleHeads);
/** Functional roles that are epithets only after a lead naming the role without the name, with the words of the same office ("minister": secretary, chancellor). */
export const LEAD_ROLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(epithetsJson.leadRoles as Record<string, string[]>).map(([role, words]) => [role, new Set(words)]));
/** Capitalised nouns for a person of a nation ("the Scot", "the Briton"). */
export const NATIONALITY_NOUNS: ReadonlySet<string> = toSet(epithetsJson.nationalityNouns);
/** Nouns for a person in a relation to another ("partner", "friend"). */
export const RELATION_NOUNS: ReadonlySet<string> = toSet(epithetsJson.relations);
/** Nouns of family relation ("his son said", "the mother said"): a teller named by one is the one person introduced with it (`cues/kin-teller.ts`). */
export const KIN_NOUNS: ReadonlySet<string> = toSet(familyNounsJson.nouns);
/** Nouns for a relative or a gendered person ("wife", "uncle", "woman"), as in "his wife Mary" or "her uncle, NAME". */
export const KIN_AND_GENDER_NOUNS: ReadonlySet<string> = new Set([...MALE_CUES, ...FEMALE_CUES, ...RELATION_NOUNS]);
/** Words that may follow an epithet after a speech verb ("said the champion on Sunday"). */
export const EPITHET_FOLLOWERS: ReadonlySet<string> = toSet(epithetsJson.followers);
export const PERSON_PRONOUNS: ReadonlySet<string> = toSet(pronounsJson.person);
export const PLURAL_PRONOUNS: ReadonlySet<string> = toSet(pronounsJson.plural);
/** Every form of "he" and "she" ("him", "her", "himself"): a word that may point at another person. */
export const PERSON_PRONOUN_FORMS: ReadonlySet<string> = toSet(pronounsJson.personForms);
export const ORG_PRONOUNS: ReadonlySet<string> = toSet(pronounsJson.organization);
/** Relative words that open a clause about a person ("the actor, whose films include …, said"). */
export const PERSON_RELATIVES: ReadonlySet<string> = toSet(pronounsJson.personRelative);
/** Possessives that may own a relative's noun before a name ("His wife Mary", "Munk's daughter Anna"). */
export const OWNER_WORDS: ReadonlySet<string> = toSet(pronounsJson.owners);
/** Sentence adverbs that may stand, with a comma, before an opening phrase ("However, speaking to …, NAME said"). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = toSet(sentenceAdverbsJson.adverbs);
export const ANONYMOUS_HEADS: ReadonlySet<string> = toSet(anonymousJson.heads);
/** Heads that are adjectives before a document noun ("an official statement"): no source there. */
export const ANONYMOUS_ADJECTIVES_BEFORE_DOCUMENTS: ReadonlySet<string> = toSet(anonymousJson.adjectivesBeforeDocuments);
export const ANONYMOUS_STRONG_HEADS: ReadonlySet<string> = toSet(anonymousJson.strongHeads);
export const ANONYMOUS_MODIFIERS: ReadonlySet<string> = toSet(anonymousJson.modifiers);
export const ANONYMOUS_DETERMINERS: ReadonlySet<string> = toSet(anonymousJson.determiners);
/** "the source", "this official": a bare head after these points back to a source named before. */
export const ANONYMOUS_BACK_DETERMINERS: ReadonlySet<string> = toSet(anonymousJson.backDeterminers);
export const PEOPLE_FAMILIAR: ReadonlySet<string> = toSet(anonymousJson.peopleFamiliar);
/** Plural nouns for people after which "One of the …" is one unnamed person ("One of the victims said"). */
export const ONE_OF_NOUNS: ReadonlySet<string> = toSet(anonymousJson.oneOf);
/** Heads of an anonymous source that speaks for its organisation ("a Cabinet Office spokeswoman"). */
export const SPEAKS_FOR_HEADS: ReadonlySet<string> = toSet(anonymousJson.speaksFor);
/** Plural nouns for a body of people who speak together ("The judges called it …"). */
export const SPEAKING_GROUPS: ReadonlySet<string> = toSet(anonymousJson.speakingGroups);
/** Nouns for people who comment from outside the news ("analysts", "critics", "one analyst"): an anonymous source before a speech verb. */
export const COMMENTATORS: ReadonlySet<string> = toSet(anonymousJson.commentators);

/** Institution names and spellings (folded) to the institution. */
export const INSTITUTIONS: ReadonlyMap<string, Institution> = new Map(
  [...organizationsJson.institutions, ...organizationsJson.companies].flatMap((entry) => {
    const institution: Institution = { name: entry.name, ...('country' in entry && entry.country ? { country: entry.country } : {}) };
    return entry.aliases.map((alias): [string, Institution] => [foldText(alias), institution]);
  }),
);
/** The canonical names the institutions lexicon gives ("Labour Party", "European Union"), which an article may never write, each with the lexicon's own aliases of it. */
export const INSTITUTION_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  [...organizationsJson.institutions, ...organizationsJson.companies].map((entry): [string, readonly string[]] => [entry.name, entry.aliases]),
);
/**
 * Folded institution aliases that come only from all-capital forms ("who" from "WHO"): a look-up by one of
 * these needs the text in capitals ("Who" starting a question is no organisation).
 */
export const ACRONYM_ONLY_INSTITUTIONS: ReadonlySet<string> = (() => {
  const cased = new Set<string>();
  const other = new Set<string>();
  for (const entry of [...organizationsJson.institutions, ...organizationsJson.companies]) for (const alias of entry.aliases) (/^[A-Z.]+$/.test(alias) ? cased : other).add(foldText(alias));
  return new Set([...cased].filter((k) => !other.has(k)));
})();

/** Folded names of well-known companies named by one word ("sony"): capitals after one name a product of it. */
export const COMPANIES: ReadonlySet<string> = new Set(organizationsJson.companies.flatMap((entry) => entry.aliases.map(foldText)));

/** Words that end the name of an event, contest, award or inquiry ("Grand Prix", "Marathon", "Inquiry"): no actor. */
export const EVENT_HEADS: ReadonlySet<string> = toSet(nonActorJson.eventHeads);
/** "Champions", "Nations": plural nouns for who plays in a contest; "League" after one ends a contest's name ("the Champions League"). */
export const CONTEST_LEAGUE_ENTRANTS: ReadonlySet<string> = toSet(nonActorJson.contestLeagueEntrants);
/** "Tenure of Office Act", "Act of Parliament": words that head or end the names of laws. */
/** "at the Conservative Party Conference": heads of names that are events after "at" or "during". */
export const MEETING_HEADS: ReadonlySet<string> = toSet(nonActorJson.meetingHeads);
export const LAW_HEADS: ReadonlySet<string> = toSet(nonActorJson.lawHeads);
/** "the Clean Water Law", "the governor's Fair Wages Law": words that end a law's name only after "the" or a possessive ("Jude Law" is a person). */
export const DETERMINED_LAW_HEADS: ReadonlySet<string> = toSet(nonActorJson.determinedLawHeads);
/** Words that start the two-word name of a place ("Cape Canaveral", "Mount Kenya"). */
export const PLACE_OPENERS: ReadonlySet<string> = toSet(nonActorJson.placeOpeners);
/** Words that end the name of a thing, not an actor ("James Webb Telescope", "Bankash-A Trojan"). */
export const PRODUCT_HEADS: ReadonlySet<string> = toSet(nonActorJson.productHeads);
/** Words that end the name of a building or road ("Jolo Cathedral", "Fath Airport"): a place, unless a speech verb follows. */
export const BUILDING_HEADS: ReadonlySet<string> = toSet(nonActorJson.buildingHeads);
/** Kinds of work ("novel", "film", "musical"): capitals right after one are its title. */
export const WORK_NOUNS: ReadonlySet<string> = toSet(nonActorJson.workNouns);
/** Kinds of made thing: capitals right after one name the thing ("the anabolic steroid ZRX"). */
export const PRODUCT_NOUNS: ReadonlySet<string> = toSet(nonActorJson.productNouns);
/** Kinds of work read so only before a list of titles ("hits such as …"): alone they may be verbs. */
export const LISTED_WORK_NOUNS: ReadonlySet<string> = toSet(nonActorJson.listedWorkNouns);
/** Kinds of work read so only before a list opened by "such as", "including" or "like" ("games such as …"). */
export const EXAMPLED_WORK_NOUNS: ReadonlySet<string> = toSet(nonActorJson.exampledWorkNouns);
/** Words after which a listed kind of work is a noun ("for hit", "their hit"), not a verb. */
export const LISTED_WORK_NOUN_LEADS: ReadonlySet<string> = toSet(nonActorJson.listedWorkNounLeads);
/** Words that open a region's name ending in a country's ("New South Wales", "North Wales"). */
export const PLACE_QUALIFIERS: ReadonlySet<string> = toSet(nonActorJson.placeQualifiers);
/** Exact-case prefixes of ships' names ("MV", "HMS"). */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(nonActorJson.vesselPrefixes);
/** Kinds of ship that name one before its name ("the cargo ship Kestrel Dawn"). */
export const VESSEL_NOUNS: ReadonlySet<string> = toSet(nonActorJson.vesselNouns);
/** Words that make a sentence about a cast, in which "as" NAME is a character ("star as the mother, Amanda Wingfield"). */
export const CASTING_WORDS: ReadonlySet<string> = toSet(nonActorJson.castingWords);
/** Lower-case nouns after which capitals only qualify an event ("the Leipzig International meeting"). */
export const EVENT_NOUNS: ReadonlySet<string> = toSet(nonActorJson.eventNouns);
/** Last parts of hyphenated describing words before a name ("State-owned", "Yemen-based"). */
export const MODIFIER_SUFFIXES: ReadonlySet<string> = toSet(nonActorJson.modifierSuffixes);
/** Endings of nationality nouns before a name ("Dutchman", "Frenchwoman"). */
export const NATIONALITY_NOUN_ENDINGS: readonly string[] = nonActorJson.nationalityNouns;

/** News outlets and agencies (folded, without a leading "the"). */
export const OUTLETS: ReadonlySet<string> = new Set([...ingestOutletsJson.outlets, ...newsOutletsJson.outlets].map((o) => foldText(o).replace(/^the\s+/, '')));
/** Words that after an outlet's name name a part of it ("BBC News", "BBC Radio"). */
export const OUTLET_SUB_BRANDS: ReadonlySet<string> = toSet(newsOutletsJson.subBrands);
/** Words or pairs of words that end an outlet's name ("Xinhua News Agency", "Samoa Observer"). */
export const OUTLET_HEADS: ReadonlySet<string> = toSet(newsOutletsJson.heads);

/** All-capital institution aliases ("EU", "UN") that are also acronyms; case matters for these. */
export const INSTITUTION_ACRONYMS: ReadonlySet<string> = new Set(
  organizationsJson.institutions.flatMap((entry) => entry.aliases.filter((a) => /^[A-Z.]+$/.test(a))),
);

const SHORT_CODE = /^[A-Z]{2,3}$/;

/** Country names, official names, long alternative spellings and short forms (case kept) to the common name. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = buildCountryNames();
/** Capital cities: names of places, never of people ("Paris", "Moscow"). */
export const CAPITALS: ReadonlySet<string> = new Set(countries.flatMap((c) => c.capital ?? []));
/** Demonyms ("French", "British") to the country's common name. */
export const COUNTRY_DEMONYMS: ReadonlyMap<string, string> = buildDemonyms();
/** Plural demonyms ("Russians", "Ukrainians") to the country's common name: groups of people. */
export const PLURAL_DEMONYMS: ReadonlyMap<string, string> = new Map(
  [...COUNTRY_DEMONYMS].filter(([d]) => /[a-z]$/.test(d) && !/(sh|ch|ese|ss)$/.test(d)).map(([d, c]) => [`${d}s`, c]),
);

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const country of countries) {
    const common = country.name.common;
    names.set(common, common);
    names.set(country.name.official, common);
    for (const alt of country.altSpellings) {
      // Two- and three-letter codes ("IN", "IT", "ME") are ordinary words too often to read as countries.
      if (!SHORT_CODE.test(alt) && /^\p{Lu}/u.test(alt)) names.set(alt, common);
    }
  }
  for (const [short, common] of Object.entries(shortFormsJson.shortForms)) names.set(short, common);
  for (const nation of shortFormsJson.nations) names.set(nation, nation);
  return names;
}

function buildDemonyms(): Map<string, string> {
  const demonyms = new Map<string, string>();
  // UN members first, so that "French" is France, not the French Southern and Antarctic Lands.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const eng = country.demonyms?.eng;
    if (!eng) continue;
    for (const d of [eng.m, eng.f]) if (d && !demonyms.has(d)) demonyms.set(d, country.name.common);
  }
  for (const [d, common] of Object.entries(shortFormsJson.demonyms)) demonyms.set(d, common);
  return demonyms;
}

/** Prepositions that never come right before a person's name ("in Tel Aviv"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = toSet(nonActorJson.placePrepositions);
/** Prepositions after which a place is the setting, not an actor ("in Finland", "from Kenya"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = toSet(nonActorJson.locativePrepositions);
/** Nouns for a person after which a place before a name is where the person is from ("Northern Ireland man NAME"). */
export const PERSON_NOUNS_AFTER_PLACE: ReadonlySet<string> = toSet(nonActorJson.personNounsAfterPlace);
/** Words that end the names of venues and halls as well as people's and bodies' names ("Bontddu Hall", "Stuart Hall"). */
export const VENUE_HEADS: ReadonlySet<string> = toSet(nonActorJson.venueHeads);
/** "Stade", "Estadio": words for a stadium that open a venue's name ("the Stade de France"). */
export const VENUE_OPENERS: ReadonlySet<string> = toSet(nonActorJson.venueOpeners);
/** Words that end the names of streets, squares and hills ("Wall Street", "Capitol Hill"), and some people's ("William Hill"). */
export const STREET_HEADS: ReadonlySet<string> = toSet(nonActorJson.streetHeads);
/** Prepositions that put a street as the setting besides the venues' ("on Wall Street", "missing from Capitol Hill"). */
export const STREET_PREPOSITIONS: ReadonlySet<string> = toSet(nonActorJson.streetPrepositions);
/** Nouns for goods, plants, money, features, squads, licences, tours, events and standards that a name right before them only qualifies ("Norway spruce", "her Onyx Hotel tour"). */
export const QUALIFIED_NOUNS: ReadonlySet<string> = toSet(nonActorJson.qualifiedNouns);
/** Words that make a name ending in a venue's head a body working there ("Medical Center", "Research Centre"). */
export const VENUE_BODY_WORDS: ReadonlySet<string> = toSet(nonActorJson.venueBodyWords);
/** Nouns for a person of a story, before or after the character's name ("the character Tasha Yar", "X, a Marvel character"). */
export const CHARACTER_NOUNS: ReadonlySet<string> = toSet(nonActorJson.characterNouns);
/** Verbs and nouns of going somewhere: a place after one of them and "to" is a destination ("traveled to Canada"). */
export const MOTION_VERBS: ReadonlySet<string> = toSet(nonActorContextsJson.motionVerbs);
/** Words for one who holds or seeks a seat: a name after one of them and "for" is a constituency ("MP for West Ham"). */
export const SEAT_HOLDERS: ReadonlySet<string> = toSet(nonActorContextsJson.seatHolders);
/** Currency signs: a place right before one only qualifies the money ("US$50 billion"). */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(nonActorContextsJson.currencySigns);
/** Words right before the title of a work ("a report entitled Broadband Britain", "his 2009 release Together Through Life"). */
export const TITLE_WORDS: ReadonlySet<string> = toSet(nonActorContextsJson.titleWords);
/** Two-word phrases right before the title of a performer's or nominee's work ("her performance in Harbour Lights", "nominated for Blue Acre"). */
export const WORK_FRAMES: ReadonlySet<string> = toSet(nonActorContextsJson.workFrames);
/** Kinds of thing that an appositive may call a name ("Hagia Sophia, now a museum"). */
export const THING_NOUNS: ReadonlySet<string> = toSet(nonActorContextsJson.thingNouns);
/** Adverbs that may open such an appositive ("formerly", "now"). */
export const APPOSED_ADVERBS: ReadonlySet<string> = toSet(nonActorContextsJson.apposedAdverbs);
/** Nouns and adjectives that a place right before them only qualifies ("Maidan Wardak province", "US citizens", "UK voters"). */
export const PLACE_QUALIFIED_NOUNS: ReadonlySet<string> = toSet(nonActorJson.placeQualifiedNouns);
/** Lower-case words after a place that are no plain noun it qualifies: irregular past tenses, a side's nouns, modals, function words, adverbs ('Norway won', 'the England job', 'Britain must', 'China also'). */
export const NOT_PLAIN_NOUNS: ReadonlySet<string> = toSet([...attributiveNounsJson.pastTenses, ...attributiveNounsJson.teamNouns, ...attributiveNounsJson.otherWords]);
/** Nouns for a division of a country, after which a name is a place ("Maidan Wardak province"). */
export const ADMINISTRATIVE_NOUNS: ReadonlySet<string> = toSet(nonActorJson.administrativeNouns);
/** Lower-case nouns after which a name names a vehicle or craft ("a Crew Dragon capsule"). */
export const VEHICLE_NOUNS: ReadonlySet<string> = toSet([...nonActorJson.vehicleNouns, ...nonActorJson.vesselNouns]);
/** Lower-case nouns that may also follow a craft's name ("the next Crew Dragon mission"). */
export const VEHICLE_USES: ReadonlySet<string> = toSet(nonActorJson.vehicleUses);
/** Forms of "drive": a name after one and "a" or "an" is a vehicle ("driving a red Ardent Comet"). */
export const DRIVING_VERBS: ReadonlySet<string> = toSet(nonActorJson.drivingVerbs);
/** Capitalised words that end a club's name after a place ("Manchester City", "Leeds United"): with a verb of saying after it, the name is the club's. */
export const CLUB_SUFFIXES: ReadonlySet<string> = toSet(organizationsJson.clubSuffixes);
/** Words that end the names of programmes, funds, projects and plans ("Housing Trust Fund"), and of some bodies ("World Food Programme"). */
export const PROGRAMME_HEADS: ReadonlySet<string> = toSet(nonActorContextsJson.programmeHeads);
/** Lower-case nouns for a programme, a grant, a plan or a built work ("a state grant program", "a gravel road"). */
export const PROGRAMME_NOUNS: ReadonlySet<string> = toSet(nonActorContextsJson.programmeNouns);
/** Plural nouns for programmes that open a list of them ("programs such as X, Y and Z"). */
export const LISTED_PROGRAMME_NOUNS: ReadonlySet<string> = toSet(nonActorContextsJson.listedProgrammeNouns);
/** One or two words right before a programme's name that run, fund or hold it as a thing ("launched", "funding for", "part of"). */
export const PROGRAMME_GOVERNORS: ReadonlySet<string> = toSet(nonActorContextsJson.programmeGovernors);
/** Nouns for a broadcast show after a channel's possessive and the show's title ("Five's Wright Stuff show"). */
export const BROADCAST_NOUNS: ReadonlySet<string> = toSet(nonActorJson.broadcastNouns);
/** Lower-case nouns for a show, fair or festival that describe a name as an event ("the largest consumer electronics show"). */
export const EVENT_DESCRIPTIONS: ReadonlySet<string> = toSet(nonActorContextsJson.eventDescriptions);
/** Words for an amount of money right before a name ("$300 million X", "£2bn X"). */
export const AMOUNT_WORDS: ReadonlySet<string> = toSet(nonActorContextsJson.amountWords);
/** Copulas after which a phrase says what a name is ("X is a fund"). */
export const DESCRIBING_COPULAS: ReadonlySet<string> = toSet(nonActorContextsJson.describingCopulas);
/** Articles that open such a phrase. */
export const DESCRIBING_ARTICLES: ReadonlySet<string> = toSet(nonActorContextsJson.describingArticles);
/** Words that end the phrase's head: a relative, a preposition or a conjunction ("a charity that runs a program"). */
export const DESCRIBING_PHRASE_ENDS: ReadonlySet<string> = toSet(nonActorContextsJson.describingPhraseEnds);
/** "National Conference of Mayors", "Campaign for Cleaner Rivers": words that head a body's name before "of"/"for" and capitals. */
export const CONNECTED_HEADS_OF_FOR: ReadonlySet<string> = toSet(connectedBodyHeadsJson.beforeOfOrFor);
/** "Committee to Protect Reporters", "Network to Count Attacks": words after which "to" and a capital go on with a body's name. */
export const CONNECTED_HEADS_TO: ReadonlySet<string> = toSet(connectedBodyHeadsJson.beforeTo);
/** Heads of a post that a lead may give its speaker by before naming them in the next sentences ("France's finance minister has said …" ⏎ "NAME said …"): offices, bosses and `namedNextHeads`. */
export const POSTS_NAMED_NEXT: ReadonlySet<string> = new Set([...OFFICE_EPITHET_HEADS, ...BOSS_TITLES, ...toSet(epithetsJson.namedNextHeads)]);

/** US states, by their names as written ("Connecticut", "New Mexico"; not folded: compared with a token's text). */
export const US_STATES: ReadonlySet<string> = new Set(usStatesJson.states);

/** The marks of a possessive written as a token of its own ("'s", or a bare apostrophe after a plural). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", '’s', '’']);
