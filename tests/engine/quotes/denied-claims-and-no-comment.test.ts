/**
 * Round 46a (issue 13): words inside "dismissed/denied/rejected claims/suggestions/accusations that …" are disowned by
 * the subject, who is never their speaker; a verb of saying in a relative clause without "that" after a quoted phrase
 * ("the “cuts” the council had promised,") qualifies that phrase, and the verb of saying that reports the whole
 * clause speaks on; a sentence saying someone declined to comment or could not be reached is no cue for the quotes
 * before it. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('deniesClaimBefore: the subject of "denied claims that …" never speaks the words', () => {
  test.each<[string, string, (string | null)[]]>([
    ['"dismissed claims that"', 'Mayor Ann Kerr has dismissed claims that her budget was “a work of fiction”.', [null]],
    ['"rejected suggestions that"', 'The minister, Tom Bale, rejected suggestions that the scheme was “a shambles from the start”.', [null]],
    ['"denied accusations that"', 'Sir Ian Mott denied accusations that he had “misled the House”.', [null]],
    ['"refuted the allegations that"', 'Carla Dent refuted the allegations that her firm was “cooking the books”.', [null]],
    ['"has denied fresh reports that"', 'Coach Rob Ward has denied fresh reports that he is “on his way out”.', [null]],
    ['a later quote of the subject keeps its own cue', 'Ann Kerr denied claims that she was “in retreat”. She said: “We are going nowhere.”', [null, 'Ann Kerr']],
  ])('%s', (_label, article, speakers) => {
    expect(quotesOfLines(article).map((q) => q.speaker ?? null)).toEqual(speakers);
  });

  test.each<[string, string, string]>([
    ['"denied" with its own quote after "saying"', 'Ann Kerr denied the claims, saying they were “a work of fiction”.', 'Ann Kerr'],
    ['"rejected" a plan, no claim noun', 'Tom Bale rejected the plan as “a shambles from the start”.', 'Tom Bale'],
    ['a possessor makes the claim', 'Tom Bale rejected Ann Kerr\'s claim that the scheme was “a shambles”.', 'Ann Kerr'],
  ])('keeps the speaker: %s', (_label, article, speaker) => {
    expect(quotesOfLines(article).map((q) => q.speaker ?? null)).toEqual([speaker]);
  });
});

describe('qualifiesQuotedPhrase: a relative clause naming who said an earlier quoted phrase', () => {
  test.each<[string, string, string[]]>([
    [
      'a party\'s promise inside reported speech, then stand-alone quotes',
      'Green spokeswoman Jo Bell said instead of the “cuts” New Labour had promised, there had been “rises”. “We will reverse them.”',
      ['Jo Bell', 'Jo Bell', 'Jo Bell'],
    ],
    ['"the" before a body', 'Dan Moss said that after the “new dawn” the council had pledged, there was only “gloom”.', ['Dan Moss', 'Dan Moss']],
  ])('%s', (_label, article, speakers) => {
    expect(quotesOfLines(article).map((q) => q.speaker ?? null)).toEqual(speakers);
  });

  test.each<[string, string, (string | null)[]]>([
    ['a verb with an object after the quoted phrase', 'Jo Bell said the “cuts” were bad, but Acme Council promised “no more”.', ['Jo Bell', 'Acme Council']],
    ['a quoted sentence, then a verb introducing the next quote', 'Jo Bell asked, “Is it over?” The crowd shouted, “Yes.” The Mayor Tom Bale said, “Go home.”', ['Jo Bell', null, 'Tom Bale']],
  ])('keeps the speaker: %s', (_label, article, speakers) => {
    expect(quotesOfLines(article).map((q) => q.speaker ?? null)).toEqual(speakers);
  });
});

describe('a sentence of declining to comment is no cue for the quotes before it', () => {
  test.each<[string, string]>([
    ['"refused to comment"', 'Jo Bell said the deal was off. “It is dead and buried.” The Acme Group refused to comment.'],
    ['"was not available for comment"', 'Jo Bell said the deal was off. “It is dead and buried.” A spokesman for Tom Bale was not available for comment.'],
    ['"could not be reached"', 'Jo Bell said the deal was off. “It is dead and buried.” Tom Bale could not be reached for comment.'],
    ['"declined to comment"', 'Jo Bell said the deal was off. “It is dead and buried.” Acme Council declined to comment.'],
    ['"were unavailable for comment"', 'Jo Bell said the deal was off. “It is dead and buried.” Acme Council representatives were unavailable for comment.'],
  ])('%s', (_label, article) => {
    expect(quotesOfLines(article).map((q) => q.speaker ?? null)).toEqual(['Jo Bell']);
  });
});
