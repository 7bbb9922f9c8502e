/**
 * Frames of feature and analysis writing that give a quotation to someone with no verb of saying of
 * their own (`writer-frames.json`): "“…,” as Porter put it." and "In the words of Porter, “…”". The
 * subjects are read by the cue finder (`02-find-cues.ts`); this file only finds where the frames are.
 */
import type { Token } from '../actors/index.ts';
import framesJson from '../lexicons/writer-frames.json' with { type: 'json' };

const PUT_VERBS: ReadonlySet<string> = new Set(framesJson.putVerbs);
const WORDS_OF: ReadonlySet<string> = new Set(framesJson.wordsOf);
const WORDS_OF_MODIFIERS: ReadonlySet<string> = new Set(framesJson.wordsOfModifiers);
/** How many tokens an "as" may stand before "put it" ("as the agency's own chief economist once put it"). */
const MAX_AS_TO_PUT = 9;

/**
 * The token of "as" when the token at `k` is the "put" of "as SUBJECT put it" (no punctuation, quote or
 * other "as" between), else undefined. `from` is the first token the frame may use.
 *
 * @example
 * asPutItAt(tokenize('“No,” as Porter put it.'), 5, 3) // => 3 (the token of "as")
 */
export function asPutItAt(tokens: readonly Token[], k: number, from: number): number | undefined {
  const t = tokens[k];
  if (!t?.word || t.cap || !PUT_VERBS.has(t.lower) || tokens[k + 1]?.lower !== 'it') return undefined;
  for (let a = k - 2; a >= Math.max(from, k - MAX_AS_TO_PUT); a--) {
    const w = tokens[a]!;
    if (w.quote >= 0 || (!w.word && w.lower !== "'s" && w.text !== '.')) return undefined;
    if (w.lower === 'as') return a;
  }
  return undefined;
}

/**
 * The first token after "of" when the tokens from `from` open "in the [modifier] words of" (a capital "In" at a
 * sentence start too), else undefined.
 *
 * @example
 * wordsOfAt(tokenize('In the words of Porter, “…”'), 0) // => 4 (the token of "Porter")
 */
export function wordsOfAt(tokens: readonly Token[], from: number): number | undefined {
  let k = from;
  while (tokens[k] && !tokens[k]!.word && tokens[k]!.quote < 0) k++;
  if (tokens[k]?.lower !== 'in' || tokens[k + 1]?.lower !== 'the') return undefined;
  k += 2;
  if (WORDS_OF_MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  if (!WORDS_OF.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return undefined;
  return tokens[k + 2]?.word && tokens[k + 2]!.quote < 0 ? k + 2 : undefined;
}
