/**
 * The `initials` and `org-titles` rewrites of `npm run perturb` (issue 13, round 15): US house style names people
 * with a middle initial and letters after the name ("EPA Administrator Michael S. Regan", "Ann Roe, M.D."), and puts
 * an organisation's short name and a capitalised title before the name ("Acme Corp Senior Vice President Ann Roe",
 * "UN envoy Ann Roe"). At the first mention outside quotes of each keyed person who speaks, standing alone (no title
 * or capitalised word right before it; never in the headline). Quote texts and speakers stay as they were.
 */
import { hashOf } from './join-paragraphs.ts';
import { isQuotedAt } from './quote-runs.ts';
import titlesJson from '../../engine/lexicons/titles.json' with { type: 'json' };
import honorificsJson from '../../engine/lexicons/honorifics.json' with { type: 'json' };

/** Words that make a key's "name" a title and a name ("Pope Francis", "Dr Smith"): no initial goes after them. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...titlesJson.heads, ...titlesJson.sovereigns, ...honorificsJson.honorifics].map((w) => w.toLowerCase()));

interface KeyActor { name: string; kind: string; aliases?: string[] }
interface Key { actors?: KeyActor[]; quotes?: { speaker?: string | null }[] }

const LETTERS = 'ABCDEFGHJKLMNPRSTW';
const AFTER_NAME = [' Jr.', ', M.D.,', ', Ph.D.,'];
const TITLES = ['Senior Vice President', 'Executive Director', 'Administrator', 'Chief Operating Officer', 'envoy', 'chief economist', 'Acting Secretary', 'Managing Director of Policy,'];
const FALLBACK_ORGS = ['Acme Corp', 'UN', 'HUD', 'Northgate Bank'];

/**
 * The text with a middle initial in each speaking person's full name at its first mention, and for some of them
 * "Jr.", "M.D." or "Ph.D." after it.
 *
 * @example
 * insertInitials('Title\n\nAnn Roe said: "No."', { actors: [{ name: 'Ann Roe', kind: 'person' }], quotes: [{ speaker: 'Ann Roe' }] }, 'a.txt')
 * // => 'Title\n\nAnn M. Roe said: "No."' (the letter and any suffix vary with the file name)
 */
export function insertInitials(text: string, key: Key, fileName: string): string {
  let out = text;
  for (const [index, person] of speakingPeople(key).entries()) {
    const words = person.split(' ');
    if (words.length !== 2 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) || TITLE_WORDS.has(words[0]!.toLowerCase())) continue;
    const at = firstMention(out, person);
    if (at < 0) continue;
    const h = hashOf(`${fileName}#${index}`);
    const letter = LETTERS[h % LETTERS.length]!;
    const end = at + person.length;
    const next = out.slice(end, end + 2);
    // a suffix for one in three, only before a space or a comma (", M.D.," would double a full stop)
    const suffix = h % 3 === 0 && /^[ ,]/.test(next) ? AFTER_NAME[(h >>> 3) % AFTER_NAME.length]! : '';
    const fixed = suffix.endsWith(',') && next.startsWith(',') ? suffix.slice(0, -1) : suffix;
    out = `${out.slice(0, at)}${words[0]} ${letter}. ${words[1]}${fixed}${out.slice(end)}`;
  }
  return out;
}

/**
 * The text with an organisation's short name and a title before the first mention of each speaking person, where the
 * name opens a sentence or follows "said"/"says"/"told"/"according to": another organisation of the key (else a
 * fixed one) and a title chosen by the file name.
 *
 * @example
 * insertOrgTitles('Title\n\n“No,” said Ann Roe.', { actors: [{ name: 'Ann Roe', kind: 'person' }], quotes: [{ speaker: 'Ann Roe' }] }, 'a.txt')
 * // => 'Title\n\n“No,” said Acme Corp Senior Vice President Ann Roe.' (organisation and title vary)
 */
export function insertOrgTitles(text: string, key: Key, fileName: string): string {
  const orgs = (key.actors ?? []).filter((a) => a.kind === 'organization').map((a) => shortName(a)).filter((n): n is string => n !== undefined);
  const pool = orgs.length > 0 ? orgs : FALLBACK_ORGS;
  let out = text;
  for (const [index, person] of speakingPeople(key).entries()) {
    if (!/^\p{Lu}/u.test(person) || !person.includes(' ')) continue;
    const at = firstMention(out, person);
    if (at < 0) continue;
    const before = out.slice(0, at);
    const opening = /(^|[.!?]["”]?\s+|\n)$/.test(before);
    if (!opening && !/\b(?:said|says|told|according to) $/.test(before)) continue;
    const h = hashOf(`${fileName}@${index}`);
    const org = pool[h % pool.length]!;
    const title = TITLES[(h >>> 4) % TITLES.length]!;
    out = `${before}${org} ${title} ${out.slice(at)}`;
  }
  return out;
}

/** The keyed people who speak at least one quote, in key order. */
function speakingPeople(key: Key): string[] {
  const speakers = new Set((key.quotes ?? []).map((q) => q.speaker).filter((s): s is string => typeof s === 'string'));
  return (key.actors ?? []).filter((a) => a.kind === 'person' && speakers.has(a.name)).map((a) => a.name);
}

/** An organisation's shortest capitalised form of at most three words (an alias such as "EPA" first), without "the". */
function shortName(actor: KeyActor): string | undefined {
  const forms = [actor.name, ...(actor.aliases ?? [])].map((n) => n.replace(/^the /i, '')).filter((n) => /^\p{Lu}/u.test(n) && n.split(' ').length <= 3 && !/['’]s\b/.test(n));
  return forms.sort((a, b) => a.length - b.length)[0];
}

/** Index of the first mention of the name outside quotation marks, standing alone (no capitalised word before), below the headline. */
function firstMention(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’.-])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    if (!before.includes('\n')) continue; // the headline
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (isQuotedAt(line + m[0], line.length)) continue; // inside a quotation
    if (/[\p{Lu}][\p{L}.'’-]*\s$/u.test(before) && !/(^|[.!?]\s+|\n)The\s$/.test(before)) continue;
    return m.index;
  }
  return -1;
}
