import { describe, expect, test } from 'vitest';
import { BYLINE_NAME_PARTICLES, isNameParticle, isParticleJoinedName, NAME_PARTICLES } from '../../../src/engine/text/name-particles.ts';

describe('isNameParticle', () => {
  test.each([
    ['von', true],
    ['bin', true],
    ['della', true],
    ['Von', false],
    ['of', false],
    ['abu', true],
    ['', false],
  ])('tells whether %j is a name particle: %j', (word, expected) => {
    expect(isNameParticle(word)).toBe(expected);
  });
});

describe('isParticleJoinedName', () => {
  test.each([
    ['el-Sisi', true],
    ['al-Assad', true],
    ['bin-Talal', true],
    ['pro-Beijing', false],
    ['anti-EU', false],
    ['al-', false],
    ['el-sisi', false],
    ['Al-Jazeera', false],
  ])('tells whether %j is a particle joined to a name: %j', (word, expected) => {
    expect(isParticleJoinedName(word)).toBe(expected);
  });
});

describe('BYLINE_NAME_PARTICLES', () => {
  test('hold every shared particle and more', () => {
    for (const particle of NAME_PARTICLES) {
      expect(BYLINE_NAME_PARTICLES.has(particle)).toBe(true);
    }
    expect(BYLINE_NAME_PARTICLES.has('bint')).toBe(true);
    expect(NAME_PARTICLES.has('bint')).toBe(false);
  });
});
