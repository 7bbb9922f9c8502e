/**
 * Rewrite `scare` of `npm run perturb`: quotation marks that quote nobody. Into paragraphs that hold no quotation
 * mark, it puts short double-quoted phrases the way news sets off words it does not vouch for: a scare quote around a
 * word of the sentence ("the so-called “reform”", "the “temporary” measure"), a label given by "known as" or "dubbed",
 * the title of a work or campaign, a foreign word with its gloss, a bare word ('to cut “costs”'). Nobody says any of them, so the key is unchanged:
 * every such span the engine lists as a quote is an extra quote, and the quotes that were there keep their speakers.
 */
import { hashOf } from './join-paragraphs.ts';
import speechVerbsJson from '../../engine/lexicons/speech-verbs.json' with { type: 'json' };

/** Words after "the"/"a" that are no noun to set off (determiners, quantifiers, ordinals, roles of a speaker). */
const NOT_A_NOUN = new Set([
  'same', 'other', 'first', 'last', 'next', 'most', 'many', 'following', 'former', 'latter', 'only', 'whole', 'second',
  'third', 'few', 'number', 'lot', 'couple', 'such', 'very', 'more', 'less', 'least', 'best', 'worst', 'each', 'both',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'chairman', 'chief', 'head', 'leader', 'director',
  'secretary', 'prime', 'foreign', 'deputy', 'senior', 'former', 'police', 'judge', 'mayor', 'governor', 'senator',
  'manager', 'coach', 'official', 'officials', 'group', 'company', 'firm', 'government', 'party', 'court', 'ministry',
  'report', 'statement', 'newspaper', 'agency', 'department', 'council', 'board', 'committee', 'union', 'club', 'team',
]);
/**
 * Words of a sentence that reports speech or names something, in which a set-off word could be the speaker's own
 * (‘Ann Roe said the “temporary” closure…’): every form of the verbs of saying, and verbs of naming.
 */
const SPEECH_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(speechVerbsJson.verbs).flatMap((v) => v.forms),
  'according', 'called', 'calls', 'described', 'dubbed', 'named', 'termed', 'branded', 'labelled', 'labeled',
]);

/** True when the sentence of `line` around `at` holds a verb of saying or naming. */
function inSpeechSentence(line: string, at: number): boolean {
  const start = Math.max(line.lastIndexOf('. ', at), line.lastIndexOf('? ', at), line.lastIndexOf('! ', at)) + 1;
  const ends = [line.indexOf('. ', at), line.indexOf('? ', at), line.indexOf('! ', at)].filter((e) => e >= 0);
  const end = ends.length ? Math.min(...ends) : line.length;
  return line.slice(start, end).toLowerCase().split(/[^a-z]+/).some((w) => SPEECH_WORDS.has(w));
}

/** Phrases given as a label ("known as …", "dubbed …"), invented; lower case so that no actor is made of them. */
const LABELS = ['the quiet shift', 'business as usual', 'the new normal', 'plan b', 'the long wait', 'the big switch'];
/** Titles of works and campaigns, invented. */
const TITLES = ['Rivers at Risk', 'Ships in the Night', 'Open Doors', 'Counting the Cost', 'A Fair Share', 'Clean Streets Now'];
/** Foreign words with an English gloss, as a reporter gives them. */
const FOREIGN = [
  ['harambee', 'pulling together'],
  ['jugaad', 'making do'],
  ['ubuntu', 'shared humanity'],
  ['sumud', 'steadfastness'],
  ['gotong royong', 'mutual help'],
  ['minga', 'communal work'],
] as const;

/** The ways a phrase is set off, chosen per paragraph from the seed. */
export const FORMS = ['so-called', 'scare', 'known-as', 'dubbed', 'title', 'foreign', 'scare-adjective', 'term', 'bare'] as const;
export type Form = (typeof FORMS)[number];

/** A determiner and the lower-case word after it, the place of a scare quote ("the reform", "a measure"). */
const DETERMINER_NOUN = / (the|a|an|its|their|this) ([a-z]{4,})(?=[ ,.;])/g;
/** A determiner and two lower-case words after it ("the temporary measure"): the first is set off. */
const DETERMINER_TWO = / (the|a|an|its|their|this) ([a-z]{4,}) ([a-z]{3,})(?=[ ,.;])/g;
/** The end of the paragraph's first sentence: a lower-case word, a full stop, then a space and a capital or the end. */
const SENTENCE_END = /[a-z]{3,}(\.)(?= [A-Z]|$)/;

/** A picture credit, which the engine strips as boilerplate. */
const CREDIT = /\b(?:Image|Photo|Picture|Credit|Photograph)s?:/;

/** True when a line holds a quotation mark of its own (double, or a curly single one used as a mark). */
function holdsQuote(line: string): boolean {
  return /["“”„«»]|(?:^|\s)[‘']/.test(line);
}

/** The first determiner-and-noun place of a line in a sentence without a verb of saying, or null. */
function nounPlace(line: string, two: boolean): RegExpExecArray | null {
  const pattern = two ? DETERMINER_TWO : DETERMINER_NOUN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const words = m.slice(2);
    if (words.some((w) => NOT_A_NOUN.has(w!))) continue;
    if (inSpeechSentence(line, m.index + 1)) continue;
    return m;
  }
  return null;
}

/**
 * The line with one phrase set off in `form`, or the line unchanged when it has no place for that form.
 *
 * @param line A paragraph without quotation marks.
 * @param form How to set the phrase off.
 * @param pick Chooses the label, title or foreign word of the forms that add one.
 * @param open The opening mark.
 * @param close The closing mark.
 * @example
 * setOff('The council approved the reform on Monday.', 'so-called', 0, '“', '”') // => 'The council approved the so-called “reform” on Monday.'
 */
export function setOff(line: string, form: Form, pick: number, open: string, close: string): string {
  const q = (s: string) => `${open}${s}${close}`;
  if (form === 'so-called' || form === 'scare' || form === 'term') {
    const m = nounPlace(line, false);
    if (!m) return line;
    const [whole, det, noun] = m;
    const inner = form === 'so-called' ? `${det} so-called ${q(noun!)}` : form === 'term' ? `${det} ${noun}, to use the term ${q(noun!)},` : `${det} ${q(noun!)}`;
    if (form === 'term' && !/^(?:[.;]| (?:of|in|on|for|to|with|at|from|by|that|and)\b)/.test(line.slice(m.index + whole.length))) return line;
    return `${line.slice(0, m.index)} ${inner}${line.slice(m.index + whole.length)}`;
  }
  if (form === 'scare-adjective') {
    const m = nounPlace(line, true);
    if (!m) return line;
    const [whole, det, first, second] = m;
    return `${line.slice(0, m.index)} ${det} ${q(first!)} ${second}${line.slice(m.index + whole.length)}`;
  }
  const end = SENTENCE_END.exec(line);
  if (!end) return line;
  const at = end.index + end[0].length - 1;
  if (inSpeechSentence(line, at - 1)) return line;
  if (form === 'bare') {
    // The sentence's last word, set off bare: 'to cut “costs”.'; not after a determiner (that is the scare form).
    const last = /(\S+) ([a-z]{5,})$/.exec(line.slice(0, at));
    if (!last || /^(?:the|a|an|its|their|this|that|his|her|our)$/i.test(last[1]!)) return line;
    const from = at - last[2]!.length;
    return `${line.slice(0, from)}${q(last[2]!)}${line.slice(at)}`;
  }
  let added: string;
  if (form === 'known-as') added = `, in what became known as ${q(LABELS[pick % LABELS.length]!)}`;
  else if (form === 'dubbed') added = `, a step dubbed ${q(LABELS[pick % LABELS.length]!)} at the time`;
  else if (form === 'title') added = `, a theme of the documentary ${q(TITLES[pick % TITLES.length]!)}`;
  else {
    const [word, gloss] = FOREIGN[pick % FOREIGN.length]!;
    added = `, in a spirit of ${q(word)} (${gloss})`;
  }
  return line.slice(0, at) + added + line.slice(at);
}

/**
 * Sets off one phrase in every other paragraph that holds no quotation mark (the paragraphs and the form chosen from
 * the seed): scare quotes, labels, titles and foreign words, with the marks the article uses (curly when it has any
 * curly double mark, straight otherwise). Paragraphs with a quotation mark, and sentences with a verb of saying or
 * naming, are left alone, so no quote of the key changes and no set-off phrase reads as anybody's words.
 *
 * @param text An article as plain text.
 * @param seed Chooses the paragraphs and the forms (the article's file name hashed).
 * @example
 * scareQuotes('Title\n\nThe council approved the reform on Monday.', 1)
 * // => 'Title\n\nThe council approved the so-called “reform” on Monday.' (the form depends on the seed)
 */
export function scareQuotes(text: string, seed: number): string {
  const curly = /[“”]/.test(text);
  const [open, close] = curly ? ['“', '”'] : ['"', '"'];
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 8;
  };
  let n = 0;
  return text
    .split('\n')
    .map((line, i) => {
      // The headline, short lines, lines with a quotation and picture credits ('Image: Ann Roe.') stay as they are.
      if (i === 0 || line.trim().length < 40 || holdsQuote(line) || CREDIT.test(line)) return line;
      if (n++ % 2 === 1) return line;
      const r = next();
      // The chosen form, or the next one that has a place in this paragraph.
      for (let k = 0; k < FORMS.length; k++) {
        const out = setOff(line, FORMS[(r + k) % FORMS.length]!, r >>> 4, open, close);
        if (out !== line) return out;
      }
      return line;
    })
    .join('\n');
}

/**
 * The `scare` rewrite of an article: `scareQuotes` seeded by its file name.
 *
 * @example
 * perturbScare(text, 'business-455.txt') // => text with set-off phrases in about half of its narrative paragraphs
 */
export function perturbScare(text: string, fileName: string): string {
  return scareQuotes(text, hashOf(fileName));
}
