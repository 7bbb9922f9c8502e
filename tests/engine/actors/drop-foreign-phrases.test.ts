import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropForeignPhrases', () => {
  test.each([
    ['a Portuguese feast day', 'Tradicionalmente a Sexta-feira Santa é a única data em que se faz a festa na aldeia.', 'Sexta-feira Santa'],
    ['a Spanish medical term', 'Tenemos una hija de dos años en Estado Vegetativo Permanente y no hay ley que nos ayude.', 'Estado Vegetativo Permanente'],
    ['a Spanish novel title', 'El autor de novelas como La Sombra del Puerto murió hoy en la ciudad donde nació.', 'La Sombra'],
    ['a Spanish term inside a quotation before "decía"', '“Tenemos una hija de dos años en Estado Vegetativo Permanente y no hay ley que nos ayude”, decía en la carta.', 'Estado Vegetativo Permanente'],
    ['a French institution in a French sentence', 'Le texte a été voté par la Chambre Haute avec une large majorité et sans débat.', 'Chambre Haute'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text).some((n) => n.includes(name))).toBe(false);
  });

  test.each([
    ['a person named in Spanish and in English', 'El autor Carlos Vidal murió hoy en la ciudad de su familia.\n\nCarlos Vidal wrote eleven novels.', 'Carlos Vidal'],
    ['a person in an English sentence with a Spanish title', 'Marta Ruiz, who wrote La Casa de los Espejos, said the prize was a surprise.', 'Marta Ruiz'],
    ['a person in an English sentence quoting two Spanish words', 'Pedro Alves said the "jeitinho" of the city was gone.', 'Pedro Alves'],
    ['a speaker named after a Spanish quotation', '“No hay ley que nos ayude y la situación es muy grave”, dijo Rosa Iturbe en la radio.', 'Rosa Iturbe'],
    ['a person with a role in a Spanish sentence', 'Según el ministro Jorge Paz, la ley no es para todos los que la piden.', 'Jorge Paz'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
