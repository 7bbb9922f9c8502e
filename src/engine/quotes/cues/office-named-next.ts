/**
 * A post named before its holder: a lead gives its speaker by a post only ("The prime minister has defended …, saying
 * “…”", "France's finance minister has said the world faced “…”", "… talks, its chief has said.", "…, according to his
 * former chief economic adviser.") and names that person in the next sentences ("But NAME said …", "NAME hinted …").
 * News text brings in someone else with a role or an aside of their own ("Opposition leader NAME said"); the person
 * named bare, for the first time, as the subject of the next sentence that names anyone, is the one the post described.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { HONORIFICS, POSTS_NAMED_NEXT, SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import sentenceAdverbsJson from '../../lexicons/sentence-adverbs.json' with { type: 'json' };
import type { Context, CueSite, Found } from './cue-context.ts';
import { openerBefore } from '../resolve/office-epithet.ts';
import { hasWord } from './token-tests.ts';
import { AUXILIARIES, RELATIVE_WORDS, SKIP_BEFORE_VERB } from './word-sets.ts';

/** Words that own a post without naming its holder ("the", "its chief", "his adviser"), or set it before one unnamed ("a leading industry figure"). */
const POST_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'a', 'an']);
/** Articles that make a post indefinite ("a leading industry figure"): its holder may be named with an aside of their own. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Words that may open a sentence before its subject ("But NAME said", "Meanwhile, the minister said"). */
const OPENERS: ReadonlySet<string> = new Set([...clauseOpenersJson.conjunctions, ...sentenceAdverbsJson.adverbs]);
/** Words after a name that do not make it the subject of a verb ("NAME and …", "NAME of …", "NAME, who"). */
const NOT_A_VERB: ReadonlySet<string> = new Set([...prepositionsJson.beforeAnObject, ...RELATIVE_WORDS, ...clauseOpenersJson.conjunctions, 'or', 'who']);
/** How many sentences after the lead may come before the one naming its holder. */
const SENTENCES_AHEAD = 3;

/** A post phrase without a name: where it starts, its head, and the words it is made of. */
interface Post {
  start: number;
  head: number;
  words: string[];
}

/**
 * The person a post-only subject of the quote's sentence stands for, when the next sentences name them: the subject of
 * the first sentence after it that names anyone, named there for the first time, bare or with the same post.
 *
 * @param site What the cue rules read about the quotation.
 * @returns The cue, with that person's mention as subject, or undefined.
 * @example
 * // "France's finance minister has said the world faced “catastrophe”. Herve Gaymard said he would act."
 * officeNamedNext(site) // => { subject: { type: 'mention', mention: ‹Herve Gaymard› }, rule: 'office-named-next' }
 */
export function officeNamedNext(site: CueSite): Found | undefined {
  const post = postOpeningClause(site) ?? postEndingSentence(site);
  if (!post) return undefined;
  const holder = holderNamedNext(site.context, post);
  return holder && { subject: { type: 'mention', mention: holder }, rule: 'office-named-next' };
}

/**
 * The same, for a quote whose verb before it has an office epithet for subject ("The prime minister has defended …,
 * saying “…”") when no sentence before it opens on a person: stage 2 reads such an epithet backwards only.
 *
 * @param site What the cue rules read about the quotation.
 * @example
 * // "The prime minister has defended the plan, saying “…”." ⏎ "But Tony Blair said …"
 * officeBeforeNamedNext(site) // => { subject: { type: 'mention', mention: ‹Tony Blair› }, rule: 'office-named-next' }
 */
export function officeBeforeNamedNext(site: CueSite): Found | undefined {
  const subject = site.before?.subject;
  if (subject?.type !== 'epithet' || subject.paragraph !== site.context.position) return undefined;
  if (openerBefore(site.context, subject.paragraph, subject.token) !== undefined) return undefined;
  const found = officeNamedNext(site);
  return found && site.before?.verb ? { ...found, verb: site.before.verb } : found;
}

/**
 * The same, for a quote whose verb after it has an office epithet for subject, ending the sentence ("Red tape must be “cut
 * back hard”, the business secretary has said.") when no sentence before it opens on a person: the epithet
 * would be read backwards only, and the lead of a news report names the office's holder in the next sentences.
 *
 * @param site What the cue rules read about the quotation.
 * @example
 * // "Red tape must be “cut”, the business secretary has said." ⏎ "Ministers would act soon, Ann Roe said."
 * officeAfterNamedNext(site) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, rule: 'office-named-next' }
 */
export function officeAfterNamedNext(site: CueSite): Found | undefined {
  const subject = site.after?.subject;
  if (subject?.type !== 'epithet' || subject.paragraph !== site.context.position) return undefined;
  if (openerBefore(site.context, subject.paragraph, subject.token) !== undefined) return undefined;
  const post = postEndingSentence(site);
  if (post?.start !== subject.token) return undefined;
  const holder = holderNamedNext(site.context, post);
  if (!holder) return undefined;
  return { subject: { type: 'mention', mention: holder }, rule: 'office-named-next', ...(site.after?.verb ? { verb: site.after.verb } : {}) };
}

/**
 * A post phrase starting at `k`: "the", "its", "his", "her", "their" or a body's or place's possessive ("France's",
 * "Deutsche Boerse's"), up to four words without a name, and a post's head that ends it ("the prime minister", "his
 * former chief economic adviser"); not a possessive ("the prime minister's intention").
 *
 * @example
 * // France's finance minister has said …
 * postAt(context, 0) // => { start: 0, head: 2, words: ["france's", 'finance', 'minister'] }
 */
export function postAt(context: Context, k: number): Post | undefined {
  const { tokens } = context.paragraph;
  const first = tokens[k];
  if (!first?.word || first.quote >= 0) return undefined;
  let m = k + 1;
  if (!POST_DETERMINERS.has(first.lower)) {
    // A body or place, or capitalised words the article names no person by ("France's", "Labour's").
    const owner = context.mentions.startAt.get(k) ?? capitalisedRun(context, k);
    if (!owner || !['place', 'organization', 'words'].includes(owner.kind)) return undefined;
    // "France's" is one token or two ("France", "'s").
    if (/^['’]s$/.test(tokens[owner.last + 1]?.lower ?? '')) m = owner.last + 2;
    else if (/['’]s$/.test(tokens[owner.last]!.lower)) m = owner.last + 1;
    else return undefined;
  }
  // "his former chief economic adviser": the phrase ends on a post's head, before a verb, an auxiliary or punctuation.
  let last = -1;
  for (let j = m; j < m + 5 && j <= context.sentenceEnd; j++) {
    const t = tokens[j]!;
    if (!t.word || t.quote >= 0 || SKIP_BEFORE_VERB.has(t.lower) || AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    if (context.mentions.startAt.has(j)) return undefined;
    last = j;
  }
  const head = last;
  if (head < 0 || !POSTS_NAMED_NEXT.has(tokens[head]!.lower)) return undefined;
  return { start: k, head, words: tokens.slice(k, head + 1).map((t) => t.lower) };
}

/** Capitalised words from `k` that no mention starts in, as an owner of kind 'words' ("France" when no actor names it). */
function capitalisedRun(context: Context, k: number): { kind: string; last: number } | undefined {
  const { tokens } = context.paragraph;
  let last = k - 1;
  while (tokens[last + 1]?.word && tokens[last + 1]!.cap && tokens[last + 1]!.quote < 0 && !context.mentions.startAt.has(last + 1) && last < k + 3) last++;
  return last < k ? undefined : { kind: 'words', last };
}

/** "The prime minister has defended …, saying “…”": a post opens the clause, its verb and a verb of saying come before the quote. */
function postOpeningClause(site: CueSite): Post | undefined {
  const { context, openToken } = site;
  const { tokens } = context.paragraph;
  let k = context.sentenceStart;
  if (OPENERS.has(tokens[k]?.lower ?? '')) k += tokens[k + 1]?.text === ',' ? 2 : 1;
  const post = postAt(context, k);
  if (!post || post.head >= openToken) return undefined;
  let j = post.head + 1;
  while (j < openToken && tokens[j]!.word && (SKIP_BEFORE_VERB.has(tokens[j]!.lower) || AUXILIARIES.has(tokens[j]!.lower))) j++;
  if (!tokens[j]?.word || tokens[j]!.cap) return undefined;
  for (let v = j; v < openToken; v++) if (tokens[v]!.quote < 0 && SPEECH_VERBS.has(tokens[v]!.lower)) return post;
  return undefined;
}

/**
 * "… “…” talks with the LSE, its chief has said.", "…, according to his former chief economic adviser.": a post after
 * the quote ends the sentence. A later fragment of the same sentence ("The “idea that small firms cannot export” has to
 * be “put to rest”, the trade minister has said.") shares its teller; a quote opening with a capital is speech of its own.
 */
function postEndingSentence(site: CueSite): Post | undefined {
  const { context, closeToken } = site;
  const { tokens } = context.paragraph;
  for (let k = closeToken + 1; k <= context.sentenceEnd; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) {
      let end = k;
      while (tokens[end + 1]?.quote === t.quote) end++;
      const first = tokens.slice(k, end + 1).find((w) => w.word);
      if (!first || first.cap) return undefined;
      k = end;
      continue;
    }
    const afterComma = tokens[k - 1]?.text === ',';
    const afterAccording = tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.lower === 'according';
    if (!afterComma && !afterAccording) continue;
    const post = postAt(context, k);
    if (!post) continue;
    let j = post.head + 1;
    if (!afterAccording) {
      while (j <= context.sentenceEnd && tokens[j]!.word && (SKIP_BEFORE_VERB.has(tokens[j]!.lower) || AUXILIARIES.has(tokens[j]!.lower))) j++;
      if (!SPEECH_VERBS.has(tokens[j]?.lower ?? '')) continue;
      j++;
    }
    if (!hasWord(tokens, j, context.sentenceEnd)) return post;
  }
  return undefined;
}

/**
 * The holder of the post, named in the next sentences: the first sentence after the post's (within its paragraph and
 * the next, at most three sentences) that names a person or an unnamed source outside quotes must open on a person
 * named there for the first time, as the subject of a verb, with no post of their own but this one.
 */
function holderNamedNext(context: Context, post: Post): Mention | undefined {
  const { paragraphs, index, position } = context;
  const postSentence = context.paragraph.tokens[post.start]!.sentence;
  let seen = 0;
  for (let p = position; p <= position + 1 && p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const from = p === position ? postSentence + 1 : 0;
    for (let s = from; s < paragraph.sentenceStarts.length; s++) {
      if (++seen > SENTENCES_AHEAD) return undefined;
      const named = index[p]!.list.filter((m) => !m.inQuote && (m.kind === 'person' || m.kind === 'anonymous') && paragraph.tokens[m.first]!.sentence === s);
      if (named.length === 0) continue;
      return sentenceHolder(context, p, s, named, post);
    }
  }
  return undefined;
}

/** The person the sentence opens on as the subject of its verb, when they can be the post's holder. */
function sentenceHolder(context: Context, p: number, s: number, named: readonly Mention[], post: Post): Mention | undefined {
  const { tokens } = context.paragraphs[p]!;
  const isPossessor = (m: Mention): boolean => /['’]s?$/.test(tokens[m.last]!.text) || /^['’]s?$/.test(tokens[m.last + 1]?.text ?? '');
  // "Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted": an owner, or someone described, in a fronted
  // phrase that ends with the comma before the subject is not the subject.
  const holder = named.find((m) => m.kind === 'person' && m.via !== 'anonymous' && !isPossessor(m));
  if (!holder) return undefined;
  const fronted = tokens[holder.first - 1]?.text === ',';
  if (named.some((m) => m.first < holder.first && !isPossessor(m) && !(fronted && m.kind === 'anonymous'))) return undefined;
  // "Herve Gaymard said", "But Tony Blair said", "…, Ed Balls hinted", "Finance Minister Herve Gaymard said": the name,
  // or a title of its own right before it (checked against the post below), opens the sentence.
  const before = titleStart(tokens, holder) - 1;
  const start = context.paragraphs[p]!.sentenceStarts[s]!;
  if (!(before < start || tokens[before]!.text === ',' || OPENERS.has(tokens[before]!.lower))) return undefined;
  const next = tokens[afterAside(context, p, holder, post)];
  if (!next?.word || next.cap || NOT_A_VERB.has(next.lower)) return undefined;
  if (mentionedBefore(context, holder.actor, context.position, post.start)) return undefined;
  return holdsOtherPost(context, holder.actor, post) ? undefined : holder;
}

/**
 * Where the verb after the holder's name is looked for: right after the name, or, for an indefinite post ("a leading
 * industry figure has said"), past an aside that describes the person ("NAME, the head of a record label until last
 * year, told …") when a verb of saying follows it and it names no other person. A definite post ("the prime minister")
 * with a holder set off by an aside ("NAME, a local councillor, said") is someone else.
 */
function afterAside(context: Context, p: number, holder: Mention, post: Post): number {
  const { tokens } = context.paragraphs[p]!;
  const right = holder.last + 1;
  if (tokens[right]?.text !== ',' || !INDEFINITE.has(post.words[0]!)) return right;
  const sentence = tokens[holder.last]!.sentence;
  for (let k = right + 1; k < tokens.length && k <= right + 16 && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return right;
    if (t.text !== ',') continue;
    const named = context.index[p]!.list.some((m) => m.kind === 'person' && m.first > right && m.first < k);
    return !named && SPEECH_VERBS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : right;
  }
  return right;
}

/** True when the article names the actor before the post (in any paragraph before it, or earlier in its own). */
function mentionedBefore(context: Context, actor: string, position: number, token: number): boolean {
  for (let p = 0; p <= position; p++) {
    if (context.index[p]!.list.some((m) => m.actor === actor && (p < position || m.first < token))) return true;
  }
  return false;
}

/**
 * The words of the title right before a mention, past honorifics ("Finance Minister" in "Finance Minister Herve
 * Gaymard", "Indian Prime Minister" in "Indian Prime Minister NAME"): capitalised words or words of a role, up to four,
 * not a word that opens the sentence ("But NAME").
 */
function titleBefore(tokens: readonly Token[], m: Mention): string[] {
  return tokens
    .slice(titleStart(tokens, m), m.first)
    .filter((t) => !HONORIFICS.has(t.lower))
    .map((t) => t.lower);
}

/**
 * Where the title and honorifics before a mention start: capitalised words or words of a role, up to four, that hold
 * a post's head ("Finance Minister", "police chief"); the mention's first token (after honorifics) when there is none.
 */
function titleStart(tokens: readonly Token[], m: Mention): number {
  let k = m.first - 1;
  while (k >= 0 && tokens[k]!.word && HONORIFICS.has(tokens[k]!.lower)) k--;
  const bare = k + 1;
  let head = false;
  for (let words = 0; k >= 0 && words < 4; k--, words++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0 || OPENERS.has(t.lower) || POST_DETERMINERS.has(t.lower)) break;
    if (!t.cap && !TITLE_HEAD_WORDS.has(t.lower)) break;
    head ||= TITLE_HEAD_WORDS.has(t.lower) || POSTS_NAMED_NEXT.has(t.lower);
  }
  return head ? k + 1 : bare;
}

/**
 * True when the article puts a title before one of the actor's names that is not this post: a title with a post's
 * head, any of whose words the post lacks ("Home Secretary NAME" or "Indian Prime Minister NAME" for "the local
 * health minister", "Vice President NAME" for "the president"). "Finance Minister NAME" fits "France's finance minister".
 */
function holdsOtherPost(context: Context, actor: string, post: Post): boolean {
  const words = new Set(post.words);
  return context.index.some((entry, p) =>
    entry.list.some((m) => {
      if (m.actor !== actor || m.inQuote) return false;
      const title = titleBefore(context.paragraphs[p]!.tokens, m);
      if (!title.some((w) => TITLE_HEAD_WORDS.has(w) || POSTS_NAMED_NEXT.has(w))) return false;
      return title.some((w) => !words.has(w));
    }),
  );
}
