/**
 * Stage 2 of actors: find runs of capitalised words ("French President Emmanuel Macron",
 * "Carnegie Endowment for International Peace") that may name someone.
 */
import { OPENING_MARKS, type Token, type TokenizedParagraph } from './01-tokenize-text.ts';
import { opensPeopleForCause } from './people-for-cause.ts';
import { COMMON_WORDS, CONNECTED_HEADS_OF_FOR, CONNECTED_HEADS_TO, COUNTRY_NAMES, HONORIFICS, INSTITUTIONS, ORG_HEADS, PLACE_HEADS, POSSESSIVE_NAME_WORDS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';
import { isUpperCase } from '../text/is-upper-case.ts';
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { NAME_PARTICLES, isParticleJoinedName } from '../text/name-particles.ts';
import { numberedNameSpan, numberedNameStart } from './numbered-names.ts';
import { isPeerDesignationAt } from './peer-designation.ts';
import { personOfBodyAfterAnd } from './person-of-body-after-and.ts';
import { nicknameLength } from './nickname-in-name.ts';

/** A run of capitalised tokens, inclusive token indexes. */
export interface NameRun {
  paragraph: number;
  first: number;
  last: number;
  /** True when the run starts its sentence (so its first word may be capitalised only for that). */
  sentenceInitial: boolean;
}

/** "the Halifax Port Authority on Thursday": a day or month after a connector is never part of a name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(calendarWordsJson.nameRun);
const TIME_ZONES: ReadonlySet<string> = new Set(calendarWordsJson.timeZones);
/** Connectors that only organisation names use ("Bank of England"); a person's run is split at them. */
const ORG_CONNECTORS: ReadonlySet<string> = new Set(functionWordsJson.insideAnOrganizationName);
/** Lower-case words that may sit inside a name: organisation connectors and name particles. */
const CONNECTORS: ReadonlySet<string> = new Set([...ORG_CONNECTORS, ...NAME_PARTICLES]);

/**
 * Finds runs of capitalised words in a paragraph, joined across connectors ("of", "for", "von")
 * only where the run names an organisation or the connector is a name particle. Paragraphs
 * written in capitals (headings) yield no runs.
 *
 * @param paragraph A tokenised paragraph.
 * @param numberedForms The forms of a capitalised word and a number that the article treats as names ("radio 1", from
 * `findNumberedNames`): the number ends the run there.
 * @example
 * findNameRuns(tokenizeText(0, 'Then Bank of England and Jane Doe spoke.', [])).map((r) => [r.first, r.last])
 * // => [[0, 3], [5, 6]]   ("Then Bank of England" and "Jane Doe"; later stages strip "Then")
 */
export function findNameRuns(paragraph: TokenizedParagraph, numberedForms: ReadonlySet<string> = new Set()): NameRun[] {
  const { tokens } = paragraph;
  if (isShouting(tokens)) return [];
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "since al-Mansouri spoke": a particle joined to a capital opens a name as a capital does.
    // "10:42 GMT Network Rail said": a time zone after a clock time is no word of the name after it.
    if ((!isNameToken(tokens[i]!) && !isParticleJoinedName(tokens[i]!.text)) || (TIME_ZONES.has(tokens[i]!.text) && /^\d+$/.test(tokens[i - 1]?.text ?? ''))) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if ((isNameToken(token) || isParticleJoinedName(token.text)) && token.quote === tokens[last]!.quote) {
        last = j;
        j++;
      } else if (CONNECTORS.has(token.text) && tokens[j + 1] && isNameToken(tokens[j + 1]!) && !CALENDAR_WORDS.has(tokens[j + 1]!.lower) && !dateBeforeArticle(tokens, last, j)) {
        j++;
      } else if (isAmpersandInName(tokens, last, j)) {
        j++;
      } else if (isTwoParticleSurname(tokens, last, j)) {
        j += 2;
      } else if (isPossessiveInName(tokens, last, j)) {
        j++;
      } else if (isOfTheAfterHead(tokens, last, j)) {
        j += 2;
      } else if (isPurposeTo(tokens, last, j)) {
        j++;
      } else if (isCommaInBodyList(tokens, i, last, j)) {
        j++;
      } else if (nicknameLength(tokens, last, j) > 0) {
        j += nicknameLength(tokens, last, j) + 2;
      } else break;
    }
    // "BBC Radio 4", "Radio 1 said", "10 Downing Street": a number that completes the name.
    const numbered = numberedNameSpan(tokens, i, last, numberedForms);
    const start = numbered?.first ?? numberedNameStart(tokens, i, last) ?? i;
    last = numbered?.last ?? last;
    for (const [whole, wholeEnd] of splitAtHonorificAfterHead(tokens, start, last)) {
      for (const [from, to] of splitAtPostAfterAmpersand(tokens, whole, wholeEnd)) {
        for (const [first, end] of splitAtOrgConnectors(tokens, from, to)) {
          runs.push({ paragraph: paragraph.index, first, last: end, sentenceInitial: isSentenceInitial(paragraph, first) });
        }
      }
    }
    i = last + 1;
  }
  return runs;
}

/**
 * "In November the British Medical Association said": a day or month right before "the" ends the run; the article
 * opens the next name ("March of Dimes" keeps its "of").
 */
function dateBeforeArticle(tokens: readonly Token[], last: number, j: number): boolean {
  return j === last + 1 && tokens[j]!.text === 'the' && CALENDAR_WORDS.has(tokens[last]!.lower);
}

/**
 * "Lucía de la Cruz", "Anneke van der Berg": two particles right after a name word, then a capital, go on with a
 * person's name; after the head of a place or an organisation's name ("Plaza de la Revolución") they do not.
 */
function isTwoParticleSurname(tokens: readonly Token[], last: number, j: number): boolean {
  const next = tokens[j + 2];
  if (j !== last + 1 || !NAME_PARTICLES.has(tokens[j]!.text) || !NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') || !next || !isNameToken(next) || next.quote !== tokens[last]!.quote) return false;
  return !ORG_HEADS.has(tokens[last]!.lower) && !PLACE_HEADS.has(tokens[last]!.lower);
}

/** "King's College London", "St John's Ambulance", "the Catholic Bishops' Conference": a possessive inside an organisation's name. */
function isPossessiveInName(tokens: readonly Token[], last: number, j: number): boolean {
  if (j !== last + 1) return false;
  const plural = (tokens[j]!.text === "'" || tokens[j]!.text === '’') && tokens[last]!.lower.endsWith('s');
  if (tokens[j]!.lower !== "'s" && !plural) return false;
  const owner = tokens[last]!;
  const saint = /^st\.?$/.test(tokens[last - 1]?.lower ?? '');
  if (!POSSESSIVE_NAME_WORDS.has(owner.lower) && !saint) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5 && isNameToken(tokens[k]!); k++) if (ORG_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Supreme Court of the United Kingdom", "Office of the High Commissioner": "of the" or "for the" right after an
 * organisation head, then a capital, goes on with the organisation's name ("the Court" of "the District" is one body).
 */
function isOfTheAfterHead(tokens: readonly Token[], last: number, j: number): boolean {
  if (j !== last + 1 || (tokens[j]!.text !== 'of' && tokens[j]!.text !== 'for') || tokens[j + 1]?.text !== 'the') return false;
  const next = tokens[j + 2];
  return next !== undefined && isNameToken(next) && next.quote === tokens[last]!.quote && !CALENDAR_WORDS.has(next.lower) && tokens[last]!.cap && ORG_HEADS.has(tokens[last]!.lower);
}

/**
 * "Committee to Protect Reporters", "Network to Count Attacks": "to" right after a capitalised head of a body named by
 * its purpose, then a capital that is no country, institution or calendar word, goes on with the body's name.
 */
function isPurposeTo(tokens: readonly Token[], last: number, j: number): boolean {
  if (j !== last + 1 || tokens[j]!.text !== 'to' || !tokens[last]!.cap || !CONNECTED_HEADS_TO.has(tokens[last]!.lower)) return false;
  const next = tokens[j + 1];
  if (next === undefined || !isNameToken(next) || next.quote !== tokens[last]!.quote || CALENDAR_WORDS.has(next.lower) || COUNTRY_NAMES.has(next.text) || INSTITUTIONS.has(next.lower)) return false;
  // "sent the Committee to London on Friday": a purpose takes a verb and its object, two capitals after "to".
  const after = tokens[j + 2];
  return after !== undefined && after.word && after.cap && after.quote === next.quote;
}

/**
 * "Department for Culture, Media and Sport", "Ministry of Housing, Communities and Local Government": a comma after
 * the first capitalised word of a body's name that goes on after "for" or "of" (an organisation head right before the
 * link), then one capitalised word, "and" and a capital, is a list inside that one name. A list of bodies ("the BBC,
 * ITV and Channel 4") has no head with "for" or "of" before the comma and stays several, and neither is one whose
 * second item is a name of two words ("the Department for Transport, Network Rail and Transport for London").
 *
 * @example
 * // A Department for Culture, Media and Sport spokeswoman said
 * isCommaInBodyList(tokens, 1, 3, 4) // => true
 */
export function isCommaInBodyList(tokens: readonly Token[], first: number, last: number, j: number): boolean {
  if (j !== last + 1 || tokens[j]!.text !== ',') return false;
  let link = -1;
  for (let k = first + 1; k < last; k++) if ((tokens[k]!.text === 'for' || tokens[k]!.text === 'of') && tokens[k - 1]!.cap && isOrgHead(tokens[k - 1]!.lower)) link = k;
  // The comma follows the link's first capitalised word or two ("for Culture,", "of Housing,"), no other comma between.
  if (link < 0 || last - link > 2) return false;
  for (let k = link + 1; k <= last; k++) if (!tokens[k]!.cap || tokens[k]!.quote !== tokens[first]!.quote) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    const t = tokens[k];
    if (!t?.word || t.quote !== tokens[first]!.quote) return false;
    if (t.text === 'and') return k > j + 1 && tokens[k + 1] !== undefined && isNameToken(tokens[k + 1]!) && tokens[k + 1]!.quote === t.quote && !CALENDAR_WORDS.has(tokens[k + 1]!.lower);
    if (!t.cap || CALENDAR_WORDS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "Ernst & Young", "Pew Internet & American Life", "Rock & Roll Hall of Fame": an ampersand between two capitalised
 * words joins them into one name (news English joins two people or two bodies with "and", a firm's or a show's name
 * with "&").
 */
function isAmpersandInName(tokens: readonly Token[], last: number, j: number): boolean {
  const next = tokens[j + 1];
  return j === last + 1 && tokens[j]!.text === '&' && next !== undefined && isNameToken(next) && next.quote === tokens[last]!.quote && !CALENDAR_WORDS.has(next.lower);
}

/**
 * "said Morrow & Finch Senior Vice President Dana Cole": a name joined by "&", then a post and a person, is two runs,
 * the firm's and the titled person's, as "said Acme Senior Vice President Dana Cole" would be read.
 */
function splitAtPostAfterAmpersand(tokens: readonly Token[], first: number, last: number): [number, number][] {
  let amp = -1;
  for (let k = first + 1; k < last; k++) if (tokens[k]!.text === '&') { amp = k; break; }
  if (amp < 0) return [[first, last]];
  for (let k = amp + 2; k <= last; k++) {
    const lower = tokens[k]!.lower;
    if (tokens[k]!.cap && !ORG_HEADS.has(lower) && (TITLE_HEAD_WORDS.has(lower) || (TITLE_MODIFIERS.has(lower) && !COMMON_WORDS.has(lower)))) return [[first, k - 1], [k, last]];
  }
  return [[first, last]];
}

/**
 * "In a speech to the Foreign Policy Centre Mr Kim said", "At the Royal Society Dr Patel said": a courtesy title right
 * after an organisation's head word opens a person's name; the run is the body's and then the person's.
 *
 * @example
 * // to the Harbour Policy Institute Mr Kim said
 * splitAtHonorificAfterHead(tokens, 2, 6) // => [[2, 4], [5, 6]]
 */
export function splitAtHonorificAfterHead(tokens: readonly Token[], first: number, last: number): [number, number][] {
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.cap && HONORIFICS.has(t.lower) && tokens[k - 1]!.cap && isOrgHead(tokens[k - 1]!.lower) && tokens[k + 1]!.cap && !HONORIFICS.has(tokens[k + 1]!.lower)) {
      return [[first, k - 1], ...splitAtHonorificAfterHead(tokens, k, last)];
    }
  }
  return [[first, last]];
}

function isNameToken(token: Token): boolean {
  return token.cap;
}

/** Splits a run at "of"/"for"/"and"/"the" unless it contains an organisation head word. */
function splitAtOrgConnectors(tokens: readonly Token[], first: number, last: number): [number, number][] {
  let hasOrgHead = false;
  // "Rock & Roll Hall of Fame": a name joined by "&" is a body's, and keeps its "of" as one.
  for (let k = first; k <= last; k++) if ((tokens[k]!.cap && isOrgHead(tokens[k]!.lower)) || tokens[k]!.text === '&') hasOrgHead = true;
  // "National Conference of Mayors", "Campaign for Cleaner Rivers": a head that makes a body only with "of"/"for" after it.
  for (let k = first; k < last; k++) if (tokens[k]!.cap && CONNECTED_HEADS_OF_FOR.has(tokens[k]!.lower) && (tokens[k + 1]!.text === 'of' || tokens[k + 1]!.text === 'for')) hasOrgHead = true;
  // "Americans for Tax Reform", "Citizens for Tax Justice": people and the cause they stand for.
  if (opensPeopleForCause(tokens, first, last)) hasOrgHead = true;
  if (hasOrgHead) {
    // "Detective Inspector Paul Grainger of West Yorkshire Police": a titled person, then the organisation.
    // "Thandar of the Institute for Fiscal Research said": one name word, then the organisation, then the verb.
    if (isOneWordSpeakerOf(tokens, first, last)) return [[first, first], [first + 2, last]];
    for (let k = first + 2; k < last; k++) {
      if (!PERSON_ORG_CONNECTORS.has(tokens[k]!.text)) continue;
      if (isTitledPerson(tokens, first, k - 1)) return [[first, k - 1], [k + 1, last]];
      // "University of Leeds Executive Director Ann Lee of The Times": an organisation, a post and a person, then another organisation.
      const titled = titledPersonEnding(tokens, first, k - 1);
      if (titled !== undefined) return [[first, titled - 1], [titled, k - 1], [k + 1, last]];
    }
    return splitAtAnd(tokens, first, last);
  }
  const parts: [number, number][] = [];
  let start = first;
  for (let k = first; k <= last; k++) {
    // "Lord Nicholls of Foyle": a peer's territorial designation is part of the name.
    if (ORG_CONNECTORS.has(tokens[k]!.text) && !isPeerDesignationAt(tokens, k, last)) {
      if (k > start) parts.push([start, k - 1]);
      start = k + 1;
    }
  }
  if (start <= last) parts.push([start, last]);
  return parts;
}

const PERSON_ORG_CONNECTORS: ReadonlySet<string> = new Set(prepositionsJson.personToOrganization);

/**
 * Splits a run that holds an organisation head at each "and" that joins two names, each whole on its own
 * ("London Ambulance Service and London Fire Brigade", "MSNBC and CBS Radio", "the Independent and The Times"),
 * and keeps the names that have an "and" inside ("Food and Agriculture Organisation", "Pacific Gas and Electric Company").
 */
function splitAtAnd(tokens: readonly Token[], first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  for (let k = first + 1; k < last; k++) {
    if (tokens[k]!.text !== 'and' || !tokens[k + 1]!.cap) continue;
    // "University of Leeds and Tom Pellow of Blue Reef Surveys": a person between two bodies.
    const person = personOfBodyAfterAnd(tokens, start, k, last);
    if (person !== undefined) {
      parts.push([start, k - 1], [k + 1, person]);
      start = person + 2;
      k = person + 1;
      continue;
    }
    // "The Securities and …", "U.S. Securities and …": a capital "The" or a country opening the run is no word of the name.
    let from = tokens[start]!.text === 'The' ? start + 1 : start;
    if (from < k - 1 && COUNTRY_NAMES.has(tokens[from]!.text)) from++;
    const leftWhole = (k - 1 > from && endsWithHead(tokens, from, k - 1)) || isAcronymToken(tokens, from, k - 1) || isKnownName(tokens, from, k - 1);
    const rightWhole = endsWithHead(tokens, k + 1, last) || isAcronymToken(tokens, k + 1, last) || isKnownName(tokens, k + 1, last);
    // "University of Leeds and Center for Marine Studies": two names, each opening with a head and "of"/"for".
    const rightOpens = tokens[k + 1]!.text === 'The' || (opensWithHeadConnector(tokens, from, k - 1) && opensWithHeadConnector(tokens, k + 1, last));
    if (rightOpens || (leftWhole && (rightWhole || last - k >= 2)) || (rightWhole && hasHead(tokens, start, k - 1, tokens[last]!.lower))) {
      parts.push([start, k - 1]);
      start = k + 1;
    }
  }
  parts.push([start, last]);
  return parts;
}

/** "University of Leeds", "Center for Marine Studies": a capitalised organisation head, "of" or "for", then a capital, within the span. */
function opensWithHeadConnector(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first]!;
  const connector = tokens[first + 1]?.text;
  return first + 2 <= last && head.cap && isOrgHead(head.lower) && (connector === 'of' || connector === 'for') && tokens[first + 2]!.cap;
}

function endsWithHead(tokens: readonly Token[], first: number, last: number): boolean {
  return last >= first && tokens[last]!.cap && ORG_HEADS.has(tokens[last]!.lower);
}

/** "University of Washington and Stanford University": the left name holds the head that ends the right one. */
function hasHead(tokens: readonly Token[], first: number, last: number, head: string): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.cap && tokens[k]!.lower === head) return true;
  return false;
}

/** An organisation head or its plural ("Centers for Disease Control"). */
function isOrgHead(lower: string): boolean {
  return ORG_HEADS.has(lower) || (lower.length > 4 && lower.endsWith('s') && ORG_HEADS.has(lower.slice(0, -1)));
}

/** "United States", "European Union": a country or a known institution, whole on its own. */
function isKnownName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const text = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  return COUNTRY_NAMES.has(text) || INSTITUTIONS.has(foldText(text));
}

/** One token in capitals ("MSNBC", "ABC"): an acronym, a name on its own. */
function isAcronymToken(tokens: readonly Token[], first: number, last: number): boolean {
  return first === last && tokens[first]!.text.length >= 2 && isUpperCase(tokens[first]!.text);
}

/** True when the tokens are a title or honorific followed by at least two name words and no organisation head. */
function isTitledPerson(tokens: readonly Token[], first: number, last: number): boolean {
  let titled = false;
  let names = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.cap || ORG_HEADS.has(t.lower) || CONNECTED_HEADS_OF_FOR.has(t.lower)) return false;
    if (TITLE_HEAD_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) {
      titled = true;
      names = 0;
    } else names++;
  }
  // "Devin Patel of Harbor Point Capital": two or three name words, then the organisation; after a title one is
  // enough ("Detective Inspector Zawmin of West Yorkshire Police").
  return (names >= 2 && (titled || last - first <= 2)) || (names === 1 && titled);
}

/**
 * "University of Leeds Executive Director Ann Lee": the first token of a title word (with the capitalised words of the post
 * before it that are no organisation head) that two name words follow to `last`, after an organisation's name; or undefined.
 */
function titledPersonEnding(tokens: readonly Token[], first: number, last: number): number | undefined {
  for (let j = first + 1; j <= last - 2; j++) {
    if (!TITLE_HEAD_WORDS.has(tokens[j]!.lower) || !isTitledPerson(tokens, j, last) || last - j < 2) continue;
    let start = j;
    while (start - 1 > first && tokens[start - 1]!.cap && TITLE_MODIFIERS.has(tokens[start - 1]!.lower)) start--;
    return start;
  }
  return undefined;
}

/**
 * "Thandar of the Institute for Fiscal Research said": a run that opens with one name word and "of", and that a verb
 * of saying follows, is that person and their organisation — the organisation does not speak of itself that way.
 * The word must be no head, title, common word or country ("Bank of England said", "Friends of the Earth said").
 */
function isOneWordSpeakerOf(tokens: readonly Token[], first: number, last: number): boolean {
  const name = tokens[first]!;
  if (tokens[first + 1]?.text !== 'of' || first + 2 > last || !/\p{Ll}/u.test(name.text)) return false;
  if (tokens[first - 1]?.text === ',') return false; // "Erwin Chemerinsky, Dean of UC Berkeley School of Law called": a post in apposition
  if (ORG_HEADS.has(name.lower) || PLACE_HEADS.has(name.lower) || TITLE_HEAD_WORDS.has(name.lower) || HONORIFICS.has(name.lower) || COMMON_WORDS.has(name.lower) || COMMON_WORDS.has(name.lower.replace(/s$/, '')) || COUNTRY_NAMES.has(name.text) || INSTITUTIONS.has(name.lower)) return false;
  const verb = tokens[last + 1];
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower) && !verb.lower.endsWith('ing');
}

function isSentenceInitial(paragraph: TokenizedParagraph, index: number): boolean {
  const { tokens } = paragraph;
  for (let k = index - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.sentence !== tokens[index]!.sentence) return true;
    if (token.word) return false;
    // After an opening mark, a colon or a dash a capital starts a new clause too.
    if (CLAUSE_OPENERS.has(token.text)) return true;
  }
  return true;
}

/** Opening marks, a colon and dashes: one character each. */
const CLAUSE_OPENERS = new Set([...OPENING_MARKS, ':', '—', '–', '-']);

/** Headings and banners in capitals are not prose; their capitals say nothing about names. */
function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 2) continue;
    words++;
    if (isUpperCase(t.text)) upper++;
  }
  return words >= 3 && upper / words > 0.6;
}
