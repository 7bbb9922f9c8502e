/**
 * "The First Lady added:", "“…,” said the Vice President.": "the" and a capitalised title the article elsewhere puts
 * straight before one person's name ("First Lady Jill Biden", "Vice President Kamala Harris") stands for that person.
 * Only the exact title counts ("Vice President NAME" is no "President NAME"; "former Prime Minister NAME" no holder),
 * and only when it names one person: a title before two names ("Minister NAME", "Minister NAME2") says nobody.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { EPITHET_FOLLOWERS, HONORIFICS, SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import titleHoldersJson from '../../lexicons/title-holders.json' with { type: 'json' };
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';

/** Words before a title that make its holder a past or would-be one ("former Prime Minister NAME"). */
const NOT_HOLDING: ReadonlySet<string> = new Set(titleHoldersJson.notHolding);
/** Words that join the capitalised words of a title ("Archbishop of Canterbury"). */
const JOINERS: ReadonlySet<string> = new Set(titleHoldersJson.joiners);
/**
 * True when the token at `k` ends a title: punctuation but a possessive ("the President's adviser"), or a lower-case
 * word that may follow a noun phrase ("said the President during her visit").
 */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (!t.word) return !/^['’]s?$/.test(t.text);
  return !t.cap && !JOINERS.has(t.lower) && (EPITHET_FOLLOWERS.has(t.lower) || SPEECH_VERBS.has(t.lower));
}

/** How many words a title may have. */
const MAX_TITLE_WORDS = 5;

/**
 * The person whose title, after "the" at `the`, runs to `end` (or, with no `end`, as far as capitalised words go) —
 * when the article puts that same title right before one person's name and nobody else's.
 *
 * @param context The cue's context.
 * @param the The token of "the".
 * @param end The last token the title must end at, when the phrase must end there (before a verb).
 * @example
 * // First Lady Jill Biden unveiled the tour. … The First Lady added: “…”
 * titleHolderAt(context, 0, 2) // => { type: 'mention', mention: ‹Jill Biden› }
 */
export function titleHolderAt(context: Context, the: number, end?: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[the]?.lower !== 'the' || tokens[the]!.quote >= 0) return undefined;
  const words: string[] = [];
  let k = the + 1;
  for (; k < tokens.length && words.length < MAX_TITLE_WORDS; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !t.word || context.mentions.startAt.has(k)) break;
    if (!t.cap && !(JOINERS.has(t.lower) && tokens[k + 1]?.cap && words.length > 0)) break;
    words.push(t.lower);
  }
  const last = k - 1;
  if (words.length === 0 || JOINERS.has(words.at(-1)!) || (end !== undefined && last !== end)) return undefined;
  // "the President", "the Chancellor": one word must be a title's head; two or more capitalised words may be any title.
  if (words.length === 1 && !TITLE_HEAD_WORDS.has(words[0]!)) return undefined;
  // The title ends the phrase: "said the President during her visit" — not "the President's adviser NAME" (a
  // possessor) nor a name after it ("the Prime Minister Tony Blair said", read by the name rules).
  if (!endsPhrase(tokens, last + 1) || context.mentions.startAt.has(last + 1)) return undefined;
  const holders = new Map<string, Mention>();
  context.paragraphs.forEach((paragraph, p) => {
    const { tokens: own } = paragraph;
    const titleAt = (start: number): boolean => start >= 0 && words.every((w, i) => own[start + i]?.lower === w && own[start + i]!.quote < 0);
    // "Vice President NAME" is not "President NAME"; "former Prime Minister NAME" no longer holds it.
    const opensTitle = (start: number): boolean => {
      const before = own[start - 1];
      return !before || !((before.word && before.cap && before.lower !== 'the') || NOT_HOLDING.has(before.lower));
    };
    for (const m of context.index[p]!.list) {
      if (m.kind !== 'person' || m.inQuote) continue;
      // "First Lady NAME".
      const start = m.first - words.length;
      const before = titleAt(start) && opensTitle(start);
      // "the Archbishop of Canterbury, Dr NAME,".
      let comma = m.first - 1;
      if (HONORIFICS.has(own[comma]?.lower ?? '')) comma--;
      const opening = comma - words.length;
      const apposedBefore = own[comma]?.text === ',' && own[opening - 1]?.lower === 'the' && titleAt(opening) && opensTitle(opening - 1);
      // "NAME, the Foreign Secretary,".
      const after = m.last + 3;
      const apposedAfter = own[m.last + 1]?.text === ',' && own[m.last + 2]?.lower === 'the' && titleAt(after) && endsPhrase(own, after + words.length);
      if ((before || apposedBefore || apposedAfter) && !holders.has(m.actor)) holders.set(m.actor, m);
    }
  });
  if (holders.size !== 1) return undefined;
  const [holder] = holders.values();
  return { type: 'mention', mention: { ...holder!, via: 'role' } };
}
