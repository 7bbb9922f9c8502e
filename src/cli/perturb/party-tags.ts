/**
 * The `party-tags` rewrite of `npm run perturb`: US papers tag a legislator with party and state after the name
 * ("Senator Ann Moss (D-Md.) said", "Rep. Tom Hale (R-Prince George's)"). A tag goes after the first mention, in
 * narration, of each person who speaks in the key; the tag is part of the mention, so who said what stays as it was.
 */
import { quoteRuns } from './quote-runs.ts';
import { hashOf } from './join-paragraphs.ts';
import type { ExpectedArticle } from '../score-quotes.ts';

/** Tags in the forms US papers write them: state abbreviations, whole states, counties of two words. */
const TAGS = ['(D-Md.)', '(R-Texas)', '(I-Vt.)', '(D-N.Y.)', '(R-Ohio)', "(D-Prince George's)", '(R-Fla.)', '(D-Calif.)'];

/**
 * The article with a party-and-state tag after the first narration mention of each keyed person speaker.
 *
 * @param text The article.
 * @param key Its key: the people who speak.
 * @param fileName The article's file name (seed of the tags chosen).
 * @example
 * partyTags('T\n\nAnn Moss said “no”.', { style: 's', actors: [{ name: 'Ann Moss', kind: 'person' }], quotes: [{ text: 'no', speaker: 'Ann Moss' }] }, 'a.txt')
 * // => 'T\n\nAnn Moss (D-N.Y.) said “no”.' (the tag depends on the file name)
 */
export function partyTags(text: string, key: ExpectedArticle, fileName: string): string {
  const speakers = new Set(key.quotes.map((q) => q.speaker).filter((s): s is string => typeof s === 'string'));
  const people = key.actors.filter((a) => a.kind === 'person' && speakers.has(a.name) && a.name.includes(' ')).map((a) => a.name);
  let seed = hashOf(fileName);
  const lines = text.split('\n');
  for (const name of people) {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?![\\p{L}'’-])`, 'u');
    let done = false;
    for (let i = 1; i < lines.length && !done; i++) {
      const runs = quoteRuns(lines[i]!);
      for (const r of runs) {
        if (r.quoted || !pattern.test(r.text)) continue;
        const tag = TAGS[seed++ % TAGS.length]!;
        r.text = r.text.replace(pattern, (m) => `${m} ${tag}`);
        done = true;
        break;
      }
      if (done) lines[i] = runs.map((r) => r.text).join('');
    }
  }
  return lines.join('\n');
}
