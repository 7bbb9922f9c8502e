/**
 * Rewrite `inversion` of `npm run perturb`: the order of a simple attribution sentence turned round.
 * - `NAME said: “Q.”` -> `“Q,” NAME said.` (a sentence that is only the subject, the verb and one quotation);
 * - `“Q,” said NAME.` -> `NAME said: “Q.”` (a sentence that is only one quotation, the verb and the subject);
 * - `“Q,” NAME said.` -> `NAME said: “Q.”` (the same with the subject before its verb).
 * The quotation's last mark follows its new place: a full stop inside the quote becomes a comma before the verb and a
 * comma becomes a full stop at the sentence's end; "?" and "!" stay. The words of every quotation and who said what
 * stay the same, so the keys stay valid. Each sentence is turned once.
 */
import commonWordsJson from '../../engine/lexicons/common-words.json' with { type: 'json' };
import { isQuotedAt, quoteRuns } from './quote-runs.ts';

/** Words that open a sentence without being its subject or its first word ("But Ann Roe said: …" is left alone). */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set([
  ...commonWordsJson.sentenceStarters,
  'and', 'but', 'or', 'so', 'yet', 'then', 'now', 'also', 'however', 'meanwhile', 'today', 'yesterday', 'tonight', 'here',
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as', 'if', 'this', 'that', 'there', 'i', 'we', 'you', 'what',
  'for', 'with', 'from', 'to', 'of', 'by', 'during', 'since', 'until', 'although', 'though', 'where', 'why', 'how', 'who',
  'asked', 'speaking', 'writing', 'quoted', 'such', 'one', 'some', 'all', 'both', 'most', 'many', 'no', 'not', 'only',
].map((w) => w.toLowerCase()));
/** First words written in lower case once the subject stands after the quotation ("The BBC said" -> "“…,” the BBC said"). */
const LOWER_MID_SENTENCE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Verbs of saying that may stand either side of the quotation. */
const VERB = '(said|says|added|adds)';
/**
 * A word of a subject: letters, digits, an apostrophe or a hyphen ("O'Neill", "Sotheby's", "co-founder"), or an
 * abbreviation with its dots ("Dr.", "U.S."); a longer word with a full stop ends the sentence ("… Luis Romero. The").
 */
const WORD = "(?:(?:\\p{L}\\.){2,}|\\p{L}{1,3}\\.|[\\p{L}\\p{N}'’&-]+)";
/**
 * A subject: up to eight words with no comma ("Ann Roe", "UK Athletics chief David Moorcroft", "the Home Office"),
 * then at most one aside between commas with no quotation mark in it ("Tobias Meyer, head of art at Sotheby's,").
 */
const SUBJECT = `${WORD}(?: ${WORD}){0,7}(?:, [^,;:.!?"“”]{2,120},)?`;
/** A subject ending the sentence after its verb, an aside up to the full stop ("said Nick Davies, a spokesman for the IAAF."). */
const SUBJECT_LAST = `${WORD}(?: ${WORD}){0,7}(?:, [^,;:.!?"“”]{2,120})?`;
/** Where a sentence may start: the line's start or after a sentence's end (a closing quotation mark may follow it). */
const START = '(?<=^|[.!?]["”]?\\s+)';
/** Where a sentence ends: the line's end, or a space and a capital or an opening quotation mark. */
const END = '(?=\\s*$|\\s+["“\\p{Lu}])';
/**
 * Where a turned `“Q,” said NAME.` may end: the line's end or a sentence of narration. A quotation right after it
 * (`“Q1,” said NAME. “Q2.”`) would stand as a second quotation after `NAME said: “Q1.”`, which no writer does.
 */
const END_NO_QUOTE = '(?=\\s*$|\\s+\\p{Lu})';

/** `NAME said: “Q.”` ending the sentence; Q holds no quotation mark. */
const NAME_FIRST = new RegExp(`${START}(?=\\p{Lu})(${SUBJECT}) ${VERB}: (["“])([^"“”]+?)([.!?,]?)(["”])(\\.?)${END}`, 'gu');
/** `“Q,” said NAME.` as a whole sentence. */
const QUOTE_FIRST = new RegExp(`${START}(["“])([^"“”]+?)([,!?]?)(["”])(,?) ${VERB} (${SUBJECT_LAST})\\.${END_NO_QUOTE}`, 'gu');
/** `“Q,” NAME said.` as a whole sentence. */
const QUOTE_THEN_SUBJECT = new RegExp(`${START}(["“])([^"“”]+?)([,!?]?)(["”])(,?) (${SUBJECT}) ${VERB}\\.${END_NO_QUOTE}`, 'gu');
/** Marks a sentence the first turn made, so the later turns leave it as it is; taken out at the end. */
const TURNED = '\u0001';

/**
 * Whether a subject may move: its first word opens no clause or phrase of its own ("But", "Asked", "In", "Later",
 * "Speaking"), and it holds no verb of saying (the sentence is not "… said Ann Roe, who said …").
 */
function movable(subject: string): boolean {
  const words = subject.split(/[\s,]+/).map((w) => w.toLowerCase());
  const first = words[0]!;
  if (NOT_A_SUBJECT.has(first) || /(?:ly|ing|ed)$/.test(first)) return false;
  return !words.some((w) => /^(?:said|says|told|added|adds|saying)$/.test(w));
}

/** The subject as it reads mid-sentence: a pronoun or a determiner in lower case ("He" -> "he", "The BBC" -> "the BBC"). */
function midSentence(subject: string): string {
  const first = subject.split(/[\s,]/)[0]!;
  return LOWER_MID_SENTENCE.has(first.toLowerCase()) ? first.toLowerCase() + subject.slice(first.length) : subject;
}

/** The subject at the front of its sentence: a capital first letter; an aside closes with a comma before the verb. */
function atFront(subject: string): string {
  const aside = subject.includes(',') && !subject.endsWith(',') ? ',' : '';
  return `${subject[0]!.toUpperCase()}${subject.slice(1)}${aside}`;
}

/** One line with the three turns made; a match that starts inside a quotation is left alone. */
function invertLine(line: string): string {
  const out = line.replace(NAME_FIRST, (all, subject: string, verb: string, open: string, q: string, end: string, close: string, _stop: string, at: number) => {
    if (isQuotedAt(line, at) || !movable(subject)) return all;
    const mark = end === '?' || end === '!' ? end : ',';
    return `${TURNED}${open}${q}${mark}${close} ${midSentence(subject)} ${verb}.`;
  });
  const quoteFirst = (subject: string, verb: string, open: string, q: string, end: string, close: string, at: number, text: string, all: string) => {
    if ((at > 0 && isQuotedAt(text, at - 1)) || !movable(subject)) return all;
    // "said Dr. Ann Roe": the full stop of a title or an initial ends no sentence.
    if (/(?:^|\s)(?:\p{L}|Dr|Mr|Mrs|Ms|Prof|St|Rev|Sen|Gen|Gov|Rep|Lt|Col|Capt|Sgt|No)$/u.test(subject)) return all;
    const mark = end === '?' || end === '!' ? end : '.';
    return `${atFront(subject)} ${verb}: ${open}${q}${mark}${close}`;
  };
  const out2 = out.replace(QUOTE_FIRST, (all, open: string, q: string, end: string, close: string, _comma: string, verb: string, subject: string, at: number) =>
    quoteFirst(subject, verb, open, q, end, close, at, out, all),
  );
  const out3 = out2.replace(QUOTE_THEN_SUBJECT, (all, open: string, q: string, end: string, close: string, _comma: string, subject: string, verb: string, at: number) =>
    quoteFirst(subject.replace(/,$/, ''), verb, open, q, end, close, at, out2, all),
  );
  return out3.replaceAll(TURNED, '');
}

/**
 * Turns simple attribution sentences round, line by line: `NAME said: “Q.”` becomes `“Q,” NAME said.`, and
 * `“Q,” said NAME.` and `“Q,” NAME said.` become `NAME said: “Q.”`; a sentence one turn made is not turned again.
 *
 * @param text An article text.
 * @example
 * invertAttributions('Ann Roe said: “We won.”') // => '“We won,” Ann Roe said.'
 * invertAttributions('“We won,” said a spokesman.') // => 'A spokesman said: “We won.”'
 * invertAttributions('“We won,” she said.') // => 'She said: “We won.”'
 */
export function invertAttributions(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      // A paragraph after one whose quotation runs on (no closing mark) opens with that quotation's next part; turned
      // round, it would no longer continue it.
      const previous = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
      const runs = quoteRuns(previous);
      return runs.length > 1 && runs.at(-1)!.quoted ? line : invertLine(line);
    })
    .join('\n');
}
