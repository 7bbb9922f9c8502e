/**
 * Perturbation check for pronoun salience (issue 13, round 12): a speaker named again within a paragraph is
 * written as "he" or "she", as news writing does once the person is introduced. Keeps who said what and every
 * quoted text unchanged, so the same answer key scores both.
 * The `pronoun` mode of `npm run perturb` (scope "near").
 *
 * Rewrite (outside quotes only): "Mr Brown said" / "Brown said" → "he said", "…," said Ms Roe." → "…," she said.",
 * when the surname already appeared earlier in the same paragraph (a second or later mention; with
 * scope "near", in the paragraph before as well). The gender is the one the text's honorifics give the
 * surname (Mr → he; Mrs, Ms, Miss → she), so it is clear; surnames without one are left alone.
 */
import { isQuotedAt } from './quote-runs.ts';

const VERBS = 'said|says|added|adds|told|tells|explained|insisted|argued|warned|continued';
const HONORIFIC = '(?:Mr|Mrs|Ms|Miss)\\.?';
/** "Mr Brown said", "Brown said" (a subject), and "said Mr Brown" (inverted, after a comma closing a quote). */
const CUE = new RegExp(`(?<![A-Za-z] )\\b(?:(${HONORIFIC}) )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (${VERBS})\\b|(?<=[,"”] )(${VERBS}) (${HONORIFIC}) ([A-Z][a-z]+)(?=[.,])`, 'g');

/** Another person named in the words between ("Mr Roe", "chairman Matthew Taylor", ", Ann Dee"). */
const OTHER_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]|(?:[a-z]|,) [A-Z][a-z]+ [A-Z][a-z]+/;

/**
 * Surname → gender, from the honorifics the text gives it anywhere ("Mr Brown" → he); a surname given both stays out.
 *
 * @example
 * gendersOf('Mr Brown spoke. Ms Roe agreed.') // => Map { 'Brown' => 'he', 'Roe' => 'she' }
 */
export function gendersOf(text: string): Map<string, 'he' | 'she'> {
  const genders = new Map<string, 'he' | 'she' | 'both'>();
  for (const [, honorific, surname] of text.matchAll(/\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g)) {
    const g = honorific === 'Mr' ? 'he' : 'she';
    genders.set(surname!, genders.has(surname!) && genders.get(surname!) !== g ? 'both' : g);
  }
  return new Map([...genders].filter((e): e is [string, 'he' | 'she'] => e[1] !== 'both'));
}

/**
 * The paragraph with every later cue of a surname named before in it (or in `before`, the paragraph before, when
 * given) turned into "he said" / "she said", by the gender the text's honorifics give that surname.
 *
 * @example
 * pronounLine('Mr Brown arrived. “No,” Mr Brown said.') // => 'Mr Brown arrived. “No,” he said.'
 */
export function pronounLine(line: string, genders: ReadonlyMap<string, 'he' | 'she'> = gendersOf(line), before = ''): string {
  return line.replace(CUE, (match: string, _h: string, surname: string | undefined, verb: string | undefined, verb2: string | undefined, _h2: string, surname2: string | undefined, at: number) => {
    const name = surname ?? surname2!;
    const pronoun = genders.get(name);
    if (isQuotedAt(line, at) || !pronoun) return match;
    const earlier = line.slice(0, at);
    const last = earlier.lastIndexOf(name);
    if (last < 0 && !before.includes(name)) return match;
    // A reader takes "he" for the surname only when no other person was named since ("…, said Liberal Democrat
    // chairman Matthew Taylor. … On Monday, he said" is someone else): no honorific with a name, no two capitalised
    // words after a lower-case word or comma, between the last mention and the cue.
    const since = last >= 0 ? earlier.slice(last + name.length) : before.slice(before.lastIndexOf(name) + name.length) + '\n' + earlier;
    if (OTHER_PERSON.test(since.replace(new RegExp(`\\b${name}\\b`, 'g'), ''))) return match;
    const opensSentence = at === 0 || /[.!?]\s*$/.test(line.slice(0, at));
    return `${opensSentence ? pronoun[0]!.toUpperCase() + pronoun.slice(1) : pronoun} ${verb ?? verb2}`;
  });
}

/**
 * The text rewritten paragraph by paragraph; scope 'near' counts a mention in the paragraph before as well.
 *
 * @example
 * pronounText('Title\n\nMr Brown arrived. “No,” Mr Brown said.') // => 'Title\n\nMr Brown arrived. “No,” he said.'
 */
export function pronounText(text: string, scope: 'paragraph' | 'near' = 'paragraph'): string {
  const genders = gendersOf(text);
  const lines = text.split('\n');
  let previous = '';
  return lines
    .map((line) => {
      const out = pronounLine(line, genders, scope === 'near' ? previous : '');
      if (line.trim() !== '') previous = line;
      return out;
    })
    .join('\n');
}
