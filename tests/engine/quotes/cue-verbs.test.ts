import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

/** Runs the quote pipeline on paragraphs separated by blank lines; returns [text, speaker name, rule] triples. */
function quotesOf(article: string): [string, string | null, string | null][] {
  return quotesOfTexts(byBlankLines(article)).map((q) => [q.text, q.speaker, q.speaker === null ? null : (q.rule ?? null)]);
}

type Case = [name: string, article: string, expected: [string, string | null, string | null][]];

describe('cue verbs of stance: the subject of a stance verb speaks the quote in its own clause', () => {
  test.each<Case>([
    // SUBJ VERB [OBJ] to “…” / SUBJ VERB OBJ “…” / SUBJ VERB that … “…”, for several members of the class
    ['expressed a desire to “Q”', 'Mayor Lena Fischer backed the bid.\n\nShe also expressed a desire to work with the clubs to “bring football back to the old ground”.', [['bring football back to the old ground', 'Lena Fischer', 'stance-verb-quote']]],
    ['expresses hope that “Q”', 'Omar Khalid expresses hope that the talks will “end this war before winter”.', [['end this war before winter', 'Omar Khalid', 'stance-verb-quote']]],
    ['was directing X to “Q”', 'Speaker Ruth Calder spoke on Tuesday. Specifically, she was directing three committees to “carry on their hearings in public”.', [['carry on their hearings in public', 'Ruth Calder', 'stance-verb-quote']]],
    ['ordered X to “Q”', 'Judge Amara Bello ordered the council to “restore the footpath without delay”.', [['restore the footpath without delay', 'Amara Bello', 'stance-verb-quote']]],
    ['encouraged X to “Q”', 'Coach Sean Brennan encouraged his players to “enjoy every minute of it”.', [['enjoy every minute of it', 'Sean Brennan', 'stance-verb-quote']]],
    ['welcomed X as “Q”', 'Farmers’ leader Tom Reyes welcomed the ruling as “long overdue”.', [['long overdue', 'Tom Reyes', 'stance-verb-as-quote']]],
    ['typically chooses “to Q”', 'Priya Natarajan has made costumes for ten years. She typically chooses “to play villains from old cartoons”.', [['to play villains from old cartoons', 'Priya Natarajan', 'stance-verb-quote']]],
    ['believes the plan is “Q”', 'Carla Mendes believes the plan is “a giveaway to developers”.', [['a giveaway to developers', 'Carla Mendes', 'stance-verb-quote']]],
    ['found X faced “Q”', 'The National Farmers Union found the sector still faced “a bleak winter” after the tax rise.', [['a bleak winter', 'National Farmers Union', 'stance-verb-quote']]],
    ['not a stance verb whose subject hangs on "at": the body of the people who hold the view', 'Researchers at Kestrel University found that the new drug was “a real breakthrough”.', [['a real breakthrough', null, null]]],
    ['not a stance verb whose subject hangs on "from"', 'Doctors from the Royal Harbour Hospital believe the ward is “no longer safe”.', [['no longer safe', null, null]]],
    ['not "found" in the passive', 'Ann Roe spoke at the hearing. The van was later found to be “unfit for the road”.', [['unfit for the road', null, null]]],
    ['"found" inside a clause a verb of saying reports: the outer subject', 'Mayor Ann Roe said inspectors found the old pier “beyond repair”.', [['beyond repair', 'Ann Roe', 'name-said-partial-quote']]],
    ['feels X is “Q”', 'Hannah Osei feels the new rules are “unfair on small bakeries”.', [['unfair on small bakeries', 'Hannah Osei', 'stance-verb-quote']]],
    // verbs of saying news English uses beside "said"
    ['mentioned that “Q”', 'Victor Lund mentioned that the mine had been “losing money for years”.', [['losing money for years', 'Victor Lund', 'name-said-partial-quote']]],
    ['shared that “Q”', 'Asked about the race, Ana Ruiz shared that she was “terrified of the last hill”.', [['terrified of the last hill', 'Ana Ruiz', 'name-said-partial-quote']]],
    ['assured X that “Q”', 'Minister Rana Mehmood assured farmers that the state “will not leave a single grower alone”.', [['will not leave a single grower alone', 'Rana Mehmood', 'name-said-partial-quote']]],
    ['goes on to criticise “Q” (the base form after "to")', 'Critic Dana Holt reviewed the new season.\n\nHolt goes on to criticise “shows that film people asleep”.', [['shows that film people asleep', 'Dana Holt', 'name-said-partial-quote']]],
    ['intimated that “Q”', 'Governor Ruth Okafor intimated that rates would stay “low for a while yet”.', [['low for a while yet', 'Ruth Okafor', 'name-said-partial-quote']]],
    ['…, NAME intimated. ⏎ “Q” (the quote after an inverted teller)', 'Governor Ruth Okafor spoke in Leeds.\n\nThe surest signs come when every survey points one way, Ms Okafor intimated.\n\n“In forecasting, there is safety in numbers.”', [['In forecasting, there is safety in numbers.', 'Ruth Okafor', 'quote-after-reported-speech']]],
    ['not the adjective "intimate"', 'Ann Roe spoke on Monday.\n\nThe film is an intimate portrait of “life on the estate”.', [['life on the estate', null, null]]],
    ['apologised for “Q”', 'Chief executive Derek Holt apologised for “the distress caused to families”.', [['the distress caused to families', 'Derek Holt', 'name-said-partial-quote']]],
    // "credit" and "question": the subject's judgement of what it credits or questions; their object never speaks
    ['credited X with “Q”', 'The Royal Harbour Trust credited the volunteers with “saving the old lighthouse”.', [['saving the old lighthouse', 'Royal Harbour Trust', 'stance-verb-quote']]],
    ['It credited X’s “Q” (a body’s pronoun)', 'The Kestrel Arts Council named its prize winners on Friday. It credited the painter’s “fearless use of colour” for the award.', [['fearless use of colour', 'Kestrel Arts Council', 'stance-verb-quote']]],
    ['questioned “Q”', 'Economist Claire Dubois questioned “the wisdom of cutting rates now”.', [['the wisdom of cutting rates now', 'Claire Dubois', 'stance-verb-quote']]],
    ['also questioned whether “Q”', 'The Northshore Water Authority also questioned whether the dam was “ever fit for purpose”.', [['ever fit for purpose', 'Northshore Water Authority', 'stance-verb-quote']]],
    ['not "questioned" in the passive without an agent', 'Ann Roe spoke at the hearing. The driver was questioned over the “missing hour” of the journey.', [['missing hour', null, null]]],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});

describe('cue verbs with "as": SUBJ VERB [PARTICLE] OBJ as “…”', () => {
  test.each<Case>([
    ['looked at X as a “Q”', 'Alexis Moreau was cast in 2010. She looked at the role as a “chance to prove myself”.', [['chance to prove myself', 'Alexis Moreau', 'stance-verb-as-quote']]],
    ['referred to X as “Q”', 'Senator Dale Whitcomb referred to the bill as “a land grab”.', [['a land grab', 'Dale Whitcomb', 'stance-verb-as-quote']]],
    ['sees X as “Q”', 'Economist Claire Dubois sees the rate cut as “a gamble with savers’ money”.', [['a gamble with savers’ money', 'Claire Dubois', 'stance-verb-as-quote']]],
    ['citing X as a “Q”', 'Senator Risa Tanaka condemned the decision, citing the move as a “grave abuse of power”.', [['grave abuse of power', 'Risa Tanaka', 'stance-verb-as-quote']]],
    ['rejected X as “Q”', 'Union leader Gary Lutz rejected the offer as “an insult to our members”.', [['an insult to our members', 'Gary Lutz', 'stance-verb-as-quote']]],
    ['introduced X to an audience as the “Q”', 'Festival director Nora Quint introduced the novelist to the packed hall as the “finest storyteller of her age”.', [['finest storyteller of her age', 'Nora Quint', 'stance-verb-as-quote']]],
    ['touted X as “Q”', 'Chief executive Maria Lopez touted the new drug as “a breakthrough for patients”.', [['a breakthrough for patients', 'Maria Lopez', 'stance-verb-as-quote']]],
    ['billed X as “Q”', 'Boxing promoter Omar Khalid billed the fight as “the bout of the decade”.', [['the bout of the decade', 'Omar Khalid', 'stance-verb-as-quote']]],
    ['thinks of X as “Q” (a particle)', 'Farmer Tom Reyes thinks of the orchard as “a promise to my grandchildren”.', [['a promise to my grandchildren', 'Tom Reyes', 'stance-verb-as-quote']]],
    ['spoke of X as “Q” (a particle)', 'Bishop Ana Ruiz spoke of the fire as “a wound to the whole town”.', [['a wound to the whole town', 'Ana Ruiz', 'stance-verb-as-quote']]],
    ['portrayed X as “Q”', 'Lawyer Simon Adeyemi portrayed his client as “a naive man out of his depth”.', [['a naive man out of his depth', 'Simon Adeyemi', 'stance-verb-as-quote']]],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});

describe('near misses: the quote stays with the speaker of its own clause, or with nobody', () => {
  test.each<Case>([
    // a stance verb inside a clause that a verb of saying reports: the outer speaker speaks
    ['ORG said NAME believes the “Q”', 'A statement from Harlow Council said Mayor Ana Ruiz believes the “path to recovery” is investment.', [['path to recovery', 'Harlow Council', 'name-said-partial-quote']]],
    ['NAME said the group was considering “Q”', 'Association president Gary Lutz said the group was considering “all of its options”.', [['all of its options', 'Gary Lutz', 'name-said-partial-quote']]],
    // a passive "as" without an agent: nobody named says it
    ['X was seen as “Q”: nobody', 'Tom Reyes resigned on Monday. The move was seen as “a victory for the rebels”.', [['a victory for the rebels', null, null]]],
    // "see"/"look" without "as" right before the quote are no cue
    ['NAME saw the “Q” sign: no verb of saying', 'Hannah Osei saw the “closed for repairs” sign on the gate.', [['closed for repairs', null, null]]],
    ['NAME thinks “Q” … as: "as" is not right before the quote', 'Victor Lund thinks “Northern Growth” is as good as gone.', [['Northern Growth', null, null]]],
    ['NAME saw that X, as …, was “Q”: a clause between the verb and "as"', 'Hannah Osei saw that the plan, as drafted by the council, was “unworkable”.', [['unworkable', null, null]]],
    ['NAME looked at the “Q” report: no "as"', 'Victor Lund looked at the “Northern Growth” report on Monday.', [['Northern Growth', null, null]]],
    // "Police said the man called it “a joke”": the man's words, and he is not named, so nobody's
    ['Police said the man called it “Q”', 'Police said the man called the attack “a joke”.', [['a joke', null, null]]],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});
