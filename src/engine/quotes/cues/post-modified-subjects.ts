/**
 * A subject followed by words that describe it before its speech verb: a relative clause ("NAME, who …,
 * said"), a participle ("NAME, speaking at …, said"), a phrase with a preposition ("NAME from ORG said").
 */
import type { Mention } from '../../actors/index.ts';
import { PARTICIPLES_OF_SPEAKING, PERSON_RELATIVES, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';
import { isNounByDeterminer } from './token-tests.ts';

/**
 * "Ms Robinson, who presents The Weakest Link tells Cockerell …": a relative clause about a person
 * whose closing comma is missing; the person before ", who" is the subject of the verb after it.
 * At most ten words of the clause, with no comma, quotation, speech verb or other person in it.
 *
 * @example
 * // Ms Robinson, who presents the show tells Cockerell …
 * personBeforeOpenRelative(context, 7, 0) // => the mention of Ms Robinson
 */
export function personBeforeOpenRelative(context: Context, k: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from + 2, k - 10); m--) {
    const t = tokens[m]!;
    if (t.quote >= 0 || !t.word || (!t.cap && SPEECH_VERBS.has(t.lower))) return undefined;
    const named = context.mentions.endAt.get(m);
    if (named && named.kind === 'person') return undefined;
    if (!PERSON_RELATIVES.has(t.lower) || t.lower === 'whose' || tokens[m - 1]!.text !== ',') continue;
    const person = context.mentions.endAt.get(m - 2);
    return person && person.kind === 'person' && !person.inQuote ? person : undefined;
  }
  return undefined;
}

/**
 * "The Oscar-nominated actor, whose films include X, Y and Z, said": the index of the relative word
 * of a clause between commas that ends at `comma` before the verb, so the subject is looked for
 * before it and never inside it. A clause about a person only ("who", "whose"); one whose subject
 * is right before the comma ("NAME, who …, said") is left to the appositive rules.
 *
 * @example
 * // The actor, whose films include X and Y, said …
 * relativeClauseBefore(context, 9, 0) // => 3 (the token of “whose”)
 */
export function relativeClauseBefore(context: Context, comma: number, from: number): number | undefined {
  const { tokens } = context.paragraph;
  for (let k = comma - 1; k > from && k >= comma - 30; k--) {
    const t = tokens[k]!;
    // "who made the call for longer sentences": a word of saying after a determiner is a noun, no verb of saying.
    if (t.quote >= 0 || (SPEECH_VERBS.has(t.lower) && !isNounByDeterminer(tokens, k))) return undefined;
    if (PERSON_RELATIVES.has(t.lower) && tokens[k - 1]?.text === ',') return k;
  }
  return undefined;
}

/**
 * "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": a person, then a
 * participle phrase of speaking without commas, then the verb.
 *
 * @example
 * // Kyriakos Mitsotakis speaking to the council called …
 * subjectBeforeParticiple(context, 6, 0) // => { type: 'mention', mention: ‹Kyriakos Mitsotakis› }
 */
export function subjectBeforeParticiple(context: Context, k: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from + 1, k - 10); m--) {
    const t = tokens[m]!;
    if (!t.word) return undefined;
    if (!t.cap && PARTICIPLES_OF_SPEAKING.has(t.lower)) {
      const person = context.mentions.endAt.get(m - 1);
      return person && person.kind === 'person' ? { type: 'mention', mention: person } : undefined;
    }
  }
  return undefined;
}

/**
 * "A European military official with knowledge of the talks said": the described source. "Ann Dee from the
 * pro-government camp said", "Tom Roe of the local council told": the named person who opens the clause, described
 * by a phrase after "from" or "of" that names nobody.
 *
 * @example
 * // Tom Roe of the local council told …
 * postModifiedSubject(context, 6, 0) // => { type: 'mention', mention: ‹Tom Roe› }
 */
export function postModifiedSubject(context: Context, k: number, from: number): Subject {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from, k - 10); m--) {
    const t = tokens[m]!;
    if (!t.word || SPEECH_VERBS.has(t.lower)) break;
    if (['with', 'from', 'at', 'in', 'for', 'of', 'close', 'familiar'].includes(t.lower)) {
      const owner = context.mentions.endAt.get(m - 1);
      if (owner && owner.kind === 'anonymous') return { type: 'mention', mention: owner };
      if (owner && (t.lower === 'from' || t.lower === 'of') && isDescribedPerson(context, owner, m, k)) return { type: 'mention', mention: owner };
    }
  }
  return { type: 'none' };
}

/**
 * True when `person`, named and opening its clause (only capitalised title words before it since the sentence began,
 * a comma or a quotation closed), is followed by "from"/"of" at `preposition` and a phrase up to `end` with no
 * mention in it ("Ann Dee from the pro-government camp"): the phrase says where the person is from.
 */
function isDescribedPerson(context: Context, person: Mention, preposition: number, end: number): boolean {
  const { tokens } = context.paragraph;
  if (person.kind !== 'person' || person.via !== 'name' || person.inQuote) return false;
  for (let m = preposition + 1; m <= end; m++) if (context.mentions.endAt.has(m) || tokens[m]!.quote >= 0) return false;
  let b = person.first - 1;
  while (b >= context.sentenceStart && tokens[b]!.word && tokens[b]!.cap && tokens[b]!.quote < 0) b--;
  const before = tokens[b];
  return b < context.sentenceStart || before === undefined || before.text === ',' || /^[“”"‘’']$/.test(before.text);
}
