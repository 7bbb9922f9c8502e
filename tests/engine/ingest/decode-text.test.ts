import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/engine/ingest/index.ts';

const bytes = (...values: Array<number | string>): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));

describe('decodeText', () => {
  test.each([
    { name: 'plain ASCII', input: bytes('Hello'), text: 'Hello', encoding: 'utf-8' },
    { name: 'a UTF-8 BOM, which it drops', input: bytes(0xef, 0xbb, 0xbf, 'Hi'), text: 'Hi', encoding: 'utf-8' },
    { name: 'multi-byte UTF-8', input: new TextEncoder().encode('Séjourné “quoted” €'), text: 'Séjourné “quoted” €', encoding: 'utf-8' },
    { name: 'CRLF line ends', input: bytes('a\r\nb\r\n'), text: 'a\nb\n', encoding: 'utf-8' },
    { name: 'old Mac CR line ends', input: bytes('a\rb\rc'), text: 'a\nb\nc', encoding: 'utf-8' },
    { name: 'Windows-1252 é (0xE9)', input: bytes('Caf', 0xe9), text: 'Café', encoding: 'windows-1252' },
    { name: 'Windows-1252 curly quotes (0x93, 0x94)', input: bytes(0x93, 'No plans', 0x94), text: '“No plans”', encoding: 'windows-1252' },
    { name: 'Windows-1252 euro sign and dashes (0x80, 0x96, 0x97)', input: bytes(0x80, '5 ', 0x96, ' ', 0x97), text: '€5 – —', encoding: 'windows-1252' },
    { name: 'Windows-1252 apostrophe (0x92) with CRLF', input: bytes('Macron', 0x92, 's\r\nplan'), text: 'Macron’s\nplan', encoding: 'windows-1252' },
    { name: 'UTF-16LE with a BOM', input: bytes(0xff, 0xfe, 'H', 0, 0xe9, 0, '\r', 0, '\n', 0), text: 'Hé\n', encoding: 'utf-16le' },
    { name: 'UTF-16BE with a BOM', input: bytes(0xfe, 0xff, 0, 'H', 0, 0xe9), text: 'Hé', encoding: 'utf-16be' },
    { name: 'UTF-16LE without a BOM', input: bytes('N', 0, 'a', 0, 't', 0, 'o', 0), text: 'Nato', encoding: 'utf-16le' },
    { name: 'UTF-16LE with a tab and a form feed', input: bytes(0xff, 0xfe, 'a', 0, '\t', 0, 'b', 0, '\f', 0, 'c', 0), text: 'a\tb\fc', encoding: 'utf-16le' },
    { name: 'empty input', input: bytes(), text: '', encoding: 'utf-8' },
  ])('decodes $name', ({ input, text, encoding }) => {
    const decoded = decodeText(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('warns about Windows-1252 at the line of the first byte that is not UTF-8', () => {
    const { problems } = decodeText(bytes('line one\nline two\nCaf', 0xe9, '\n'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3 })]);
    expect(problems[0]!.fix).toMatch(/UTF-8/);
  });

  test('reports no problem for valid UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Tout va bien.\n')).problems).toEqual([]);
  });

  test.each([
    { name: 'a PDF', input: bytes('%PDF-1.7\n', 0xe2, 0xe3, 0xcf, 0xd3) },
    { name: 'a .docx (zip) file', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0) },
    { name: 'an old .doc file', input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) },
    { name: 'a PNG image', input: bytes(0x89, 'PNG\r\n', 0x1a, '\n') },
    { name: 'text with NUL bytes', input: bytes('abc', 0, 0, 'def', 1, 2, 3, 'ghi jkl mno') },
    { name: 'many control characters', input: bytes('a', 1, 'b', 2, 'c', 3, 'd', 4, 'e', 5) },
    { name: 'bytes that pass for UTF-16BE without a BOM (zero bytes in every other place)', input: bytes(0, 0xff, 0, 1) },
    { name: 'bytes that pass for UTF-16LE without a BOM', input: bytes(2, 0, 'a', 0, 3, 0, 'b', 0, 4, 0) },
    { name: 'UTF-16LE with a BOM and control characters', input: bytes(0xff, 0xfe, 1, 0, 2, 0, 'x', 0) },
  ])('refuses $name as binary, with the fix', ({ input }) => {
    const { text, problems } = decodeText(input);
    expect(text).toBe('');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        fix: 'open it in the program that made it, save the article as plain text (.txt) or Markdown (.md), and move this file out of the folder',
      }),
    ]);
  });

  test('locates the first NUL byte of a binary file by line', () => {
    const { problems } = decodeText(bytes('one\ntwo\nthree', 0, 'x'));
    expect(problems[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  // A hang guard, not a speed measure: the test times out if decoding stops being linear.
  test('decodes 5 MB of Windows-1252', { timeout: 20_000 }, () => {
    const input = new Uint8Array(5_000_000).fill(0x61);
    for (let i = 0; i < input.length; i += 100) input[i] = i % 200 === 0 ? 0x0a : 0xe9;
    const { text, encoding } = decodeText(input);
    expect(encoding).toBe('windows-1252');
    expect(text.length).toBe(5_000_000);
  });
});
