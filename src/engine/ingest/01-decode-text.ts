/**
 * Stage 1: bytes to text. Articles arrive as files saved by browsers, word processors and
 * text editors, so the encoding is guessed from the bytes: BOMs first, then UTF-8 if the bytes
 * are valid UTF-8, else Windows-1252 (what "ANSI" editors on Windows write). Binary files are
 * refused with a fix rather than decoded into noise.
 */
import type { Problem } from '../schema.ts';

/** Encodings that `decodeText` can report. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What `decodeText` returns: the text with LF line ends, how it was read, and what went wrong. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  problems: Problem[];
}

/** Share of C0 control bytes (other than tab, LF, CR, FF) above which input counts as binary. */
const CONTROL_BYTE_LIMIT = 0.02;

/** File signatures of the binary formats people most often mistake for articles. */
const BINARY_SIGNATURES: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive (such as .docx, .odt or .epub)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Word or Office file (.doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
];

/**
 * Windows-1252 code points for bytes 0x80-0x9F, as in the WHATWG Encoding Standard
 * (the five unassigned bytes map to the C1 control with the same number). Bytes 0x00-0x7F
 * and 0xA0-0xFF map to the same code point. Decoded here rather than with `TextDecoder`,
 * because some Node versions treat the 'windows-1252' label as Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes the bytes of an article file to text with LF line ends.
 *
 * A UTF-8 BOM is dropped; a UTF-16 BOM (or UTF-16 text without one, recognised by its zero
 * bytes) selects UTF-16; bytes that are not valid UTF-8 are read as Windows-1252, with a
 * warning. Binary input gives empty text and an error naming the fix.
 *
 * @param bytes The file's contents.
 * @returns The text, the encoding used, and problems (1-based lines).
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a]))
 * // => { text: 'Hi\n', encoding: 'utf-8', problems: [] }
 * decodeText(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))
 * // => { text: '“Café”', encoding: 'windows-1252', problems: [{ severity: 'warning', line: 1, … }] }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const text = normalizeLineEnds(new TextDecoder(utf16).decode(bytes));
    // Zero bytes in every other place also make binary data look like UTF-16: it then decodes to control characters.
    const binary = describeControlCharacters(text);
    return binary ? refuseBinary(binary, utf16) : { text, encoding: utf16, problems: [] };
  }

  const binary = describeBinary(bytes);
  if (binary) return refuseBinary(binary, 'utf-8');

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: normalizeLineEnds(text), encoding: 'utf-8', problems: [] };
  } catch {
    const offset = findInvalidUtf8(bytes);
    return {
      text: normalizeLineEnds(decodeWindows1252(bytes)),
      encoding: 'windows-1252',
      problems: [
        {
          severity: 'warning',
          line: lineOfOffset(bytes, offset),
          message: 'the file is not valid UTF-8, so it was read as Windows-1252 (Western European)',
          fix: 'check that accented letters and quotation marks look right, then save the file as UTF-8',
        },
      ],
    };
  }
}

/** The error for a file that is no text: empty text, and the fix. */
function refuseBinary(binary: { name: string; line: number }, encoding: TextEncoding): DecodedText {
  return {
    text: '',
    encoding,
    problems: [
      {
        severity: 'error',
        line: binary.line,
        message: `this looks like a binary file (${binary.name}), not text`,
        fix: 'open it in the program that made it, save the article as plain text (.txt) or Markdown (.md), and move this file out of the folder',
      },
    ],
  };
}

/** For decoded text, the test `describeBinary` makes of bytes: many C0 control characters mean binary data. */
function describeControlCharacters(text: string): { name: string; line: number } | undefined {
  const first = findManyControls(text.length, (i) => text.charCodeAt(i));
  if (first === -1) return undefined;
  let line = 1;
  for (let i = 0; i < first; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return { name: 'it contains many control characters', line };
}

/**
 * Where the first C0 control character (other than tab, LF, CR and FF) is, when more than
 * `CONTROL_BYTE_LIMIT` of the units are such characters; -1 otherwise.
 */
function findManyControls(length: number, unitAt: (i: number) => number): number {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < length; i++) {
    const unit = unitAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) {
      controls++;
      if (first === -1) first = i;
    }
  }
  return controls > 0 && controls > length * CONTROL_BYTE_LIMIT ? first : -1;
}

/**
 * Turns CRLF and lone CR line ends into LF.
 *
 * @example
 * normalizeLineEnds('a\r\nb\rc') // => 'a\nb\nc'
 */
export function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** Picks UTF-16 from a BOM, or from zero bytes in every other position (ASCII-range text). */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Names the binary format, with the line of the first telltale byte, or undefined for text. */
function describeBinary(bytes: Uint8Array): { name: string; line: number } | undefined {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return { name: signature.name, line: 1 };
  }
  const zero = bytes.indexOf(0);
  if (zero !== -1) return { name: 'it contains zero bytes', line: lineOfOffset(bytes, zero) };
  const firstControl = findManyControls(bytes.length, (i) => bytes[i]!);
  if (firstControl !== -1) return { name: 'it contains many control characters', line: lineOfOffset(bytes, firstControl) };
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, or 0 when none is found. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return 0;
}

/** 1-based line of a byte offset, counting LF and lone CR bytes before it. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Decodes Windows-1252 bytes, in chunks so that long files do not overflow the argument list. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const end = Math.min(start + chunkSize, bytes.length);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
