/**
 * The particles that may sit inside a person's name, from one list (lexicons/name-particles.json)
 * shared by the byline reader and the actor stages.
 */
import particleData from '../lexicons/name-particles.json' with { type: 'json' };

/** Lower-case particles that may sit inside a person's name ("von", "bin", "de") or open a bare surname ("Abu Bakr"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(particleData.particles);

/** The particles a byline's name may hold: the shared list and the further ones of bylines ("dos", "bint", "zu"). */
export const BYLINE_NAME_PARTICLES: ReadonlySet<string> = new Set([...particleData.particles, ...particleData.alsoInBylines]);

/**
 * Tells whether a word, as written, is a name particle of the shared list.
 *
 * @param word One word, lower case as particles are written inside names.
 * @example
 * isNameParticle('von') // => true
 * isNameParticle('Von') // => false (capitalised, it is a name's first word)
 * isNameParticle('of') // => false (an organisation's connector, not a particle)
 */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * Tells whether a word is a name particle joined by a hyphen to a capitalised word ("el-Sisi", "al-Assad",
 * "bin-Talal"): a word of a person's name though it starts in lower case.
 *
 * @param word One word as written.
 * @example
 * isParticleJoinedName('el-Sisi') // => true
 * isParticleJoinedName('pro-Beijing') // => false ("pro" is no particle)
 * isParticleJoinedName('al-') // => false
 */
export function isParticleJoinedName(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && NAME_PARTICLES.has(word.slice(0, hyphen)) && /^\p{Lu}\p{Ll}/u.test(word.slice(hyphen + 1));
}
