/**
 * The speaker named after a speech verb or "according to" ("said NAME", "said the minister, NAME", "said a
 * spokesman for ORG"): articles, titles, roles and honorifics before the name are passed over.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { seatEnd } from '../../actors/seat-after-holder.ts';
import {
  COUNTRY_DEMONYMS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  ORG_BACK_REFERENCES as ORG_BACK_WORDS,
  RELATION_NOUNS,
  SPEECH_VERBS,
  TITLE_HEAD_WORDS,
  TITLE_MODIFIERS,
  EPITHET_HEADS,
  EPITHET_HOLDER_OF,
  OFFICE_EPITHET_HEADS,
  EPITHET_FOLLOWERS,
  NATIONALITY_NOUNS,
  NAMING_BEFORE_AS,
  NAMING_NOUNS,
} from '../../actors/load-lexicons.ts';
import { NAME_PARTICLES } from '../../text/name-particles.ts';
import { genderOfWord } from '../find-genders.ts';
import { documentOwner } from '../find-document-owner.ts';
import { possessedDocumentEnding } from './document-phrases.ts';
import type { Subject } from '../cue-types.ts';
import { partyTagClose } from '../party-tag-after-name.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import calendarWordsJson from '../../lexicons/calendar-words.json' with { type: 'json' };
import functionWordsJson from '../../lexicons/function-words.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { personAfterPossessor } from './possessor-person.ts';
import { titleHolderAt } from './title-holder.ts';
import { joinedRoleEnd } from './joined-role-heads.ts';
import { openerBefore } from '../resolve/office-epithet.ts';
import { isPronoun, personEndingClauseAt } from './token-tests.ts';
import { ARTICLES, PREPOSITIONS_OF_AFFILIATION, SPEAKING_KINDS } from './word-sets.ts';

/** "said its founder, NAME", "said her agent, NAME": a possessive before the role of the speaker named next. */
const POSSESSIVES: ReadonlySet<string> = new Set(determinersJson.possessives);

const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(prepositionsJson.documentSource);
/** Days and months ("a tweet on Monday by NAME"): a date between a document and its source. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(calendarWordsJson.nameRun);
const LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.listener);

/** How many words after "the" an epithet may run to, its head included ("the world 200m and 400m record holder"). */
export const MAX_EPITHET_WORDS = 7;

/**
 * "the world indoor champion", "the Wooster professor", "the 25-year-old", "the Scot", "the world 200m record holder":
 * "the", modifiers (no name among them) and an epithet head that ends the phrase, at most `MAX_EPITHET_WORDS` words.
 *
 * @example
 * // … said the 25-year-old.
 * epithetAt(context, 1, 2) // => { type: 'epithet', … }
 */
export function epithetAt(context: Context, the: number, end: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[the]?.lower !== 'the') return undefined;
  // "NAME wrote to the minister calling the plan …": the one written or spoken to is a listener, not the subject.
  if (LISTENER_PREPOSITIONS.has(tokens[the - 1]?.lower ?? '')) return undefined;
  const last = Math.min(end, the + MAX_EPITHET_WORDS);
  for (let k = the + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.word) return undefined;
    const named = context.mentions.startAt.get(k);
    if (named) {
      // "the Labour peer", "the Glasgow Kelvin MP": a party or place is the modifier of an office right after it; "the
      // Wigan chairman", "the Arsenal striker": a club or body is the modifier of an epithet's head.
      const after = tokens[named.last + 1]?.lower ?? '';
      if ((named.kind === 'organization' || named.kind === 'place') && (OFFICE_EPITHET_HEADS.has(after) || EPITHET_HEADS.has(after)) && named.last + 1 <= last) {
        k = named.last;
        continue;
      }
      return undefined;
    }
    // "the world champion", "the 25-year-old"; "the Scot", "the Kenyan" (a nation's noun, capitalised); "the shadow
    // chancellor", "the Tory MP" (an office, capitalised or not).
    // "the world record holder": "holder" after a record or title (not "the ticket holder").
    const holder = t.lower === 'holder' && EPITHET_HOLDER_OF.has(tokens[k - 1]?.lower ?? '');
    const head =
      (!t.cap && (EPITHET_HEADS.has(t.lower) || holder || /-year-old$/.test(t.lower))) || (t.cap && (NATIONALITY_NOUNS.has(t.lower) || COUNTRY_DEMONYMS.has(t.text))) || OFFICE_EPITHET_HEADS.has(t.lower);
    if (!head) continue;
    // An office: not an appositive after a person ("NAME, the shadow education secretary, said"), nor a title the
    // article puts before one person's name ("the Vice President", read by titleHolderAt).
    if (!EPITHET_HEADS.has(t.lower) && OFFICE_EPITHET_HEADS.has(t.lower)) {
      if (tokens[the - 1]?.text === ',' && context.mentions.endAt.get(the - 2)?.kind === 'person') return undefined;
      if (titleHolderAt(context, the)) return undefined;
      // "The chancellor, NAME, told …": the office names its holder right after it.
      if (tokens[k + 1]?.text === ',' && context.mentions.startAt.get(k + 2)?.kind === 'person') return undefined;
      // Only after a sentence that opens on a person ("Ms Jowell complained … The culture secretary said"); else the
      // office is no subject here (a headline's role may still tell who it is).
      if (openerBefore(context, context.position, the) === undefined) return undefined;
    }
    // "the Labour MP for Sittingbourne and Sheppey said": the seat after a seat holder belongs to the phrase.
    const seat = seatEnd(tokens, k);
    if (seat >= 0) {
      const after = tokens[seat + 1];
      return seat === end || !after?.word || EPITHET_FOLLOWERS.has(after.lower) ? { type: 'epithet', paragraph: context.position, token: the } : undefined;
    }
    // "the feminist writer and broadcaster said": a second role noun joined by "and" is the same person's; it ends the phrase.
    const joined = joinedRoleEnd(context, k, end);
    if (joined > 0) k = joined;
    // The head ends the phrase: "the champion said", "said the champion, who …", "said the champion on Sunday" — not "the American embassy".
    const next = tokens[k + 1];
    if (next?.lower === "'s") return undefined;
    // "said the lawyer of Joe Cole, Ian Rowe": a title tied to a named client or body is a role, read by subjectAfter.
    if (TITLE_HEAD_WORDS.has(t.lower) && ROLE_OF.has(next?.lower ?? '') && (context.mentions.startAt.has(k + 2) || context.mentions.startAt.has(k + 3))) return undefined;
    if (k === end || !next?.word || EPITHET_FOLLOWERS.has(next.lower)) return { type: 'epithet', paragraph: context.position, token: the };
  }
  return undefined;
}

/**
 * "manager of (the) Harbour Publicity": a name after "of"/"at"/"for" and a role word.
 *
 * @example
 * // … manager of Harbour Publicity …
 * isAffiliationObject(tokens, harbourPublicity) // => true
 */
export function isAffiliationObject(tokens: readonly Token[], m: Mention): boolean {
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!['of', 'at', 'for'].includes(tokens[k]?.lower ?? '')) return false;
  const role = tokens[k - 1];
  return role !== undefined && role.word && (TITLE_HEAD_WORDS.has(role.lower) || TITLE_HEAD_WORDS.has(role.lower.replace(/^(?:then|ex|former|acting|interim)-/, '')));
}

/**
 * "said Secretary of the Treasury NAME", "said Minister of Health NAME": a capitalised post whose body (`body`, after
 * "of" and the post's head) runs straight into the holder's name. The person is the holder when the name ends the
 * clause (a full stop, comma, colon, quotation or the end); the body is only the post's portfolio.
 */
function holderAfterPost(context: Context, body: Mention, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let of = body.first - 1;
  if (tokens[of]?.lower === 'the') of--;
  return tokens[of - 1]?.cap ? personEndingClauseAt(context, body.last + 1, to) : undefined;
}

/** The person named right after the comma that follows `last`, past at most three capitalised role words ("…, Labour MP NAME"). */
function personAfterComma(context: Context, last: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[last + 1]?.text !== ',') return undefined;
  for (let k = last + 2; k <= to && k <= last + 5; k++) {
    const person = context.mentions.startAt.get(k);
    if (person && person.kind === 'person') return person;
    if (!tokens[k]!.word || !tokens[k]!.cap) return undefined;
  }
  return undefined;
}

/**
 * The speaker named right after a verb or "according to": skips articles, titles and honorifics.
 *
 * @example
 * // “We lost,” said coach Ann Roe.
 * subjectAfter(context, 5, 8) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function subjectAfter(context: Context, from: number, to: number): Subject {
  const { tokens } = context.paragraph;
  const epithet = epithetAt(context, from, to) ?? titleHolderAt(context, from);
  if (epithet) return epithet;
  // "“…,” said the statement.": the document named before speaks for its owner, as in "the statement said".
  if (tokens[from]?.lower === 'the' && DOCUMENT_NOUNS.has(tokens[from + 1]?.lower ?? '') && tokens[from + 1]!.quote < 0 && !tokens[from + 2]?.word) {
    const owner = documentOwner(context.paragraphs, context.index, context.position, from + 1);
    if (owner) return { type: 'document', owner, paragraph: context.position, token: from + 1 };
  }
  let k = from;
  while (k <= to && tokens[k] && (tokens[k]!.text === ',' || ARTICLES.has(tokens[k]!.lower))) k++;
  // "said his wife, Sheila", "said her son, Tom Vale": the person named beside a relative of someone.
  if (POSSESSIVES.has(tokens[k]?.lower ?? '') && tokens[k + 2]?.text === ',' && (genderOfWord(tokens[k + 1]?.lower ?? '') !== undefined || RELATION_NOUNS.has(tokens[k + 1]?.lower ?? ''))) {
    const named = context.mentions.startAt.get(k + 3);
    if (named && named.kind === 'person' && named.last <= to) return { type: 'mention', mention: named };
  }
  const limit = k + 9;
  for (; k <= to && k < limit && tokens[k]; k++) {
    const t = tokens[k]!;
    // "said the chairman of the Commons education committee, Labour MP NAME": the person the role is set beside.
    if (ROLE_OF.has(t.lower) && !tokens[k - 1]!.cap && TITLE_HEAD_WORDS.has(tokens[k - 1]!.lower)) {
      const named = personAfterRoleOf(context, k + 1, to);
      if (named) return { type: 'mention', mention: named };
      // "said a lawyer for Amy Hart", "said the mother of NAME": the person after the role is its client or kin.
      const client = context.mentions.startAt.get(k + 1) ?? context.mentions.startAt.get(k + 2);
      if (client && client.kind === 'person' && client.first <= k + 2) return { type: 'none' };
      // "said the chairman of the Commons transport committee, which …": the unnamed role-holder speaks, not the body.
      if (client && client.kind === 'organization' && client.first <= k + 2 && !personAfterComma(context, client.last, to)) return { type: 'none' };
    }
    const byArticle = ARTICLES.has(tokens[k - 1]?.lower ?? '') ? context.mentions.startAt.get(k - 1) : undefined;
    const m = byArticle && byArticle.via === 'role' ? byArticle : (context.mentions.startAt.get(k) ?? byArticle);
    // "said Sky Networks' Sophie Turner Laing": a body's (or a person's) possessive right before a name; the named person speaks.
    const possessed = m ? personAfterPossessor(context, m, to) : undefined;
    if (possessed) return { type: 'mention', mention: possessed };
    if (m && tokens[m.last + 1]?.lower === "'s") {
      // "writes Huber's longtime tag team partner Erick Rowan": the possessor is not the speaker; the person after the role is.
      const owned = personAfterRole(context, m.last + 2, to);
      if (owned) return { type: 'mention', mention: owned };
      // "“…,” reads Judge Miller's statement.": the owner of a document that ends the clause speaks.
      const document = possessedDocumentEnding(context, m, to);
      if (document) return document;
      // "said Cole's lawyer": a person's lawyer, friend or wife speaks, not the person.
      if (m.kind === 'person') return { type: 'none' };
    }
    if (m && m.kind === 'organization') {
      // "said University of California, San Diego's chancellor, NAME": a campus or branch after the name, then its role.
      let owner = m.last + 1;
      while (owner <= to && owner <= m.last + 5 && (tokens[owner]!.text === ',' || tokens[owner]!.cap)) owner++;
      const owned = owner > m.last + 1 && tokens[owner]?.lower === "'s" ? personAfterRole(context, owner + 1, to) : undefined;
      if (owned) return { type: 'mention', mention: owned };
      // "said the chairman of the Harbour Committee, Labour MP NAME": the person the role is in apposition to.
      const named = isAffiliationObject(tokens, m) ? personAfterComma(context, m.last, to) ?? holderAfterPost(context, m, to) : undefined;
      if (named) return { type: 'mention', mention: named };
    }
    if (m && SPEAKING_KINDS.has(m.kind)) return { type: 'mention', mention: rolePersonAfter(context, m, to) ?? m };
    if (isPronoun(t) && k === from) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
    if (t.lower === "'s") {
      const owned = personAfterRole(context, k + 1, to);
      if (owned) return { type: 'mention', mention: owned };
    }
    // "said one of their lawyers, NAME"
    if (k === from && t.lower === 'one' && tokens[k + 1]?.lower === 'of') {
      const named = personAfterRole(context, k + 2, to);
      if (named) return { type: 'mention', mention: named };
    }
    // "reads a statement from the Rugby Football Union": whoever issued the document speaks.
    if (DOCUMENT_NOUNS.has(t.lower)) {
      // "… from the RFU", "a memo posted online by Senator NAME", "a tweet on Monday by NAME": up to two lower-case
      // words (or a day or month) before the source.
      let by = k + 1;
      while (by <= k + 3 && tokens[by]?.word && (!tokens[by]!.cap || CALENDAR_WORDS.has(tokens[by]!.lower)) && !DOCUMENT_SOURCES.has(tokens[by]!.lower)) by++;
      if (DOCUMENT_SOURCES.has(tokens[by]?.lower ?? '')) {
        const source = subjectAfter(context, by + 1, to);
        return source.type === 'mention' ? source : { type: 'none' };
      }
    }
    // "said the group's executive director, Luis Romero"
    if (t.lower === "'s" || (t.text === ',' && k > from) || (!t.cap && t.word && (ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower) || ORG_BACK_WORDS.has(t.lower) || tokens[k + 1]?.lower === "'s") && k < from + 3)) continue;
    // "said café owner Gethin Lloyd", "said flood duty manager Jo Cole": lower-case words of a compound role.
    if (!t.cap && t.word && k < from + 3 && isCompoundRoleModifier(tokens, k)) continue;
    // "said a protester using the pseudonym Katya", "said a student who gave her name only as Mei": the name given to the one described.
    const named = !t.cap && t.word ? personByNamingPhrase(context, k, to) : undefined;
    if (named) return { type: 'mention', mention: named };
    // "said Council on Rural Housing Chair NAME": a lower-case "on", "of" or "for" between capitals inside the name of a
    // body whose post and holder follow (not "said Mayor of London NAME", read below as before).
    if (!t.cap && t.word && k > from && BODY_CONNECTORS.has(t.lower) && tokens[k - 1]!.word && tokens[k - 1]!.cap && tokens[k + 1]?.word && tokens[k + 1]!.cap) {
      const holder = holderAfterBodyAndPost(context, k + 1, to);
      if (holder) return { type: 'mention', mention: holder };
    }
    // "said de la Cruz", "said Ms van der Berg": the particles that open a surname.
    if (!t.cap && NAME_PARTICLES.has(t.text) && tokens[k + 1] && (tokens[k + 1]!.cap || NAME_PARTICLES.has(tokens[k + 1]!.text))) continue;
    if (!(HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || t.lower === 'prime' || COUNTRY_DEMONYMS.has(t.text) || t.cap)) {
      // "said Top Chef judge and food activist NAME": a second role joined by "and" to a first that ended on its head.
      const joined = tokens[k - 1]?.lower === 'and' && k > from + 1 && !tokens[k - 2]!.cap && TITLE_HEAD_WORDS.has(tokens[k - 2]!.lower) ? personAfterDescriptor(context, k, to) : undefined;
      if (joined) return { type: 'mention', mention: joined };
      // "said Aviator star Alan Alda", "said selection committee member Ulf Danielsson": a descriptor the title list
      // does not hold, right before a person.
      const described = k <= from + 2 ? personAfterDescriptor(context, k, to) : undefined;
      if (described) return { type: 'mention', mention: described };
      break;
    }
  }
  return { type: 'none' };
}

/** Words that link or end a phrase: no part of a descriptor written before a name ("said fans of Jo Roe"). */
const NOT_IN_DESCRIPTOR: ReadonlySet<string> = new Set([...functionWordsJson.linking, ...functionWordsJson.afterAName, ...functionWordsJson.endingAKindPhrase]);

/**
 * The person named right after a short descriptor of plain words from token `k` on (at most three, or five with one
 * "and" inside it before a role's head, lower case or capitalised, none a verb of saying, a link word, a document noun or a verb form in -ing/-ed; an epithet's head such
 * as "seed" only ends like one), as in "said Aviator star Alan Alda", "said eighth seed Ann Roe"; the name must end its
 * clause.
 *
 * @example
 * // “…,” said Aviator star Alan Alda.
 * personAfterDescriptor(context, ‹star›, to) // => ‹Alan Alda›
 */
function personAfterDescriptor(context: Context, k: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  // "according to media and PR strategist NAME": one "and" between two words of the descriptor, which then ends on a
  // role's head right before the name (not "according to police and Jo Roe", two sources).
  let joined = false;
  for (let j = k; j <= to && j < k + (joined ? 5 : 3); j++) {
    const t = tokens[j]!;
    if (t.lower === 'and' && !joined && j > k && tokens[j + 1]?.word && !context.mentions.startAt.has(j + 1)) {
      joined = true;
      continue;
    }
    // A verb form in -ing/-ed is no descriptor, but an epithet's head that only ends like one is ("said eighth seed NAME").
    const verbLike = !t.cap && /(?:ing|ed)$/.test(t.lower) && !EPITHET_HEADS.has(t.lower);
    if (!t.word || t.quote >= 0 || NOT_IN_DESCRIPTOR.has(t.lower) || SPEECH_VERBS.has(t.lower) || verbLike) return undefined;
    const named = context.mentions.startAt.get(j + 1);
    if (named && joined && (t.cap || !TITLE_HEAD_WORDS.has(t.lower))) return undefined;
    // "said a letter Sarah Ferris sent": the name ends the clause (a comma or full stop after it), else it is another's.
    if (named) return named.kind === 'person' && !named.inQuote && named.last <= to && !tokens[named.last + 1]?.word && !DOCUMENT_NOUNS.has(t.lower) ? named : undefined;
  }
  return undefined;
}

/**
 * The person a naming phrase gives a name to within the next eight words, with no comma, quotation
 * or full stop before it: "… using the pseudonym Katya", "… who gave her name only as Mei".
 */
function personByNamingPhrase(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let j = from + 1; j <= to && j <= from + 8 && tokens[j]; j++) {
    if (tokens[j]!.quote >= 0 || !tokens[j]!.word) return undefined;
    const m = context.mentions.startAt.get(j);
    if (!m) continue;
    const before = tokens[j - 1]!.lower;
    const naming = NAMING_NOUNS.has(before) || (before === 'as' && NAMING_BEFORE_AS.has(tokens[j - 2]?.lower ?? ''));
    return naming && m.kind === 'person' ? m : undefined;
  }
  return undefined;
}

/** "of", "on", "for" inside a body's name before its post and holder ("Council on Rural Housing Chair NAME"). */
const BODY_CONNECTORS: ReadonlySet<string> = new Set(prepositionsJson.insideABodyBeforeItsPost);

/**
 * "… on Rural Housing Chair Ruth Kamara": after a body's connecting word, at most six capitalised words (a body the
 * article knows is passed whole), at least one of them a post's head, then a person whose name ends the clause.
 *
 * @example
 * // … said Council on Rural Housing Chair Ruth Kamara.
 * holderAfterBodyAndPost(context, 4, 9) // => the mention of Ruth Kamara
 */
function holderAfterBodyAndPost(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let heads = 0;
  let k = from;
  while (k <= to && k < from + 6 && tokens[k]?.word && tokens[k]!.cap) {
    const m = context.mentions.startAt.get(k);
    if (m?.kind === 'person') break;
    if (m) {
      k = m.last + 1;
      continue;
    }
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) heads++;
    k++;
  }
  return heads > 0 ? personEndingClauseAt(context, k, to) : undefined;
}

/** Prepositions that tie a role to its body ("chairman of", "spokesman for", "director at"). */
const ROLE_OF: ReadonlySet<string> = new Set(prepositionsJson.roleOf);

/**
 * "… of the Commons education select committee, Labour MP Barry Sheerman": after the body of a
 * role (at most twelve words, no quotation, speech verb or other comma), a comma, up to four title
 * words, and a person whose name ends the clause.
 */
function personAfterRoleOf(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && k < from + 12 && tokens[k]!.text !== ',') {
    const t = tokens[k]!;
    if (t.quote >= 0 || !t.word || (SPEECH_VERBS.has(t.lower) && !t.cap)) return undefined;
    k++;
  }
  if (tokens[k]?.text !== ',' || k === from) return undefined;
  k++;
  const titleEnd = k + 4;
  while (k <= to && k < titleEnd && tokens[k]!.word && (tokens[k]!.cap || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) {
    // "Labour MP NAME": a party or body before the role words is skipped whole.
    const m = context.mentions.startAt.get(k);
    if (m?.kind === 'person') break;
    k = m ? m.last + 1 : k + 1;
  }
  const person = context.mentions.startAt.get(k);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  const after = tokens[person.last + 1];
  return after === undefined || person.last >= to || after.text === ',' || after.text === '.' || after.quote >= 0 ? person : undefined;
}

/**
 * "said Met Office chief meteorologist Paul Gundry", "according to Samoa Observer editor Keni
 * Lesa": a name that is only the affiliation in a role before a person's name gives way to that person.
 *
 * @example
 * // … said Met Office chief meteorologist Paul Gundry.
 * rolePersonAfter(context, metOffice, 7) // => the mention of Paul Gundry
 */
export function rolePersonAfter(context: Context, mention: Mention, to: number): Mention | undefined {
  if (mention.kind === 'anonymous' || mention.kind === 'group') return undefined;
  const { tokens } = context.paragraph;
  let k = mention.last + 1;
  // "said Richard and Judy executive producer NAME": a name in two parts is the affiliation.
  if ((tokens[k]?.lower === 'and' || tokens[k]?.text === '&') && tokens[k + 1]?.cap) {
    k += 2;
    while (k <= to && k <= mention.last + 5 && tokens[k]?.cap && !TITLE_HEAD_WORDS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  }
  // "The Scottish National Party's Holyrood leader NAME": a possessive, then up to two capitalised words of a place or branch.
  let start = mention.last + 1;
  if (tokens[k]?.lower === "'s" && k === mention.last + 1) {
    k++;
    while (k <= to && k <= mention.last + 3 && tokens[k]?.word && tokens[k]!.cap && !context.mentions.startAt.has(k)) k++;
    start = k;
  }
  let roles = 0;
  while (k <= to && k <= start + 3 && tokens[k]?.word && !tokens[k]!.cap && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower) || isCompoundRoleModifier(tokens, k))) {
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) roles++;
    k++;
  }
  // "said ABN Amro chief Asian strategist Eddie Wong": the body's name cut short, the rest of it, then a post in it.
  if (roles === 0 && k === start) {
    const held = holderAfterCutName(context, k, to);
    if (held) return held;
  }
  // "said Morrow & Finch Senior Vice President NAME": the post starts after the second part of the name.
  if (roles === 0) return capitalisedRolePersonAfter(context, Math.max(start, k), to);
  // "said Harbour United boss Sir Ian Rowe": a form of address the person's mention leaves out stands before it.
  for (let n = 0; n < 2 && k <= to && tokens[k]?.cap && HONORIFICS.has(tokens[k]!.lower) && !context.mentions.startAt.has(k); n++) k++;
  const person = context.mentions.startAt.get(k);
  if (person) return person.kind === 'person' ? person : undefined;
  // "said Opera spokeswoman, Berit Hanson.": a comma between the post and its holder, whose name ends the clause.
  return tokens[k]?.text === ',' ? personEndingClauseAt(context, k + 1, to) : undefined;
}

/** Capitalised words of a body's name the article's mention leaves out ("ABN Amro": the mention is "ABN"). */
const MAX_CUT_NAME_WORDS = 2;

/**
 * "said ABN Amro chief Asian strategist Eddie Wong": after a body's mention, one or two capitalised words that name no
 * actor (the rest of the body's name), then a lower-case post — title words, with capitalised words of a region or
 * field only between them ("chief Asian strategist") — holding at least one title head, then a person whose name ends
 * the clause. The body is where the person works; the person speaks.
 */
function holderAfterCutName(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && k < from + MAX_CUT_NAME_WORDS && tokens[k]?.word && tokens[k]!.cap && !context.mentions.startAt.has(k) && !TITLE_HEAD_WORDS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  if (k === from) return undefined;
  const postStart = k;
  let heads = 0;
  for (; k <= to && k < postStart + 5 && tokens[k]?.word && !context.mentions.startAt.has(k); k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const titleWord = !t.cap && (TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower));
    // "chief Asian strategist": a capitalised word between title words, a lower-case title word after it.
    const between = t.cap && k > postStart && next?.word === true && !next.cap && TITLE_HEAD_WORDS.has(next.lower);
    if (!titleWord && !between) return undefined;
    if (titleWord && TITLE_HEAD_WORDS.has(t.lower)) heads++;
  }
  return heads > 0 && !tokens[postStart]!.cap ? personEndingClauseAt(context, k, to) : undefined;
}

/**
 * "said EPA Administrator NAME", "said Acme Corp Senior Vice President for Government Relations, NAME",
 * "said the Chamber's Executive Vice President, Chief Policy Officer, and Head of Advocacy, NAME": a run of
 * capitalised title words (with "of", "for", "and" and the capitalised words of a portfolio after them,
 * commas between titles) holding at least one title head, then the person whose name ends the clause.
 * The organisation before the title is where the person works, not who speaks.
 */
function capitalisedRolePersonAfter(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  let heads = 0;
  let portfolio = false;
  while (k <= to && k < from + 16 && tokens[k]) {
    const t = tokens[k]!;
    const named = context.mentions.startAt.get(k);
    // "Head of Strategic Advocacy, NAME": capitals of a portfolio read as a name are still the post's.
    if (named?.kind === 'person' && portfolio && tokens[named.last + 1]?.text === ',') {
      k = named.last + 1;
      continue;
    }
    if (named?.kind === 'person') break;
    if (t.word && t.cap && TITLE_HEAD_WORDS.has(t.lower)) heads++;
    else if (t.word && !t.cap && ['of', 'for', 'and'].includes(t.lower) && heads > 0) portfolio = t.lower !== 'and';
    else if (t.text === ',' && heads > 0) portfolio = false;
    // "Chief Legal Officer", "Managing Director of Global Affairs": other capitals are words of a post or its portfolio.
    else if (!(t.word && t.cap)) return undefined;
    k++;
  }
  if (heads === 0) return undefined;
  const person = context.mentions.startAt.get(k);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  // "said ORG Vice President NAME (D-Md.)." : a party tag after the name is the name's.
  const after = tokens[(partyTagClose(tokens, person) ?? person.last) + 1];
  // "… Hannah Ward of the Refugee Council": where the person works may follow the name too.
  return after === undefined || person.last >= to || after.text === ',' || after.text === '.' || after.text === ':' || after.quote >= 0 || (after.word && !after.cap && PREPOSITIONS_OF_AFFILIATION.has(after.lower) && after.lower !== 'the') ? person : undefined;
}

/**
 * The person named after at most five lower-case words of a role ("longtime tag team partner
 * Erick Rowan", "one of their lawyers, Michalis Dimitrakopoulos").
 */
function personAfterRole(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && k < from + 5 && tokens[k]?.word && !tokens[k]!.cap) k++;
  if (k === from) return undefined;
  if (tokens[k]?.text === ',') k++;
  const person = context.mentions.startAt.get(k);
  return person && person.kind === 'person' ? person : undefined;
}

/** A lower-case word right before (or two before) a role head word: "café owner", "flood duty manager". */
function isCompoundRoleModifier(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const second = tokens[k + 2];
  if (!next?.word || next.cap) return false;
  if (TITLE_HEAD_WORDS.has(next.lower)) return !SPEECH_VERBS.has(tokens[k]!.lower) && !ARTICLES.has(tokens[k]!.lower);
  return Boolean(second?.word && !second.cap && TITLE_HEAD_WORDS.has(second.lower) && !SPEECH_VERBS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(next.lower));
}
