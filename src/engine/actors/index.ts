/**
 * Actors of an article, as a pipeline:
 *
 *   tokenizeText → (findNumberedNames) findNameRuns → stripDescriptors → classifyNameRuns → findHandles → findBareHandles → findSpeakingBodies → findAnonymousSources → findUnnamedPeople → findUnnamedOfficials → findPluralSpeakers → findRoleMentions → nameBodiesByOwner → (findOrganizationWords, findOrganizationNames) resolveMentions → dropSettings → mergeShortNames → dropWorkTitles → dropBareHeads → dropDeterminedNames → dropQuotedLabels → mergeBracketedAliases → mergeCountryGovernments → dropShoutedWords → dropVenues → dropQualifiers → dropForeignPhrases → dropCharacters → dropVehicles → dropQuoteOpeners → mergeInitialisms → mergeNameForms → dropProgrammes → dropTagsAndPosts → dropModifierNames → dropEvents → dropOwnedThings → dropFieldInitialisms → dropSpelledOutInitialisms → dropUnactingPlaces → dropCountInitialisms → dropBroadcastProgrammes → dropHeadingLabels → dropShowTitles → dropNamedThings → mergeStageNames
 */
import type { QuoteSpan } from '../quotes/01-find-quote-spans.ts';
import { tokenizeText, type TokenizedParagraph } from './01-tokenize-text.ts';
import { findNameRuns } from './02-find-name-runs.ts';
import { findNumberedBodies, findNumberedNames } from './numbered-names.ts';
import { stripDescriptors } from './strip-descriptors.ts';
import { classifyNameRuns } from './03-classify-name-runs.ts';
import { findAnonymousSources } from './04-find-anonymous-sources.ts';
import { findPluralSpeakers } from './find-plural-speakers.ts';
import { findRoleMentions } from './05-find-role-mentions.ts';
import { resolveMentions, type ParagraphCandidates, type ResolvedActors } from './06-resolve-mentions.ts';
import { dropSettings } from './07-drop-settings.ts';
import { mergeShortNames } from './08-merge-short-names.ts';
import { dropWorkTitles } from './09-drop-work-titles.ts';
import { dropBareHeads } from './10-drop-bare-heads.ts';
import { dropDeterminedNames } from './11-drop-determined-names.ts';
import { dropQuotedLabels } from './12-drop-quoted-labels.ts';
import { mergeBracketedAliases } from './13-merge-bracketed-aliases.ts';
import { mergeCountryGovernments } from './14-merge-country-governments.ts';
import { dropShoutedWords } from './15-drop-shouted-words.ts';
import { dropVenues } from './16-drop-venues.ts';
import { dropQualifiers } from './17-drop-qualifiers.ts';
import { dropForeignPhrases } from './18-drop-foreign-phrases.ts';
import { dropCharacters } from './19-drop-characters.ts';
import { dropVehicles } from './20-drop-vehicles.ts';
import { dropQuoteOpeners } from './21-drop-quote-openers.ts';
import { mergeInitialisms } from './22-merge-initialisms.ts';
import { mergeNameForms } from './23-merge-name-forms.ts';
import { dropProgrammes } from './24-drop-programmes.ts';
import { dropTagsAndPosts } from './25-drop-tags-and-posts.ts';
import { dropModifierNames } from './26-drop-modifier-names.ts';
import { dropEvents } from './27-drop-events.ts';
import { dropOwnedThings } from './28-drop-owned-things.ts';
import { dropFieldInitialisms } from './29-drop-field-initialisms.ts';
import { dropSpelledOutInitialisms } from './30-drop-spelled-out-initialisms.ts';
import { dropUnactingPlaces } from './31-drop-unacting-places.ts';
import { dropCountInitialisms } from './32-drop-count-initialisms.ts';
import { dropBroadcastProgrammes } from './33-drop-broadcast-programmes.ts';
import { dropHeadingLabels } from './34-drop-heading-labels.ts';
import { dropShowTitles } from './35-drop-show-titles.ts';
import { dropNamedThings } from './36-drop-named-things.ts';
import { mergeStageNames } from './37-merge-stage-names.ts';
import { findOrganizationNames, findOrganizationWords } from './find-organization-words.ts';
import { findHandles } from './find-handles.ts';
import { findBareHandles } from './find-bare-handles.ts';
import { findSpeakingBodies, nameBodiesByOwner } from './find-speaking-bodies.ts';
import { findUnnamedPeople } from './find-unnamed-people.ts';
import { findOwnedPeople } from './find-owned-people.ts';
import { findArticlePosts, findUnnamedOfficials } from './find-unnamed-officials.ts';

export type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
export type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
export { tokenizeText } from './01-tokenize-text.ts';

/**
 * Finds the actors of an article from its tokenised paragraphs.
 *
 * @param paragraphs The article's paragraphs, tokenised with their quotations marked.
 * @returns The actors and every mention of them, in text order.
 * @example
 * const p = tokenizeText(0, 'A NATO official said Mr Macron was wrong.', []);
 * findActors([p]).actors.map((a) => [a.name, a.kind])
 * // => [['NATO', 'organization'], ['NATO official', 'anonymous']]   (a lone "Mr Macron" is a person too)
 */
export function findActors(paragraphs: readonly TokenizedParagraph[]): ResolvedActors {
  const titles = new Set<string>();
  const organizationWords = findOrganizationWords(paragraphs);
  const posts = findArticlePosts(paragraphs);
  const numbered = findNumberedNames(paragraphs);
  const candidates: ParagraphCandidates[] = paragraphs.map((paragraph) => {
    const names = findSpeakingBodies(paragraph, findBareHandles(paragraph, findHandles(paragraph, classifyNameRuns(paragraph, stripDescriptors(paragraph, findNameRuns(paragraph, numbered)), titles, organizationWords))));
    const anonymous = findAnonymousSources(paragraph, names);
    anonymous.push(...findUnnamedPeople(paragraph, names, anonymous));
    anonymous.push(...findOwnedPeople(paragraph, names, anonymous));
    anonymous.push(...findUnnamedOfficials(paragraph, names, anonymous, posts));
    anonymous.push(...findPluralSpeakers(paragraph, names, anonymous));
    return { paragraph, names, anonymous, roles: findRoleMentions(paragraph) };
  });
  nameBodiesByOwner(paragraphs, candidates.map((c) => c.names));
  for (const name of findOrganizationNames(candidates)) organizationWords.add(name);
  // "Drift 12 sailed on" after "the Drift 12 Project": the body's short name.
  for (const form of findNumberedBodies(paragraphs)) organizationWords.add(form);
  const named = dropQuotedLabels(paragraphs, dropDeterminedNames(paragraphs, dropBareHeads(dropWorkTitles(mergeShortNames(dropSettings(paragraphs, resolveMentions(candidates, organizationWords))), titles))));
  return mergeStageNames(paragraphs, dropNamedThings(paragraphs, dropShowTitles(paragraphs, dropHeadingLabels(paragraphs, dropBroadcastProgrammes(paragraphs, dropCountInitialisms(paragraphs, dropUnactingPlaces(paragraphs, dropSpelledOutInitialisms(paragraphs, dropFieldInitialisms(paragraphs, dropOwnedThings(paragraphs, dropEvents(paragraphs, dropModifierNames(paragraphs, dropTagsAndPosts(dropProgrammes(paragraphs, mergeNameForms(mergeInitialisms(paragraphs, dropQuoteOpeners(paragraphs, dropVehicles(paragraphs, dropCharacters(paragraphs, dropForeignPhrases(paragraphs, dropQualifiers(paragraphs, dropVenues(paragraphs, dropShoutedWords(paragraphs, mergeCountryGovernments(paragraphs, mergeBracketedAliases(paragraphs, named)))))))))))))))))))))))));
}

/**
 * Tokenises paragraphs with their quotation spans: the shared input of the actor and quote stages.
 *
 * @param paragraphs Paragraph texts with their indexes.
 * @param quotes Per paragraph, its quotation spans.
 * @example
 * tokenizeParagraphs([{ index: 0, text: 'Hi.' }], [[]])[0].tokens.length // => 2
 */
export function tokenizeParagraphs(paragraphs: readonly { index: number; text: string }[], quotes: readonly (readonly QuoteSpan[])[]): TokenizedParagraph[] {
  return paragraphs.map((p, i) => tokenizeText(p.index, p.text, quotes[i] ?? []));
}
