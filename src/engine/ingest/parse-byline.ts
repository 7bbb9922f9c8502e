/**
 * Reads a byline: "By Jenny Medlicott", "Written by B.C. Begley", "By Jane Doe and John Roe",
 * "By Jane Doe, Reuters", and desk bylines such as "WEB DESK". The whole line must be a byline:
 * "By contrast, the alliance…" is a sentence, not a byline.
 */
import bylineLexicon from '../lexicons/ingest-bylines.json' with { type: 'json' };
import outletLexicon from '../lexicons/ingest-outlets.json' with { type: 'json' };
import { BYLINE_NAME_PARTICLES } from '../text/name-particles.ts';
import { countWords, lineToKey, nameToTitleCase } from './line-text.ts';

/** What a byline says: the people who wrote the article and, when named, their outlet. */
export interface Byline {
  authors: string[];
  outlet?: string;
}

const PREFIXES = [...bylineLexicon.prefixes].sort((a, b) => b.length - a.length);
const DESK_WORDS = new Set(bylineLexicon.deskWords);
const TEAM_BYLINES = new Set(bylineLexicon.teamBylines);
const ROLE_WORDS = new Set(bylineLexicon.roleWords);
const NOT_NAME_WORDS = new Set(bylineLexicon.notNameWords);
const OUTLETS = new Set(outletLexicon.outlets);

/** Bylines are short; longer lines are not read at all. */
const MAX_BYLINE_LENGTH = 160;
const MAX_NAME_WORDS = 5;

/** An initial or run of initials: "B.", "B.C.", "J.R.R." */
const INITIALS = /^(?:\p{Lu}\.){1,4}$/u;
/** A capitalised name word: "Jenny", "O'Neil", "Jean-Luc", "McDonald", "SÉJOURNÉ", "Jr." */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’\-]*\.?$/u;

/**
 * Parses a line that is a byline, or returns undefined.
 *
 * @param line One line of text, white space collapsed.
 * @returns Authors as written (all-capital names in title case) and any outlet named.
 * @example
 * lineToByline('By Jenny Medlicott') // => { authors: ['Jenny Medlicott'] }
 * lineToByline('By Jane Doe and John Roe') // => { authors: ['Jane Doe', 'John Roe'] }
 * lineToByline('By Jane Doe, Reuters') // => { authors: ['Jane Doe'], outlet: 'Reuters' }
 * lineToByline('WEB DESK') // => { authors: ['Web Desk'] }
 * lineToByline('By contrast, the alliance held firm.') // => undefined
 */
export function lineToByline(line: string): Byline | undefined {
  if (line.length > MAX_BYLINE_LENGTH || countWords(line) > 20) return undefined;
  const text = trimTrailingSeparators(line);
  const desk = readDesk(text);
  if (desk) return { authors: [desk] };
  if (TEAM_BYLINES.has(lineToKey(text))) return { authors: [nameToTitleCase(text)] };

  const rest = stripPrefix(text);
  if (rest === undefined || rest === '') return undefined;
  const teamKey = lineToKey(rest);
  if (TEAM_BYLINES.has(teamKey) || readDesk(rest)) return { authors: [nameToTitleCase(rest)] };
  if (OUTLETS.has(teamKey)) return { authors: [], outlet: rest };
  return readNameList(rest);
}

/**
 * True when a name is written as people's names are: 2 to 5 capitalised words or initials,
 * with lower-case particles ("de", "van") inside.
 *
 * @example
 * isPersonName('B.C. Begley') // => true
 * isPersonName('Monday Evening') // => false
 */
export function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  if (NOT_NAME_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return false;
  return words.every((word, i) => {
    if (INITIALS.test(word)) return true;
    if (i > 0 && i < words.length - 1 && BYLINE_NAME_PARTICLES.has(word)) return true;
    return NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
  });
}

/**
 * Cuts the separators a byline may end with, as `line.replace(/[\s|,;:–—-]+$/, '')` does, in a
 * loop from the end rather than a pattern tried at every position.
 */
function trimTrailingSeparators(line: string): string {
  let end = line.length;
  while (end > 0 && SEPARATOR.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/** One separator character; a loop, not `/[…]+$/`, whose backtracking is quadratic on long runs of separators. */
const SEPARATOR = /^[\s|,;:–—-]$/;

/** "WEB DESK", "Foreign Desk", "By News Desk": one to three words and a desk word. */
function readDesk(text: string): string | undefined {
  // At most five words ("By" and four), so at most four spaces: longer lines are not split at all.
  if (countSpaces(text, 5) > 4) return undefined;
  const words = text.split(' ');
  if (words[0]?.toLowerCase() === 'by') words.shift();
  if (words.length < 2 || words.length > 4) return undefined;
  if (!DESK_WORDS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  if (!words.every((word) => /^\p{Lu}[\p{L}&'’.\-]*$/u.test(word))) return undefined;
  return nameToTitleCase(words.join(' ').toUpperCase());
}

/** Counts the spaces in a text, stopping once there are `limit`. */
function countSpaces(text: string, limit: number): number {
  let spaces = 0;
  for (let at = text.indexOf(' '); at !== -1 && spaces < limit; at = text.indexOf(' ', at + 1)) spaces++;
  return spaces;
}

/** Removes a byline opener ("By", "Written by", "Author:"); undefined when there is none. */
function stripPrefix(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const after = text.slice(prefix.length);
    const match = /^\s*:\s*|^\s+/.exec(after);
    if (match) return after.slice(match[0].length).trim();
  }
  return undefined;
}

/**
 * Reads "Jane Doe", "Jane Doe and John Roe", "A, B and C", "Jane Doe, Reuters",
 * "Jane Doe, Political Editor", "Jane Doe in Kyiv", "Jane Doe for Reuters".
 */
function readNameList(text: string): Byline | undefined {
  const parts = text.split(/\s*,\s*/);
  const authors: string[] = [];
  let outlet: string | undefined;
  let ended = false;
  for (const [i, rawPart] of parts.entries()) {
    const part = rawPart.trim();
    if (part === '') return undefined;
    const key = lineToKey(part);
    if (i > 0 && OUTLETS.has(key)) {
      outlet ??= part;
      ended = true;
      continue;
    }
    if (i > 0 && isRole(part)) {
      ended = true;
      continue;
    }
    if (ended) return undefined;
    const names = splitNames(part);
    if (!names) return undefined;
    for (const name of names) {
      const withOutlet = / (?:for|of) (.+)$/.exec(name);
      const person = withOutlet ? name.slice(0, withOutlet.index) : name.replace(/ in \p{Lu}[\p{L} ]*$/u, '');
      if (withOutlet) {
        if (!OUTLETS.has(lineToKey(withOutlet[1]!)) && !/^\p{Lu}/u.test(withOutlet[1]!)) return undefined;
        outlet ??= withOutlet[1];
      }
      if (!isPersonName(person)) return undefined;
      authors.push(nameToTitleCase(person));
    }
  }
  return authors.length > 0 ? (outlet ? { authors, outlet } : { authors }) : undefined;
}

/** Splits "Jane Doe and John Roe" / "Jane Doe & John Roe" into names. */
function splitNames(part: string): string[] | undefined {
  const names = part.split(/ (?:and|&|AND) /);
  return names.every((name) => name !== '') ? names : undefined;
}

/** A job title after a name: has a role word, or is written in lower case. */
function isRole(part: string): boolean {
  const words = part.toLowerCase().split(' ');
  return words.length <= 6 && (words.some((word) => ROLE_WORDS.has(word)) || !/\p{Lu}/u.test(part));
}
