/**
 * "There was an “absolute crisis” in recruitment, Ms Roe told reporters.": the attribution that ends a sentence
 * with a quoted fragment earlier in it may name its listener after "told" — the variant of
 * `name-said-ending-sentence` (fragment-cues.ts) whose verb takes an object.
 */
import type { Token } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import listenerJson from '../../lexicons/listener-objects.json' with { type: 'json' };
import type { CueSite, Found } from './cue-context.ts';
import { attributionEndingSentence } from './fragment-cues.ts';
import { SKIP_BEFORE_VERB } from './word-sets.ts';

const LISTENER_NOUNS: ReadonlySet<string> = new Set(listenerJson.nouns);
const LINK_WORDS: ReadonlySet<string> = new Set(listenerJson.linkWords);
/** At most this many words of listener after the verb ("BBC Radio 4's Today programme on Monday"). */
const MAX_LISTENER_WORDS = 9;

/**
 * ", NAME told LISTENER." ending the quote's sentence: the verb found after the quote names a listener, and the
 * words after it, to the sentence's end, are that listener and a time or place (names, audience nouns, link words);
 * the rest as for `attributionEndingSentence`.
 *
 * @example
 * // There was an “absolute crisis” in recruitment, Ms Roe told reporters.
 * listenerEndingSentence(site) // => { subject: { type: 'mention', mention: ‹Ms Roe› }, verb: 'told' }
 */
export function listenerEndingSentence(s: CueSite): Found | undefined {
  const verb = s.after?.verb;
  if (verb === undefined || !SPEECH_VERBS.get(verb.toLowerCase())?.listener) return undefined;
  return attributionEndingSentence(s, isListenerTail);
}

/**
 * The tokens `from`..`to` are a listener and its time or place only: capitalised words, numbers, audience nouns
 * and link words, at least one of them a name or an audience noun, no quotation, no comma, at most nine words.
 *
 * @example
 * // … told | BBC Radio 4 's Today programme .
 * isListenerTail(tokens, 9, 15) // => true
 */
export function isListenerTail(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let head = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (!t.word) {
      if (k === to && /^[.!?]$/.test(t.text)) continue;
      if (LINK_WORDS.has(t.lower)) continue;
      return false;
    }
    if (++words > MAX_LISTENER_WORDS) return false;
    if (t.cap || /^\d/.test(t.text) || LISTENER_NOUNS.has(t.lower)) head = true;
    else if (!LINK_WORDS.has(t.lower) && !SKIP_BEFORE_VERB.has(t.lower)) return false;
  }
  return head;
}
