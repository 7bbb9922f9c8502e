/**
 * A bare surname that speaks is not the person the quotation itself names as someone else: in "Tonight, “[Jill] and
 * I are home,” Cole wrote", the writer speaks of Jill, so "Cole" is not Jill Cole. When the surname is shared by
 * one other person the article names in full, that person speaks; otherwise who speaks stays unclear (null).
 */
import type { Mention, Token } from '../../actors/index.ts';
import type { QuoteCue } from '../cue-types.ts';
import type { ResolveContext, ResolvedSpeaker } from './resolve-context.ts';

/**
 * Checks a speaker found through a bare surname against the quotation's own words.
 *
 * @param context The article's paragraphs and mentions.
 * @param cue The quotation and its cue (a mention subject).
 * @param resolved The speaker `resolveSubject` gave.
 * @returns `resolved` when the quotation does not name that speaker; the one namesake named in full otherwise;
 * undefined when nobody fits.
 * @example
 * // Jill Cole and Tom Cole named before; “[Jill] and I are home,” Cole wrote.
 * speakerNotNamedInQuote(context, cue, { speaker: 'jill-cole', resolution: 'surname-to-full-name' }) // => { speaker: 'tom-cole', … }
 */
export function speakerNotNamedInQuote(context: ResolveContext, cue: QuoteCue, resolved: ResolvedSpeaker): ResolvedSpeaker | undefined {
  if (resolved.resolution !== 'surname-to-full-name' || cue.subject.type !== 'mention') return resolved;
  const subject = cue.subject.mention;
  const surname = context.paragraphs.find((p) => p.index === subject.paragraph)?.tokens[subject.last]?.lower;
  if (!surname) return resolved;
  // Named by another word than the surname ("[Jill]"): "Cole is cooperating," Cole said may be anyone's self-reference.
  const tokens = context.paragraphs[cue.position]!.tokens;
  const named = context.index[cue.position]?.list.some((m) => m.inQuote && m.actor === resolved.speaker && m.first > cue.openToken && m.last < cue.closeToken && tokens[m.last]?.lower !== surname);
  if (!named) return resolved;
  const others = new Set<string>();
  context.index.forEach((entry, p) => {
    for (const m of entry.list) if (m.actor !== resolved.speaker && isFullNameEndingIn(context.paragraphs[p]!.tokens, m, surname)) others.add(m.actor);
  });
  return others.size === 1 ? { speaker: [...others][0]!, resolution: 'surname-to-full-name' } : undefined;
}

/** A person's name of two words or more, outside quotations, whose last word is `surname`. */
function isFullNameEndingIn(tokens: readonly Token[], m: Mention, surname: string): boolean {
  if (m.kind !== 'person' || m.via !== 'name' || m.inQuote || m.first === m.last) return false;
  return tokens[m.last]?.lower === surname;
}
