/**
 * Epithet resolution (issue 13, helper 13cu): an epithet ("the Welsh-born singer", "the 19-year-old") continues the
 * subject of the sentence before. Two shapes hid that subject: an inverted sentence opening on a participle phrase
 * ("Cheering for NAME was NAME2, herself …": the subject is the name after the copula, not a name in the aside after
 * its comma), and a plural noun phrase with a nationality after "of" ("The young talents of Irish theatre were shown by
 * NAME …"), which is no epithet for the next epithet to continue. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`, in an article of blank-line paragraphs. */
const speakerOf = (article: string, opening: string): string | null | undefined =>
  quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening))?.speaker;

describe('an inverted sentence gives the epithet after it the name after its copula', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"Cheering for NAME was NAME2, herself … as NAME3": the subject after "was", not the role in the aside',
      'Singer Ruth Pell won the top prize on Friday.\n\nCheering for Pell in the front row was Nora Quill, herself nominated for playing soul legend Etta Vance on stage. The Welsh-born singer waved to fans and said: "I am so proud of her."',
      'I am so proud',
      'Nora Quill',
    ],
    [
      '"Waiting at the gate was NAME, who once coached NAME2": a male subject, another man after the comma',
      'The team landed in Leeds on Sunday.\n\nWaiting at the gate was Tom Ashby, who once coached rival striker Dean Royle. The 58-year-old told reporters: "They deserve every cheer."',
      'They deserve',
      'Tom Ashby',
    ],
    [
      '"Asked whether NAME was …": a clause inside the opening phrase does not invert the sentence',
      'Coach Dan Ryle spoke after the match.\n\nAsked whether Ian Moss was Fit, Mr Ryle shook his head. "We will see on Monday," he said.',
      'We will see',
      'Dan Ryle',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});

describe('a noun phrase with a nationality after "of" is no epithet subject', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"The young talents of Irish theatre … in the person of NAME": the epithet after it is that person',
      'Actress Maeve Dunn arrived first, in a silver gown.\n\nThe young talents of Irish theatre were also there in the person of Orla Keane, who plays Juliet in Dublin. The 16-year-old said she was "thrilled to be asked".',
      'thrilled',
      'Orla Keane',
    ],
    [
      'a nationality head before any "of" still makes an epithet subject',
      'Golfer Sean Rudd won the Irish Open.\n\nThe Irishman then thanked his caddie, Paul Kerr, at length. "I could not have done it without him," he said.',
      'I could',
      'Sean Rudd',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
