/**
 * "a Conservative spokeswoman" in an article that names the party only as "the Tories": the body a spokesperson speaks
 * for, written in another form of the same institution than the article's own (the institutions lexicon of
 * `organizations.json` lists a party's or body's forms: "Conservative Party", "Conservatives", "Tory", "Tories").
 */
import type { Mention } from '../../actors/index.ts';
import { INSTITUTIONS, SPEAKS_FOR_HEADS } from '../../actors/load-lexicons.ts';
import { foldText } from '../../text/fold-text.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import type { ResolveContext } from './resolve-context.ts';

/**
 * The organisation of the article that is the same institution as the capitalised words before a spokesperson's
 * noun ("a Conservative spokeswoman", "a Lib Dem spokesman"), looked up in the institutions lexicon as they stand or
 * with "Party" after them; the article must name that institution as an organisation, by one actor only.
 *
 * @param context The article's paragraphs and mentions.
 * @param mention The spokesperson's mention (an anonymous source whose head speaks for a body).
 * @returns The organisation's actor id, or undefined when the words name no institution the article names.
 * @example
 * // "The Tories launched a poster. … A Conservative spokeswoman said: …" → the actor of "Tories"
 * bodyOfInstitutionForm(context, mentionOf('A Conservative spokeswoman')) // => 'tories'
 * bodyOfInstitutionForm(context, mentionOf('A Zenfold spokeswoman')) // => undefined
 */
export function bodyOfInstitutionForm(context: ResolveContext, mention: Mention): string | undefined {
  const { paragraphs, index } = context;
  const position = index.findIndex((entry) => entry.list.includes(mention));
  if (position < 0) return undefined;
  const tokens = paragraphs[position]!.tokens.slice(mention.first, mention.last + 1).filter((t) => t.word);
  const head = tokens.findIndex((t) => SPEAKS_FOR_HEADS.has(t.lower));
  if (head < 1) return undefined;
  const before = tokens.slice(0, head).filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
  if (before.length === 0 || !before.every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  const name = before.map((t) => t.text).join(' ');
  const institution = INSTITUTIONS.get(foldText(name)) ?? INSTITUTIONS.get(foldText(`${name} Party`));
  if (!institution) return undefined;
  const bodies = new Set<string>();
  for (let p = 0; p < index.length; p++) {
    for (const m of index[p]!.list) {
      if (m.kind !== 'organization') continue;
      const text = paragraphs[p]!.tokens.slice(m.first, m.last + 1).filter((t) => t.word).map((t) => t.text).join(' ');
      if (INSTITUTIONS.get(foldText(text.replace(/^the /i, '')))?.name === institution.name) bodies.add(m.actor);
    }
  }
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

const DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);
