/**
 * Rewrite `orgforms` of `npm run perturb`, an invariance check of the actor stages: an organisation of the key that
 * the narration names in full more than once ("the Royal College of Nursing") is named by its initials after the
 * first time ("the RCN"); for about half of them (chosen by the article's file name) the first mention also gives
 * the short form in brackets ("the Royal College of Nursing (RCN)"), as news style asks, the other half use it with no
 * introduction, as many articles do. Only the narration changes (text outside quotation marks), so quote texts and
 * the key stay valid: the engine should still give the organisation's quotes to the organisation (one actor, the
 * short form an alias), and find no new actor.
 */
import type { ExpectedArticle } from '../score-quotes.ts';
import { hashOf } from './join-paragraphs.ts';
import { isQuotedAt } from './quote-runs.ts';

/** Small words inside an organisation's name that its initials skip ("Royal College of Nursing" → "RCN"). */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le']);

/**
 * The initials of an organisation's name, or null when the name is not three or more capitalised words of letters
 * ("Hillside Water Trust" → "HWT"; "Oxfam" and "Time Warner" → null: two initials read as a made-up code).
 *
 * @param name An organisation's name from the key.
 * @example
 * initialsOf('Royal College of Nursing') // => 'RCN'
 * initialsOf('Oxfam') // => null
 */
export function initialsOf(name: string): string | null {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (words.some((w) => !/^[\p{L}'’&-]+$/u.test(w))) return null;
  const heads = words.filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (heads.length < 3 || heads.some((w) => !/^\p{Lu}/u.test(w) || /^\p{Lu}{2,}$/u.test(w))) return null;
  return heads.map((w) => w[0]!.toUpperCase()).join('');
}

/** Where `name` stands in `line` as a whole name: not inside a longer capitalised name, not inside quotation marks. */
function namePlaces(line: string, name: string): number[] {
  const places: number[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of line.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + name.length);
    if (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && !/(?:^|[.!?]["”]?\s+)\p{Lu}[\p{L}'’.-]*\s+$/u.test(before)) continue;
    if (/^\s+(?:(?:of|and|for|&)\s+)?\p{Lu}/u.test(after)) continue;
    if (isQuotedAt(line, m.index)) continue;
    places.push(m.index);
  }
  return places;
}

/**
 * Rewrites later mentions of the key's organisations by their initials, as described above. An organisation is
 * left as it is when its initials are not new to the text (they would stand for something else, or the text
 * already has them), when two organisations would get the same initials, or when the narration names it in full
 * only once.
 *
 * @param text An article's text.
 * @param key Its answer key (which names are organisations).
 * @param fileName The article's file name: it chooses which organisations get a bracketed introduction.
 * @example
 * orgForms('The Hillside Water Trust said no.\n\nThe Hillside Water Trust will appeal.', { style: '', actors: [{ name: 'Hillside Water Trust', kind: 'organization' }], quotes: [] }, 'a.txt')
 * // => 'The Hillside Water Trust said no.\n\nThe HWT will appeal.'   (or '… Trust (HWT) said no. …', by the file name)
 */
export function orgForms(text: string, key: ExpectedArticle, fileName: string): string {
  const seed = hashOf(fileName);
  const used = new Set<string>();
  let out = text;
  key.actors.forEach((actor, index) => {
    if (actor.kind !== 'organization') return;
    const short = initialsOf(actor.name);
    if (!short || used.has(short) || new RegExp(`(?<![\\p{L}\\p{N}])${short}(?![\\p{L}\\p{N}])`, 'u').test(out)) return;
    const lines = out.split('\n');
    const places = lines.map((line) => namePlaces(line, actor.name));
    if (places.flat().length < 2) return;
    used.add(short);
    const bracket = (seed + index) % 2 === 0;
    const firstLine = places.findIndex((p) => p.length > 0);
    out = lines
      .map((line, i) => {
        let rewritten = line;
        for (const at of [...places[i]!].reverse()) {
          const possessive = /^['’]/u.test(line.slice(at + actor.name.length));
          const form = i === firstLine && at === places[i]![0] ? (bracket && !possessive ? `${actor.name} (${short})` : actor.name) : short;
          rewritten = rewritten.slice(0, at) + form + rewritten.slice(at + actor.name.length);
        }
        return rewritten;
      })
      .join('\n');
  });
  return out;
}
