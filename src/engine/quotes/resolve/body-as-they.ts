/**
 * "The Harbour Trust criticised the plan. They released a statement which said, “…”": "they" opening a sentence right
 * after one whose subject is a body, when that sentence names nobody else, is the body (the British plural for a
 * body that acts as its members). "they" otherwise stands only for groups and plural unnamed speakers.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import calendarWordsJson from '../../lexicons/calendar-words.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import { isPossessor } from '../find-genders.ts';
import { clauseStart } from './clause-start.ts';
import type { ResolveContext } from './resolve-context.ts';

/** Words of a time phrase that may open the sentence before its subject ("This Thursday", "On Monday", "Last week"). */
const TIME_WORDS: ReadonlySet<string> = new Set([...calendarWordsJson.nameRun, ...Object.values(calendarWordsJson.timePhrase).flat()]);
/** Words between a subject and its verb ("also", "has"). */
const SKIP: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject);
/** Words after a name that make it no subject ("Acme's", "Acme of", "Acme and"). */
const NOT_VERBS: ReadonlySet<string> = new Set(["'s", 'of', 'and', 'or']);
/** How many tokens a bracketed short form after the body may span, brackets included ("(HT)"). */
const SHORT_FORM_TOKENS = 4;

/**
 * The body "they" stands for when it opens the main clause of its sentence at `token` of paragraph `position`, and the
 * sentence right before (in this paragraph, or the last of the paragraph before) names, outside quotes, only one actor:
 * an organisation that is that sentence's subject (opening it after at most "the" or an opening phrase with a comma,
 * then its verb), and no possessor. Undefined otherwise.
 *
 * @param context The article's paragraphs and mentions.
 * @param position The pronoun's paragraph.
 * @param token The pronoun's token.
 * @returns The body's actor id, or undefined.
 * @example
 * // The Harbour Trust criticised the plan. They released a statement which said, “…”
 * bodyAsThey(context, 0, 7) // => 'harbour-trust'
 */
export function bodyAsThey(context: ResolveContext, position: number, token: number): string | undefined {
  const paragraph = context.paragraphs[position];
  const pronoun = paragraph?.tokens[token];
  if (!paragraph || !pronoun || pronoun.quote >= 0 || clauseStart(paragraph, pronoun.sentence) !== token) return undefined;
  const before = sentenceBefore(context.paragraphs, position, pronoun.sentence);
  if (!before) return undefined;
  const prior = context.paragraphs[before.paragraph]!;
  const mentions = context.index[before.paragraph]!.list.filter((m) => !m.inQuote && prior.tokens[m.first]!.sentence === before.sentence);
  const actors = new Set(mentions.map((m) => m.actor));
  const first = mentions[0];
  if (!first || actors.size !== 1 || first.kind !== 'organization') return undefined;
  if (mentions.some((m) => isPossessor(prior, m))) return undefined;
  return opensAsSubject(prior, before.sentence, first.first, first.last) ? first.actor : undefined;
}

/**
 * True when the words `first`..`last` open their sentence's main clause, after at most "the" and a time phrase ("This
 * Thursday the Harbour Trust", "On Monday, the Trust"), and a lower-case word (their verb) follows them, after a bracketed
 * short form ("(HT)") and adverbs ("also").
 */
function opensAsSubject(paragraph: TokenizedParagraph, sentence: number, first: number, last: number): boolean {
  const { tokens } = paragraph;
  for (let k = clauseStart(paragraph, sentence); k < first; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !(t.lower === 'the' || t.text === ',' || TIME_WORDS.has(t.lower))) return false;
  }
  let v = last + 1;
  if (tokens[v]?.text === '(') {
    while (tokens[v] && tokens[v]!.text !== ')' && v - last <= SHORT_FORM_TOKENS) v++;
    if (tokens[v]?.text !== ')') return false;
    v++;
  }
  while (tokens[v] && SKIP.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  return verb !== undefined && verb.sentence === tokens[first]!.sentence && verb.word && !verb.cap && verb.quote < 0 && !NOT_VERBS.has(verb.lower);
}

/** The sentence right before sentence `sentence` of paragraph `position`: in it, or the last of the paragraph before. */
function sentenceBefore(paragraphs: readonly TokenizedParagraph[], position: number, sentence: number): { paragraph: number; sentence: number } | undefined {
  if (sentence > 0) return { paragraph: position, sentence: sentence - 1 };
  const previous = paragraphs[position - 1];
  return previous && previous.sentenceStarts.length > 0 ? { paragraph: position - 1, sentence: previous.sentenceStarts.length - 1 } : undefined;
}
