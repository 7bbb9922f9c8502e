/**
 * Tests on the clause of a candidate antecedent: a name after a verb (an object, not a subject), a name inside
 * the words of an unnamed speaker, an unnamed person or body as the subject, an inverted teller ("…, says NAME").
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { EPITHET_HEADS, INVERTED_WITHOUT_COMMA, ORG_BACK_REFERENCES, HONORIFICS, SPEAKS_FOR_HEADS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import type { MentionIndex } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import unnamedSubjectsJson from '../../lexicons/unnamed-subjects.json' with { type: 'json' };
import participlesJson from '../../lexicons/irregular-participles.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import { AUXILIARIES } from './clause-start.ts';

/**
 * The token before a name and the role words in front of it ("while Interior Minister NAME", "but club chairman NAME" → "while", "but").
 *
 * @example
 * // … while Interior Minister Ann Roe …
 * beforeRole(paragraph, 3) // => 0 (the token of “while”)
 */
export function beforeRole(paragraph: TokenizedParagraph, first: number): number {
  const { tokens } = paragraph;
  let k = first - 1;
  let titled = false;
  // "but Villa chairman NAME": a role's head or modifier may be written in lower case.
  while (k >= 0 && k >= first - 4 && tokens[k]!.word && tokens[k]!.quote < 0 && (tokens[k]!.cap || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) {
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) titled = true;
    k--;
  }
  return titled ? k : first - 1;
}

/**
 * True when another actor is named between the clause start and `object`, with a verb between them: that actor is the
 * sentence's subject and `object` is not ("Halden said Corvo's bid would fail", "The agency fined Corvo"; not "“…,” said
 * the magazine", where nobody comes before).
 *
 * @example
 * // Halden said Corvo's bid would fail.
 * subjectBeforeVerb(paragraph, mentions, 0, corvo) // => true
 */
export function subjectBeforeVerb(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, object: Mention): boolean {
  const subject = mentions.list.find((m) => !m.inQuote && m.actor !== object.actor && m.first >= start && m.last < object.first);
  return subject !== undefined && paragraph.tokens[subject.first]!.sentence === paragraph.tokens[object.first]!.sentence && verbBefore(paragraph, subject.last + 1, object.first);
}

/**
 * True when "the" + a body noun ("the club", "the company") that is no mention follows a point in its sentence, outside quotes.
 *
 * @example
 * // Tom Roe left, and the club said …
 * unnamedBodyAfter(paragraph, 2, 0, mentions) // => true
 */
export function unnamedBodyAfter(paragraph: TokenizedParagraph, after: number, sentence: number, mentions: MentionIndex): boolean {
  const { tokens } = paragraph;
  for (let k = after + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.quote < 0 && t.lower === 'the' && ORG_BACK_REFERENCES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap && !mentions.startAt.has(k) && !mentions.startAt.has(k + 1)) return true;
  }
  return false;
}

/**
 * True when a verb lies between a clause start and a name: an auxiliary, a speech verb, or a word
 * in -ing or -ed that is no title word and is followed by no lower-case word ("questioning Tom Roe",
 * "starred Tom Vance"; not "retired teacher Ann Dee", "the embattled leader Tom Dee").
 *
 * @example
 * // … questioning Tom Roe …
 * verbBefore(paragraph, 0, 1) // => true
 * // … retired teacher Ann Dee …
 * verbBefore(paragraph, 0, 2) // => false
 */
export function verbBefore(paragraph: TokenizedParagraph, start: number, name: number): boolean {
  const { tokens } = paragraph;
  for (let k = start; k < name; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    if (AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower)) return true;
    const next = tokens[k + 1];
    const modifiesNoun = next !== undefined && next.word && !next.cap && !ARTICLES.has(next.lower);
    if (/(?:ing|ed)$/.test(t.lower) && !TITLE_HEAD_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower) && !modifiesNoun) return true;
  }
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);
/** "but", "while", "whereas": a conjunction that opens a clause with a subject of its own. */
const CLAUSE_TURNS: ReadonlySet<string> = new Set(clauseOpenersJson.contrastingOrBut);

/**
 * True when the first actor named in a sentence's main clause is a body, not `m`, and is followed
 * right away by its verb, with `m` after that verb ("Wednesday, the same day, Bloomberg endorsed his
 * rival, Joe Biden": Joe Biden is the object, Bloomberg the subject).
 *
 * @example
 * objectOfAnotherSubject(paragraphOf('Wednesday, Bloomberg endorsed his rival, Joe Biden.'), mentions, 0, joeBiden) // => true
 */
export function objectOfAnotherSubject(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const sentence = tokens[m.first]!.sentence;
  const subject = mentions.list.find((s) => !s.inQuote && s.first >= start && tokens[s.first]!.sentence === sentence);
  // Only a body: a person of the other gender as the subject leaves the object as the one "he" or "she" can be.
  if (!subject || subject.actor === m.actor || (subject.kind !== 'organization' && subject.kind !== 'outlet') || subject.last >= m.first) return false;
  // "Apple has done well in that market, said Mr Fogg.": a person after a closing speech verb is the teller, the subject of the main clause.
  if (invertedTeller(paragraph, [m]) === m) return false;
  // "Chief police officers spokesman NAME said": only role nouns between the body and the person; the body names the
  // person's employer, and the person is the subject ("CEA boss Mr Shapiro thinks": an honorific belongs to the name).
  let named = m.first;
  while (named - 1 > subject.last && tokens[named - 1]!.cap && HONORIFICS.has(tokens[named - 1]!.lower)) named--;
  if (onlyRoleNounsBetween(paragraph, subject.last, named)) return false;
  // "The name X leads people to think of TV, but NAME was adamant …": a person right after "but", "while" or "whereas"
  // opens a clause of their own, as its subject, no object of the body's verb.
  if (CLAUSE_TURNS.has(tokens[beforeRole(paragraph, named)]?.lower ?? '')) return false;
  const next = tokens[subject.last + 1];
  if (next === undefined || !next.word || next.cap || next.quote >= 0) return false;
  // "Reuters reported that Tom Roe had resigned": the person is the subject of what the body reports.
  if (SPEECH_VERBS.has(next.lower) || tokens[subject.last + 2]?.lower === 'that') return false;
  return /(?:ed|s)$/.test(next.lower) || AUXILIARIES.has(next.lower);
}

/**
 * True when `m` stands after a speech verb and "that" whose clause, from `start`, names nobody before
 * it, and a quotation follows `m` in its sentence ("The source remarked that Father Dee has made “…”"):
 * `m` is what an unnamed speaker talks about, not the one a pronoun after the sentence stands for.
 *
 * @example
 * namedInUnnamedSpeakersQuote(paragraphOf('The source remarked that Father Dee has made “many statements”.'), mentions, 0, dee) // => true
 */
export function namedInUnnamedSpeakersQuote(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const sentence = tokens[m.first]!.sentence;
  let verb = -1;
  for (let k = start; k < m.first; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && !t.lower.endsWith('ing') && tokens[k + 1]?.lower === 'that') {
      verb = k;
      break;
    }
  }
  if (verb < 0 || mentions.list.some((other) => !other.inQuote && other.first >= start && other.last < verb)) return false;
  for (let k = m.last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.quote >= 0) return true;
  return false;
}

const UNNAMED_SUBJECT_HEADS: ReadonlySet<string> = new Set([...unnamedSubjectsJson.heads, ...SPEAKS_FOR_HEADS, ...EPITHET_HEADS]);
const UNNAMED_SUBJECT_OPENERS: ReadonlySet<string> = new Set(unnamedSubjectsJson.openers);
/** Adverbs that may stand between a subject and its verb ("meanwhile", "also", "later"), auxiliaries left to count as the verb. */
const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject.filter((w) => !verbFormsJson.auxiliaries.includes(w)));
const IRREGULAR_PAST: ReadonlySet<string> = new Set(participlesJson.participles);
/** Words after a head noun that continue the noun phrase (or name the person), not a verb. */
const NOT_A_VERB_AFTER_HEAD: ReadonlySet<string> = new Set([...prepositionsJson.afterANoun, "'s", 'who', 'whose', 'which', 'that', 'and', 'or']);

/**
 * The token of the head noun when the clause from `start` opens with an unnamed person ("The band's spokesman", "A
 * senior police officer", "The 25-year-old") followed right away by a lower-case verb, and `name` comes after that verb;
 * -1 otherwise ("The spokesman, Tom Roe, said", "A spokesman for Tom Roe said" name the subject's person).
 *
 * @example
 * unnamedPersonSubject(paragraphOf("The band's spokesman said it was down to advice to Mills."), 0, 11) // => 3
 */
export function unnamedPersonSubject(paragraph: TokenizedParagraph, start: number, name: number): number {
  const { tokens } = paragraph;
  if (!UNNAMED_SUBJECT_OPENERS.has(tokens[start]?.lower ?? '') || tokens[start]!.quote >= 0) return -1;
  for (let k = start + 1; k <= start + 6 && k < name; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (!t.word && t.lower !== "'s" && t.text !== '-')) return -1;
    if (t.cap || !UNNAMED_SUBJECT_HEADS.has(t.lower)) continue;
    // "The band's spokesman meanwhile said": an adverb between the head and its verb is passed over.
    let v = k + 1;
    while (tokens[v]?.word && !tokens[v]!.cap && ADVERBS_BEFORE_VERB.has(tokens[v]!.lower)) v++;
    const verb = tokens[v];
    if (!verb?.word || verb.cap || verb.quote >= 0 || NOT_A_VERB_AFTER_HEAD.has(verb.lower)) return -1;
    // "The regulator's chief executive, NAME, said": a noun after the head ends the phrase later; only a finite verb ends it here.
    if (!(SPEECH_VERBS.has(verb.lower) || AUXILIARIES.has(verb.lower) || IRREGULAR_PAST.has(verb.lower) || /(?:ed|s)$/.test(verb.lower))) continue;
    return name > v ? k : -1;
  }
  return -1;
}

/**
 * Where the clause a body reports begins, when the clause from `start` opens with an organisation
 * or outlet, a speech verb and "that" ("PBS revealed that", "the ministry said that"), and the
 * person at `name` comes after it: right after "that", or after a short opening phrase closed by
 * a comma ("that in December, NAME …"). Undefined otherwise.
 *
 * @example
 * reportedClauseStart(paragraphOf('PBS revealed that in December, Prince Ali accepted the blame.'), mentions, 0, 7) // => 6
 */
export function reportedClauseStart(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, name: number): number | undefined {
  const { tokens } = paragraph;
  const body = mentions.list.find((m) => !m.inQuote && m.first >= start && m.last < name);
  if (!body || (body.kind !== 'organization' && body.kind !== 'outlet') || body.first - start > 6) return undefined;
  const verb = tokens[body.last + 1];
  if (!verb?.word || verb.cap || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing') || tokens[body.last + 2]?.lower !== 'that') return undefined;
  let from = body.last + 3;
  for (let k = from; k < name && k <= from + 4; k++) {
    if (tokens[k]!.text === ',') {
      from = k + 1;
      break;
    }
  }
  return from <= name ? from : undefined;
}

/** Possessives that may open the role words of a closing teller ("…, her lawyer Tom Roe said."). */
const TELLER_POSSESSIVES: ReadonlySet<string> = new Set(determinersJson.possessives);

/**
 * The person a sentence's closing inverted speech verb names ("…, says Tim Dams, the editor.", "…, said Mr Roe."):
 * a verb of saying right after a comma, outside quotes, with the person after it (past an honorific), no possessor of
 * the verb's object ("…, who …, branded Harry's actions") nor the subject of a reported clause ("…, who …, said
 * Charles was …": an auxiliary after the name); or the person
 * and verb of saying that close the sentence after a comma ("…, Tory co-chairman Liam Fox said."). An unnamed source
 * tells the same way ("…, the spokesman said.", "…, said the spokeswoman."): who opens the sentence is in its report.
 *
 * @example
 * invertedTeller(paragraphOf('Moore’s film suffered, says Tim Dams.'), mentions) // => the mention of Tim Dams
 */
export function invertedTeller(paragraph: TokenizedParagraph, mentions: readonly Mention[]): Mention | undefined {
  const { tokens } = paragraph;
  const tellers = mentions.filter((m) => {
    // "NAME, who …, branded Harry's actions “…”": a possessor after the verb owns its object; it tells nothing.
    if ((m.kind !== 'person' && m.kind !== 'anonymous') || tokens[m.last + 1]?.lower === "'s") return false;
    let k = m.first - 1;
    while (k > 0 && HONORIFICS.has(tokens[k]!.lower)) k--;
    const verb = tokens[k];
    // "NAME, who sang on …, said Charles was one of his heroes": a name with its own verb after it ("was", "had") is the
    // subject of what is said, and the verb's subject stands before the comma; no inverted teller.
    // "Vincent Cable, for the Liberal Democrats, accused Mr Brown of …": the comma closes an appositive of the person who
    // opens the sentence, the verb's subject; the name after the verb is its object, no inverted teller.
    if (verb !== undefined && verb.quote < 0 && !verb.cap && SPEECH_VERBS.has(verb.lower) && tokens[k - 1]?.text === ',' && tokens[k - 1]!.quote < 0) return !AUXILIARIES.has(tokens[m.last + 1]?.lower ?? '') && !apposedSubjectBefore(paragraph, mentions, m, k - 1);
    // "… only the tip of the iceberg thinks Tim Roe, editor of Net Weekly.": no comma, a verb that takes no person as its
    // object after a lower-case word, and the name (with an appositive) ends the sentence.
    if (verb !== undefined && verb.quote < 0 && !verb.cap && INVERTED_WITHOUT_COMMA.has(verb.lower) && isInvertedWithoutComma(paragraph, k, m)) return true;
    // "…, Tory co-chairman Liam Fox said.": the name (after a comma and its role words) and its verb close the sentence;
    // "…, her lawyer, Tom Roe, said.": the name may stand between commas after its role words, opened by a possessive.
    const apposed = tokens[k]?.text === ',' && tokens[k]!.quote < 0 && tokens[m.last + 1]?.text === ',' && TITLE_HEAD_WORDS.has(tokens[k - 1]?.lower ?? '');
    const after = tokens[m.last + (apposed ? 2 : 1)];
    const end = tokens[m.last + (apposed ? 3 : 2)];
    if (after === undefined || after.quote >= 0 || after.cap || !SPEECH_VERBS.has(after.lower) || (end !== undefined && end.sentence === after.sentence && end.text !== '.')) return false;
    if (apposed) k--;
    while (k > 0 && tokens[k]!.word && tokens[k]!.quote < 0 && (tokens[k]!.cap || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) k--;
    if (k < m.first - 1 && TELLER_POSSESSIVES.has(tokens[k]?.lower ?? '') && tokens[k]!.quote < 0) k--;
    return tokens[k]?.text === ',' && tokens[k]!.quote < 0;
  });
  return tellers.length === 1 ? tellers[0] : undefined;
}

/** Words after which a verb is no inverted one: its subject ("he thinks NAME …", "who says NAME …"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set([...pronounsJson.person, ...pronounsJson.plural, ...pronounsJson.organization, ...voicePronounsJson.firstSingular, ...voicePronounsJson.firstPlural, ...pronounsJson.relative, ...pronounsJson.personRelative]);

/**
 * True when the verb at `verb`, with no comma before it, follows a lower-case word that cannot be its subject, and the
 * name `m` after it ends the sentence, alone or with an appositive after a comma that holds no verb of its own.
 */
function isInvertedWithoutComma(paragraph: TokenizedParagraph, verb: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const before = tokens[verb - 1];
  if (!before?.word || before.cap || before.quote >= 0 || SUBJECT_WORDS.has(before.lower) || before.sentence !== tokens[verb]!.sentence) return false;
  const next = tokens[m.last + 1];
  if (next === undefined || next.sentence !== tokens[m.last]!.sentence || next.text === '.') return true;
  if (next.text !== ',') return false;
  for (let k = m.last + 2; k < tokens.length && tokens[k]!.sentence === next.sentence; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ',' || SPEECH_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) return false;
  }
  return true;
}

/**
 * True when a person other than m opens the sentence and the comma at `comma` closes the appositive right after that
 * person's name ("Vincent Cable, for the Liberal Democrats, accused …"): nothing quoted between, no other comma.
 */
function apposedSubjectBefore(paragraph: TokenizedParagraph, mentions: readonly Mention[], m: Mention, comma: number): boolean {
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[tokens[comma]!.sentence] ?? 0;
  return mentions.some((o) => {
    if (o === m || o.actor === m.actor || o.kind !== 'person' || o.last >= comma || tokens[o.last + 1]?.text !== ',' || o.last + 1 >= comma) return false;
    let k = o.first - 1;
    while (k >= start && HONORIFICS.has(tokens[k]!.lower)) k--;
    if (k >= start) return false;
    for (let i = o.last + 2; i < comma; i++) if (tokens[i]!.quote >= 0 || tokens[i]!.text === ',') return false;
    return true;
  });
}

/**
 * True when only lower-case words lie strictly between two tokens, the last a role ("executive", "chief meteorologist").
 *
 * @example
 * // Acme chief meteorologist Paul Gundry
 * isRoleBetween(paragraph, 0, 3) // => true
 */
export function isRoleBetween(paragraph: TokenizedParagraph, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from + 1; k < to; k++) if (!paragraph.tokens[k]!.word || paragraph.tokens[k]!.cap) return false;
  return TITLE_HEAD_WORDS.has(paragraph.tokens[to - 1]!.lower);
}

/** At most this many tokens of a body's name and a role before the person who opens a clause ("Transport & General Workers' Union general secretary NAME"). */
const MAX_PREMODIFIER_TOKENS = 10;

/**
 * True when the clause from `start` opens with a person's name premodified only by a body's or place's name and a
 * role, the role last ("Transport & General Worker's Union general secretary Tony Woodley repeated …", "Lib Dem
 * foreign affairs spokesman Sir Ian Hale said …": an honorific may stand between the role and the name), and a verb
 * follows the name: the person is the clause's subject, however long the name before the role.
 *
 * @example
 * // Transport & General Worker's Union general secretary Tony Woodley repeated his view.
 * premodifiedSubject(paragraph, 0, tonyWoodley) // => true
 */
export function premodifiedSubject(paragraph: TokenizedParagraph, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  if (m.first - start < 3 || m.first - start > MAX_PREMODIFIER_TOKENS || !tokens[start]?.cap) return false;
  // The role: lower-case words ending in a role noun right before the name ("general secretary"), or before the
  // honorific that opens it ("foreign affairs spokesman Sir NAME").
  let k = m.first - 1;
  if (HONORIFICS.has(tokens[k]?.lower ?? '') && tokens[k]!.cap) k--;
  if (!tokens[k]?.word || tokens[k]!.cap || !TITLE_HEAD_WORDS.has(tokens[k]!.lower)) return false;
  while (k > start && tokens[k - 1]!.word && !tokens[k - 1]!.cap && tokens[k - 1]!.lower !== "'s" && (TITLE_HEAD_WORDS.has(tokens[k - 1]!.lower) || TITLE_MODIFIERS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'general')) k--;
  // Before it, only the capitalised words of a name, with "&" and a possessive "'s" inside it.
  for (let j = start; j < k; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || !(t.text === '&' || t.lower === "'s" || t.lower === "'" || (t.word && t.cap))) return false;
  }
  const verb = tokens[m.last + 1];
  // A finite verb right after the name: a verb of saying, an auxiliary, or a past or present form ("repeated", "says").
  if (verb === undefined || verb.sentence !== tokens[m.first]!.sentence || !verb.word || verb.cap || verb.quote >= 0 || TITLE_HEAD_WORDS.has(verb.lower)) return false;
  return SPEECH_VERBS.has(verb.lower) || AUXILIARIES.has(verb.lower) || /(?:ed|s)$/.test(verb.lower);
}

/**
 * True when `m`, a name the actor stages read as a body, opens its sentence (past "the" and an opening conjunction) and
 * ", who" follows it outside quotes ("Cate Blanchett, who won for …, said …"): "who" marks a person, so the subject
 * may be the person a later "he" or "she" continues.
 *
 * @example
 * // Dana Vell, who won for her role as a nurse, said …   (Dana Vell read as a body)
 * personByWhoSubject(paragraph, danaVell) // => true
 */
export function personByWhoSubject(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens } = paragraph;
  if (m.inQuote || m.kind !== 'organization' || tokens[m.last + 1]?.text !== ',' || tokens[m.last + 2]?.lower !== 'who' || tokens[m.last + 2]!.quote >= 0) return false;
  const start = paragraph.sentenceStarts[tokens[m.first]!.sentence] ?? 0;
  let k = start;
  if (['and', 'but', 'the'].includes(tokens[k]?.lower ?? '')) k++;
  return k === m.first;
}

/**
 * True when at least one word lies strictly between two tokens and every one is a lower-case role noun or modifier, or
 * the plural of one ("officers spokesman", "regional secretary"), the last a role: a post, never a verb and its object.
 *
 * @example
 * // Chief police officers spokesman Nigel Yeo
 * onlyRoleNounsBetween(paragraph, 1, 4) // => true
 */
export function onlyRoleNounsBetween(paragraph: TokenizedParagraph, from: number, to: number): boolean {
  const { tokens } = paragraph;
  if (to - from < 2 || !TITLE_HEAD_WORDS.has(tokens[to - 1]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote >= 0) return false;
    const singular = t.lower.replace(/s$/, '');
    if (!(TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || UNNAMED_SUBJECT_HEADS.has(t.lower) || (t.lower !== singular && (TITLE_HEAD_WORDS.has(singular) || UNNAMED_SUBJECT_HEADS.has(singular))))) return false;
  }
  return true;
}
