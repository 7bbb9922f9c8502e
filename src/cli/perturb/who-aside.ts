/**
 * Rewrite `who-aside` of `npm run perturb`: a relative clause about the speaker between the subject and its verb of saying, outside quotes:
 *   "Ann Roe said" → "Ann Roe, who was present on Monday, said"; "Ann Roe, a lawyer at Acme, said" →
 *   "Ann Roe, a lawyer at Acme, who was present on Monday, said". "Who" refers to a person, so the speaker is unchanged.
 */
const ASIDE = 'who was present on Monday';
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'adds', 'tells']);
/** Capitalised words before a verb that are no named subject a "who" clause may follow. */
const NOT_A_SUBJECT = new Set(['He', 'She', 'It', 'They', 'I', 'We', 'You', 'This', 'That', 'These', 'Those', 'Who', 'Which', 'And', 'But', 'Also', 'Then', 'There']);
const OPENING_QUOTES = new Set(['“', '‘']);

/** The line with the aside inserted before every verb of saying outside quotes whose subject ends right before it. */
function whoAsideLine(line: string): string {
  let out = '';
  let inQuote = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '"') inQuote = !inQuote;
    else if (c === '“') inQuote = true;
    else if (c === '”') inQuote = false;
    if (!inQuote && c === ' ' ) {
      const word = /^ ([a-z]+)\b/.exec(line.slice(i));
      if (word && SPEECH_VERBS.has(word[1]!)) {
        const before = line.slice(0, i);
        const name = /([A-Z][A-Za-z.'-]*)$/.exec(before);
        const closedAside = /[A-Za-z)],$/.test(before) && !/["”’]\s*,$/.test(before) && before.lastIndexOf(',', before.length - 2) > 0;
        if (name && !NOT_A_SUBJECT.has(name[1]!) && !/['’]s$/.test(name[1]!)) out += `, ${ASIDE},`;
        // "…, said Ms Deans", "…, said the minister": a verb before its subject (an inverted cue) has no subject before it.
        else if (closedAside && !OPENING_QUOTES.has(before.at(-2)!) && !/^ [a-z]+ (?:[A-Z]|(?:the|a|an) )/.test(line.slice(i))) out += ` ${ASIDE},`;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Inserts the aside after every named subject of a verb of saying, outside quotes, line by line.
 *
 * @param text An article text.
 * @example
 * whoAside('Ann Roe said it was "late".') // => 'Ann Roe, who was present on Monday, said it was "late".'
 */
export function whoAside(text: string): string {
  return text.split('\n').map(whoAsideLine).join('\n');
}
