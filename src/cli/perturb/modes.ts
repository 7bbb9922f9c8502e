/**
 * The rewrites `npm run perturb` knows, by mode name. Each keeps every quote's text and who said what, so an
 * article's key scores the rewritten text as it scores the original; each is deterministic (a fixed seed, or
 * the article's file name as seed).
 */
import { perturbText } from './cues.ts';
import { insertDescriptors } from './descriptors.ts';
import { invertAttributions } from './inversion.ts';
import { perturbFeatureVerbs } from './feature-verbs.ts';
import { hashOf, joinParagraphs } from './join-paragraphs.ts';
import { renamePeople } from './names.ts';
import { pronounText } from './pronoun.ts';
import { perturbScare } from './scare.ts';
import { perturbSites } from './sites.ts';
import { perturbVerbs } from './verbs.ts';
import { orgForms } from './orgforms.ts';
import { whoAside } from './who-aside.ts';
import { partyTags } from './party-tags.ts';
import { honorificsText } from './honorifics.ts';
import { singleMarks, swapMarks } from './marks.ts';
import { addFurniture } from './furniture.ts';
import { toHeadings } from './headings.ts';
import { insertInitials, insertOrgTitles } from './titles.ts';
import type { ExpectedArticle } from '../score-quotes.ts';

/** A rewritten article whose key changed with it (a rewrite that renames the speakers). */
export interface Rewritten {
  text: string;
  key: ExpectedArticle;
}

/** A rewrite of one article: its text, its file's base name (the seed of a rewrite that varies by article) and its answer key (who speaks, for a rewrite that names speakers); returns the text, or the text with a rewritten key. */
export type Rewrite = (text: string, fileName: string, key: ExpectedArticle) => string | Rewritten;

/**
 * The text of a rewrite's result, whichever form it has.
 *
 * @example
 * textOf({ text: 'a', key: { style: 's', actors: [], quotes: [] } }) // => 'a'
 * textOf('a') // => 'a'
 */
export const textOf = (out: string | Rewritten): string => (typeof out === 'string' ? out : out.text);

/** Every mode, in the order the table lists them. */
export const MODES: Readonly<Record<string, Rewrite>> = {
  'join-paragraphs': (text, fileName) => joinParagraphs(text, hashOf(fileName)),
  'who-aside': (text) => whoAside(text),
  present: (text) => perturbFeatureVerbs(text, 'present'),
  wrote: (text) => perturbFeatureVerbs(text, 'wrote'),
  asput: (text) => perturbFeatureVerbs(text, 'asput'),
  words: (text) => perturbFeatureVerbs(text, 'words'),
  sites: (text) => perturbSites(text),
  adverb: (text) => perturbText(text, 'adverb').text,
  tense: (text) => perturbText(text, 'tense').text,
  descriptors: (text, _fileName, key) => insertDescriptors(text, key),
  pronoun: (text) => pronounText(text, 'near'),
  honorifics: (text, fileName, key) => honorificsText(text, key, hashOf(fileName) % 2 ? '.' : ''),
  marks: (text) => swapMarks(text),
  'single-marks': (text) => singleMarks(text),
  furniture: (text, fileName) => addFurniture(text, fileName),
  verbs: (text, fileName) => perturbVerbs(text, hashOf(fileName)),
  inversion: (text) => invertAttributions(text),
  names: (text, fileName, key) => renamePeople(text, fileName, key),
  orgforms: (text, fileName, key) => orgForms(text, key, fileName),
  scare: (text, fileName) => perturbScare(text, fileName),
  headings: (text) => toHeadings(text),
  initials: (text, fileName, key) => insertInitials(text, key, fileName),
  'org-titles': (text, fileName, key) => insertOrgTitles(text, key, fileName),
  'party-tags': (text, fileName, key) => partyTags(text, key, fileName),
};
