/**
 * Rewrite `sites` of `npm run perturb`, an invariance check of the actor stages: after every third paragraph, a new
 * paragraph that names only a site, a craft or a standard ("Some marchers headed for Calder Tower instead."). Who said
 * what does not change, and quotation texts stay as they were, so an article's key still holds; the engine should
 * find the same speakers and no new actors.
 */

/** Sentences that name no person nor body: buildings, sites, crafts and technical standards, with invented names. */
export const SITE_SENTENCES: readonly string[] = [
  'Crowds later gathered outside the Harrow Civic Complex.',
  'Some marchers headed for Calder Tower instead.',
  'The march ended near the Westbrook Police Headquarters.',
  'The footage was sent over GSM and UMTS networks.',
  'Engineers checked the Polar Falcon capsule before the next Polar Falcon mission.',
  'The first trains stopped at Ashgrove Station.',
  'A Kestrel Dawn spacecraft passed overhead that night.',
  'Traffic was diverted around the Linmoor Sports Complex.',
];

/**
 * Inserts one site sentence as its own paragraph after every third blank-line paragraph (never before the first
 * three), cycling through `SITE_SENTENCES`.
 *
 * @param text An article's text, paragraphs separated by blank lines.
 * @returns The text with the sentences inserted.
 * @example
 * perturbSites('A.\n\nB.\n\nC.\n\nD.') // => 'A.\n\nB.\n\nC.\n\nCrowds later gathered outside the Harrow Civic Complex.\n\nD.'
 */
export function perturbSites(text: string): string {
  const paragraphs = text.split(/\n[ \t]*\n/);
  const out: string[] = [];
  let n = 0;
  paragraphs.forEach((p, i) => {
    out.push(p);
    if ((i + 1) % 3 === 0 && i + 1 < paragraphs.length && p.trim() !== '') out.push(SITE_SENTENCES[n++ % SITE_SENTENCES.length]!);
  });
  return out.join('\n\n');
}
