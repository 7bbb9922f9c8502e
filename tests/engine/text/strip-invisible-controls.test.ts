import { describe, expect, test } from 'vitest';
import { buildDigest, processArticle } from '../../../src/engine/index.ts';
import { stripInvisibleControls } from '../../../src/engine/text/strip-invisible-controls.ts';

const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

describe('stripInvisibleControls', () => {
  test.each(CONTROLS.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))('removes %s', (_, c) => {
    expect(stripInvisibleControls(`Invoice ${c}fdp.exe${c}`)).toBe('Invoice fdp.exe');
  });

  test.each([
    ['a right-to-left override that turns a file name round', 'Invoice \u202efdp.exe', 'Invoice fdp.exe'],
    ['a zero-width space inside a name', 'Emma\u200bnuel Macron', 'Emmanuel Macron'],
    ['an isolate around a whole title', '\u2067Allies reject plan\u2069', 'Allies reject plan'],
    ['nothing but controls', '\u202e\u200b', ''],
    ['Arabic and Hebrew letters, which need no control to show right to left', 'الرئيس ماكرون و שלום', 'الرئيس ماكرون و שלום'],
    ['accents and curly quotes', 'Séjourné’s “plan”', 'Séjourné’s “plan”'],
  ])('keeps what is visible: %s', (_, input, expected) => {
    expect(stripInvisibleControls(input)).toBe(expected);
  });
});

describe('titles and names on their way to pages and feeds', () => {
  const text = [
    '---',
    'title: "Evil \u202etxt.exe\u200b title"',
    'outlet: "Out\u2066let"',
    'author: "Jane\u200d Doe"',
    '---',
    '',
    '“Nothing is ruled out,” Emmanuel Macron said on Monday.',
    '',
    'A family 👨\u200d👩\u200d👧 posed for a photo.',
  ].join('\n');

  test('lose bidirectional controls and zero-width characters in the title, outlet and byline', () => {
    const article = processArticle({ file: 'a.md', text });
    expect(article.meta).toMatchObject({ title: 'Evil txt.exe title', outlet: 'Outlet', author: 'Jane Doe' });
    expect(buildDigest([article]).stories[0]?.headline).toBe('Evil txt.exe title');
  });

  test('keep a zero-width joiner inside an emoji sequence of the body', () => {
    expect(processArticle({ file: 'a.md', text }).paragraphs[1]?.text).toContain('👨\u200d👩\u200d👧');
  });

  test('lose them in the name, aliases and role an actor file gives', () => {
    const digest = buildDigest([processArticle({ file: 'a.md', text })], [
      { slug: 'emmanuel-macron', name: 'Emmanuel \u202eMacron', aliases: ['Macron\u200b'], role: 'President\u200f of France', hidden: false },
    ]);
    const actor = digest.actors.find((a) => a.slug === 'emmanuel-macron');
    expect(actor).toMatchObject({ name: 'Emmanuel Macron' });
    expect(JSON.stringify(actor)).not.toMatch(/[\u202e\u200b\u200f]/);
  });

  test('leave a title made of nothing but controls unknown', () => {
    const article = processArticle({ file: 'a.md', text: '---\ntitle: "\u202e\u200b"\n---\n\nThe council met on Monday.' });
    expect(article.meta.title).toBeUndefined();
  });
});
