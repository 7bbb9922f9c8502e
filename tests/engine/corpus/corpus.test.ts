/**
 * The engine corpora: news articles in many house styles, each with a hand-made key written
 * from the text (src/cli/score-quotes.ts describes the key and how it is scored). Runs
 * ingest and analysis on every article, scores it as a reader would judge the page, prints the
 * figures per file and fails when the engine gets worse on any of them:
 *
 * - each corpus's figures must stay at or above its floors (at most 0.01 under the figures of
 *   the engine the floors were set on), and its wrong speakers, wrong kinds and junk actors at or
 *   under today's counts, so that one more of any of them fails;
 * - each article must stay at or above its own floor (1 for every figure its key does not lower).
 *
 * Raise a floor, or lower a ceiling, in the same commit that improves the engine. The goal for
 * wrong speakers is at most 1 in 40 attributed quotes on every corpus, and for junk actors 0.
 *
 * - `engine-corpus`: the development corpus, used to tune the engine.
 * - `engine-heldout`: a second corpus of outlets and situations the first lacks, written as a
 *   held-out round; its first figures (before any fix) are the honest estimate of performance
 *   on unseen articles.
 * - `engine-unseen-2`: a third held-out round.
 * - `engine-seeds`: keys for the seed articles of content/articles/ (the default content); no
 *   wrong speaker allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { predictArticle, readKey, scoreQuotes, scoreToFigures, sumScores, type ExpectedArticle, type FigureName, type QuoteFigures, type QuoteScore } from '../../../src/cli/score-quotes.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

interface CorpusLimits {
  /** The folder of keys under tests/fixtures. */
  folder: string;
  /** The folder of the articles (`.txt` or `.md`), from the project root, when it is not the folder of keys. */
  articles?: string;
  minArticles: number;
  /** Corpus figures that must not fall. */
  floors: Partial<QuoteFigures>;
  /** Counts that must not rise: today's, with the reason each is above 0. */
  maxWrongSpeakers: number;
  maxWrongKinds: number;
  maxJunkActors: number;
  /**
   * Why this corpus still gives more than 1 in 40 attributed quotes to the wrong speaker, when it does: the test of
   * that goal is then a known failure with this reason, while `maxWrongSpeakers` keeps the count from rising.
   */
  wrongSpeakerGap?: string;
}

/**
 * Levels reached on each corpus by the engine at 8ce99d5, scored against keys re-read from the
 * texts for issue 19: floors at most 0.01 under today's figures, ceilings at today's counts.
 */
const CORPORA: CorpusLimits[] = [
  // Today (issue 13, round 2): detect P 1 R 1, attributed P 0.995 R 0.925 F1 0.959, actor recall 0.904 (was P 0.989 R 0.905 F1 0.945).
  // Wrong speakers: one left (was 2: the court-report nurse's statement given to "Leeds Crown Court"; the engineer's "put her feet up at last" given to Eileen Marsh).
  // Junk: Rat Alley, Long Dark, Paper Suns, Kissan Card, MPA. Wrong kinds (4; Keep Kent Clean, introduced as “Local group”, is an organisation now): Dubai, Rue Neuve, Le Soir, Kissan Ittehad as persons.
  {
    folder: 'engine-corpus',
    minArticles: 8,
    floors: { detectPrecision: 1, detectRecall: 1, attributedPrecision: 1, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.93 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 3,
    maxJunkActors: 0,
  },
  // Before any fix this corpus scored attributed P 0.928, R 0.796, F1 0.857 (15 articles): the honest held-out estimate.
  // Today (issue 13, round 2): detect P 1 R 1, attributed P 1 R 0.934 F1 0.966, actor recall 0.947 (was R 0.926 F1 0.962, actors 0.932).
  {
    folder: 'engine-heldout',
    minArticles: 8,
    floors: { detectPrecision: 1, detectRecall: 1, attributedPrecision: 1, attributedRecall: 0.97, attributedF1: 0.98, actorRecall: 0.95 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 13,
    maxJunkActors: 2,
  },
  // Before any fix this corpus scored attributed P 0.967, R 0.947, F1 0.957, actor recall 0.906 (8 articles, 94 quotes, 3 wrong speakers).
  // Today: detect P 1 R 1, attributed P 1 R 0.931 F1 0.964, actor recall 0.919 (8 articles, 101 quotes, 94 attributed); wrong kinds 6 → 3 and junk 3 → 2 after issue 13, round 2.
  {
    folder: 'engine-unseen-2',
    minArticles: 8,
    floors: { detectPrecision: 1, detectRecall: 1, attributedPrecision: 1, attributedRecall: 0.98, attributedF1: 0.98, actorRecall: 0.97 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 2,
    maxJunkActors: 1,
  },
  // The seed articles of content/articles/, keyed by reading for issue 19 (keys in tests/fixtures/engine-seeds).
  // Today: detect P 1 R 1, attributed P 1 R 1 F1 1, actor recall 0.980 (5 articles, 60 quotes; was 0.960 with France 24 and The Telegraph not found).
  {
    folder: 'engine-seeds',
    articles: 'content/articles',
    minArticles: 5,
    floors: { detectPrecision: 1, detectRecall: 1, attributedPrecision: 1, attributedRecall: 1, attributedF1: 1, actorRecall: 0.99 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 0,
    maxJunkActors: 0,
  },
  // Real news, BBC News 2004-05 (CC0; tests/fixtures/engine-realnews-bbc/README.md), keyed by reading for issue 13.
  // First runs (score.mjs, attributed F1): the 46 development articles at 8ce99d5, 0.633; the last 12 keyed, held out
  // from the first round of attribution work, at e061c63 after it, 0.641 (8ce99d5 gave 0.641 too). Both were then
  // used for development. Today: detect P 1 R 0.994, attributed P 0.989 R 0.972 F1 0.980, actor recall 0.749
  // (58 articles, 180 quotes, 177 attributed). Wrong speakers: "said the artists" given to the anonymous group
  // "artists", not to Langlands & Bell, introduced earlier as "Bafta-winning artists Langlands & Bell" (twice; before
  // round 3 these were null). Wrong kinds and junk: products, brands, venues and companies taken as people.
  // After rounds 4-6 (issue 13): the same attribution, actor recall 0.775 (was 0.749), wrong kinds 42 → 37, junk 17 → 9.
  {
    folder: 'engine-realnews-bbc',
    minArticles: 58,
    floors: { detectPrecision: 1, detectRecall: 0.98, attributedPrecision: 1, attributedRecall: 0.97, attributedF1: 0.98, actorRecall: 0.81 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 35,
    maxJunkActors: 4,
  },
  // Real news, English Wikinews 2019-20 (CC BY 2.5, Wikinews contributors; SOURCES.md), keyed by reading for issue 13
  // and held out from the first round of attribution work: its first run after that round (e061c63) gave attributed
  // F1 0.726 (8ce99d5: 0.716), then it was used for development in the second round. Today: detect P 0.99 R 1,
  // attributed P 1 R 0.95 F1 0.974, actor recall 0.819 (16 articles, 100 quotes, 95 attributed). After rounds 4-6:
  // attributed P 1 R 0.96 F1 0.98, actor recall 0.843, wrong kinds 22, junk 6 (was 12).
  {
    folder: 'engine-realnews-wikinews',
    minArticles: 16,
    floors: { detectPrecision: 0.99, detectRecall: 1, attributedPrecision: 1, attributedRecall: 1, attributedF1: 1, actorRecall: 0.84 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 21,
    maxJunkActors: 5,
  },
  // Real news keyed after two rounds of attribution work and never read by whoever changed the engine before its first
  // run (41 BBC 2004-05 articles, CC0, and 14 Wikinews 2019-20, CC BY 2.5; README.md there). First run (score.mjs,
  // attributed F1) at 76b6ead: BBC 0.734, Wikinews 0.667 (27 wrong speakers); the engine before the work (8ce99d5)
  // gave 0.646 and 0.580, after the first round alone 0.730 and 0.667. That first run is the honest estimate for
  // unseen text. A third round was then developed on this corpus (wrong speakers first), so today's figures are
  // development figures: detect P 0.994 R 0.985, attributed P 0.963 R 0.777 F1 0.860, actor recall 0.765
  // (55 articles, 332 quotes, 268 attributed, 10 wrong speakers by this scorer, 3 by score.mjs). Rounds 4-6 were
  // developed on it too: detect P 0.994 R 0.985, attributed P 0.971 R 0.895 F1 0.931, actor recall 0.823 (306
  // attributed, 9 wrong by this scorer, 1 by score.mjs; wrong kinds 41 → 37, junk 33 → 12).
  {
    folder: 'engine-realnews-heldout',
    minArticles: 55,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.83 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 37,
    maxJunkActors: 4,
  },
  // Real news keyed while rounds 4-5 of issue 13 were under way and never read by whoever changed the engine before its
  // first run (30 English Wikinews 2019-20, CC BY 2.5; 12 Global Voices 2012, citizen media, CC BY 3.0; README.md there).
  // First run (score.mjs, attributed F1) at 702c119, after rounds 4-5: Wikinews 0.689, Global Voices 0.41 (8 wrong
  // speakers, 63 quotes without one); the engine before any attribution work (8ce99d5) gave 0.636 and 0.325. That first
  // run is the honest estimate for unseen text in these styles. Round 6 was then developed on it: today detect P 0.969
  // R 0.984, attributed P 0.977 R 0.677 F1 0.80, actor recall 0.784 (42 articles, 189 quotes, 131 attributed). Wrong
  // kinds and junk: characters, works, buildings, bloggers' names and people the key does not list as actors.
  {
    folder: 'engine-realnews-heldout-3',
    minArticles: 42,
    floors: { detectPrecision: 0.99, detectRecall: 1, attributedPrecision: 1, attributedRecall: 0.83, attributedF1: 0.9, actorRecall: 0.8 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 74,
    maxJunkActors: 11,
  },
  // The 44 real Wikinews articles (2019-20, CC BY 2.5) the attribution work of issue 13 was first developed on, keyed
  // afresh for the project by two people who never saw the key the team was given (SOURCES.md there): development data.
  // At 7f0b6e1, by this key: detect P 0.995 R 0.99, attributed P 0.938 R 0.884 F1 0.91, actor recall 0.803; most of the
  // 12 wrong speakers are judgement calls where the two keys differ (a spokesperson or the body, a ministry's name).
  // After rounds 7-9, with the scorer accepting every name the key gives a speaker: attributed P 0.985 R 0.937 F1 0.96.
  // Round 24 raised its wrong kinds 67 -> 68: "Observers questioned whether …" now makes an anonymous group the key
  // does not list ("question" became a verb of stance).
  {
    folder: 'engine-realnews-wikinews-dev',
    minArticles: 44,
    floors: { detectPrecision: 0.98, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.8 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 68,
    maxJunkActors: 14,
  },
  // Real news keyed while rounds 7-8 of issue 13 were under way and never read by whoever changed the engine before its
  // first run (12 Wikinews 2019-20, CC BY 2.5; 10 BBC 2004-05, CC0; 9 Global Voices 2012, CC BY 3.0; README.md there).
  // First run (score.mjs, attributed F1) at addd354, after rounds 7-8: Wikinews 0.696, BBC 0.843, Global Voices 0.30,
  // all 0.665 (attributed precision 0.633) — exactly what the engine of 7f0b6e1, before those rounds, gives; before any
  // attribution work (8ce99d5): 0.638, 0.786, 0.225, all 0.603. By this scorer at addd354: detect P 0.894 R 0.988,
  // attributed P 0.922 R 0.694 F1 0.792, actor recall 0.767 (12 wrong speakers, 33 junk actors).
  // Round 9 was then developed on it (breadth of speech verbs, appositions, one-of speakers, quoted titles): score.mjs F1
  // Wikinews 0.812, BBC 0.857, Global Voices 0.429 (development figures); this scorer now accepts every name the key gives.
  {
    folder: 'engine-realnews-heldout-4',
    minArticles: 31,
    floors: { detectPrecision: 0.97, detectRecall: 0.97, attributedPrecision: 0.99, attributedRecall: 0.87, attributedF1: 0.92, actorRecall: 0.78 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 47,
    maxJunkActors: 8,
  },
  // Real news keyed while round 10 of issue 13 was under way and never read by whoever changed the engine before its
  // first run (8 Wikinews 2019-20, CC BY 2.5; 10 BBC News Summary 2004-05, CC0, many with paragraphs run together; 7
  // The Conversation 2026, CC BY-ND; README.md there). First run (score.mjs, attributed F1) after round 10 (52fed68):
  // Wikinews 0.889, BBC 0.743, The Conversation 0.467, all 0.695 (8 wrong, 28 null of 118); the engine of the session
  // start (31b2c73) gave 0.703, before any attribution work (8ce99d5) 0.626. Rounds 11-12 were then developed on it
  // (invariance to rewrites, grammar facts): score.mjs all 0.805 (development figure).
  {
    folder: 'engine-realnews-heldout-5',
    minArticles: 25,
    floors: { detectPrecision: 1, detectRecall: 1, attributedPrecision: 0.98, attributedRecall: 0.87, attributedF1: 0.92, actorRecall: 0.76 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 23,
    maxJunkActors: 3,
  },
  // Real news keyed while rounds 10-11 of issue 13 were under way and never read by whoever changed the engine before
  // its first run (10 Wikinews 2019-20, CC BY 2.5; 10 BBC News Summary 2004-05, CC0; 7 Global Voices 2012, CC BY 3.0,
  // copied by hand; README.md there). First run (score.mjs, attributed F1) after rounds 10-11 (aa575e9): Wikinews 0.70,
  // BBC 0.826, Global Voices 0.141, all 0.633 (7 wrong, 30 null, 27 spans the key does not list, of 126); the round-10
  // engine gave 0.597, the session start (31b2c73) 0.576, before any attribution work (8ce99d5) 0.383. Round 12 was
  // then developed on it (pronoun salience, descriptors before names): score.mjs all 0.719 (development figure).
  {
    folder: 'engine-realnews-heldout-6',
    minArticles: 27,
    floors: { detectPrecision: 0.95, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.87, attributedF1: 0.92, actorRecall: 0.76 },
    maxWrongSpeakers: 3,
    maxWrongKinds: 18,
    maxJunkActors: 10,
    wrongSpeakerGap: 'Global Voices posts: names with descriptors and blog round-ups still give some quotes to the wrong actor (round 12 fixed 3 of 6); see the corpus README',
  },
  // Real news keyed while round 14 of issue 13 was under way and never read by whoever changed the engine before its
  // first run (10 Wikinews 2019-20, CC BY 2.5; 20 BBC News Summary 2004-05, CC0; 4 Global Voices 2012, CC BY 3.0; 16
  // White House Briefing Room releases 2021-26, public domain, a house style new to the project; README.md there).
  // First run (score.mjs, attributed F1) after round 14 (c811d4c): Wikinews 0.765, BBC 0.788, Global Voices 0.606,
  // White House 0.717, all 0.746 (22 wrong, 60 null of 327); the session start (3dbb391) gave 0.743, before any
  // attribution work (8ce99d5) 0.571. Round 15 was then developed on it (titles between a body and a name, heading
  // lines, trades, verbs of characterising, programmes): score.mjs all 0.862, 5 wrong (development figure).
  {
    folder: 'engine-realnews-heldout-7',
    minArticles: 50,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.98, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.8 },
    maxWrongSpeakers: 6,
    maxWrongKinds: 53,
    maxJunkActors: 11,
  },
  // Real news keyed while round 14 was under way, kept unread until its first run after round 15 (10 BBC News Summary
  // 2004-05, CC0; 8 White House Briefing Room releases, public domain; README.md there): the test of whether round 15,
  // developed on the seventh set, transfers to unseen text of the same house styles. First run (score.mjs, attributed
  // F1) after round 15 (098d2f6): BBC 0.86, White House 0.864, all 0.862 (attributed precision 0.866; 3 wrong, 13 null
  // of 120); the round-14 engine gave 0.837 (White House 0.814, 6 wrong), the session start 0.828, before any
  // attribution work 0.675. Round 16 then took its 3 wrong speakers (a party tag, an abbreviated post) to 0: 0.870.
  {
    folder: 'engine-realnews-heldout-8',
    minArticles: 18,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.84 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 18,
    maxJunkActors: 8,
  },
  // Real news keyed while rounds 15-16 were under way, kept unread until its first run after round 17 (10 BBC News
  // Summary 2004-05, CC0; 8 White House Briefing Room releases, public domain; README.md there). First run (score.mjs,
  // attributed F1) after round 17 (7396811): BBC 0.739, White House 0.69, all 0.717 (attributed precision 0.71; 10
  // wrong, 17 null of 98), the same as the session's start (0.717); before any attribution work 0.556. Round 18,
  // developed on it: 0.919 (1 wrong, 6 null by score.mjs).
  {
    folder: 'engine-realnews-heldout-9',
    minArticles: 18,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.97, attributedRecall: 0.92, attributedF1: 0.95, actorRecall: 0.85 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 17,
    maxJunkActors: 4,
  },
  // Real news keyed at the start of rounds 17-18, kept unread until its first run after round 18 (10 BBC News Summary,
  // 8 White House releases, 10 Wikinews 2019-20; README.md there). First run (score.mjs, attributed F1) after round 18
  // (62474b0): BBC 0.705, White House 0.68, Wikinews 0.684, all 0.694 (attributed precision 0.699; 5 wrong, 38 null, 6
  // missed of 158); after round 17 0.694, the session's start 0.688, before any attribution work 0.525. Round 19,
  // developed on it: 0.759 (2 wrong, 33 null).
  {
    folder: 'engine-realnews-heldout-10',
    minArticles: 28,
    floors: { detectPrecision: 0.97, detectRecall: 0.97, attributedPrecision: 0.96, attributedRecall: 0.88, attributedF1: 0.92, actorRecall: 0.76 },
    maxWrongSpeakers: 4,
    maxWrongKinds: 28,
    maxJunkActors: 9,
    wrongSpeakerGap: 'White House releases: a department named beside its head, described travellers whose name the key ends before the city; see the corpus README',
  },
  // Real news keyed at the end of rounds 17-19, kept unread until its first run after round 19 (10 BBC News Summary,
  // 8 White House releases, 10 Wikinews 2019-20; README.md there). First run (score.mjs, attributed F1) after round 19
  // (2eb7f03): BBC 0.75, White House 0.926, Wikinews 0.706, all 0.811 (attributed precision 0.811; 4 wrong, 23 null, none
  // missed of 143); before any attribution work 0.635. Rounds 20-21, developed on it: see README.md there.
  {
    folder: 'engine-realnews-heldout-11',
    minArticles: 28,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.97, attributedRecall: 0.92, attributedF1: 0.94, actorRecall: 0.78 },
    maxWrongSpeakers: 4,
    maxWrongKinds: 25,
    maxJunkActors: 14,
    wrongSpeakerGap: 'a spokesman keyed as the body he speaks for, a name in brackets inside a tweet taken as its author, one first name shared by two people; see the corpus README',
  },
  // Real news keyed at the start of rounds 20-21, kept unread until its first run after round 20 (20 BBC News Summary,
  // 2 White House releases, 18 Wikinews 2019-20; README.md there). First run (score.mjs, attributed F1) after round 20
  // (429bd31): BBC 0.857, White House 0.947, Wikinews 0.794, all 0.855 (attributed precision 0.855; 6 wrong, 19 null, none
  // missed of 172); the session's start (2eb7f03) gave the same 0.855, before any attribution work 0.681. Round 21,
  // developed on it: no wrong speaker left (wrong kinds 46 -> 47: one actor's kind changed by round 21's actor stages).
  {
    folder: 'engine-realnews-heldout-12',
    minArticles: 40,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.78 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 46,
    maxJunkActors: 11,
  },
  // Real news keyed during round 20, kept unread until its first run after round 21 (20 BBC News Summary, 7 Wikinews
  // 2019-20; README.md there). First run (score.mjs, attributed F1) after round 21 (1317247): BBC 0.875, Wikinews 0.857,
  // all 0.873 (attributed precision 0.873; 4 wrong, 15 null, none missed of 150); the session's start (2eb7f03) and the
  // engine after round 20 gave the same 0.873, before any attribution work 0.633. Round 22, developed on it: 0.90, no
  // wrong speaker left.
  {
    folder: 'engine-realnews-heldout-13',
    minArticles: 27,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.95, attributedF1: 0.97, actorRecall: 0.79 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 17,
    maxJunkActors: 8,
  },
  // Real news keyed during round 22, kept unread until its first run after round 22 (10 BBC News Summary, 5 Global
  // Voices posts of May 2012; README.md there). First run (score.mjs, attributed F1) on 2ec6fb6: BBC 0.729, Global
  // Voices 0.222, all 0.671 (7 wrong, 14 null, 8 extra, 2 missed of 76 scored); the engine before rounds 20-22 (2eb7f03)
  // gave the same, before any attribution work 0.362. Rounds 23-24, developed on it: BBC 0.857, Global Voices 0.308, all 0.81
  // (project scorer: F1 0.763 -> 0.886, wrong speakers 10 -> 2: the company's expert, the trade body's spokesman and the
  // single-marked mentions of the Global Voices posts fixed). Round 31 (issue-31a): the lord's partial quote fixed, so the
  // goal of at most 1 in 40 wrong speakers is met and no longer a known failure.
  {
    folder: 'engine-realnews-heldout-14',
    minArticles: 15,
    floors: { detectPrecision: 0.95, detectRecall: 0.96, attributedPrecision: 0.97, attributedRecall: 0.92, attributedF1: 0.94, actorRecall: 0.67 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 9,
    maxJunkActors: 5,
  },
  // Real news keyed at the start of round 23, kept unread until its first run after round 23 (20 BBC News Summary;
  // README.md there). First run (score.mjs, attributed F1) on 1177b2a: 0.816 (attributed precision 0.816; 5 wrong, 23
  // null, none missed of 152); the engine before round 23 (2ec6fb6) gave 0.813, before any attribution work 0.511.
  {
    folder: 'engine-realnews-heldout-15',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.95, attributedF1: 0.97, actorRecall: 0.84 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 18,
    maxJunkActors: 4,
  },
  // Real news keyed at the start of round 23, kept unread until its first run after round 24 (20 BBC News Summary;
  // README.md there). First run (score.mjs, attributed F1) on 534f136: 0.822 (attributed precision 0.825; 3 wrong, 18
  // null, 1 missed of 121); the engines before round 24, before round 23 and of the session before gave the same 0.822,
  // before any attribution work 0.612.
  {
    folder: 'engine-realnews-heldout-16',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.9, attributedF1: 0.94, actorRecall: 0.73 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 18,
    maxJunkActors: 8,
  },
  // Real news keyed during round 25, kept unread until its first run after round 25 (20 BBC News Summary; README.md
  // there). First run (score.mjs, attributed F1) on fc2ff5f: 0.81 (attributed precision 0.81; 8 wrong, 19 null, none
  // missed of 142); the engines after rounds 23 and 24 gave the same, the one before round 23 0.792, before any
  // attribution work 0.644.
  {
    folder: 'engine-realnews-heldout-17',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.96, attributedF1: 0.97, actorRecall: 0.8 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 16,
    maxJunkActors: 3,
  },
  // Real news keyed during round 26, kept unread until its first run after round 26 (20 BBC News Summary; README.md
  // there). First run (score.mjs, attributed F1) on a415344: 0.816 (attributed precision 0.816; 6 wrong, 15 null, none
  // missed of 114); the engine after round 25 gave the same, the one of the session's start (2ec6fb6) 0.798, before any
  // attribution work 0.642.
  {
    folder: 'engine-realnews-heldout-18',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.84 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 24,
    maxJunkActors: 9,
  },
  // Real news keyed at the start of session 12, kept unread until its first run on that session's start engine
  // (36a500c, after round 26; 20 BBC News Summary; README.md there). First run (score.mjs, attributed F1): 0.752
  // (attributed precision 0.755; 6 wrong, 32 null, 2 missed, 1 extra of 160); before any attribution work 0.457.
  {
    folder: 'engine-realnews-heldout-19',
    minArticles: 20,
    floors: { detectPrecision: 0.98, detectRecall: 0.97, attributedPrecision: 0.98, attributedRecall: 0.9, attributedF1: 0.94, actorRecall: 0.75 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 34,
    maxJunkActors: 10,
  },
  // Real news keyed at the start of session 12, kept unread until its first run after rounds 27-28 (bf1586e; 20 BBC
  // News Summary; README.md there). First run (score.mjs, attributed F1): 0.823 (attributed precision 0.82; 16 wrong,
  // 13 null, 1 extra of 146); the session's start engine (36a500c) 0.829, before any attribution work 0.544.
  {
    folder: 'engine-realnews-heldout-20',
    minArticles: 20,
    floors: { detectPrecision: 0.98, detectRecall: 0.99, attributedPrecision: 0.97, attributedRecall: 0.97, attributedF1: 0.97, actorRecall: 0.76 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 19,
    maxJunkActors: 7,
  },
  // Real news keyed at the start of session 13, kept unread until its first run on that session's start engine
  // (b2b449a, after round 30; 20 BBC News Summary; README.md there). First run (score.mjs, attributed F1): 0.843
  // (attributed precision 0.845; 7 wrong, 18 null, 2 missed, 1 extra of 169); before any attribution work 0.609.
  {
    folder: 'engine-realnews-heldout-21',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.98, attributedF1: 0.98, actorRecall: 0.8 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 17,
    maxJunkActors: 10,
  },
  // Real news keyed at the start of session 13, kept unread until its first run after rounds 31-32 (3424ca3; 20 BBC
  // News Summary; README.md there). First run (score.mjs, attributed F1): 0.827 (attributed precision 0.836; 7 wrong,
  // 16 null, 4 missed, 1 extra of 149); the session's start engine (b2b449a) the same, before any attribution work 0.613.
  {
    folder: 'engine-realnews-heldout-22',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.71 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 16,
    maxJunkActors: 2,
  },
  // Real news keyed at the start of session 14, kept unread until its first run on that session's start engine
  // (9098346; 20 BBC News Summary; README.md there). First run (score.mjs, attributed F1): 0.886 (attributed precision
  // 0.890; 1 wrong, 12 null, 1 missed of 119); before any attribution work (8ce99d5) 0.591.
  {
    folder: 'engine-realnews-heldout-23',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.69 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 11,
    maxJunkActors: 7,
  },
  // Real news keyed at the start of session 14, kept unread until its first run after round 35 (bb25585; 20 BBC News
  // Summary; README.md there). First run (score.mjs, attributed F1): 0.837 (attributed precision 0.840; 4 wrong, 22
  // null, 1 missed of 163); the session's start engine (9098346) 0.818, before any attribution work (8ce99d5) 0.593.
  {
    folder: 'engine-realnews-heldout-24',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.91, attributedF1: 0.94, actorRecall: 0.73 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 6,
    maxJunkActors: 7,
  },
  // Real news keyed at the start of session 15, run once on that session's start engine (74c32ad) before any engine work
  // of the session (20 BBC News Summary; README.md there). First run (score.mjs, attributed F1): 0.937 (attributed
  // precision 0.937; 1 wrong, 8 null of 142); before any attribution work (8ce99d5) 0.740.
  {
    folder: 'engine-realnews-heldout-25',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.96, attributedF1: 0.97, actorRecall: 0.8 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 14,
    maxJunkActors: 10,
  },
  // Real news keyed at the start of session 15, kept unread until its first run at the end of that session (6be0a5b,
  // after round 37; 20 BBC News Summary; README.md there). First run (score.mjs, attributed F1): 0.792 (attributed
  // precision 0.792; 2 wrong, 28 null of 144); the session's start engine (74c32ad) the same, before any attribution
  // work (8ce99d5) 0.494.
  {
    folder: 'engine-realnews-heldout-26',
    minArticles: 20,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.98, attributedRecall: 0.92, attributedF1: 0.95, actorRecall: 0.82 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 14,
    maxJunkActors: 12,
    // Round 38 (issue-38h): the singer's words no longer go to the band named before him ('veteran' is a role), so the
    // goal of at most 1 in 40 wrong speakers is met and no longer a known failure.
  },
  {
    folder: 'engine-realnews-heldout-27',
    minArticles: 30,
    floors: { detectPrecision: 0.98, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.95, attributedF1: 0.96, actorRecall: 0.73 },
    maxWrongSpeakers: 1,
    maxWrongKinds: 23,
    maxJunkActors: 18,
  },
  {
    folder: 'engine-realnews-heldout-28',
    minArticles: 30,
    floors: { detectPrecision: 0.98, detectRecall: 0.97, attributedPrecision: 0.96, attributedRecall: 0.9, attributedF1: 0.93, actorRecall: 0.76 },
    maxWrongSpeakers: 6,
    maxWrongKinds: 11,
    maxJunkActors: 21,
    wrongSpeakerGap: "a prime minister's quotes given to the newspaper he spoke to and to the mayor his partial quote's sentence opens with, a spokesman's given to an unnamed minister, a policy officer's under a name cut inside its degree; see the corpus README",
  },
  // Real news keyed at the start of session 17, run once on that session's start engine (246b1b9) before any engine work
  // of the session (20 BBC News Summary, 10 congressional press releases; README.md there). First run (score.mjs,
  // attributed F1): 0.895 (attributed precision 0.893; 3 wrong, 19 null of 214); before any attribution work (8ce99d5)
  // 0.718.
  {
    folder: 'engine-realnews-heldout-29',
    minArticles: 30,
    floors: { detectPrecision: 0.98, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.95, attributedF1: 0.97, actorRecall: 0.85 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 26,
    maxJunkActors: 20,
  },
  // Real news keyed at the start of session 17, kept unread until its first run at the end of that session (10217d5,
  // after rounds 39 and 40; 20 BBC News Summary, 10 congressional press releases; README.md there). First run
  // (score.mjs, attributed F1): 0.935 (attributed precision 0.937; 4 wrong, 9 null of 208); the session's start engine
  // (246b1b9) 0.925, before any attribution work (8ce99d5) 0.744.
  {
    folder: 'engine-realnews-heldout-30',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.98, attributedRecall: 0.93, attributedF1: 0.95, actorRecall: 0.75 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 23,
    maxJunkActors: 26,
  },
  // Real news keyed at the start of session 18 and run once at once on that session's start engine (c3cae5d; 20 BBC
  // News Summary, 10 congressional press releases; README.md there). First run (score.mjs, attributed F1): 0.877
  // (attributed precision 0.880; 4 wrong, 23 null of 236); before any attribution work (8ce99d5) 0.639.
  {
    folder: 'engine-realnews-heldout-31',
    minArticles: 30,
    floors: { detectPrecision: 0.98, detectRecall: 0.97, attributedPrecision: 0.98, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.75 },
    maxWrongSpeakers: 4,
    maxWrongKinds: 16,
    maxJunkActors: 19,
  },  // Real news keyed at the start of session 18, kept unread until its first run at the end of that session's rounds 42
  // and 43 (8cafa16; 20 BBC News Summary, 10 congressional press releases; README.md there). First run (score.mjs,
  // attributed F1): 0.805 (attributed precision 0.797; 10 wrong, 25 null of 193); the session's start engine (c3cae5d)
  // the same, before any attribution work (8ce99d5) 0.645.
  {
    folder: 'engine-realnews-heldout-32',
    minArticles: 30,
    floors: { detectPrecision: 0.96, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.86, attributedF1: 0.92, actorRecall: 0.74 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 11,
    maxJunkActors: 23,
  },
  // Real news keyed at the start of session 19 and run at once on that session's start engine (80f3f34; 20 BBC News
  // Summary, 10 congressional press releases; README.md there). First run (score.mjs, attributed F1): 0.904
  // (attributed precision 0.904; 8 wrong, 13 null of 230); before any attribution work (8ce99d5) 0.643.
  {
    folder: 'engine-realnews-heldout-33',
    minArticles: 30,
    floors: { detectPrecision: 0.98, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.83 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 19,
    maxJunkActors: 25,
  },
  // Real news keyed at the start of session 19, kept unread until its first run at the end of that session's rounds 45
  // to 47 (2c04229; 20 BBC News Summary, 10 congressional press releases; README.md there). First run (score.mjs,
  // attributed F1): 0.941 (attributed precision 0.941; 3 wrong, 9 null of 203); the session's start engine (80f3f34)
  // 0.936, before any attribution work (8ce99d5) 0.670.
  {
    folder: 'engine-realnews-heldout-34',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.99, attributedPrecision: 0.99, attributedRecall: 0.94, attributedF1: 0.96, actorRecall: 0.71 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 32,
    maxJunkActors: 23,
  },
  // Real news keyed at the start of session 20 and run at once on that session's start engine (4b84f25; 20 BBC News
  // Summary, 10 congressional press releases; README.md there). First run (score.mjs, attributed F1): 0.922
  // (attributed precision 0.924; 4 wrong, 12 null of 212).
  {
    folder: 'engine-realnews-heldout-35',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.81 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 12,
    maxJunkActors: 19,
  },
  // Real news keyed at the start of session 20, kept unread until its first run at the end of that session's rounds 49
  // and 50 (59d84d1; 20 BBC News Summary, 10 congressional press releases; README.md there). First run (score.mjs,
  // attributed F1): 0.870 (attributed precision 0.874; 3 wrong, 24 null of 216); the session's start engine the same.
  {
    folder: 'engine-realnews-heldout-36',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.98, attributedPrecision: 0.99, attributedRecall: 0.93, attributedF1: 0.96, actorRecall: 0.8 },
    maxWrongSpeakers: 0,
    maxWrongKinds: 17,
    maxJunkActors: 26,
  },
  // Real news keyed at the start of session 21 and run at once on that session's start engine (0d50cf2; 20 BBC News
  // Summary, 10 congressional press releases; README.md there). First run (score.mjs, attributed F1): 0.887
  // (attributed precision 0.897; 3 wrong, 21 null of 238; BBC 0.847, releases 0.955).
  {
    folder: 'engine-realnews-heldout-37',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.96, attributedPrecision: 0.98, attributedRecall: 0.88, attributedF1: 0.93, actorRecall: 0.86 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 11,
    maxJunkActors: 27,
  },
  // Real news keyed at the start of session 21, kept unread until its first run at the end of that session's round 53
  // (fa614e7; 20 BBC News Summary, 10 congressional press releases; README.md there). First run (score.mjs, attributed
  // F1): 0.917 (attributed precision 0.922; 5 wrong, 15 null of 260; BBC 0.875, releases 0.989); the session's start
  // engine (0d50cf2) the same.
  {
    folder: 'engine-realnews-heldout-38',
    minArticles: 30,
    floors: { detectPrecision: 0.99, detectRecall: 0.97, attributedPrecision: 0.98, attributedRecall: 0.92, attributedF1: 0.95, actorRecall: 0.82 },
    maxWrongSpeakers: 2,
    maxWrongKinds: 16,
    maxJunkActors: 27,
  },

];

interface ScoredArticle {
  name: string;
  key: ExpectedArticle;
  score: QuoteScore;
}

function scoreCorpus(keys: string, articles: string): ScoredArticle[] {
  return readdirSync(articles)
    // README.md and SOURCES*.md describe a corpus; every other .txt or .md file is an article and needs a key.
    .filter((f) => /\.(txt|md)$/.test(f) && !/^(README|SOURCES)/.test(f))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(txt|md)$/, '');
      const text = readFileSync(join(articles, file), 'utf8');
      const key = readKey(join(keys, `${name}.expected.json`));
      return { name, key, score: scoreQuotes(key, predictArticle(file, text), text) };
    });
}

const FIGURES: FigureName[] = ['detectPrecision', 'detectRecall', 'attributedPrecision', 'attributedRecall', 'attributedF1', 'actorRecall'];
const round = (x: number): string => x.toFixed(3);

/** The figures of an article that fall below its floor (1 for any figure its key does not list). */
function shortfalls({ key, score }: ScoredArticle): string[] {
  const f = scoreToFigures(score);
  return FIGURES.filter((name) => f[name] < (key.floor?.[name] ?? 1)).map((name) => `${name} ${round(f[name])} < ${key.floor?.[name] ?? 1}`);
}

describe.each(CORPORA)('engine corpus $folder', ({ folder, articles: articleDir, minArticles, floors, maxWrongSpeakers, maxWrongKinds, maxJunkActors, wrongSpeakerGap }) => {
  const articles = scoreCorpus(join(FIXTURES, folder), articleDir ? join(ROOT, articleDir) : join(FIXTURES, folder));
  const total = sumScores(articles.map((a) => a.score));
  const figures = scoreToFigures(total);

  test(`has at least ${minArticles} articles, each with a key`, () => {
    expect(articles.length).toBeGreaterThanOrEqual(minArticles);
  });

  test.each(FIGURES.filter((name) => floors[name] !== undefined))('keeps %s at or above its floor', (name) => {
    expect(figures[name]).toBeGreaterThanOrEqual(floors[name]!);
  });

  test(`gives no more quotes to the wrong speaker than today (${maxWrongSpeakers})`, () => {
    expect(total.wrongSpeakers).toBeLessThanOrEqual(maxWrongSpeakers);
  });

  (wrongSpeakerGap ? test.fails : test)(`gives at most 1 in 40 attributed quotes to the wrong speaker${wrongSpeakerGap ? ` (known failure: ${wrongSpeakerGap})` : ''}`, () => {
    expect(total.wrongSpeakers * 40).toBeLessThanOrEqual(total.attributed);
  });

  test(`finds no more actors with the wrong kind than today (${maxWrongKinds})`, () => {
    expect(total.wrongKinds).toBeLessThanOrEqual(maxWrongKinds);
  });

  test(`makes up no more junk actors than today (${maxJunkActors})`, () => {
    expect(total.junkActors).toBeLessThanOrEqual(maxJunkActors);
  });

  // The goal is no junk at all: a known failure while the ceiling above is not 0 (the engine still makes actors of titles, nicknames and pieces of names).
  (maxJunkActors > 0 ? test.fails : test)(`makes up no junk actors${maxJunkActors > 0 ? ' (known failure: the engine still makes actors of titles, nicknames and pieces of names)' : ''}`, () => {
    expect(total.misses.filter((m) => m.startsWith('junk actor'))).toEqual([]);
  });

  /** Prints the figures of every article and of the corpus (with CORPUS_VERBOSE=1, every miss too). */
  function printFigures(): void {
    const lines: string[] = [`corpus ${folder}`];
    for (const { name, score: s } of articles) {
      const f = scoreToFigures(s);
      lines.push(
        `${name.padEnd(30)} detect P ${round(f.detectPrecision)} R ${round(f.detectRecall)}  attributed P ${round(f.attributedPrecision)} R ${round(f.attributedRecall)} F1 ${round(f.attributedF1)}  ` +
          `wrong ${s.wrongSpeakers}  actors ${s.foundActors}/${s.goldActors}  kinds ${s.wrongKinds}  junk ${s.junkActors}`,
      );
      if (process.env['CORPUS_VERBOSE']) for (const m of s.misses) lines.push(`    - ${m}`);
    }
    lines.push(
      `TOTAL quotes ${total.goldQuotes}, attributed ${total.attributed}, detect P ${round(figures.detectPrecision)} R ${round(figures.detectRecall)}, accuracy ${round(figures.attributionAccuracy)}, ` +
        `attributed P ${round(figures.attributedPrecision)} R ${round(figures.attributedRecall)} F1 ${round(figures.attributedF1)}, wrong speakers ${total.wrongSpeakers}, ` +
        `actor recall ${round(figures.actorRecall)}, wrong kinds ${total.wrongKinds}, junk actors ${total.junkActors}`,
    );
    console.log(lines.join('\n'));
  }

  test('keeps every article at or above its own floor', () => {
    printFigures();
    const below = articles.flatMap((a) => shortfalls(a).map((s) => `${a.name}: ${s}`));
    expect(below).toEqual([]);
  });
});
