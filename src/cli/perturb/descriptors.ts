/**
 * The `descriptors` rewrite of `npm run perturb`: before the first mention, outside quotes, of every keyed speaker
 * that is an organisation or a person, a descriptor of its kind, as news copy writes them: "Human Rights Watch said"
 * → "UK-based NGO Human Rights Watch said", "the Refugee Council" → "the NGO Refugee Council", a sentence-opening
 * "Oxfam said" → "Charity Oxfam said", "said Paul Tergat" → "said Kenyan runner Paul Tergat" (a person only where no
 * title stands before the name; never in the headline). Quote texts and speakers stay as they were.
 */
import { isQuotedAt } from './quote-runs.ts';

interface KeyActor { name: string; kind: string; aliases?: string[] }
interface Key { actors?: KeyActor[]; quotes?: { speaker?: string | null }[] }

/**
 * The text with a descriptor before the first mention outside quotes of each organisation and person that speaks.
 *
 * @param text The article.
 * @param key Its answer key: who speaks, and of what kind.
 * @example
 * insertDescriptors('Title\n\nOxfam said: "No."', { actors: [{ name: 'Oxfam', kind: 'organization' }], quotes: [{ speaker: 'Oxfam' }] })
 * // => 'Title\n\nCharity Oxfam said: "No."'
 */
export function insertDescriptors(text: string, key: Key): string {
  const speakers = new Set((key.quotes ?? []).map((q) => q.speaker).filter((s): s is string => typeof s === 'string'));
  let out = text;
  for (const actor of key.actors ?? []) {
    if (!speakers.has(actor.name) || (actor.kind !== 'organization' && actor.kind !== 'person')) continue;
    const name = actor.name.replace(/^the /i, '');
    if (!/^\p{Lu}/u.test(name)) continue; // "the army": no name
    const at = firstMention(out, name);
    if (at < 0) continue;
    const before = out.slice(0, at);
    const opening = /(^|[.!?]\s+|\n)$/.test(before);
    let descriptor: string;
    if (actor.kind === 'person') {
      // Only where no title stands before the name already: "said Ann Roe", "Ann Roe said" at a sentence start.
      if (!opening && !/\b(?:said|says|told|according to) $/.test(before)) continue;
      descriptor = 'Kenyan runner ';
    } else if (/\bthe $/i.test(before)) descriptor = 'NGO ';
    else descriptor = opening ? 'Charity ' : 'UK-based NGO ';
    out = before + descriptor + out.slice(at);
  }
  return out;
}

/** Index of the first mention of the name outside quotation marks, standing alone (no capitalised word before). */
function firstMention(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    if (!before.includes('\n')) continue; // the headline
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (isQuotedAt(line + m[0], line.length)) continue; // inside a quotation
    if (/[A-Z][\p{L}.'’-]*\s$/u.test(before) && !/(^|[.!?]\s+|\n)The\s$/.test(before)) continue;
    if (/\bThe\s$/.test(before) || /[#@]$/.test(before) || /\b(?:blog|site|website) $/.test(before)) continue;
    return m.index;
  }
  return -1;
}
