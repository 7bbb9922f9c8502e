/**
 * The development corpus: news articles in many house styles (tests/fixtures/engine-corpus),
 * each with a hand-made key written before the engine ran on it. Runs ingest and analysis on
 * every article, scores it like the project's answer-key scorer, prints the figures and fails
 * when they fall below the levels reached (a regression).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processArticle } from '../../../src/engine/index.ts';
import { scoreQuotes, scoreToFigures, sumScores, type ExpectedArticle, type PredictedArticle, type QuoteScore } from '../../support/score-quotes.ts';

const DIR = join(import.meta.dirname, '../../fixtures/engine-corpus');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

/** Levels reached on the corpus, minus a small margin; raise them when the engine improves. */
const MIN_ATTRIBUTED_PRECISION = 0.97;
const MIN_ATTRIBUTED_F1 = 0.94;
const MIN_ACTOR_RECALL = 0.92;

function predictArticle(name: string): PredictedArticle {
  const article = processArticle({ file: `${name}.txt`, text: readFileSync(join(DIR, `${name}.txt`), 'utf8') });
  const names = new Map(article.analysis.actors.map((a) => [a.id, a.name]));
  return {
    quotes: article.analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker === null ? null : (names.get(q.speaker) ?? null) })),
    actors: article.analysis.actors.map((a) => ({ name: a.name, aliases: a.aliases })),
  };
}

const scores = new Map<string, QuoteScore>(
  NAMES.map((name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as ExpectedArticle;
    return [name, scoreQuotes(expected, predictArticle(name))];
  }),
);

const round = (x: number): string => x.toFixed(3);

describe('engine corpus', () => {
  test('has at least twelve articles, each with a key', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(12);
  });

  test('attributes quotes precisely and completely across house styles', () => {
    const lines: string[] = [];
    for (const [name, s] of scores) {
      const f = scoreToFigures(s);
      lines.push(`${name.padEnd(26)} P ${round(f.attributedPrecision)}  R ${round(f.attributedRecall)}  F1 ${round(f.attributedF1)}  wrong ${s.wrongSpeakers}  actors ${s.foundActors}/${s.goldActors}`);
      if (process.env['CORPUS_VERBOSE']) for (const m of s.misses) lines.push(`    - ${m}`);
    }
    const total = sumScores([...scores.values()]);
    const f = scoreToFigures(total);
    lines.push(
      `TOTAL quotes ${total.goldQuotes}, detect P ${round(f.detectPrecision)} R ${round(f.detectRecall)}, accuracy ${round(f.attributionAccuracy)}, ` +
        `attributed P ${round(f.attributedPrecision)} R ${round(f.attributedRecall)} F1 ${round(f.attributedF1)}, wrong speakers ${total.wrongSpeakers}, actor recall ${round(f.actorRecall)}`,
    );
    console.log(lines.join('\n'));
    expect(f.attributedPrecision).toBeGreaterThanOrEqual(MIN_ATTRIBUTED_PRECISION);
    expect(f.attributedF1).toBeGreaterThanOrEqual(MIN_ATTRIBUTED_F1);
    expect(f.actorRecall).toBeGreaterThanOrEqual(MIN_ACTOR_RECALL);
  });
});
