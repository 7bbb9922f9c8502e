/**
 * Stage 3 of actors: decide what each run of capitalised words names — a person (with the
 * roles written around the name), an organisation, a country, a group — or nothing.
 */
import { peerCoreStart } from './peer-designation.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameRun } from './02-find-name-runs.ts';
import {
  AFTER_PERSON_NAME,
  BUILDING_HEADS,
  CASTING_WORDS,
  CAPITALS,
  CLUB_SUFFIXES,
  COMMON_WORDS,
  COMPANIES,
  COUNTRY_DEMONYMS,
  COUNTRY_NAMES,
  EVENT_HEADS,
  CONTEST_LEAGUE_ENTRANTS,
  LAW_HEADS,
  DETERMINED_LAW_HEADS,
  MEETING_HEADS,
  EVENT_NOUNS,
  GROUP_WORDS,
  PLACE_OPENERS,
  PLACE_QUALIFIERS,
  PRODUCT_HEADS,
  WORK_NOUNS,
  LISTED_WORK_NOUNS,
  EXAMPLED_WORK_NOUNS,
  TITLE_WORDS,
  WORK_FRAMES,
  THING_NOUNS,
  APPOSED_ADVERBS,
  VESSEL_NOUNS,
  VESSEL_PREFIXES,
  HONORIFICS,
  INTRODUCING_NOUNS,
  LOCATIVE_PREPOSITIONS,
  LOWER_CASE_BODIES,
  INSTITUTIONS,
  ACRONYM_ONLY_INSTITUTIONS,
  MODIFIER_SUFFIXES,
  NATIONALITY_NOUN_ENDINGS,
  NAME_WORDS,
  NATIONALITY_NOUNS,
  NOT_ACRONYMS,
  OUTLETS,
  OUTLET_SUB_BRANDS,
  ORG_HEADS,
  CONNECTED_HEADS_OF_FOR,
  POSSESSIVE_MARKS,
  PLACE_HEADS,
  PLACES_OF,
  PLACES_BEFORE_NAME,
  PRODUCT_NOUNS,
  LISTED_WORK_NOUN_LEADS,
  PLURAL_DEMONYMS,
  POST_NOMINALS,
  PUBLICATION_NOUNS_AFTER_NAME,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
  STAFF_NOUNS,
  TITLE_HEAD_WORDS,
  TITLE_MODIFIERS,
  KIN_AND_GENDER_NOUNS,
} from './load-lexicons.ts';
import { nameWithoutNickname, nicknameOpening } from './nickname-in-name.ts';
import { isInitialsGivenName } from './initials-as-given-name.ts';
import { opensPeopleForCause } from './people-for-cause.ts';
import { isUpperCase } from '../text/is-upper-case.ts';
import { isPostAfterEventNoun } from './post-after-event-noun.ts';
import { isPersonRoleBeforeName } from './person-role-before-name.ts';
import { isNamedAfterFamilyNoun } from './family-noun-before-name.ts';
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import branchRegionsJson from '../lexicons/branch-regions.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import duoNounsJson from '../lexicons/duo-nouns.json' with { type: 'json' };
import bodyNameEndsJson from '../lexicons/body-name-ends.json' with { type: 'json' };
import { isNameParticle, isParticleJoinedName } from '../text/name-particles.ts';
import { endsDemonymBeforeName } from './demonym-before-name.ts';
import { opensIntroducedName } from './introduced-name-opening.ts';
import { isCountryBeforeCompanyWord } from './country-before-company.ts';
import { isTitleSurnameAfterCourtesy } from './title-surname-after-courtesy.ts';
import { isFunctionWordSurname } from './function-word-surname.ts';
import { isTitleSurnameAfterPost } from './title-surname-after-post.ts';

/** What a name candidate names; `surname` is a single word that needs a full name to resolve to. */
export type CandidateKind = 'person' | 'organization' | 'place' | 'group' | 'surname';

/** A classified name in the text, inclusive token indexes of the name itself (roles excluded). */
export interface NameCandidate {
  paragraph: number;
  first: number;
  last: number;
  kind: CandidateKind;
  /** The name as written ("Dmitry S. Peskov", "Kremlin", "UK"). */
  surface: string;
  /** Canonical name for institutions and countries ("United Kingdom" for "UK"). */
  canonical?: string;
  /** True when an honorific or a title comes right before ("Mr Macron", "President Biden"). */
  titled: boolean;
  honorific?: string;
  roles: string[];
  country?: string;
  affiliation?: string;
  inQuote: boolean;
  sentenceInitial: boolean;
  /** A name that is also an ordinary word ("May"): a surname only of someone the article named in full. */
  onlyIfKnown?: boolean;
  /** For an organisation, the noun that introduced its name ("magazine" in "US magazine Mobile Weekly"). */
  nouns?: string[];
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]{1,6}|(?:\p{Lu}\.){2,4})$/u;

/**
 * {@link ACRONYM} with an exact first test: after a one-unit first letter an acronym goes on with a capital, "&" or ".",
 * never with a to z, the second character of most capitalised words.
 */
function isAcronym(text: string): boolean {
  const second = text.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  return ACRONYM.test(text);
}

/** Initials ("B.C.", "S."): only text that ends in a period can be. */
function isInitials(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x2e && /^(?:\p{Lu}\.)+$/u.test(text);
}

const POSSESSIVE_OR_DETERMINER: ReadonlySet<string> = new Set(determinersJson.beforeANoun);
const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);
/** Modifiers of a title that say when or how high, never what an agency does ("Former Trump adviser" is no agency "Former Trump"). */
const RANK_MODIFIERS: ReadonlySet<string> = new Set(roleWordsJson.rankModifiers);

/**
 * Classifies the name runs of one paragraph.
 *
 * @param paragraph The tokenised paragraph.
 * @param runs Its name runs (from `findNameRuns`).
 * @param titles Where to add the titles of works the paragraph names ("the novel Cloud Atlas"), folded: the same
 *   words elsewhere in the article name the work too.
 * @param organizationWords Folded one-word names the article shows to be organisations (`findOrganizationWords`): one
 *   that is also a common word ("Facebook", "Twitter") is then a name.
 * @returns The candidates found; a run may give none ("Talk", "World War II") or several
 *   ("NATO Secretary General Jens Stoltenberg" gives NATO and Jens Stoltenberg).
 * @example
 * const p = tokenizeText(0, 'German Chancellor Olaf Scholz spoke.', []);
 * classifyNameRuns(p, findNameRuns(p))[0]
 * // => { kind: 'person', surface: 'Olaf Scholz', roles: ['German Chancellor'], country: 'Germany', … }
 */
export function classifyNameRuns(paragraph: TokenizedParagraph, runs: readonly NameRun[], titles?: Set<string>, organizationWords?: ReadonlySet<string>): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of runs) {
    const token = paragraph.tokens[run.first]!;
    if (run.first === run.last && organizationWords?.has(token.lower) && COMMON_WORDS.has(token.lower) && !INSTITUTIONS.has(token.lower)) {
      // "Facebook further claimed": a word that is also a common noun, shown to be an organisation in this article.
      out.push({ paragraph: paragraph.index, first: run.first, last: run.last, kind: 'surname', surface: token.text, titled: false, roles: [], inQuote: token.quote >= 0, sentenceInitial: run.sentenceInitial });
      continue;
    }
    if (isTitleSurnameAfterPost(paragraph.tokens, run.first, run.last)) {
      // "said Senator King": a title word after a post, a surname only of someone the article names in full ("Angus King").
      const word = paragraph.tokens[run.last]!;
      out.push({ paragraph: paragraph.index, first: run.last, last: run.last, kind: 'surname', surface: word.text, titled: true, roles: [token.text], inQuote: word.quote >= 0, sentenceInitial: false, onlyIfKnown: true });
      continue;
    }
    classifyRun(paragraph, run, out, titles);
  }
  return out;
}

function classifyRun(paragraph: TokenizedParagraph, run: NameRun, out: NameCandidate[], titles: Set<string> | undefined): void {
  const { tokens } = paragraph;
  let first = run.first;
  if (namesVessel(tokens, first, run.last)) {
    // "MV Namse Bangdzod", "the cargo ship Kestrel Dawn": a ship, named in full wherever else the article writes it.
    const start = VESSEL_PREFIXES.has(tokens[first]!.text) ? first + 1 : first;
    titles?.add(foldText(textOf(paragraph, start, run.last)));
    return;
  }
  // "Diabetes UK", "Greenpeace Nordic", "Electricity North West": an organisation named with the country or region it works in.
  const branch = branchStart(paragraph, run.first, run.last, run.sentenceInitial);
  if (branch >= 0) {
    const surface = textOf(paragraph, branch, run.last);
    out.push({ paragraph: paragraph.index, inQuote: tokens[branch]!.quote >= 0, sentenceInitial: branch === run.first && run.sentenceInitial, titled: false, roles: [], first: branch, last: run.last, kind: 'organization', surface });
    return;
  }
  // "Remarked Center for Marine Studies scientist Ann Roe,", "Added Paula Grant": a past speech verb opening an inverted sentence goes, even before a body's name.
  if (run.sentenceInitial && isOpeningSpeechVerb(tokens[first]!) && first < run.last) first++;
  // isStrippable first: both are pure, and it is the cheaper test and the one that usually fails.
  // "the Kurdish-led Syrian Democratic Forces": a describing compound goes even before an organisation's name.
  // "Briton Andy Murray", "New Yorker Dick Morris": a demonym noun before a person's name goes too.
  // "wrestling promotion World Wonder Ring Stardom": after a noun that introduces a body, its name's first word stays.
  const introduced = opensIntroducedName(tokens, first, run.last);
  while (!introduced && first <= run.last && (isStrippable(tokens[first]!, first === run.first && run.sentenceInitial, first < run.last, tokens[first + 1]) || endsDemonymBeforeName(tokens, first, run.last)) && (!isKnownName(paragraph, first, run.last) || (first < run.last && isDescribingCompound(tokens[first]!)))) first++;
  if (first > run.last) return;
  // "western New South Wales", "New Mexico": a country's name at the end of a region's is not that country.
  if (first > run.first && tokens[first - 1]!.cap && PLACE_QUALIFIERS.has(tokens[first - 1]!.lower) && COUNTRY_NAMES.has(textOf(paragraph, first, run.last))) return;
  // "Mayor of London Sadiq Khan": the words after "TITLE of" that end the title are its domain, not the name.
  const domain = domainAfterTitle(tokens, first, run.last);
  const ofRole = domain > 0 ? textOf(paragraph, first - 2, first + domain - 1) : undefined;
  if (domain > 0) {
    const prefixBase = { paragraph: paragraph.index, inQuote: tokens[first]!.quote >= 0, sentenceInitial: false, titled: false, roles: [] };
    for (let k = first; k < first + domain; k++) classifyPrefixToken(paragraph, k, prefixBase, out);
    first += domain;
  }
  // "a Minister of Legislative Assembly", "Member of Parliament (MP)": a title or staff noun before "of" and a body is a role; the body is the organisation.
  first = bodyAfterRole(tokens, first, run.last);
  // "Ann Roe, M.D., said", "she holds an M.D.": letters set off after a name, or a degree after a determiner, are no name of their own.
  if (first === run.last && POST_NOMINALS.has(tokens[first]!.text) && (tokens[first - 1]?.text === ',' || ['a', 'an', 'his', 'her', 'their'].includes(tokens[first - 1]?.lower ?? ''))) return;
  let last = run.last;
  while (last > first && POST_NOMINALS.has(tokens[last]!.text)) last--; // "Simon Adeyemi KC"
  if (isDateline(paragraph, first, last)) return;
  if (isDoubleBracketed(tokens, first, last)) return;
  const body = lowerCaseBodyAfter(tokens, last);
  if (body > 0 && tokens[first]!.quote === tokens[body]!.quote && !CALENDAR_WORDS.has(tokens[last]!.lower)) {
    // "the Commons science and technology committee", "Northamptonshire police": the body as the whole phrase.
    const bodySurface = textOf(paragraph, first, body);
    const known = institutionOf(foldText(bodySurface), bodySurface);
    out.push({ paragraph: paragraph.index, inQuote: tokens[first]!.quote >= 0, sentenceInitial: first === run.first && run.sentenceInitial, titled: false, roles: [], first, last: body, kind: 'organization', surface: bodySurface, ...(known ? { canonical: known.name } : {}), ...(known?.country ? { country: known.country } : {}) });
    return;
  }
  if (last > first && CLUB_SUFFIXES.has(tokens[last]!.lower) && speaksAfter(tokens, last)) {
    // "Manchester City has said", "Leeds United said": a place and a word that ends clubs' names, speaking, is the club.
    out.push({ paragraph: paragraph.index, inQuote: tokens[first]!.quote >= 0, sentenceInitial: first === run.first && run.sentenceInitial, titled: false, roles: [], first, last, kind: 'organization', surface: textOf(paragraph, first, last) });
    return;
  }
  if (last > first && PLACE_HEADS.has(tokens[last]!.lower) && !showsPerson(tokens, run.first, first, last)) return; // "Rue Neuve", "Northwest Passage
  if (last > first && BUILDING_HEADS.has(tokens[last]!.lower) && !speaksAfter(tokens, last) && !showsPerson(tokens, run.first, first, last)) {
    // "struck the Jolo Cathedral", "near Fath Airport"; "the International Space Station (ISS)": its short form names the
    // site too, and so do its initials written alone elsewhere ("the crew of the ISS").
    if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && isAcronym(tokens[last + 2]!.text)) titles?.add(foldText(tokens[last + 2]!.text));
    const initials = tokens.slice(first, last + 1).filter((t) => t.cap).map((t) => t.lower[0]).join('');
    if (initials.length >= 3) titles?.add(initials);
    return;
  }
  if (last === first + 1 && PLACE_OPENERS.has(tokens[first]!.lower)) return; // "Cape Canaveral", "Mount Kenya"
  if (COUNTRY_DEMONYMS.has(textOf(paragraph, first, last)) && last > first) return; // "Puerto Rican", "Saudi Arabian"
  if (isAbbreviation(tokens, first, last)) return;
  if (namesWork(tokens, first, last) || describedAsThing(tokens, last) || namesProduct(tokens, first)) {
    // "the talk show Doris Day's Best Friends": a possessor opening a title is part of it, not the title.
    if (!isPossessorAt(tokens, last)) titles?.add(foldText(textOf(paragraph, first, last)));
    return;
  }
  if (namesEvent(tokens, first, last) || namesThing(tokens, first, last)) {
    // "IAAF World Championships": the organiser in front is still named; "Great Ireland Run" names no country as an actor.
    const organisers: NameCandidate[] = [];
    for (let k = first; k < last; k++) classifyPrefixToken(paragraph, k, { paragraph: paragraph.index, inQuote: tokens[k]!.quote >= 0, sentenceInitial: false, titled: false, roles: [] }, organisers);
    for (const c of organisers) if (c.kind === 'organization') out.push(c);
    return;
  }
  if (tokens[first - 1]?.lower === 'of' && !tokens[first - 2]?.cap && PLACES_OF.has(tokens[first - 2]?.lower ?? '')) return; // "the village of San Roque"
  if (tokens[first - 1]?.word && !tokens[first - 1]!.cap && PLACES_BEFORE_NAME.has(tokens[first - 1]!.lower)) return; // "the Argentine capital Porto Vela"
  const base = { paragraph: paragraph.index, inQuote: tokens[first]!.quote >= 0, sentenceInitial: first === run.first && run.sentenceInitial, titled: false, roles: [] as string[] };
  // "the Biden campaign", "the Trump administration": an organisation named after a person.
  const team = tokens[last + 1];
  if (team && team.word && !team.cap && AFTER_PERSON_NAME.has(team.lower) && tokens[first - 1]?.lower === 'the' && last - first <= 2 && tokens.slice(first, last + 1).every((t, i) => isNameLike(t, tokens[first + i + 1], tokens[first + i - 1]) || NAME_WORDS.has(t.lower))) {
    out.push({ ...base, first, last: last + 1, kind: 'organization', surface: textOf(paragraph, first, last + 1) });
    return;
  }
  const surface = textOf(paragraph, first, last);

  const institution = institutionOf(foldText(surface), surface);
  // "US magazine Mobile Weekly", "the charity Oxfam": a noun for an organisation right before the name makes it one.
  const noun = tokens[first - 1];
  // "fellow broadcaster Ann Roe", "comedian and broadcaster Ann Roe": a noun that is also a person's title is the person's there.
  if (noun && noun.word && !noun.cap && INTRODUCING_NOUNS.has(noun.lower) && !NAME_WORDS.has(tokens[first]!.lower) && !HONORIFICS.has(tokens[first]!.lower) && !isTitleWord(tokens[first]!) && !isPersonRoleBeforeName(tokens, first - 1)) {
    out.push({ ...base, first, last, kind: 'organization', surface, nouns: [noun.lower], ...(institution ? { canonical: institution.name } : {}), ...(institution?.country ? { country: institution.country } : {}) });
    return;
  }
  if (institution && (!isAcronym(surface) || isUpperCase(surface))) {
    out.push({ ...base, first, last, kind: 'organization', surface, canonical: institution.name, ...(institution.country ? { country: institution.country } : {}) });
    return;
  }
  if (joinsByAmpersand(tokens, first, last)) {
    // "Ernst & Young", "Pew Internet & American Life": a name with "&" between its words is a firm's or a body's;
    // "artists Langlands & Bell", "the duo Hart & Reed": after a noun for a pair of people it is the pair.
    const pair = tokens[first - 1]?.word && !tokens[first - 1]!.cap && DUO_NOUNS.has(tokens[first - 1]!.lower);
    out.push({ ...base, first, last, kind: pair ? 'group' : 'organization', surface });
    return;
  }
  const country = COUNTRY_NAMES.get(surface);
  if (country) {
    out.push({ ...base, first, last, kind: 'place', surface, canonical: country, country });
    return;
  }
  const outlet = outletOf(paragraph, first, last);
  if (outlet) {
    out.push({ ...base, first, last, kind: 'organization', surface, canonical: outlet });
    return;
  }
  if (publicationBeforeNoun(tokens, first, last, surface)) {
    out.push({ ...base, first, last, kind: 'organization', surface });
    return;
  }
  // "Sony Walkman", "Microsoft Outlook": a well-known company, then the name of one of its products
  // ("Sony Computer Entertainment", ending in an organisation's head, is a company of its own).
  if (last > first && COMPANIES.has(tokens[first]!.lower) && isProductAfter(tokens, first + 1, last) && !hasOrgHead(tokens, first, last)) {
    const maker = tokens[first]!.text;
    const known = institutionOf(foldText(maker), maker);
    out.push({ ...base, first, last: first, kind: 'organization', surface: maker, ...(known ? { canonical: known.name } : {}), ...(known?.country ? { country: known.country } : {}) });
    return;
  }
  // "Amnesty International Man-kei Tam": a known institution, then a person's name of two words.
  const institutionEnd = institutionBeforeName(paragraph, first, last);
  if (institutionEnd >= 0) {
    classifyRun(paragraph, { ...run, first, last: institutionEnd }, out, titles);
    classifyRun(paragraph, { ...run, first: institutionEnd + 1, last, sentenceInitial: false }, out, titles);
    return;
  }
  // "U.S. Secretary of Energy Ann Roe": a country, a post, its portfolio and a name are no post alone.
  if (last > first && namesPost(tokens, first, last) && !(COUNTRY_NAMES.has(tokens[first]!.text) && isPostOfPortfolioBeforeName(tokens, first, last))) {
    // "his Chief Press Secretary, Mr. Yakubu", "a United States Senator"; "General Director of Radio Caracas Television": the body after "of" stays.
    let of = first + 1;
    while (of < last && tokens[of]!.text !== 'of') of++;
    let body = of + 1;
    if (tokens[body]?.lower === 'the') body++;
    if (of < last && body < last && hasOrgHead(tokens, body, last)) {
      out.push({ paragraph: paragraph.index, inQuote: tokens[body]!.quote >= 0, sentenceInitial: false, titled: false, roles: [], first: body, last, kind: 'organization', surface: textOf(paragraph, body, last) });
    }
    return;
  }
  // "Acme Corp Executive Vice President, NAME": a body's name, then the capitalised title of a post in it — the body alone is the organisation.
  const postAt = trailingPostStart(tokens, first, last);
  if (postAt > first && hasOrgHead(tokens, first, postAt - 1)) {
    classifyRun(paragraph, { ...run, first, last: postAt - 1 }, out, titles);
    return;
  }
  // "said Joan Roe Interim Managing Director for ORG": a person's two names, no comma, then the title of the post held and
  // "for", "of" or "at" — the person alone ("Acme Metals President and CEO Ann Roe" is a body, its post and the holder).
  if (postAt > first && isGivenFamilyBeforePost(tokens, first, postAt) && POST_BODY_LINKS.has(tokens[last + 1]?.lower ?? '')) {
    classifyRun(paragraph, { ...run, first, last: postAt - 1 }, out, titles);
    return;
  }
  // "said Tom Roe Chief Executive of Westfield Rowing Club": the person's two names, the post and "of" the body are
  // all in one run — the person and the body, each an actor of its own.
  const heldIn = bodyAfterPersonPostStart(tokens, first, last);
  if (heldIn > 0) {
    classifyRun(paragraph, { ...run, first, last: first + 1 }, out, titles);
    // The body whole: classified again, its first word would pass for the post's domain ("Mayor of Westfield").
    out.push({ paragraph: paragraph.index, inQuote: tokens[heldIn]!.quote >= 0, sentenceInitial: false, titled: false, roles: [], first: heldIn, last, kind: 'organization', surface: textOf(paragraph, heldIn, last) });
    return;
  }
  // "Graham Bond Organisation Chief Operating Officer Ann Roe": a body's name, a post in it, then the person holding it.
  const heldAt = postBeforeNameStart(tokens, first, last);
  if (heldAt > first) {
    classifyRun(paragraph, { ...run, first, last: heldAt - 1 }, out, titles);
    classifyRun(paragraph, { ...run, first: heldAt, last, sentenceInitial: false }, out, titles);
    return;
  }
  // "Administrator of the Environmental Protection Agency Lee Zeldin": after a post and "of", the body, then its holder's name.
  const holder = last > first && postOfBefore(tokens, first) ? holderAfterBody(tokens, first, last) : -1;
  if (holder > 0) {
    classifyRun(paragraph, { ...run, first, last: holder - 1 }, out, titles);
    const post = tokens[first - 1]!.lower === 'the' ? first - 3 : first - 2;
    let start = post;
    while (start > run.first - 8 && start > 0 && tokens[start - 1]!.cap && tokens[start - 1]!.word && (TITLE_HEAD_WORDS.has(tokens[start - 1]!.lower) || TITLE_MODIFIERS.has(tokens[start - 1]!.lower))) start--;
    out.push({ paragraph: paragraph.index, inQuote: tokens[holder]!.quote >= 0, sentenceInitial: false, titled: true, roles: [textOf(paragraph, start, holder - 1)], first: holder, last, kind: 'person', surface: textOf(paragraph, holder, last) });
    return;
  }
  if (last > first && hasOrgHead(tokens, first, last) && !endsWithTitledName(tokens, first, last) && !isPostOfPortfolioBeforeName(tokens, first, last) && !isSurnameWithPost(paragraph, first, last)) {
    const canonical = ministryName(tokens, first, last);
    out.push({ ...base, first, last, kind: 'organization', surface, ...(canonical ? { canonical } : {}) });
    return;
  }
  // "Alice Sebold's The Lovely Bones", "a reading of The Ugly Duckling": a capital "The" inside a sentence opens the title of a work.
  if (first === run.first + 1 && tokens[run.first]!.text === 'The' && !run.sentenceInitial) return;
  // "in The Two Ronnies Sketchbook", "for The Night Season": so does a capital "The" and common words the name lost.
  if (first > run.first + 1 && tokens[run.first]!.text === 'The' && !run.sentenceInitial && tokens.slice(run.first + 1, first).every((t) => COMMON_WORDS.has(t.lower))) return;
  if (first === last) {
    classifySingle(paragraph, first, base, out);
    return;
  }

  // Split "French President Emmanuel Macron" into a role prefix and the name core.
  // "Marlon 2000 thanked the crowd": a number that ends the run (numbered-names.ts let it in) after a plain name word ends
  // the core; after a common word ("Lost 52 sailed", short for "the Lost 52 Project") it names no person.
  const nameEnd = last > first && /^\d+$/.test(tokens[last]!.text) && isPlainName(tokens[last - 1]!) ? last - 1 : last;
  let core = nameEnd;
  while (core >= first) {
    if (isNameLike(tokens[core]!, tokens[core + 1], core > first ? tokens[core - 1] : undefined)) core--;
    // 'Rep. Glenn "GT" Thompson': a nickname in marks stays inside the name's core.
    else if (nicknameOpening(tokens, core) > first) core = nicknameOpening(tokens, core) - 1;
    // "said Tolland Mills CEO AJ Farrow": initials in capitals used as a given name stay in the core.
    else if (core < nameEnd && isInitialsGivenName(tokens, core, run.first, nameEnd, titles)) core--;
    else break;
  }
  core++;
  while (core < nameEnd && !tokens[core]!.cap) core++; // a core never starts with a particle
  // "Lord Nicholls of Foyle": the peer's surname and designation are one core.
  core = peerCoreStart(tokens, core, nameEnd);
  // "… for Government Relations Louis Fink": the portfolio's last word is not the name's.
  const portfolioName = core < last - 1 ? postOfPortfolioNameStart(tokens, first, last) : -1;
  if (portfolioName > core) core = portfolioName;
  // "Special Representative for Iran Brian Hook": a country opening a core of three words is the role's ("Jordan Henderson" stays whole).
  if (last - core === 2 && COUNTRY_NAMES.has(tokens[core]!.text)) core++;
  // "UK Coal said": a country and one plain word are a company's whole name, not a role prefix and a surname.
  if (isCountryBeforeCompanyWord(tokens, first, core, last)) {
    out.push({ ...base, first, last, kind: 'organization', surface });
    return;
  }
  for (let k = first; k < core; k++) classifyPrefixToken(paragraph, k, base, out);
  // "says Deutsche Bank's Simon Champion", "Ann's uncle, Lewis Champion, said": a given name and a title word that is a surname.
  if (core > nameEnd && isNameWithTitleSurname(tokens, first, last)) core = first;
  if (core > nameEnd) return;
  const prefix = tokens.slice(first, core);
  const honorific = prefix.find((t) => HONORIFICS.has(t.lower));
  const roleStart = prefix.findIndex((t) => isTitleWord(t) || COUNTRY_DEMONYMS.has(t.text) || isAffiliationToken(t));
  const hasTitle = prefix.some((t) => TITLE_HEAD_WORDS.has(t.lower));
  const roles: string[] = ofRole ? [ofRole] : [];
  let personCountry: string | undefined;
  let affiliation: string | undefined;
  if (hasTitle && roleStart >= 0) {
    let roleEnd = core - 1;
    while (roleEnd > first && HONORIFICS.has(tokens[roleEnd]!.lower)) roleEnd--;
    roles.push(textOf(paragraph, first + roleStart, roleEnd));
    for (const t of prefix) {
      personCountry ??= COUNTRY_DEMONYMS.get(t.text) ?? COUNTRY_NAMES.get(t.text);
      if (isAffiliationToken(t)) affiliation ??= INSTITUTIONS.get(t.lower)?.name ?? t.text;
    }
  }
  const coreLength = last - core + 1;
  const coreSurface = core < last ? nameWithoutNickname(paragraph.text, tokens, core, last) : textOf(paragraph, core, last);
  if (coreLength === 1 && !honorific && !hasTitle) {
    // "Transport Scotland", "Health Canada": role modifiers and one name, no head — an agency, not a person.
    if (prefix.length > 0 && prefix.every((t) => TITLE_MODIFIERS.has(t.lower) && !RANK_MODIFIERS.has(t.lower) && !COUNTRY_DEMONYMS.has(t.text) && !isAffiliationToken(t))) {
      out.push({ ...base, first, last, kind: 'organization', surface });
      return;
    }
    classifySingle(paragraph, core, { ...base, sentenceInitial: false }, out);
    return;
  }
  if (coreLength >= 2 && !tokens.slice(core, last + 1).some((t) => /\p{Ll}/u.test(t.text))) return; // "WEB DESK"
  const candidate: NameCandidate = {
    ...base,
    first: core,
    last,
    kind: coreLength === 1 ? 'surname' : 'person',
    surface: coreSurface,
    titled: Boolean(honorific) || hasTitle || ofRole !== undefined,
    ...(honorific ? { honorific: honorific.text } : {}),
    roles,
    ...(personCountry ? { country: personCountry } : {}),
    ...(affiliation ? { affiliation } : {}),
  };
  if (prefix.length === 0 || !hasTitle) addRoleBefore(paragraph, first, candidate);
  addRoleAfter(paragraph, last, candidate);
  addCountryAfter(paragraph, last, candidate);
  out.push(candidate);
}

/**
 * "Grace Park said", "Judge Ruth Lane", "Tom Hill, 42,": a name of two or three words that ends in a place word
 * ("Park", "Lane") is a person's when the text shows one — a title or honorific before it, a speech verb or an age
 * after it. "Hyde Park", "Wellhouse Lane, Winchester" show none and stay places.
 */
/** The first token of the body in "TITLE of (the) BODY" whose last word is an organisation's head; else `first`. */
function bodyAfterRole(tokens: readonly Token[], first: number, last: number): number {
  const role = tokens[first]!;
  if (tokens[first + 1]?.text !== 'of' || !(TITLE_HEAD_WORDS.has(role.lower) || STAFF_NOUNS.has(role.lower)) || !ORG_HEADS.has(tokens[last]!.lower)) return first;
  const body = tokens[first + 2]?.lower === 'the' ? first + 3 : first + 2;
  return body <= last ? body : first;
}

/** "((WN)) Why did you run?", "((WSS))": a label in double brackets marks who asks in an interview transcript, an editor's tag, no actor. */
function isDoubleBracketed(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[first - 1]?.text === '(' && tokens[first - 2]?.text === '(' && tokens[last + 1]?.text === ')' && tokens[last + 2]?.text === ')';
}

/** "Heathrow Airport said", "Gatwick Airport has confirmed": a speech verb (after at most one auxiliary) right after the name. */
function speaksAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower);
}

const AUXILIARIES: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.nameRun);

function showsPerson(tokens: readonly Token[], runFirst: number, first: number, last: number): boolean {
  if (last - first > 2 || PLACE_OPENERS.has(tokens[first]!.lower) || COUNTRY_NAMES.has(tokens[first]!.text)) return false;
  if (LOCATIVE_PREPOSITIONS.has(tokens[runFirst - 1]?.lower ?? '')) return false; // "at Central Park said": a place, a setting
  // "Ms Park", "Dr Lane": an honorific and one word name a person ("Mr Park" is no park).
  if (last === first + 1 && HONORIFICS.has(tokens[first]!.lower)) return true;
  // "Judge Ruth Lane": a title or honorific opening the run, then the name.
  let name = first;
  while (name < last - 1 && (HONORIFICS.has(tokens[name]!.lower) || isTitleWord(tokens[name]!))) name++;
  for (let k = name; k < last; k++) if (PLACE_HEADS.has(tokens[k]!.lower) || COMMON_WORDS.has(tokens[k]!.lower)) return false;
  const before = tokens[name - 1];
  if (name > runFirst && before !== undefined && (HONORIFICS.has(before.lower) || isTitleWord(before))) return true;
  if (before?.word && !before.cap && (HONORIFICS.has(before.lower) || TITLE_HEAD_WORDS.has(before.lower))) return true;
  const after = tokens[last + 1];
  if (after?.word && !after.cap && ['said', 'says', 'told', 'added', 'explained', 'wrote'].includes(after.lower)) return true;
  return after?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';
}

function classifySingle(paragraph: TokenizedParagraph, k: number, base: Omit<NameCandidate, 'first' | 'last' | 'kind' | 'surface'>, out: NameCandidate[]): void {
  const token = paragraph.tokens[k]!;
  const text = token.text;
  if (isAcronym(text) && !NOT_ACRONYMS.has(text)) {
    const institution = INSTITUTIONS.get(token.lower);
    out.push({ ...base, first: k, last: k, kind: 'organization', surface: text, ...(institution ? { canonical: institution.name } : {}) });
    return;
  }
  if (GROUP_WORDS.has(token.lower) || PLURAL_DEMONYMS.has(text)) {
    const country = PLURAL_DEMONYMS.get(text);
    out.push({ ...base, first: k, last: k, kind: 'group', surface: text, ...(country ? { country } : {}) });
    return;
  }
  if (NAME_WORDS.has(token.lower) && !MONTH_CONTEXT.has(paragraph.tokens[k - 1]?.lower ?? '') && /\p{Ll}/u.test(text)) {
    // "Mrs May said": a surname only if "Theresa May" came first (decided when mentions are resolved).
    out.push({ ...base, first: k, last: k, kind: 'surname', surface: text, onlyIfKnown: true });
    return;
  }
  if (COMMON_WORDS.has(token.lower) || COUNTRY_DEMONYMS.has(text) || NATIONALITY_NOUNS.has(token.lower) || isTitleWord(token) || HONORIFICS.has(token.lower)) return; // "the Frenchman added"
  if (!/\p{Ll}/u.test(text) || text.length < 2) return;
  if (/['’]\p{Ll}/u.test(text) || CAPITALS.has(text)) return; // "I've", "It's"; "Paris"
  const candidate: NameCandidate = { ...base, first: k, last: k, kind: 'surname', surface: text };
  addRoleBefore(paragraph, k, candidate);
  // "Rahayu, an analyst at Capital Economics, said", "said Rahayu, the festival's director": a one-word name with a
  // person's post in apposition is a person's, as a full name with one is.
  // Only a role that ends at its head or goes on with where the post is ("of ClearView Economics"), not a clause
  // ("Officially, the monarch is allowed …"), and not after a word that makes the name an object ("in the Northern
  // Echo, the Bishop said": the role is the next clause's subject).
  const after: NameCandidate = { ...candidate, roles: [] };
  const previous = paragraph.tokens[k - 1];
  if (!previous?.word || SPEECH_VERBS.has(previous.lower)) addRoleAfter(paragraph, k, after);
  if (after.roles.length > 0 && isPostPhrase(after.roles[0]!)) candidate.roles.push(after.roles[0]!);
  if (candidate.roles.length > 0) candidate.titled = true;
  // "Mr Roe's daughter Ann said it would …": a family noun before one word marks a person, as a title does.
  if (isNamedAfterFamilyNoun(paragraph.tokens, k)) candidate.titled = true;
  out.push(candidate);
}

/**
 * "Tony Banks, Labour MP for West Ham, said": a name of two words whose second only looks like the plural of an
 * organisation's head ("Banks", "Stores") and that a person's post follows in apposition is a person's name.
 */
function isSurnameWithPost(paragraph: TokenizedParagraph, first: number, last: number): boolean {
  const { tokens } = paragraph;
  if (last !== first + 1 || !isPluralHead(tokens[last]!.lower) || ORG_HEADS.has(tokens[last]!.lower)) return false;
  if (ORG_HEADS.has(tokens[first]!.lower) || isPluralHead(tokens[first]!.lower) || !isNameLike(tokens[first]!, tokens[last], tokens[first - 1])) return false;
  const after: NameCandidate = { paragraph: paragraph.index, inQuote: false, sentenceInitial: false, titled: false, roles: [], first, last, kind: 'person', surface: '' };
  addRoleAfter(paragraph, last, after);
  return after.roles.length > 0 && isPostPhrase(after.roles[0]!);
}

const POST_LINKS: ReadonlySet<string> = new Set(functionWordsJson.insideAPostPhrase);

/**
 * A role in apposition that names a post and, at most, where it is held: its head (a title word), then only
 * capitalised words and the links of POST_LINKS ("an analyst at Capital Economics", "president of ClearView").
 *
 * @example
 * isPostPhrase('an analyst at Capital Economics') // => true
 * isPostPhrase('the monarch is allowed to prorogue a session') // => false
 */
function isPostPhrase(role: string): boolean {
  const words = role.split(/\s+/);
  const head = words.findIndex((w) => TITLE_HEAD_WORDS.has(foldText(w)));
  return head >= 0 && words.slice(head + 1).every((w) => /^\p{Lu}/u.test(w) || POST_LINKS.has(foldText(w)));
}

/** Organisations and countries inside a role prefix ("NATO" in "NATO Secretary General …", "US" in "US President …"). */
function classifyPrefixToken(paragraph: TokenizedParagraph, k: number, base: Omit<NameCandidate, 'first' | 'last' | 'kind' | 'surface'>, out: NameCandidate[]): void {
  const token = paragraph.tokens[k]!;
  const country = COUNTRY_NAMES.get(token.text);
  if (country) {
    out.push({ ...base, first: k, last: k, kind: 'place', surface: token.text, canonical: country, country });
    return;
  }
  const institution = institutionOf(token.lower, token.text);
  // "Local TD Fergal Brennan", "PTI MPA Ayesha Nawaz": a member's title in capitals is a role, not an organisation.
  if (institution || (isAcronym(token.text) && !NOT_ACRONYMS.has(token.text) && !token.text.includes('.') && !TITLE_HEAD_WORDS.has(token.lower))) {
    out.push({ ...base, first: k, last: k, kind: 'organization', surface: token.text, ...(institution ? { canonical: institution.name } : {}) });
  }
}

/** Roles written before the name in lower case: "Kremlin spokesperson Dmitry Peskov", "his Czech counterpart, Petr Fiala". */
function addRoleBefore(paragraph: TokenizedParagraph, first: number, candidate: NameCandidate): void {
  const { tokens } = paragraph;
  let k = first - 1;
  let comma = false;
  // "The Bishop of Durham, the Rt Rev Dr NAME": "the" before honorifics, after the comma of an apposition.
  if (tokens[k]?.lower === 'the' && tokens[k - 1]?.text === ',' && HONORIFICS.has(tokens[first]!.lower)) k--;
  if (tokens[k]?.text === ',') {
    comma = true;
    k--;
  }
  if (comma && addOfRoleBefore(paragraph, k, candidate)) return;
  const end = k;
  const startsSentence = (m: number): boolean => m === 0 || tokens[m - 1]!.sentence !== tokens[m]!.sentence;
  // Lower case, capitalised after a comma ("the Speaker, Sir NAME") or at the start of the sentence ("Former president NAME").
  while (k >= 0 && (!tokens[k]!.cap || comma || startsSentence(k)) && tokens[k]!.word && !HONORIFICS.has(tokens[k]!.lower) && !APPOSITIVE_DETERMINERS.has(tokens[k]!.lower) && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) k--;
  if (k === end || !TITLE_HEAD_WORDS.has(tokens[end]!.lower)) return;
  let affiliationAt = -1;
  while (k >= 0 && k > end - 6 && tokens[k]!.cap && (isAffiliationToken(tokens[k]!) || COUNTRY_DEMONYMS.has(tokens[k]!.text) || COUNTRY_NAMES.has(tokens[k]!.text))) {
    affiliationAt = k;
    k--;
  }
  const start = affiliationAt >= 0 ? affiliationAt : k + 1;
  if (comma) {
    // "ROLE, NAME": only after a determiner or possessive, so that lists ("the minister, Jane Doe and …") stay out.
    const before = tokens[start - 1];
    if (before && !POSSESSIVE_OR_DETERMINER.has(before.lower)) return;
  }
  candidate.roles.push(textOf(paragraph, start, end));
  for (let m = start; m <= end; m++) {
    const t = tokens[m]!;
    candidate.country ??= COUNTRY_DEMONYMS.get(t.text) ?? COUNTRY_NAMES.get(t.text);
    if (t.cap && isAffiliationToken(t)) candidate.affiliation ??= INSTITUTIONS.get(t.lower)?.name ?? t.text;
  }
  // "Slovakia’s pro-Kremlin prime minister": the country is the possessor.
  for (let m = start - 1; m >= Math.max(0, start - 4); m--) {
    if (tokens[m]!.lower === "'s" && tokens[m - 1]) {
      const country = COUNTRY_NAMES.get(tokens[m - 1]!.text);
      if (country) candidate.country ??= country;
      break;
    }
  }
  candidate.titled = true;
}

/**
 * "The Governor of Kogi State, Alhaji NAME": a capitalised title with "of" and its domain,
 * after "the" or a possessive, before the comma. Returns true when it added the role.
 */
function addOfRoleBefore(paragraph: TokenizedParagraph, end: number, candidate: NameCandidate): boolean {
  const { tokens } = paragraph;
  let k = end;
  let sawOf = false;
  while (k > 0 && end - k < 7 && tokens[k]!.word && (tokens[k]!.cap || tokens[k]!.lower === 'of')) {
    if (tokens[k]!.lower === 'of') sawOf = true;
    else if (sawOf && TITLE_HEAD_WORDS.has(tokens[k]!.lower) && POSSESSIVE_OR_DETERMINER.has(tokens[k - 1]?.lower ?? '')) {
      candidate.roles.push(textOf(paragraph, k, end));
      candidate.titled = true;
      return true;
    }
    k--;
  }
  return false;
}

/** Appositive roles: "Dmitry S. Peskov, a Kremlin spokesman, said", "Andrew S. Weiss, vice president for studies at …". */
function addRoleAfter(paragraph: TokenizedParagraph, last: number, candidate: NameCandidate): void {
  const { tokens } = paragraph;
  if (tokens[last + 1]?.text !== ',') return;
  let k = last + 2;
  if (tokens[k] && APPOSITIVE_DETERMINERS.has(tokens[k]!.lower)) k++;
  const start = k;
  let headAt = -1;
  let end = -1;
  while (k < tokens.length && k < start + 14) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== tokens[last]!.quote || SPEECH_VERBS.has(t.lower)) break;
    if (TITLE_HEAD_WORDS.has(t.lower) && headAt < 0) headAt = k;
    if (headAt < 0 && k >= start + 5) return;
    if (headAt < 0 && !(TITLE_MODIFIERS.has(t.lower) || t.cap)) return;
    end = k;
    k++;
  }
  if (headAt < 0 || end < start) return;
  // "…, Mr. Ibrahim Yakubu, the governor said": a role followed by its verb is the next clause's subject.
  if (tokens[end + 1]?.word) return;
  candidate.roles.push(textOf(paragraph, start, end));
  for (let m = start; m <= end; m++) {
    const t = tokens[m]!;
    if (t.cap && isAffiliationToken(t)) candidate.affiliation ??= INSTITUTIONS.get(t.lower)?.name ?? t.text;
  }
}

/** "Prime Minister Ulf Kristersson of Sweden". */
function addCountryAfter(paragraph: TokenizedParagraph, last: number, candidate: NameCandidate): void {
  const { tokens } = paragraph;
  if (tokens[last + 1]?.text !== 'of') return;
  const country = COUNTRY_NAMES.get(tokens[last + 2]?.text ?? '');
  if (country) candidate.country ??= country;
}

const BRANCH_SHORT_FORMS: ReadonlySet<string> = new Set(branchRegionsJson.shortForms);
const BRANCH_REGIONS: ReadonlySet<string> = new Set(branchRegionsJson.regions);

/**
 * Where the name of an organisation's branch starts in a run that ends in a country's short form or a region
 * ("Diabetes UK", "Cancer Research UK", "Greenpeace Nordic", "AOL Europe", "Electricity North West"), or a country's
 * name after a known organisation ("Oxfam America"); -1 for any other run. The words before the region (one to three)
 * must be capitalised words that are no title, honorific, common word ("Will UK …"), place, demonym or compass word
 * ("South Africa", "New South Wales" stay places). A common word counts as a word of the name when the run stands
 * inside prose, right after a lower-case word ("President of Just Care USA", "a grant from Open Arms UK"): only a name
 * capitalises it there (`nameInProse`).
 */
function branchStart(paragraph: TokenizedParagraph, first: number, last: number, sentenceInitial: boolean): number {
  const { tokens } = paragraph;
  if (last === first || COUNTRY_NAMES.has(textOf(paragraph, first, last))) return -1;
  let tail = -1;
  let known = false;
  if (last - 1 > first && BRANCH_REGIONS.has(textOf(paragraph, last - 1, last))) tail = last - 1;
  else if (BRANCH_SHORT_FORMS.has(tokens[last]!.text) || BRANCH_REGIONS.has(tokens[last]!.text)) tail = last;
  else if (COUNTRY_NAMES.has(tokens[last]!.text)) {
    tail = last;
    known = true;
  }
  if (tail < 0 || tail - first > 3) return -1;
  const inProse = nameInProse(tokens, first, sentenceInitial);
  for (let k = first; k < tail; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.cap || isTitleWord(t) || HONORIFICS.has(t.lower) || (COMMON_WORDS.has(t.lower) && !inProse) || PLACE_QUALIFIERS.has(t.lower) || COUNTRY_NAMES.has(t.text) || CAPITALS.has(t.text) || COUNTRY_DEMONYMS.has(t.text)) return -1;
  }
  if (known) {
    const head = textOf(paragraph, first, tail - 1);
    if (institutionOf(foldText(head), head) === undefined && !(tail - 1 === first && COMPANIES.has(tokens[first]!.lower))) return -1;
  }
  return first;
}

/**
 * True when a run of capitals stands inside a sentence right after a lower-case word ("President of Just Care USA",
 * "funds from Open Arms UK"): its capitalised common words are capitalised only as words of a name, not for opening a
 * sentence ("Will UK ministers …") or a heading.
 */
function nameInProse(tokens: readonly Token[], first: number, sentenceInitial: boolean): boolean {
  const before = tokens[first - 1];
  return !sentenceInitial && before !== undefined && before.word && !before.cap && before.quote === tokens[first]!.quote;
}

/** Nouns for a pair of people before a name joined by "&" ("artists Langlands & Bell"). */
const DUO_NOUNS: ReadonlySet<string> = new Set(duoNounsJson.nouns);

/**
 * An "&" inside the name, between two capitalised words, in a run with no title ("President & CEO" is two posts; "Acme
 * & Co CEO Ann Roe" is a body, a post and a person, for the later steps) and not after "on" ("on Fox & Friends": a show).
 */
function joinsByAmpersand(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.lower === 'on') return false;
  for (let k = first; k <= last; k++) if (isTitleWord(tokens[k]!)) return false;
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.text !== '&') continue;
    const left = tokens[k - 1]!;
    const right = tokens[k + 1]!;
    // "Green Party (E & W)": single letters are initials of places, not a firm's words.
    if (left.cap && right.cap && left.text.length > 1 && right.text.length > 1 && !isTitleWord(left) && !isTitleWord(right)) return true;
  }
  return false;
}

/** True when the words from `first` on name an institution, a country or an organisation as they stand. */
function isKnownName(paragraph: TokenizedParagraph, first: number, last: number): boolean {
  const token = paragraph.tokens[first]!;
  if (FUNCTION_WORDS.has(token.lower)) return false;
  const text = textOf(paragraph, first, last);
  if (first === last && (GROUP_WORDS.has(token.lower) || PLURAL_DEMONYMS.has(text))) return true;
  return institutionOf(foldText(textOf(paragraph, first, last)), text) !== undefined || COUNTRY_NAMES.has(text) || (last > first && hasOrgHead(paragraph.tokens, first, last));
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.nameRun);

/** "Remarked", "Added", "Asked": a past form of a speech verb, no name word ("Said" is a name too, and has no "-ed"). */
function isOpeningSpeechVerb(token: Token): boolean {
  return token.cap && token.lower.endsWith('ed') && SPEECH_VERBS.has(token.lower) && !NAME_WORDS.has(token.lower);
}

function isStrippable(token: Token, sentenceInitial: boolean, hasMore: boolean, next?: Token): boolean {
  if (HONORIFICS.has(token.lower) || isTitleWord(token)) return false;
  // "Bill Gerstenmaier": a name word before a name is a given name.
  if (hasMore && next && NAME_WORDS.has(token.lower) && isPlainName(next)) return false;
  // "Day said": alone, a name word is kept for the surname test of classifySingle.
  if (!hasMore && NAME_WORDS.has(token.lower)) return false;
  if (hasMore && (isDescribingCompound(token) || isNationalityNoun(token))) return true;
  if (token.text.length > 1 && isUpperCase(token.text) && !FUNCTION_WORDS.has(token.lower)) return false;
  if (COMMON_WORDS.has(token.lower) && institutionOf(token.lower, token.text) === undefined) return true;
  if (!sentenceInitial) return false;
  if (SENTENCE_STARTERS.has(token.lower)) return true;
  if (!hasMore) return false;
  return token.text.length > 5 && /(ly|ing)$/.test(token.lower) && !COUNTRY_NAMES.has(token.text);
}

function isTitleWord(token: Token): boolean {
  // "Senators Kamala Harris, Elizabeth Warren and …": a plural title heads a list of names.
  if (token.cap && token.lower.length > 4 && token.lower.endsWith('s') && TITLE_HEAD_WORDS.has(token.lower.slice(0, -1))) return true;
  return TITLE_HEAD_WORDS.has(token.lower) || (TITLE_MODIFIERS.has(token.lower) && !COMMON_WORDS.has(token.lower)) || token.lower === 'prime';
}

function isAffiliationToken(token: Token): boolean {
  return institutionOf(token.lower, token.text) !== undefined || (isAcronym(token.text) && !NOT_ACRONYMS.has(token.text) && !COUNTRY_NAMES.has(token.text));
}

function isNameLike(token: Token, next?: Token, previous?: Token): boolean {
  if (!token.word) return false;
  if (isInitials(token.text)) return next !== undefined && next.cap; // initials: "B.C. Begley", "Andrew S. Weiss"
  if (isBareMiddleInitial(token, next, previous)) return true;
  if (!token.cap) return isNameParticle(token.text) || isParticleJoinedName(token.text);
  // "Theresa May", "Jeremy Dear", "Mrs May": a name word after a plain name or an honorific; "Bill Gerstenmaier": before a name.
  if (NAME_WORDS.has(token.lower) && ((previous && ((isPlainName(previous) && isGivenNameShaped(previous)) || HONORIFICS.has(previous.lower))) || (next && isPlainName(next)))) return true;
  // "said Mr French", "Ms English added": an honorific takes a surname, so a nationality word right after one is that surname.
  if (COUNTRY_DEMONYMS.has(token.text) && previous !== undefined && HONORIFICS.has(previous.lower) && !next?.cap) return true;
  if (isTitleSurnameAfterCourtesy(token, previous, next)) return true;
  // "said James An,", "Ms So told": a function word right after a given name or a courtesy title is a surname.
  if (previous !== undefined && (HONORIFICS.has(previous.lower) || (isPlainName(previous) && isGivenNameShaped(previous))) && isFunctionWordSurname(token, next)) return true;
  if (COMMON_WORDS.has(token.lower) || HONORIFICS.has(token.lower) || isTitleWord(token)) return false;
  if (COUNTRY_DEMONYMS.has(token.text) || institutionOf(token.lower, token.text) !== undefined) return false;
  if (isAcronym(token.text)) return false;
  return true;
}

/**
 * "Charles A Blixt", "Mary I Okafor": a capital letter without a point between a given name and a plain name is a
 * middle initial, even when it is also a word ("A", "I"), as British-style copy drops the point.
 */
function isBareMiddleInitial(token: Token, next?: Token, previous?: Token): boolean {
  if (!/^\p{Lu}$/u.test(token.text) || !next || !previous) return false;
  return isPlainName(previous) && isGivenNameShaped(previous) && isPlainName(next);
}

/** A capitalised word that is a name by itself: not a common word, title, honorific, demonym, institution or acronym. */
function isPlainName(token: Token): boolean {
  return token.word && token.cap && /\p{Ll}/u.test(token.text) && !COMMON_WORDS.has(token.lower) && !NAME_WORDS.has(token.lower) && !HONORIFICS.has(token.lower) && !isTitleWord(token) && !COUNTRY_DEMONYMS.has(token.text) && !COUNTRY_NAMES.has(token.text) && !INSTITUTIONS.has(token.lower) && !ORG_HEADS.has(token.lower);
}

/**
 * "says Deutsche Bank's Simon Champion", "her uncle, Lewis Champion, told": two words, a plain given name and a capitalised
 * title word (or a nationality word: "the Observer's Philip French") with no capital after it, owned by a body's possessive or set off after a noun for a person, are a person's
 * name whose surname is also a title ("Kerala Governor", "Texas Senator" have neither and stay roles); so are the two
 * words before an apposition with "a" or "an" ("Rachel Bishop, a teacher, said").
 */
function isNameWithTitleSurname(tokens: readonly Token[], first: number, last: number): boolean {
  const given = tokens[first]!;
  const surname = tokens[last]!;
  // "the Observer's Philip French", "her brother, Tom English": a nationality word as the surname is one too (round 30).
  const titleSurname = TITLE_HEAD_WORDS.has(surname.lower) || COUNTRY_DEMONYMS.has(surname.text);
  if (last !== first + 1 || !isPlainName(given) || !isGivenNameShaped(given) || !surname.cap || !titleSurname || ORG_HEADS.has(surname.lower)) return false;
  if (tokens[last + 1]?.cap && tokens[last + 1]!.word) return false;
  // "Rachel Bishop, a teacher, said": an apposition with "a" or "an" after the two words describes a person.
  if (isIndefiniteApposition(tokens, last + 1)) return true;
  const before = tokens[first - 1];
  if (before?.lower === "'s") return tokens[first - 2]?.cap === true && !COUNTRY_NAMES.has(tokens[first - 2]!.text);
  if (before?.text !== ',') return false;
  const noun = tokens[first - 2];
  return noun !== undefined && noun.word && !noun.cap && (KIN_AND_GENDER_NOUNS.has(noun.lower) || TITLE_HEAD_WORDS.has(noun.lower));
}

/** ", a teacher", ", an analyst at …": a comma, then "a" or "an" and a lower-case word, from token `k` on. */
function isIndefiniteApposition(tokens: readonly Token[], k: number): boolean {
  const article = tokens[k + 1]?.lower;
  const noun = tokens[k + 2];
  return tokens[k]?.text === ',' && (article === 'a' || article === 'an') && noun !== undefined && noun.word && !noun.cap;
}

/** "Memorial Day", "Election Day", "Boxing Day": words of these endings are no given names. */
function isGivenNameShaped(token: Token): boolean {
  return !(token.text.length > 5 && /(?:ion|ing|ial|ary|ence|ance)$/.test(token.lower));
}

/** Words before a month name ("in May", "last March"): then the word is the month. */
const MONTH_CONTEXT: ReadonlySet<string> = new Set(calendarWordsJson.beforeAMonth);

/** "LAHORE:" or "BRUSSELS –" opening a paragraph: a dateline, not a name. */
function isDateline(paragraph: TokenizedParagraph, first: number, last: number): boolean {
  const token = paragraph.tokens[first]!;
  if (first !== 0 || last !== first || !isUpperCase(token.text) || token.text.length < 3) return false;
  const next = paragraph.tokens[first + 1]?.text ?? '';
  return next === ':' || next === '—' || next === '–' || next === '-';
}

/** "Senate Majority Leader Thomas Greer": a title, then two or more name words with no organisation head. */
function endsWithTitledName(tokens: readonly Token[], first: number, last: number): boolean {
  let k = last;
  while (k > first && isNameLike(tokens[k]!, tokens[k + 1]) && !ORG_HEADS.has(tokens[k]!.lower)) k--;
  return last - k >= 2 && (isTitleWord(tokens[k]!) || HONORIFICS.has(tokens[k]!.lower));
}

function hasOrgHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.cap && (ORG_HEADS.has(tokens[k]!.lower) || isPluralHead(tokens[k]!.lower) || isConnectedHead(tokens, k, last))) return true;
  return false;
}

/** "National Conference of Mayors", "Campaign for Cleaner Rivers": a head that makes a body with "of"/"for" and a capital after it, inside the run. */
function isConnectedHead(tokens: readonly Token[], k: number, last: number): boolean {
  return (k + 1 < last && CONNECTED_HEADS_OF_FOR.has(tokens[k]!.lower) && (tokens[k + 1]!.text === 'of' || tokens[k + 1]!.text === 'for')) || opensPeopleForCause(tokens, k, last);
}

/**
 * Where the post starts in a run of a body's name, a capitalised post and a person's name ("Harbour Trust Chief
 * Operating Officer Ann Roe", "Royal College of Nursing General Secretary Pat Cullen"): the post opens with a title
 * word after a capitalised word, the words before it hold an organisation's head, a title head follows within four
 * words, and the run ends in two plain name words. -1 when the run is not so.
 */
function postBeforeNameStart(tokens: readonly Token[], first: number, last: number): number {
  if (last - first < 4) return -1;
  const plain = (t: Token): boolean => t.cap && !ORG_HEADS.has(t.lower) && !isPluralHead(t.lower) && !isTitleWord(t);
  if (!plain(tokens[last]!) || !plain(tokens[last - 1]!) || !isNameLike(tokens[last - 1]!, tokens[last], tokens[last - 2])) return -1;
  let orgHead = -1; // the first organisation head of the run, found once (long runs stay linear)
  for (let k = first; k <= last && orgHead < 0; k++) if (hasOrgHead(tokens, k, k)) orgHead = k;
  if (orgHead < 0) return -1;
  for (let p = Math.max(first + 1, orgHead + 1); p <= last - 3; p++) {
    const t = tokens[p]!;
    if (!t.cap || !tokens[p - 1]!.cap || !tokens[p - 1]!.word || !(TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) || ORG_HEADS.has(t.lower)) continue;
    // Post and name are capitals only: "Commissioner for Human Rights" is a post with its portfolio, no person.
    if (tokens.slice(p, last + 1).some((w) => !w.cap || !w.word)) return -1;
    for (let h = p; h <= p + 3 && h <= last - 2; h++) {
      const w = tokens[h]!;
      if (!w.cap || !w.word || ORG_HEADS.has(w.lower)) break;
      if (TITLE_HEAD_WORDS.has(w.lower)) return p;
    }
  }
  return -1;
}

/**
 * "Senior Vice President for Government Relations Louis Fink", "Director of Global Markets Ines Garba": a post
 * (title words up to a head that names no body), its portfolio after "for" or "of", then a name of two plain words.
 * The organisation head inside the portfolio ("Relations", "Markets") does not make the run a body. A country may
 * open the post ("U.S. Secretary of Energy Ann Roe") and a middle initial may stand in the name ("Director of
 * Transportation Sean P. Dunn"). Returns the first token of the name, or -1.
 */
function postOfPortfolioNameStart(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k < last && COUNTRY_NAMES.has(tokens[k]!.text)) k++;
  let head = false;
  while (k < last && tokens[k]!.cap && !ORG_HEADS.has(tokens[k]!.lower) && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) {
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) head = true;
    k++;
  }
  const start = isInitials(tokens[last - 1]!.text) ? last - 2 : last - 1;
  if (!head || !['for', 'of'].includes(tokens[k]?.lower ?? '') || start - k < 2) return -1;
  const given = tokens[start]!;
  const family = tokens[last]!;
  const plain = (t: Token): boolean => t.cap && !ORG_HEADS.has(t.lower) && !isPluralHead(t.lower);
  return plain(given) && plain(family) && isNameLike(given, tokens[start + 1], tokens[start - 1]) && isNameLike(family, tokens[last + 1], tokens[last - 1]) ? start : -1;
}

/** {@link postOfPortfolioNameStart} found a post with its portfolio before a name. */
function isPostOfPortfolioBeforeName(tokens: readonly Token[], first: number, last: number): boolean {
  return postOfPortfolioNameStart(tokens, first, last) >= 0;
}

/**
 * Where the capitalised title that ends a run starts ("Executive Vice President" in "Acme Corp Executive Vice
 * President"): the run ends in a title head that is no organisation's head, with only title words before it back to
 * that point; -1 when the run does not end so.
 */
function trailingPostStart(tokens: readonly Token[], first: number, last: number): number {
  const runLast = last;
  // "… Managing Director of Policy": the head before a portfolio of one or two capitalised words ends the post.
  for (let m = last - 1; m >= last - 2 && m > first; m--) {
    if (!['of', 'for'].includes(tokens[m]!.lower)) continue;
    const portfolio = tokens.slice(m + 1, last + 1).every((t) => t.cap && !ORG_HEADS.has(t.lower) && !isPluralHead(t.lower));
    if (portfolio && tokens[m - 1]!.cap && TITLE_HEAD_WORDS.has(tokens[m - 1]!.lower) && !ORG_HEADS.has(tokens[m - 1]!.lower)) last = m - 1;
    break;
  }
  const end = tokens[last]!;
  if (!end.cap || !TITLE_HEAD_WORDS.has(end.lower) || ORG_HEADS.has(end.lower) || HONORIFICS.has(end.lower)) return -1;
  let k = last;
  while (k > first && tokens[k - 1]!.cap && !ORG_HEADS.has(tokens[k - 1]!.lower) && (TITLE_HEAD_WORDS.has(tokens[k - 1]!.lower) || TITLE_MODIFIERS.has(tokens[k - 1]!.lower))) k--;
  // "Court of Justice", "Office of the President", "Office of the UN High Commissioner": a post after "of" names what the body is for.
  const before = tokens[k - 1];
  // With a portfolio after the post, an "of" before it makes the post the body's purpose ("Office of the UN High Commissioner for Human Rights").
  if (last !== runLast) for (let m = first; m < k; m++) if (tokens[m]!.lower === 'of' && !tokens[m]!.cap) return -1;
  return before && before.word && before.cap ? k : -1;
}

/** The words that link a post to the body it is held in ("Managing Director for …", "Chair of …", "Fellow at …"). */
const POST_BODY_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'at']);

/**
 * True when exactly two plain name words, the first shaped like a given name, stand before the post that starts at
 * `postAt` ("Joan Roe Interim Managing Director"): press releases drop the comma between a person and their post.
 */
function isGivenFamilyBeforePost(tokens: readonly Token[], first: number, postAt: number): boolean {
  return postAt - first === 2 && isPlainName(tokens[first]!) && isGivenNameShaped(tokens[first]!) && isPlainName(tokens[first + 1]!);
}

/**
 * Where the body starts in a run of a person's two names, the capitalised title of their post, "of" and the body's
 * name ("Tom Roe Chief Executive of Westfield Rowing Club"): the words before "of" are what
 * {@link isGivenFamilyBeforePost} accepts, the words after it hold an organisation's head, and no word follows the
 * run (a quote's signature or "said …" after it). A run after a determiner
 * ("the Nelson Roe Chair of the Harbour Institute") names a chair, not a person; -1 when the run is not so.
 */
function bodyAfterPersonPostStart(tokens: readonly Token[], first: number, last: number): number {
  if (last - first < 4 || APPOSITIVE_DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return -1;
  // "Tom Roe Chief Executive of Harbour Trust said": before a verb the body would stand nearest it and take the quote.
  if (tokens[last + 1]?.word) return -1;
  let of = first + 3;
  while (of < last && tokens[of]!.text !== 'of') of++;
  if (of >= last || trailingPostStart(tokens, first, of - 1) !== first + 2 || !isGivenFamilyBeforePost(tokens, first, first + 2)) return -1;
  const body = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1;
  return body <= last && tokens[body]!.cap && hasOrgHead(tokens, body, last) ? body : -1;
}

/** Words that end the names of offices and agencies without being organisation heads ("Policy", "Affairs"). */
const BODY_NAME_ENDS: ReadonlySet<string> = new Set(bodyNameEndsJson.words);

/** The run follows a capitalised post and "of" (and "the"): "Administrator of the …", "Director of …". */
function postOfBefore(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  const post = tokens[of - 1];
  return tokens[of]?.lower === 'of' && post !== undefined && post.cap && post.word && TITLE_HEAD_WORDS.has(post.lower) && !ORG_HEADS.has(post.lower);
}

/**
 * "Administrator of the Environmental Protection Agency Lee Zeldin", "Director of the Office of Science and Technology
 * Policy Ann Roe": after a post and "of", a body's name of two words or more that holds an organisation's head, then
 * exactly two plain name words (no common word, title, country, institution or head) — the person who holds the post.
 * The body's name must end in an organisation's head or a word of `body-name-ends.json` ("Agency", "Policy"), else the
 * name may be of three words. Returns the first token of that name, or -1.
 */
function holderAfterBody(tokens: readonly Token[], body: number, last: number): number {
  if (last - body < 3) return -1;
  const given = tokens[last - 1]!;
  const family = tokens[last]!;
  const end = tokens[last - 2]!;
  if (!end.cap || !end.word || !hasOrgHead(tokens, body, last - 2)) return -1;
  // "… Office of Intergovernmental Affairs Julie Chavez Rodriguez": unless the body's name ends in a head or a word that ends such names, the name may have three words.
  if (!ORG_HEADS.has(end.lower) && !isPluralHead(end.lower) && !BODY_NAME_ENDS.has(end.lower)) return -1;
  if (!isPlainName(given) || !isPlainName(family) || !isNameLike(given, family, tokens[last - 2]) || !isNameLike(family, tokens[last + 1], given)) return -1;
  return last - 1;
}

/** "Centers for Disease Control", "Non-Governmental Organizations": the plural of an organisation head. */
function isPluralHead(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && ORG_HEADS.has(lower.slice(0, -1));
}

/** The text of tokens first to last; one token's own text when first is last (the same characters, a string already looked up). */
function textOf(paragraph: TokenizedParagraph, first: number, last: number): string {
  if (first === last) return paragraph.tokens[first]!.text;
  return paragraph.text.slice(paragraph.tokens[first]!.start, paragraph.tokens[last]!.end);
}

/** A look-up in the institutions lexicon; an alias known only in capitals ("WHO") needs the text in capitals ("Who" is a word). */
function institutionOf(folded: string, surface: string): ReturnType<typeof INSTITUTIONS.get> {
  const institution = INSTITUTIONS.get(folded);
  if (institution && ACRONYM_ONLY_INSTITUTIONS.has(folded) && !isUpperCase(surface)) return undefined;
  return institution;
}

/**
 * The outlet a run names, as its canonical name: a known outlet ("Reuters", "The Times"), a known outlet with
 * a part of it after ("BBC News", "BBC World Service" → "BBC"), or a name ending in an outlet's head ("Xinhua News Agency").
 */
function outletOf(paragraph: TokenizedParagraph, first: number, last: number): string | undefined {
  const { tokens } = paragraph;
  const start = tokens[first]!.lower === 'the' && first < last ? first + 1 : first;
  // The shortest known outlet that the rest of the run only divides: "BBC News" is the BBC, "NBC News" is NBC.
  for (let end = start; end <= last; end++) {
    if (!OUTLETS.has(foldText(textOf(paragraph, start, end)))) continue;
    let k = end + 1;
    while (k <= last && OUTLET_SUB_BRANDS.has(tokens[k]!.lower)) k++;
    if (k > last) return textOf(paragraph, start, end);
  }
  return undefined;
}

/**
 * "the China Daily newspaper said", "Time magazine announced", "America's TV Guide magazine": a name right before a
 * lower-case noun for a publication names a newspaper or magazine — not a place ("a London newspaper", "the
 * French newspaper": a country, capital or nation's adjective, or after "a"/"an"; "New York newspaper Newsday": a name
 * after the noun).
 *
 * @example
 * // the China Daily newspaper said
 * publicationBeforeNoun(tokens, 1, 2, 'China Daily') // => true
 */
function publicationBeforeNoun(tokens: readonly Token[], first: number, last: number, surface: string): boolean {
  const noun = tokens[last + 1];
  if (!noun?.word || noun.cap || !PUBLICATION_NOUNS_AFTER_NAME.has(noun.lower)) return false;
  // "New York newspaper Newsday", "Hong Kong magazine Next": a name after the noun is the publication's; the one before is where it is from.
  const after = tokens[last + 2];
  if (after?.word && after.cap) return false;
  const before = tokens[first - 1]?.lower ?? '';
  if (before === 'a' || before === 'an' || HONORIFICS.has(tokens[first]!.lower)) return false;
  return !COUNTRY_NAMES.has(surface) && !CAPITALS.has(surface) && !COUNTRY_DEMONYMS.has(surface) && !PLURAL_DEMONYMS.has(surface);
}

/** "Norwich Union Grand Prix", "London Marathon", "the Leipzig International meeting": a run that names an event, contest, award or inquiry. */
function namesEvent(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[last]!.lower;
  if (last > first && namesLaw(tokens, first, last)) return true;
  if (last > first && MEETING_HEADS.has(head) && isAtOrDuring(tokens, first)) return true;
  if (last > first && (EVENT_HEADS.has(head) || (head.endsWith('s') && EVENT_HEADS.has(head.slice(0, -1))))) return true; // "London Marathons"
  if (last > first && head === 'league' && CONTEST_LEAGUE_ENTRANTS.has(tokens[last - 1]!.lower)) return true; // "the Champions League", not "the Premier League"
  const next = tokens[last + 1];
  // "Dr Ann Roe games director at …": a name after an honorific is a person's, whatever noun follows it.
  if (HONORIFICS.has(tokens[first]!.lower) || HONORIFICS.has(tokens[first - 1]?.lower ?? '')) return false;
  // "Ann Roe games director at Zentec told": the noun qualifies a post held somewhere, and the name is its holder's.
  return next !== undefined && next.word && !next.cap && EVENT_NOUNS.has(next.lower) && !isPostAfterEventNoun(tokens, last + 1);
}

/** "at the Conservative Party Conference", "during the Democratic National Convention": after "at" or "during" (and "the"). */
function isAtOrDuring(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return tokens[k]?.lower === 'at' || tokens[k]?.lower === 'during';
}

/** "the X", "Biden's X": the run follows "the" or a possessive "'s". */
function isDetermined(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && (before.lower === 'the' || /['’]s?$/.test(before.lower));
}

/**
 * The last token of a known institution that opens the run and is followed by exactly two name-like words
 * ("Amnesty International Man-kei Tam", "Human Rights Watch Ann Lee"); -1 otherwise.
 */
function institutionBeforeName(paragraph: TokenizedParagraph, first: number, last: number): number {
  const { tokens } = paragraph;
  const end = last - 2;
  // "Sony Computer Entertainment": a last word that heads organisations makes one name, no person after the institution.
  if (end < first || ORG_HEADS.has(tokens[last]!.lower) || !isNameLike(tokens[last - 1]!, tokens[last], tokens[last - 2]) || !isNameLike(tokens[last]!, tokens[last + 1], tokens[last - 1])) return -1;
  return institutionOf(foldText(textOf(paragraph, first, end)), textOf(paragraph, first, end)) ? end : -1;
}

/** "Tenure of Office Act", "Act of Parliament", "Public Service Vehicle Regulations for Buses": the name of a law, by its head word at the end or before "of"/"for". */
function namesLaw(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last]!.cap && LAW_HEADS.has(tokens[last]!.lower)) return true;
  if (tokens[last]!.cap && DETERMINED_LAW_HEADS.has(tokens[last]!.lower) && isDetermined(tokens, first) && !opensWithInstitution(tokens, first, last)) return true;
  for (let k = first + 1; k < last; k++) {
    if ((tokens[k]!.text === 'of' || tokens[k]!.text === 'for') && tokens[k - 1]!.cap && LAW_HEADS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

/**
 * "For the Tories David Laws said": a known institution, then two more words, after "the" is the institution and a
 * person whose surname is a law's head word, not "the … Laws".
 *
 * @example
 * // For the Tories David Laws said
 * opensWithInstitution(tokens, 2, 4) // => true
 */
function opensWithInstitution(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  const words = tokens.slice(first, last - 1).map((t) => t.text).join(' ');
  return institutionOf(foldText(words), words) !== undefined;
}

/**
 * "Ministry of Foreign Affairs" → "Foreign Ministry", "Turkish Ministry of Defence" → "Turkish Defence Ministry",
 * "Department of Justice" → "Justice Department": the form news text also uses, so that both are one actor.
 */
function ministryName(tokens: readonly Token[], first: number, last: number): string | undefined {
  let head = first;
  while (head <= last && head - first < 2 && (COUNTRY_NAMES.has(tokens[head]!.text) || COUNTRY_DEMONYMS.has(tokens[head]!.text))) head++;
  const kind = tokens[head]?.lower;
  if ((kind !== 'ministry' && kind !== 'department') || tokens[head + 1]?.text !== 'of') return undefined;
  let domain = head + 2;
  if (tokens[domain]?.lower === 'the') domain++;
  const end = tokens[last]!.lower === 'affairs' && last === domain + 1 ? domain : last;
  if (end !== domain || !tokens[domain]!.cap) return undefined;
  return [...tokens.slice(first, head).map((t) => t.text), tokens[domain]!.text, tokens[head]!.text].join(' ');
}

/**
 * "Chief Press Secretary", "United States Senator", "Secretary of State": capitals that name a post, not a body — the
 * head word (the last, or the one before "of") is a title and no organisation's head ("Court of Justice" is a body),
 * after title words or a country only ("Stephen King" is someone).
 */
function namesPost(tokens: readonly Token[], first: number, last: number): boolean {
  let head = last;
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.text === 'of') {
      head = k - 1;
      break;
    }
  }
  const word = tokens[head]!;
  if (head === first || !word.cap || !TITLE_HEAD_WORDS.has(word.lower) || ORG_HEADS.has(word.lower) || HONORIFICS.has(word.lower)) return false;
  // Only title words, or a country, before the head: "Stephen King", "Richard Bishop" are people.
  const before = tokens.slice(first, head).map((t) => t.text).join(' ');
  return COUNTRY_NAMES.has(before) || COUNTRY_DEMONYMS.has(before) || tokens.slice(first, head).every((t) => TITLE_MODIFIERS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower));
}

/** Capitals after a company's name that name a product, not a person: no title, no honorific, no two plain name words ("Nokia Jan Berg" is someone). */
function isProductAfter(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (HONORIFICS.has(tokens[k]!.lower) || isTitleWord(tokens[k]!)) return false;
  return !(last === first + 1 && isPlainNameAt(tokens, first) && isPlainNameAt(tokens, last) && !/\d/.test(tokens[last]!.text) && isNameLike(tokens[first]!, tokens[last], tokens[first - 1]) && isNameLike(tokens[last]!, tokens[last + 1], tokens[first]));
}

/**
 * "MV Namse Bangdzod", "HMS Belfast", "the cargo ship Kestrel Dawn", "The boat, Conception, caught fire": the name of a
 * ship, by its prefix or a kind of ship right before it (or before it in commas).
 */
function namesVessel(tokens: readonly Token[], first: number, last: number): boolean {
  if (VESSEL_PREFIXES.has(tokens[first]!.text)) return last > first;
  const before = tokens[first - 1];
  if (before?.text === ',' && tokens[last + 1]?.text === ',') {
    const noun = tokens[first - 2];
    return noun !== undefined && noun.word && !noun.cap && VESSEL_NOUNS.has(noun.lower);
  }
  return before !== undefined && before.word && !before.cap && VESSEL_NOUNS.has(before.lower);
}

/** "James Webb Telescope", "Airbus A321": the name of a thing, by its head word or a model number. */
function namesThing(tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && (PRODUCT_HEADS.has(tokens[last]!.lower) || MODEL_NUMBER.test(tokens[last]!.text));
}

const MODEL_NUMBER = /^\p{Lu}{1,3}-?\d{2,}\p{Lu}?$/u;

/**
 * "the novel Cloud Atlas", "her book, Small Island, won", "The History Boys by Alan Bennett": the title of a work,
 * after a kind of work (with commas on both sides when there is one before), before "by" and a name, or after a
 * full name and "for" ("the prize went to Susan Fletcher for Eve Green").
 */
function namesWork(tokens: readonly Token[], first: number, last: number): boolean {
  // "the album The Velvet College": a title's own capitalised article stands between the kind of work and the name.
  const before = TITLE_ARTICLES.has(tokens[first - 1]?.text ?? '') && tokens[first - 1]!.sentence === tokens[first]!.sentence ? tokens[first - 2] : tokens[first - 1];
  if (before && before.word && !before.cap && (WORK_NOUNS.has(before.lower) || isListedWorkNoun(tokens, first - 1))) return true;
  // "a report entitled Greener Streets", "his 2009 release Together Through Life": a word that introduces a title. A
  // title with a subtitle ("a documentary titled Bob Lazar: Area 51 & Flying Saucers") may open with its subject's name,
  // but not when a country's name is among its words ("a report entitled Broadband Wales: The Next Step"): no one is
  // named after a country.
  if (before && before.word && !before.cap && TITLE_WORDS.has(before.lower) && (tokens[last + 1]?.text !== ':' || namesCountryWithin(tokens, first, last))) return true;
  // "her book, Small Island, won", "the first televised pantomime, Jack Merriweather.": a title set off after its kind.
  // "on his radio show, Mr Roe, who …": a relative that only follows a person makes the name a person's.
  if (before?.text === ',' && (tokens[last + 1]?.text === ',' || SENTENCE_ENDS.has(tokens[last + 1]?.text ?? '')) && !PERSON_RELATIVES.has(tokens[last + 2]?.lower ?? '')) {
    const noun = tokens[first - 2];
    if (noun && noun.word && !noun.cap && WORK_NOUNS.has(noun.lower)) return true;
  }
  if (last > first && describedAsWork(tokens, last)) return true;
  if (followsWorkFrame(tokens, first - 1) && !POSSESSIVE_MARKS.has(tokens[last + 1]?.lower ?? '')) return true;
  if (opensWorkList(tokens, first) || isListedWithWorks(tokens, first) || playsCharacter(tokens, first)) return true;
  // "won by Susan Fletcher for Eve Green": a name after a full name and "for" is what that person made.
  // "Special Representative for Iran Brian Hook": title words before "for" make a role.
  if (last > first && before?.text === 'for' && isPlainNameAt(tokens, first - 2) && isPlainNameAt(tokens, first - 3)) return true;
  return tokens[last + 1]?.lower === 'by' && tokens[last + 2]?.cap === true && tokens[last + 2]!.word && last > first;
}

/** Marks after an owner's name ("starred in Hughes's comedy", "Hughes' comedy"): the name owns the work, it is not its title. */

/**
 * The lower-case words at `k - 1` and `k` are a performer's or nominee's frame for a work ("her performance in",
 * "roles in", "the star of", "nominated for"): the capitals right after them name a work.
 *
 * @example
 * followsWorkFrame(tokensOf('her performance in Harbour Lights'), 2) // => true
 */
function followsWorkFrame(tokens: readonly Token[], k: number): boolean {
  const preposition = tokens[k];
  const head = tokens[k - 1];
  if (!preposition?.word || preposition.cap || !head?.word || head.cap) return false;
  return WORK_FRAMES.has(`${head.lower} ${preposition.lower}`);
}

/** "the anabolic steroid ZRX", "the games console Nexa Go": a lower-case kind of made thing right before the name. */
function namesProduct(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && before.word && !before.cap && PRODUCT_NOUNS.has(before.lower);
}

/** The capitalised articles that open a title ("The Velvet College", "A Long Way Home"). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** Punctuation that ends a sentence right after a title set off by a comma. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** "who", "whom", "whose": relatives that only follow a person. */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(functionWordsJson.relativesOfPeople);

/**
 * A listed kind of work ("hit") right before the name where it can only be a noun: a determiner, a possessive, a
 * preposition other than "to" or an adjective of the charts comes before it ("best song for hit Paper Lanterns!", "their
 * hit Copper Sky"); "storms hit Florida" and "to hit Florida" keep the verb.
 */
function isListedWorkNoun(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  if (noun === undefined || !noun.word || noun.cap || !LISTED_WORK_NOUNS.has(noun.lower)) return false;
  return LISTED_WORK_NOUN_LEADS.has(tokens[k - 1]?.lower ?? '');
}

/** A word of the run from `first` to `last` (not its first) is a country's name ("Broadband Wales"). */
function namesCountryWithin(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (COUNTRY_NAMES.has(tokens[k]!.text)) return true;
  return false;
}

/**
 * "whose films include Schindler's List, Michael Collins and Star Wars", "episodes of 24, Desperate Housewives and
 * Six Feet Under": a later item of a list that opens right after a kind of work (with "include", "of", "such as" or
 * "like" between) is a work too. Only items after a comma or "and" that the list reaches through names.
 */
function isListedWithWorks(tokens: readonly Token[], first: number): boolean {
  const joiner = tokens[first - 1];
  if (joiner?.text !== ',' && joiner?.lower !== 'and') return false;
  // "named best musical, Victoria Hamilton was …": the item before the comma must be a title too.
  const previous = tokens[first - 2];
  if (!previous?.word || !(previous.cap || /^\d+$/.test(previous.text))) return false;
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  for (let n = 0; k >= 0 && n < 24 && tokens[k]!.sentence === sentence; n++, k--) {
    const t = tokens[k]!;
    if (t.cap || /^\d+$/.test(t.text) || t.text === ',' || t.lower === 'and' || t.lower === "'s" || t.text === ':' || LIST_PARTICLES.has(t.lower)) continue;
    break;
  }
  const stop = tokens[k];
  if (!stop?.word || stop.cap) return false;
  // "roles in Still Water and Paper Moons", "nominations for Copper Lane and Night Orchard": a list after a performer's
  // frame for a work, its preposition read back as a particle of the list or not.
  if (followsWorkFrame(tokens, k) || followsWorkFrame(tokens, k + 1)) return true;
  // "box office hits Vera Lane, Tin Crown and …": a listed kind of work right before the list, after its lead.
  if (isListedWorkNoun(tokens, k)) return true;
  const opener = LIST_OPENERS.has(stop.lower);
  if (!opener) return isKindOfWork(stop, false);
  return isKindOfWork(kindBeforeOpener(tokens, stop.lower === 'as' ? k - 2 : k - 1), true, stop.lower !== 'of');
}

/**
 * The word before a list's opener at `k`, past one comma after a plural ("25 films, including Tin Crown"); a singular
 * before the comma ("in the film, including Tom Avery") may have its cast listed, so none is returned.
 */
function kindBeforeOpener(tokens: readonly Token[], k: number): Token | undefined {
  if (tokens[k]?.text !== ',') return tokens[k];
  const noun = tokens[k - 1];
  return noun !== undefined && noun.lower.endsWith('s') && !WORK_NOUNS.has(noun.lower) ? noun : undefined;
}

/**
 * "darker films such as Million Dollar Baby, Aviator and …", "1960s hits such as Come Tomorrow": the first item of a list
 * that opens right after a kind of work with "such as", "including" or "like" is a title ("the story of John Smith" is
 * about someone and "the album includes Jay Ross" may name a guest, so "of" and "include" open no first item).
 */
function opensWorkList(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first - 1];
  if (!opener?.word || opener.cap || !FIRST_ITEM_OPENERS.has(opener.lower)) return false;
  if (opener.lower === 'as') return tokens[first - 2]?.lower === 'such' && isKindOfWork(kindBeforeOpener(tokens, first - 3), true, true);
  return isKindOfWork(kindBeforeOpener(tokens, first - 2), true, true);
}

/** The openers of a list whose first item may be read as a title. */
const FIRST_ITEM_OPENERS: ReadonlySet<string> = new Set(functionWordsJson.openingAFirstTitle);

/**
 * A lower-case kind of work, or its plural; after a list opener also "hit" or "hits" ("hits such as …"), and after one
 * that gives examples ("such as", "including", "like", not "of") also "games" or "classics".
 */
function isKindOfWork(noun: Token | undefined, listOpens: boolean, givesExamples = false): boolean {
  if (noun === undefined || !noun.word || noun.cap) return false;
  if (listOpens && LISTED_WORK_NOUNS.has(noun.lower)) return true;
  if (givesExamples && EXAMPLED_WORK_NOUNS.has(noun.lower)) return true;
  return WORK_NOUNS.has(noun.lower) || (noun.lower.endsWith('s') && WORK_NOUNS.has(noun.lower.slice(0, -1)));
}

/** Lower-case words inside titles of works ("Star Wars: The Phantom Menace", "A Funny Thing Happened on the Way"). */
const LIST_PARTICLES: ReadonlySet<string> = new Set(functionWordsJson.insideAListedName);
/** Words between a kind of work and the list of its titles ("films include", "episodes of", "shows such as"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(functionWordsJson.openingAList);

/**
 * "will star Jessica Lange as the domineering mother, Amanda Wingfield", "a prize for star Richard Griffiths as teacher
 * Hector": in a sentence about a cast, a name after "as" (and a lower-case role) is a character in the work.
 */
function playsCharacter(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  for (let n = 0; n < 4 && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.lower !== 'as'; n++) k--;
  if (tokens[k]?.lower !== 'as' || tokens[k - 1]?.lower === 'such') return false; // "a star such as Rock Hudson" gives an example
  const sentence = tokens[first]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) if (CASTING_WORDS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A capitalised word at `k` that is neither a title word nor an honorific ("Susan", "Fletcher"; not "Special", "Representative"). */
function isPlainNameAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && t.cap && !isTitleWord(t) && !HONORIFICS.has(t.lower) && !ORG_HEADS.has(t.lower);
}

/**
 * "Fergus Crane, a story about a boy", "Strong Medicine, Hailey's blockbuster focusing on …", "Spilled Water, about
 * a Chinese girl": an appositive that calls the name a work ("a", "the" or a possessor, up to three words, a kind of
 * work that ends its phrase), or that says what it is about.
 */
function describedAsWork(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  let k = last + 2;
  if (tokens[k]?.lower === 'about') return true;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' || tokens[k]?.lower === 'the') k++;
  else if (tokens[k]?.cap && tokens[k + 1]?.lower === "'s") k += 2;
  else return false;
  for (let m = k; m <= k + 3 && m < tokens.length; m++) {
    const t = tokens[m]!;
    // "Anna Reyes, the author of the novel": a person's role comes first.
    if (!t.word || t.lower === 'of' || TITLE_HEAD_WORDS.has(t.lower)) return false;
    if (!t.cap && WORK_NOUNS.has(t.lower)) {
      const next = tokens[m + 1];
      return next === undefined || !next.word || WORK_PHRASE_ENDS.has(next.lower) || next.lower.endsWith('ing');
    }
  }
  return false;
}

/**
 * "Hagia Sophia, formerly a Greek Orthodox church and now a museum", "Project MKUltra, a CIA mind control program to
 * test …": an appositive that calls the name a kind of thing ("a", "an" or "the", perhaps after "formerly" or "now",
 * up to four words, the noun ending its phrase). "Ann Roe, a museum director" calls her a director.
 */
function describedAsThing(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  let k = last + 2;
  if (APPOSED_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an' && tokens[k]?.lower !== 'the') return false;
  for (let m = k + 1; m <= k + 4 && m < tokens.length; m++) {
    const t = tokens[m]!;
    if (!t.word || t.lower === 'of' || TITLE_HEAD_WORDS.has(t.lower)) return false;
    if (!t.cap && THING_NOUNS.has(t.lower)) {
      const next = tokens[m + 1];
      if (next === undefined) return true;
      if (next.lower === "'s" || next.lower === "'") return false;
      return !next.word || next.lower === 'and' || next.lower === 'to' || WORK_PHRASE_ENDS.has(next.lower) || next.lower.endsWith('ing');
    }
  }
  return false;
}

/** Words after which a kind of work ends its phrase ("a story about …", "a novel set in …", "a film that …"). */
const WORK_PHRASE_ENDS: ReadonlySet<string> = new Set(functionWordsJson.endingAWorkPhrase);

/**
 * How many words at the start of a run complete a title before it ("Mayor of London Sadiq Khan",
 * "Governor of Kogi Yahaya Bello"): one word of three (or of four when the third is a middle initial: "Secretary of
 * Transportation Sean P. Dunn"), else a known country or capital of one or two words before at least two more; 0 when
 * the run does not follow a capitalised "TITLE of".
 */
function domainAfterTitle(tokens: readonly Token[], first: number, last: number): number {
  const title = tokens[first - 2];
  if (tokens[first - 1]?.lower !== 'of' || !title?.cap || !TITLE_HEAD_WORDS.has(title.lower) || last - first < 2) return 0;
  for (let k = first; k <= last; k++) if (!tokens[k]!.word || !tokens[k]!.cap || HONORIFICS.has(tokens[k]!.lower)) return 0;
  if (last - first === 2) return 1;
  // "Secretary of Transportation Sean P. Duffy": one word of the title, then a name with a middle initial.
  if (last - first === 3 && isInitials(tokens[last - 1]!.text)) return 1;
  const isPlace = (text: string): boolean => COUNTRY_NAMES.has(text) || CAPITALS.has(text);
  if (isPlace(`${tokens[first]!.text} ${tokens[first + 1]!.text}`)) return 2;
  return isPlace(tokens[first]!.text) ? 1 : 0;
}

/**
 * The token index of a lower-case body noun that ends a name after its capitals, over at most four lower-case
 * words ("and" and a possessive included): "Riverside County criminal court", "Lincoln County sheriff's office";
 * -1 when none does.
 */
function lowerCaseBodyAfter(tokens: readonly Token[], last: number): number {
  for (let k = last + 1; k <= last + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === "'s" && k > last + 1) continue;
    if (!t.word || t.cap || !isLowerCaseWord(t.text)) return -1;
    if (LOWER_CASE_BODIES.has(t.lower)) return k;
    if ((FUNCTION_WORDS.has(t.lower) && t.lower !== 'and') || SPEECH_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * `/^\p{Ll}[\p{Ll}-]*$/u.test(text)` read by code units for ASCII text (a–z, then a–z or "-"), where the lower-case
 * letters are a–z; other text goes to the expression. Every word after every capitalised run is read here.
 */
function isLowerCaseWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return /^\p{Ll}[\p{Ll}-]*$/u.test(text);
    if (!(unit >= 0x61 && unit <= 0x7a) && (i === 0 || unit !== 0x2d)) return false;
  }
  return text.length > 0;
}

/** Days and months: "Friday's court hearing" names no court. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(calendarWordsJson.classify);

/** "Doris Day's Best Friends": the name is followed by "'s" and a capitalised word. */
function isPossessorAt(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.lower === "'s" && tokens[last + 2]?.cap === true && tokens[last + 2]!.word;
}

/** "sports utility vehicles (SUV)": an acronym in brackets that only abbreviates the common words before it. */
function isAbbreviation(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')') return false;
  const letters = tokens[first]!.text.toLowerCase();
  if (!/^[a-z]{2,6}$/.test(letters)) return false;
  const words: Token[] = [];
  for (let k = first - 2; k >= 0 && words.length < letters.length && tokens[k]!.word; k--) words.unshift(tokens[k]!);
  return words.length === letters.length && words.every((w, i) => !w.cap && w.lower.startsWith(letters[i]!));
}

/** "State-owned", "Yemen-based": a hyphenated word that describes the name after it. */
function isDescribingCompound(token: Token): boolean {
  const dash = token.text.lastIndexOf('-');
  return dash > 0 && MODIFIER_SUFFIXES.has(token.lower.slice(dash + 1));
}

/** "Dutchman", "Frenchwoman": a nationality noun before a name. */
function isNationalityNoun(token: Token): boolean {
  for (const ending of NATIONALITY_NOUN_ENDINGS) {
    if (token.lower.length > ending.length + 2 && token.lower.endsWith(ending) && COUNTRY_DEMONYMS.has(token.text.slice(0, -ending.length))) return true;
  }
  return false;
}
