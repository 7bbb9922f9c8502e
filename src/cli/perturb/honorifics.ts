/**
 * The `honorifics` rewrite of `npm run perturb`: the other house style for people named again. A text that writes
 * "Mr Brown", "Ms Roe", "Dr Li" (British papers) loses the honorifics, as US papers write "Brown said"; a text
 * without them gets "Mr"/"Ms" before each later mention of a speaker's surname standing alone ("Brown said" →
 * "Mr Brown said"), for speakers whose gender the text's pronoun cues of their keyed quotes show ("…," he said).
 * One direction per article, by its style. Only narration changes; quote texts and who said what stay as they were.
 */
import { quoteRuns } from './quote-runs.ts';
import type { ExpectedArticle } from '../score-quotes.ts';

const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=\p{Lu})/gu;
const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (\p{Lu}[\p{L}'’-]*)/gu;
const PRONOUN_VERB = '(he|she) (?:said|says|added|adds|told|tells|explained|continued|insisted|argued|warned|wrote|writes)\\b';
/** Words after which a bare surname can take an honorific: none, punctuation, or a function word ("said Brown", "and Brown"). */
const BEFORE_SURNAME = /(?:^\s*|[(“"‘—–-]\s*|[.,;:!?]["”’]?\s+)$|\b(?:said|says|told|and|but|that|by|of|to|with|for|as|when|while|from|than|added|asked|because|if|though|although|whom|after|before|against|at|on|in)\s$/u;

/**
 * The article in the other honorific style.
 *
 * @param text The article.
 * @param key Its key: the people who speak, and their quotes (whose pronoun cues give the gender).
 * @param stop What follows an added honorific: '' (British "Mr Brown") or '.' (American "Mr. Brown").
 * @example
 * honorificsText('T\n\nMr Brown said no. Dr Li agreed.', { style: '', actors: [], quotes: [] }) // => 'T\n\nBrown said no. Li agreed.'
 */
export function honorificsText(text: string, key: ExpectedArticle, stop = ''): string {
  const narration = text
    .split('\n')
    .flatMap((line) => quoteRuns(line).filter((r) => !r.quoted))
    .map((r) => r.text)
    .join('\n');
  if (new RegExp(HONORIFIC.source, 'u').test(narration)) {
    // A surname two people of the key share keeps its honorifics: a US paper tells them apart another way.
    const shared = sharedSurnames(key);
    return mapNarration(text, (run) => run.replace(HONORIFIC_NAME, (match: string, surname: string) => (shared.has(surname) ? match : surname)));
  }
  return addHonorifics(text, key, stop);
}

/** Surnames of more than one person of the key ("Tracey Dunmore", "Gary Dunmore"). */
function sharedSurnames(key: ExpectedArticle): Set<string> {
  const count = new Map<string, number>();
  for (const a of key.actors) if (a.kind === 'person') count.set(a.name.split(' ').at(-1)!, (count.get(a.name.split(' ').at(-1)!) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([s]) => s));
}

/** Every run of narration (outside quotation marks) of the text passed through `f`. */
function mapNarration(text: string, f: (run: string, lineIndex: number) => string): string {
  return text
    .split('\n')
    .map((line, lineIndex) =>
      quoteRuns(line)
        .map((r) => (r.quoted ? r.text : f(r.text, lineIndex)))
        .join(''),
    )
    .join('\n');
}

/**
 * Surname → "Mr" or "Ms" for each keyed person whose keyed quotes the text follows (or opens) with one pronoun only
 * ("…," he said / She added: "…"); a surname two keyed people share, or one whose cues disagree, stays out.
 *
 * @example
 * speakerTitles('“No,” he said.', { style: '', actors: [{ name: 'Tom Brown', kind: 'person' }], quotes: [{ text: 'No', speaker: 'Tom Brown' }] })
 * // => Map { 'Brown' => 'Mr' }
 */
export function speakerTitles(text: string, key: ExpectedArticle): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const surnames = new Map<string, number>();
  for (const a of key.actors) {
    const s = a.kind === 'person' ? a.name.split(' ').at(-1)! : '';
    if (s) surnames.set(s, (surnames.get(s) ?? 0) + 1);
  }
  for (const q of key.quotes) {
    const actor = key.actors.find((a) => a.name === q.speaker && a.kind === 'person');
    if (!actor || !actor.name.includes(' ')) continue;
    const probe = q.text.slice(0, 40);
    const at = text.indexOf(probe);
    if (at < 0) continue;
    const end = text.indexOf(q.text.slice(-20), at) + Math.min(20, q.text.length);
    const after = new RegExp(`^[^\\p{L}\\n]{0,4}(?:${PRONOUN_VERB}|said (he|she)\\b)`, 'u').exec(text.slice(end, end + 40));
    const before = new RegExp(`\\b${PRONOUN_VERB}[^\\p{L}\\n]{0,4}$`, 'iu').exec(text.slice(Math.max(0, at - 40), at));
    const pronoun = (after?.[1] ?? after?.[2] ?? before?.[1])?.toLowerCase();
    if (!pronoun) continue;
    const surname = actor.name.split(' ').at(-1)!;
    seen.set(surname, new Set([...(seen.get(surname) ?? []), pronoun]));
  }
  const titles = new Map<string, string>();
  for (const [surname, pronouns] of seen) {
    if (pronouns.size !== 1 || surnames.get(surname) !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(surname)) continue;
    titles.set(surname, pronouns.has('he') ? 'Mr' : 'Ms');
  }
  return titles;
}

/** "Brown said" → "Mr Brown said" (or "Mr. Brown said") for each surname of `speakerTitles` standing alone in narration. */
function addHonorifics(text: string, key: ExpectedArticle, stop: string): string {
  const titles = speakerTitles(text, key);
  if (titles.size === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${[...titles.keys()].join('|')})(?![\\p{L}\\p{N}-])(?! \\p{Lu})`, 'gu');
  return mapNarration(text, (run, lineIndex) =>
    lineIndex === 0 ? run : run.replace(pattern, (surname: string, _s: string, at: number) => (BEFORE_SURNAME.test(run.slice(0, at)) ? `${titles.get(surname)}${stop} ${surname}` : surname)),
  );
}
