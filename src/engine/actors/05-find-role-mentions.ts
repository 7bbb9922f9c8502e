/**
 * Stage 5 of actors: find roles used in place of a name ("the French leader", "the Kremlin
 * spokesman", "France’s foreign minister"), to be resolved to the person the article gave that role.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { findPostOffice } from './post-office.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES, HONORIFICS, INSTITUTIONS, ORG_BACK_REFERENCES, PUBLICATION_NOUNS, SPEAKING_BODIES, SPEAKS_FOR_HEADS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { findModifiedBackReference } from './modified-back-reference.ts';
import { findCommitteeMembers } from './committee-members.ts';
import type { RoleCandidate } from './role-candidate.ts';

export type { RoleCandidate };

/** A back reference to a body by its members or a modified noun right after "the" ("the MPs", "the select committee"). */
function findBodyBackReference(paragraph: TokenizedParagraph, the: number): RoleCandidate | undefined {
  return findCommitteeMembers(paragraph, the) ?? findModifiedBackReference(paragraph, the);
}

/**
 * Finds roles used as names: "the", "our" (the outlet's staff) or a country's possessive, optional nationality or
 * institution, title words ending in a head, and no name after them.
 *
 * @param paragraph The tokenised paragraph.
 * @example
 * findRoleMentions(tokenizeText(0, '“No,” the French leader said.', []))[0]
 * // => { head: 'leader', country: 'France', surface: 'the French leader', … }
 */
export function findRoleMentions(paragraph: TokenizedParagraph): RoleCandidate[] {
  const { tokens } = paragraph;
  const out: RoleCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const det = tokens[i]!;
    const possessiveCountry = det.lower === "'s" ? COUNTRY_NAMES.get(tokens[i - 1]?.text ?? '') : undefined;
    // "Day's animal foundation said": an organisation noun owned by a name stands for the organisation named with both.
    const owner = det.lower === "'s" && !possessiveCountry && tokens[i - 1]?.cap ? tokens[i - 1]! : undefined;
    if (owner) {
      let n = i + 1;
      while (n < i + 3 && tokens[n]?.word && !tokens[n]!.cap && !ORG_BACK_REFERENCES.has(tokens[n]!.lower)) n++;
      const noun = tokens[n];
      if (noun && noun.word && !noun.cap && ORG_BACK_REFERENCES.has(noun.lower) && !tokens[n + 1]?.cap && tokens[n + 1]?.lower !== "'s") {
        out.push({ paragraph: paragraph.index, first: i - 1, last: n, head: noun.lower, surface: paragraph.text.slice(owner.start, noun.end), inQuote: det.quote >= 0, organization: true, owner: foldText(owner.text) });
        i = n;
      }
      continue;
    }
    // "our correspondent added": the outlet's own staff, named by a role as "the" would, outside quotes.
    const ownStaff = OWN_STAFF_POSSESSIVES.has(det.lower) && det.quote < 0;
    if (det.lower !== 'the' && !possessiveCountry && !ownStaff) continue;
    let k = i + 1;
    let country = possessiveCountry;
    let affiliation: string | undefined;
    while (tokens[k] && tokens[k]!.cap && (COUNTRY_DEMONYMS.has(tokens[k]!.text) || INSTITUTIONS.has(tokens[k]!.lower) || /^\p{Lu}{2,6}$/u.test(tokens[k]!.text))) {
      const t = tokens[k]!;
      country ??= COUNTRY_DEMONYMS.get(t.text) ?? COUNTRY_NAMES.get(t.text) ?? INSTITUTIONS.get(t.lower)?.country;
      if (!COUNTRY_DEMONYMS.has(t.text)) affiliation ??= INSTITUTIONS.get(t.lower)?.name ?? t.text;
      k++;
    }
    // "the EU's top diplomat": the institution owns the role.
    if (k > i + 1 && tokens[k]?.lower === "'s") k++;
    const orgWord = tokens[k];
    // "the authority said"; in house styles that capitalise it, "the Embassy", "the Court" (alone: not "the Court of
    // Appeal", and a capital one is a name's start when a connector follows: "the Commission on Presidential Debates").
    const backReference =
      orgWord !== undefined && (!orgWord.cap || (/^\p{Lu}\p{Ll}+$/u.test(orgWord.text) && !NAME_CONNECTORS.has(tokens[k + 1]?.lower ?? '')));
    if (!ownStaff && k === i + 1 && orgWord && orgWord.word && backReference && (ORG_BACK_REFERENCES.has(orgWord.lower) || PUBLICATION_NOUNS.has(orgWord.lower) || SPEAKING_BODIES.has(orgWord.lower)) && !tokens[k + 1]?.cap && tokens[k + 1]?.text !== '-' && !ownsRole(paragraph, k + 1)) {
      out.push({ paragraph: paragraph.index, first: i, last: k, head: orgWord.lower, surface: paragraph.text.slice(det.start, orgWord.end), inQuote: det.quote >= 0, organization: true });
      i = k;
      continue;
    }
    const office = k === i + 1 && !ownStaff ? findPostOffice(paragraph, i) : undefined;
    if (office) {
      out.push(office);
      i = office.last;
      continue;
    }
    const modified = k === i + 1 && !ownStaff ? findBodyBackReference(paragraph, i) : undefined;
    if (modified) {
      out.push(modified);
      i = modified.last;
      continue;
    }
    const qualifierStart = k;
    while (k < qualifierStart + 2 && tokens[k] && tokens[k]!.cap && !HONORIFICS.has(tokens[k]!.lower) && !TITLE_HEAD_WORDS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
    const qualifier = k > qualifierStart ? paragraph.text.slice(tokens[qualifierStart]!.start, tokens[k - 1]!.end) : undefined;
    let headAt = -1;
    while (tokens[k] && tokens[k]!.word && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower) || tokens[k]!.lower === 'prime')) {
      if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) headAt = k;
      k++;
    }
    if (headAt < 0 || headAt !== k - 1) continue;
    const next = tokens[k];
    if (next && next.cap && !HONORIFICS.has(next.lower)) continue; // a role before a name
    if (next && HONORIFICS.has(next.lower)) continue;
    // "The Home Secretary, Graham Teale, said": the role in apposition belongs to the name after it.
    if (next?.text === ',' && tokens[k + 1]?.cap && !TITLE_HEAD_WORDS.has(tokens[k + 1]!.lower)) continue;
    const first = possessiveCountry ? i - 1 : i;
    out.push({
      paragraph: paragraph.index,
      first,
      last: headAt,
      head: roleHead(paragraph, i + 1, headAt),
      ...(country ? { country } : {}),
      ...(affiliation ? { affiliation } : {}),
      surface: paragraph.text.slice(tokens[first]!.start, tokens[headAt]!.end),
      inQuote: det.quote >= 0,
      ...(qualifier ? { qualifier } : {}),
    });
    i = headAt;
  }
  return out;
}

/** Possessives of the outlet's own staff that open a role as "the" does ("our correspondent"). */
const OWN_STAFF_POSSESSIVES: ReadonlySet<string> = new Set(determinersJson.ownStaffPossessives);

/** Lower-case words that continue an organisation's name after its head ("Commission on …", "Bank of …"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(prepositionsJson.insideARoleName);

/**
 * "the group's executive director, NAME": a possessive before a role names a person of the organisation, not the
 * organisation. A spokesperson is the organisation's voice: "the band's spokesman" keeps "the band" a mention of the
 * body it speaks for.
 */
function ownsRole(paragraph: TokenizedParagraph, k: number): boolean {
  const { tokens } = paragraph;
  if (tokens[k]?.lower !== "'s") return false;
  const next = tokens[k + 1];
  if (next !== undefined && SPEAKS_FOR_HEADS.has(next.lower)) return false;
  return next !== undefined && (TITLE_HEAD_WORDS.has(next.lower) || TITLE_MODIFIERS.has(next.lower));
}

/**
 * The head of a role, two words when the lexicon has it so ("prime minister", "foreign minister" → "minister").
 *
 * @example
 * roleHead(tokenizeText(0, 'the prime minister said', []), 0, 2) // => 'prime minister'
 */
export function roleHead(paragraph: TokenizedParagraph, first: number, headAt: number): string {
  const last = paragraph.tokens[headAt]!.lower;
  const before = paragraph.tokens[headAt - 1];
  if (headAt > first && before && before.lower === 'prime') return `prime ${last}`;
  if (headAt > first && before && before.lower === 'vice') return `vice ${last}`;
  return foldText(last);
}
