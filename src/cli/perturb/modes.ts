/**
 * The rewrites `npm run perturb` knows, by mode name. Each keeps every quote's text and who said what, so an
 * article's key scores the rewritten text as it scores the original; each is deterministic (a fixed seed, or
 * the article's file name as seed).
 */
import { perturbText } from './cues.ts';
import { insertDescriptors } from './descriptors.ts';
import { perturbFeatureVerbs } from './feature-verbs.ts';
import { hashOf, joinParagraphs } from './join-paragraphs.ts';
import { pronounText } from './pronoun.ts';
import { perturbScare } from './scare.ts';
import { perturbSites } from './sites.ts';
import { whoAside } from './who-aside.ts';
import type { ExpectedArticle } from '../score-quotes.ts';

/** A rewrite of one article: its text, its file's base name (the seed of a rewrite that varies by article) and its answer key (who speaks, for a rewrite that names speakers). */
export type Rewrite = (text: string, fileName: string, key: ExpectedArticle) => string;

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
  scare: (text, fileName) => perturbScare(text, fileName),
};
