/**
 * The organisation an anonymous spokesperson speaks for ("a spokesman for the club", "The spokesperson added").
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { ORG_BACK_REFERENCES, SPEAKS_FOR_HEADS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import { isPossessor } from '../find-genders.ts';
import { dropDescriptorWords } from '../../actors/strip-descriptors.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import functionWordsJson from '../../lexicons/function-words.json' with { type: 'json' };
import { clauseStart } from './clause-start.ts';
import { followsSetOffQuote, isAppositiveSpeaker } from './bare-spokesperson-frames.ts';
import type { ResolveContext } from './resolve-context.ts';

/**
 * The organisation an anonymous spokesperson speaks for: the capitalised words of the mention
 * ("a Cabinet Office spokeswoman", "a spokesperson for Human Rights Watch") are the name of an
 * organisation the article mentions. A source that is not a spokesperson ("a NATO official")
 * speaks for itself. A spokesperson of a body the article names nowhere else as an actor
 * ("a Woolworths spokesperson" where "Woolworths" was not recognised) speaks for nobody the
 * digest can name: null, and the quote is withheld rather than given to "Woolworths spokesperson".
 *
 * @param context The article's paragraphs and mentions.
 * @param mention The subject's mention.
 * @returns The organisation's actor id; null for an organisation named but not found; undefined when the mention names none.
 * @example
 * // "… the IAAF said. … said an IAAF spokesman." → 'iaaf'
 * organizationSpokenFor(context, mentionOf('an IAAF spokesman')) // => 'iaaf'
 * organizationSpokenFor(context, mentionOf('a Zenfold spokesman')) // => null   (no organisation "Zenfold" among the mentions)
 */
export function organizationSpokenFor(context: ResolveContext, mention: Mention, followBare = true): string | null | undefined {
  if (mention.via !== 'anonymous') return undefined;
  const { paragraphs, index } = context;
  const surface = (position: number, m: Mention): string[] => paragraphs[position]!.tokens.slice(m.first, m.last + 1).filter((t) => t.word).map((t) => t.text);
  const position = index.findIndex((entry) => entry.list.includes(mention));
  if (position < 0) return undefined;
  const words = dropDescriptorWords(surface(position, mention));
  if (!words.some((w) => SPEAKS_FOR_HEADS.has(w.toLowerCase()))) return undefined;
  const owner = possessiveBody(context, mention, position);
  if (owner !== undefined) return owner;
  const name = words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase()))).join(' ');
  if (name === '') return followBare ? bodyOfBareSpokesperson(context, mention, position) : undefined;
  // "a spokeswoman for the Department for International Development": the body's name keeps its inner lower-case links.
  const linked = linkedName(words);
  for (let p = 0; p < index.length; p++) {
    for (const m of index[p]!.list) {
      if (m.kind !== 'organization') continue;
      const text = surface(p, m).join(' ');
      if (text === name || text === linked) return m.actor;
    }
  }
  // "a spokesman for Prime Minister NAME", "a White House spokesman": a name the article knows as another kind of actor keeps the source.
  const named = new Set(name.split(' '));
  const known = index.some((entry, p) => entry.list.some((m) => m !== mention && m.via !== 'anonymous' && surface(p, m).some((w) => named.has(w))));
  return known || isOwnedByName(paragraphs[position]!, mention) ? undefined : null;
}

/**
 * "Big Brother's spokeswoman said", "Zalvo Radio's spokesman said": a spokesperson owned by a capitalised name the
 * article knows as no actor. The possessive ties the spokesperson to that owner and to no body the digest could name
 * instead, so, like "the minister's spokesman", the source itself speaks (its name keeps the owner's words), where
 * "a Quorvane Street spokesperson" (the name only qualifies the noun) is withheld.
 *
 * @param paragraph The mention's paragraph.
 * @param mention The spokesperson's mention.
 * @returns True when a capitalised word and "'s" stand right before the mention's head noun, and the mention holds the
 *   owner's whole name (no capitalised word before it).
 * @example
 * // "Big Brother's spokeswoman said: …" (mention: "Big Brother's spokeswoman") → true
 * // "A Big Brother spokeswoman said: …" → false
 */
export function isOwnedByName(paragraph: TokenizedParagraph, mention: Mention): boolean {
  const { tokens } = paragraph;
  // "Big Brother's spokeswoman" opening a sentence, found as "Brother's spokeswoman": an owner cut short names nobody.
  if (tokens[mention.first - 1]?.word && tokens[mention.first - 1]!.cap) return false;
  for (let k = mention.first + 1; k <= mention.last; k++) {
    if (!SPEAKS_FOR_HEADS.has(tokens[k]!.lower)) continue;
    return tokens[k - 1]?.lower === "'s" && tokens[k - 2]?.cap === true && tokens[k - 2]!.word;
  }
  return false;
}

/**
 * The capitalised words of a spokesperson's mention from the first to the last, with the lower-case links between
 * them ("for", "of", "and", "on", "the", "&"), as a body's name is written: "Department for International Development".
 * Empty when any other word stands between them.
 *
 * @example
 * linkedName(['spokeswoman', 'for', 'the', 'Department', 'for', 'International', 'Development']) // => 'Department for International Development'
 */
export function linkedName(words: readonly string[]): string {
  const caps = words.map((w, i) => (/^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase())) ? i : -1)).filter((i) => i >= 0);
  if (caps.length < 2) return '';
  const span = words.slice(caps[0], caps[caps.length - 1]! + 1);
  return span.every((w) => /^\p{Lu}/u.test(w) || BODY_NAME_LINKS.has(w)) ? span.join(' ') : '';
}

/** The lower-case words inside a body's name (the name-run finder's list), and the ampersand it keeps there too. */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set([...functionWordsJson.insideAnOrganizationName, '&']);

/**
 * The body a spokesperson named by the noun alone ("The spokesperson added", "A spokesman said") speaks for: the body
 * of another naming of the same source ("an Interpol spokesperson stated …" ⏎ "The spokesperson added" → Interpol);
 * else, when the spokesperson opens its sentence, the organisation that is the subject of the sentence right before,
 * which names no person and no other body ("But the Home Office defended the measures. A spokesman said: …").
 */
function bodyOfBareSpokesperson(context: ResolveContext, mention: Mention, position: number): string | undefined {
  const { paragraphs, index } = context;
  for (const entry of index) {
    for (const m of entry.list) {
      if (m === mention || m.actor !== mention.actor || m.via !== 'anonymous') continue;
      const body = organizationSpokenFor(context, m, false);
      if (typeof body === 'string') return body;
    }
  }
  const paragraph = paragraphs[position]!;
  const sentence = paragraph.tokens[mention.first]!.sentence;
  const start = clauseStart(paragraph, sentence);
  if ((mention.first - start > 1 && !followsSetOffQuote(paragraph, start, mention.first)) || namesItsSide(paragraph, mention)) return undefined;
  const p = sentence > 0 ? position : position - 1;
  if (p < 0) return undefined;
  const before = paragraphs[p]!;
  const s = sentence > 0 ? sentence - 1 : before.sentenceStarts.length - 1;
  const named = index[p]!.list.filter((m) => !m.inQuote && before.tokens[m.first]!.sentence === s);
  const subject = named[0];
  if (!subject || subject.kind !== 'organization' || (subject.first - clauseStart(before, s) > 3 && !isAppositiveSpeaker(before, subject)) || isPossessor(before, subject)) return undefined;
  return named.some((m) => m.kind === 'person' || m.kind === 'anonymous' || (m.kind === 'organization' && m.actor !== subject.actor)) ? undefined : subject.actor;
}

/**
 * "the band's spokesman", "the council's spokesperson": the organisation that "the" and the kind of body stand for,
 * when the actor stages linked that phrase, right before the possessive, to a body the article named; null when they
 * linked it to none ("the company's spokeswoman" with no company named): a body, but none the digest can name.
 */
function possessiveBody(context: ResolveContext, mention: Mention, position: number): string | null | undefined {
  const tokens = context.paragraphs[position]!.tokens;
  for (let k = mention.first; k < mention.last; k++) {
    if (tokens[k + 1]?.lower !== "'s" || tokens[k]!.cap || !ORG_BACK_REFERENCES.has(tokens[k]!.lower)) continue;
    const body = context.index[position]!.list.find((m) => m !== mention && m.kind === 'organization' && m.via === 'role' && m.last === k);
    return body ? body.actor : null;
  }
  return undefined;
}

/**
 * "A government spokesperson", "a police spokesman": a word before the head that says whose voice it is, so the body
 * named in the sentence before is not the one spoken for; "a senior spokesman" (a title word) says nothing of that.
 */
function namesItsSide(paragraph: TokenizedParagraph, mention: Mention): boolean {
  for (let k = mention.first; k <= mention.last; k++) {
    const t = paragraph.tokens[k]!;
    if (!t.word) continue;
    if (SPEAKS_FOR_HEADS.has(t.lower)) return false;
    if (!DETERMINERS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower)) return true;
  }
  return false;
}

/** "The spokesperson said": a capital determiner opening a sentence names nothing. */
const DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);
