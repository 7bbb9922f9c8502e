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
