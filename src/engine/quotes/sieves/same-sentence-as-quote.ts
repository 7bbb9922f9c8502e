/**
 * Sieve: quotes in one sentence share a speaker — "…“no consensus” on X, “nothing…,” Macron added."
 */
import { inheritSpeaker, type Sieve, type AttributedQuote } from './sieve.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };
import type { TokenizedParagraph } from '../../actors/01-tokenize-text.ts';
import type { MentionIndex } from '../cue-types.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };

/** "but", "although": conjunctions that may open a clause with a subject of its own. */
const TURNS: ReadonlySet<string> = new Set(clauseOpenersJson.turns);
/** "said", "told": a finite verb of saying, which has a subject of its own. */
const FINITE_SPEECH: ReadonlySet<string> = new Set(verbFormsJson.finiteSpeech);
/** "the", "its": words that open a noun phrase, never a verb. */
const NOUN_OPENERS: ReadonlySet<string> = new Set(determinersJson.onlyBeforeANoun);
/** At most this many words between the conjunction and the verb of saying ("but the Department for Education said"). */
const MAX_SUBJECT_WORDS = 8;

/** Conjunctions that turn a sentence to another subject ("…, while ALDI called it “…”"). */
const CONTRASTING: ReadonlySet<string> = new Set(clauseOpenersJson.contrasting);

/** Subject pronouns, which may go on with the subject of the clause before ("While he called it “Q1”, he said “Q2”"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...pronounsJson.person, ...pronounsJson.plural, ...pronounsJson.organization, 'i', 'we']);

/** Kinds of actor that may speak in a clause of their own. */
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['person', 'anonymous', 'group', 'organization']);

/**
 * True when a "while"/"whereas" between the tokens `from` and `to` (outside quotations) turns the sentence to another
 * subject that may speak: a clause after it that names a person, a body or a group, or holds a pronoun or a verb of
 * saying ("…, while ALDI called it “…”", "while critics called it “…”", "while they wanted “…”"). A clause of what was
 * reported that names no one and says nothing ("the Fed said inflation remained “well contained” while the economy
 * appeared to be “growing”") goes on with the speaker.
 */
function turnsToAnotherSpeaker(paragraph: TokenizedParagraph, mentions: MentionIndex, from: number, to: number): boolean {
  const { tokens } = paragraph;
  const at = tokens.slice(from, to).findIndex((t) => t.quote < 0 && CONTRASTING.has(t.lower));
  if (at < 0) return false;
  const turn = from + at;
  if (mentions.list.some((m) => m.first > turn && m.first < to && !m.inQuote && SPEAKING_KINDS.has(m.kind))) return true;
  return tokens.slice(turn + 1, to).some((t) => t.word && t.quote < 0 && ((SPEECH_VERBS.has(t.lower) && !t.cap) || SUBJECT_PRONOUNS.has(t.lower)));
}

/**
 * True when a "but"/"although" between the tokens `from` and `to` opens a clause whose own subject, a noun phrase
 * ("the government", "a spokesman", "its owner"), is followed by a finite verb of saying: "the panel called it “Q1”
 * but the minister said it had “Q2”" — a second speaker. A bare "but" between two quotes ("a “great thriller” but
 * “lousy history”") or "but said" keeps the subject.
 */
function turnsToSpeakingNounPhrase(paragraph: TokenizedParagraph, from: number, to: number): boolean {
  const { tokens } = paragraph;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !TURNS.has(t.lower) || !NOUN_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j < Math.min(to, k + 2 + MAX_SUBJECT_WORDS); j++) {
      const w = tokens[j]!;
      if (!w.word || w.quote >= 0) break;
      if (FINITE_SPEECH.has(w.lower)) return true;
    }
  }
  return false;
}

/**
 * "While Ann Roe wonders “Q1”, Bahama Daily calls it “Q2”": a sentence opening with "while"/"whereas" puts the quote
 * before in its subordinate clause; after the comma that ends it, a main clause opening with a capitalised word that is
 * no pronoun has a subject of its own.
 */
function opensWithContrast(paragraph: TokenizedParagraph, previous: AttributedQuote, q: AttributedQuote): boolean {
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[q.sentence] ?? 0;
  let first = start;
  while (first < previous.openToken && !tokens[first]!.word) first++;
  if (!CONTRASTING.has(tokens[first]?.lower ?? '') || tokens[first]!.quote >= 0) return false;
  for (let k = previous.closeToken + 1; k < q.openToken; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1];
    return next !== undefined && next.word && next.cap && next.quote < 0 && !SUBJECT_PRONOUNS.has(next.lower);
  }
  return false;
}

/**
 * The speaker of the quote before in the same sentence, else of the quote after it when that one
 * found its speaker by its own cue; never across a "while"/"whereas" that turns to another subject who may speak ("a “great thriller” but “lousy history”" is one speaker's),
 * nor from a "While NAME …“Q1”," clause to a main clause with a subject of its own, nor from the quote after it for a quote whose own speech verb stands before it without a subject anyone can name
 * when the next quote's subject is named between the two, nor from the quote after it for a quote whose mark never
 * closed and that names that quote's speaker (narration the open quote ran over).
 *
 * @example
 * // "“No” and “never,” Jane Doe said." → “No” gets jane-doe from “never,”
 */
export const sameSentenceAsQuote: Sieve = {
  rule: 'same-sentence-as-quote',
  attribute({ quotes, paragraphs, index }, i) {
    const q = quotes[i]!;
    const sameSentence = (o: AttributedQuote | undefined): o is AttributedQuote => o !== undefined && o.position === q.position && o.sentence === q.sentence && o.speaker !== null;
    const previous = quotes[i - 1];
    const next = quotes[i + 1];
    // "Coles called it “Q1”, while ALDI called it “Q2”": the clause after the conjunction has a subject of its own.
    // "The panel called it “Q1” but the minister said it had “Q2”": a noun-phrase subject with its own verb of saying.
    const turns = (from: number, to: number): boolean => turnsToAnotherSpeaker(paragraphs[q.position]!, index[q.position]!, from, to) || turnsToSpeakingNounPhrase(paragraphs[q.position]!, from, to);
    if (sameSentence(previous) && !turns(previous.closeToken + 1, q.openToken) && !opensWithContrast(paragraphs[q.position]!, previous, q)) return inheritSpeaker(previous, 'continuation');
    // "The referee said Ade had “lost his head” and Moss called it “a joke”": a quote with a speech verb of its own
    // before it, whose subject nobody could name, is not the speaker's of a next quote whose subject is named after it.
    const ownVerb = q.verb !== undefined && !q.startsSentence && next !== undefined && (next.subject.type === 'mention' ? next.subject.mention.first : -1) > q.closeToken;
    // "“We have said as much. We will help. Mr Roe was careful …. “Russia is a partner,” Mr Roe said.": a quote whose mark
    // never closed runs on to the next one's opening mark over narration that names the next quote's speaker; it is not his.
    const leftOpen = !paragraphs[q.position]!.quotes[q.quote]!.closed && next !== undefined && index[q.position]!.list.some((m) => m.actor === next.speaker && m.first > q.openToken && m.last < q.closeToken);
    if (sameSentence(next) && next.cue !== 'continuation' && !ownVerb && !leftOpen && !turns(q.closeToken + 1, next.openToken)) return inheritSpeaker(next, 'continuation');
    return undefined;
  },
};
