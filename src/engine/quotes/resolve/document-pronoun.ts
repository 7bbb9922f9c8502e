/**
 * "Mr Crosby's statement said: “…” It added: “…”": "it" opening a sentence right after a sentence whose subject is a
 * document that speaks ("NAME's statement said", "The report concluded") stands for that document, not for a body
 * named earlier; the document's words are those of whoever the sentence before was given to.
 */
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import documentOwnersJson from '../../lexicons/document-owners.json' with { type: 'json' };
import { clauseStart } from './clause-start.ts';
import { speakerOfSentence } from './pronoun-window.ts';
import type { ResolveContext } from './resolve-context.ts';

/** Words that open a document phrase with no owner named in it ("the statement", "its report"). */
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set([...documentOwnersJson.backReferences, ...documentOwnersJson.introducers]);
/** Adverbs between the document and its verb ("The letter also said"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(documentOwnersJson.subjectAdverbs);
/** How many lower-case modifiers may stand before the document noun ("the committee's final report"). */
const MAX_MODIFIERS = 3;

/**
 * The speaker "it" continues when it opens the sentence at `token` of paragraph `position` right after a sentence whose
 * subject is a speaking document: the speaker of that sentence's quote. Undefined when the pronoun does not open its
 * sentence, the sentence before has no document as subject, or its quote was given to nobody.
 *
 * @param context The article's paragraphs, mentions and speakers so far.
 * @param position The pronoun's paragraph.
 * @param token The pronoun's token.
 * @example
 * // Mr Roe's statement said: “We will appeal.” It added: “…”
 * documentPronounSpeaker(context, 0, 12) // => 'ann-roe' (the speaker of the first quote)
 */
export function documentPronounSpeaker(context: ResolveContext, position: number, token: number): string | undefined {
  const paragraph = context.paragraphs[position];
  if (!paragraph) return undefined;
  const own = paragraph.tokens[token]?.sentence ?? 0;
  if (clauseStart(paragraph, own) !== token) return undefined;
  const before = sentenceBefore(context, position, own);
  if (!before) return undefined;
  const { paragraph: p, sentence } = before;
  if (!opensWithSpeakingDocument(context.paragraphs[p]!, clauseStart(context.paragraphs[p]!, sentence))) return undefined;
  return speakerOfSentence(context, p, sentence, position, token);
}

/** The nearest earlier sentence that opens outside quotes, in this paragraph or the one before. */
function sentenceBefore(context: ResolveContext, position: number, sentence: number): { paragraph: number; sentence: number } | undefined {
  for (let p = position, s = sentence - 1; p >= Math.max(0, position - 1); p--) {
    const paragraph = context.paragraphs[p]!;
    if (p < position) s = paragraph.sentenceStarts.length - 1;
    for (; s >= 0; s--) {
      const first = paragraph.tokens[paragraph.sentenceStarts[s] ?? 0];
      if (first && first.quote < 0) return { paragraph: p, sentence: s };
    }
  }
  return undefined;
}

/** "Mr Roe's statement said", "The report also concluded", "Its annual report says": a document and a speech verb at `start`. */
function opensWithSpeakingDocument(paragraph: TokenizedParagraph, start: number): boolean {
  const { tokens } = paragraph;
  let k = start;
  if (DOCUMENT_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  else {
    // A possessor: capitalised words then "'s" ("Mr Crosby's", "the Acme Group's").
    if (tokens[k]?.lower === 'the') k++;
    const first = k;
    while (tokens[k]?.cap && tokens[k]!.word && tokens[k]!.quote < 0) k++;
    if (k === first || tokens[k]?.lower !== "'s") return false;
    k++;
  }
  for (let m = 0; m < MAX_MODIFIERS && tokens[k]?.word && !tokens[k]!.cap && !DOCUMENT_NOUNS.has(tokens[k]!.lower); m++) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k]!.quote >= 0) return false;
  k++;
  if (SUBJECT_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && verb.quote < 0 && SPEECH_VERBS.has(verb.lower);
}
