/**
 * The subject of a sentence: its first mention or pronoun, after at most a few introductory words
 * ("In the filing, NAME …", "Council leader NAME …").
 */
import type { Mention } from '../../actors/index.ts';
import { COUNTRY_DEMONYMS, HONORIFICS, OFFICE_EPITHET_HEADS, PART_OF_NOUNS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import { isUpperCase } from '../../text/is-upper-case.ts';
import { clauseStart } from '../resolve-subject.ts';
import { isGovernmentOf } from '../find-document-owner.ts';
import type { Subject } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { epithetAt, isAffiliationObject, rolePersonAfter } from './subject-after-verb.ts';
import { relativeOfPossessor } from './relative-of-possessor.ts';
import { isOrganizationNoun, isPartOf, isPronoun } from './token-tests.ts';
import { ARTICLES, CLAUSE_INTRO, PREPOSITIONS_BEFORE_OBJECT, SPEAKING_KINDS } from './word-sets.ts';

/**
 * The subject of the quote's sentence: its first mention or pronoun, after at most a few introductory words.
 *
 * @example
 * // In the filing, Ann Roe argued that …
 * sentenceSubject(context) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function sentenceSubject(context: Context): Subject {
  const { tokens } = context.paragraph;
  // "In the filing itself Ford also made this point, writing “…”": the subject right after an opening phrase without a comma.
  const opener = tokens[context.sentenceStart]!;
  const afterOpening = opener.cap && OPENING_PREPOSITIONS.has(opener.lower) ? mentionAfterOpeningPhrase(context, context.sentenceStart) : undefined;
  // "Stirling Council has closed the road, saying …": a name at the start is the subject, not a participle ending like one.
  const named = context.mentions.startAt.has(context.sentenceStart);
  const start = afterOpening ?? (named ? context.sentenceStart : Math.max(context.sentenceStart, clauseStart(context.paragraph, tokens[context.sentenceStart]!.sentence)));
  for (let k = start; k <= context.sentenceEnd && k < start + 12; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return { type: 'none' };
    // A dateline before the sentence proper: "WASHINGTON (AP) — President Joe Biden …"
    if (/^[()—–-]$/.test(t.text) || (t.word && t.text.length > 1 && isUpperCase(t.text) && !context.mentions.startAt.has(k))) continue;
    const m = context.mentions.startAt.get(k);
    if (m && tokens[k - 1]?.text === '(') {
      k = m.last; // "(AP)" in a dateline
      continue;
    }
    // "The Biden campaign criticized …": a name modifying an organisation noun is not the subject.
    if (m && m.kind === 'person' && isOrganizationNoun(tokens[m.last + 1])) return { type: 'none' };
    // "Members of the House of Commons protested …": some of an organisation's people, not the organisation.
    if ((m && isPartOf(context, m)) || (PART_OF_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'of')) return { type: 'none' };
    // "The manager of Harbour Publicity and director of X, Alan Reese, called …": the person the roles are in apposition to.
    if (m && isAffiliationObject(tokens, m)) {
      const person = personInApposition(context, m.last);
      if (person) return { type: 'mention', mention: person };
    }
    // "The new governor of the region, Alexander Moor, offered …": a role of lower-case words set beside a person's name.
    const described = k === start && ARTICLES.has(t.lower) ? personAfterLowerCaseRole(context, k) : undefined;
    if (described) return { type: 'mention', mention: described };
    // "The government of American Samoa issued …": the place stands for its government.
    const governed = t.word && !t.cap && tokens[k + 1]?.lower === 'of' ? (context.mentions.startAt.get(k + 2) ?? (tokens[k + 2]?.lower === 'the' ? context.mentions.startAt.get(k + 3) : undefined)) : undefined;
    if (governed && isGovernmentOf(tokens, governed) && governed.first === k + 2 + (tokens[k + 2]!.lower === 'the' ? 1 : 0)) return { type: 'mention', mention: governed };
    // "The Tory leader said …", "The Labour MP argued …": a party or place modifying an office names no speaker; the
    // office is an epithet for the person the text is about, or nobody known.
    if (m && (m.kind === 'organization' || m.kind === 'place') && OFFICE_EPITHET_HEADS.has(tokens[m.last + 1]?.lower ?? '') && !rolePersonAfter(context, m, context.sentenceEnd)) {
      return (tokens[k - 1]?.lower === 'the' ? epithetAt(context, k - 1, m.last + 1) : undefined) ?? { type: 'none' };
    }
    // "Mr Roe's father, Azmat, said …": the relative named after a person's possessive and a family noun.
    const relative = m ? relativeOfPossessor(context, m) : undefined;
    if (relative) return relative;
    // "AIP chairman Markham Robinson reflects …": the person after the affiliation and role.
    if (m && SPEAKING_KINDS.has(m.kind)) return { type: 'mention', mention: rolePersonAfter(context, m, context.sentenceEnd) ?? m };
    if (isPronoun(t)) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
    if (!t.word) {
      if (t.text === ',') continue;
      // "Australia's Prime Minister NAME …": a place (or a capitalised word naming nobody) owning the role before the name.
      if (isPossessiveOfPlace(context, k)) continue;
      return { type: 'none' };
    }
    if (CLAUSE_INTRO.has(t.lower) || HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || COUNTRY_DEMONYMS.has(t.text) || t.lower === 'prime') continue;
    if (/^(?:then|ex|former|acting|interim)-/.test(t.lower)) continue; // "then-Secretary Vázquez"
    if (t.cap) continue; // role words and affiliations before a name ("Kremlin spokesman Mr Peskov")
    // "Double try scorer Ana Ruiz was …", "Veteran club striker Ed Obi said …": lower-case words of a role whose head
    // stands right before a person's name.
    if (isRoleBeforePerson(context, k)) continue;
    return { type: 'none' };
  }
  return { type: 'none' };
}

/**
 * True when the lower-case word at `k`, right after the sentence's capitalised first word (no name, no "The"),
 * opens at most two words of a role that ends right before a person's name ("Double try scorer NAME"; never
 * "Wales beat winger NAME's side", whose first word is a name, nor "The players thanked coach NAME").
 */
function isRoleBeforePerson(context: Context, k: number): boolean {
  const { tokens } = context.paragraph;
  const first = tokens[context.sentenceStart]!;
  if (k !== context.sentenceStart + 1 || !first.word || !first.cap || context.mentions.startAt.has(context.sentenceStart) || CLAUSE_INTRO.has(first.lower) || ARTICLES.has(first.lower)) return false;
  for (let m = k; m < k + 2; m++) {
    const t = tokens[m];
    if (!t?.word || t.cap) return false;
    const person = context.mentions.startAt.get(m + 1);
    if (TITLE_HEAD_WORDS.has(t.lower) && person?.kind === 'person') return true;
  }
  return false;
}

/**
 * True when the possessive "'s" at `k` follows a place, or a capitalised word that names nobody, and a capitalised
 * word follows it: "Australia's Prime Minister NAME", not "Blair's spokesman" (a person) nor "Britain's economy".
 */
function isPossessiveOfPlace(context: Context, k: number): boolean {
  const { tokens } = context.paragraph;
  if (tokens[k]!.lower !== "'s" && tokens[k]!.lower !== '’s') return false;
  const owner = tokens[k - 1];
  if (!owner?.word || !owner.cap) return false;
  const named = context.mentions.endAt.get(k - 1);
  if (named && named.kind !== 'place') return false;
  return tokens[k + 1]?.word === true && tokens[k + 1]!.cap;
}

/** Prepositions that open a sentence with a phrase of place or time ("In the filing", "At the hearing"). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.openingASentence);

/**
 * The speaking mention that starts the sentence proper after an opening phrase of place or time written
 * without a comma (at most six lower-case words): "In the filing itself Ford also made …". It must follow a
 * lower-case word that is no article or preposition and be followed by a lower-case word; undefined
 * otherwise ("In a letter to Ford the union …", "At Ford's plant …"), and at a comma (clauseStart reads
 * "In the filing, Ford …").
 */
function mentionAfterOpeningPhrase(context: Context, opener: number): number | undefined {
  const { tokens } = context.paragraph;
  for (let j = opener + 1; j <= context.sentenceEnd && j <= opener + 7; j++) {
    const t = tokens[j]!;
    const m = context.mentions.startAt.get(j);
    if (m) {
      const before = tokens[j - 1]!;
      const next = tokens[m.last + 1];
      const clean = j > opener + 1 && before.word && !before.cap && !PREPOSITIONS_BEFORE_OBJECT.has(before.lower) && !ARTICLES.has(before.lower);
      return clean && SPEAKING_KINDS.has(m.kind) && next !== undefined && next.word && !next.cap && next.lower !== "'s" ? j : undefined;
    }
    if (t.quote >= 0 || !t.word || t.cap) return undefined;
  }
  return undefined;
}

/** The person named between commas after `from` in the same sentence, before any quotation (", Alan Reese,"). */
/** How many words a role of lower-case words may take before the comma ("new governor of the region"). */
const MAX_ROLE_WORDS = 8;

/**
 * "The new governor of the region, Alexander Moor, …": after the article at `article`, lower-case words only (no
 * name), one of them a title's head ("governor", "chairman"), up to a comma, and right after it a person's name
 * closed by another comma: the person the role is set beside.
 */
function personAfterLowerCaseRole(context: Context, article: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let head = false;
  for (let k = article + 1; k <= context.sentenceEnd && k <= article + MAX_ROLE_WORDS + 1; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || context.mentions.startAt.has(k)) return undefined;
    if (t.text === ',') {
      const person = head ? context.mentions.startAt.get(k + 1) : undefined;
      return person && person.kind === 'person' && tokens[person.last + 1]?.text === ',' ? person : undefined;
    }
    if (!t.word || t.cap) return undefined;
    if (TITLE_HEAD_WORDS.has(t.lower)) head = true;
  }
  return undefined;
}

function personInApposition(context: Context, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let k = from + 1; k <= context.sentenceEnd && k <= from + 16; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text !== ',') continue;
    const person = context.mentions.startAt.get(k + 1);
    if (person && person.kind === 'person' && tokens[person.last + 1]?.text === ',') return person;
  }
  return undefined;
}
