/**
 * How a front-matter value is named in a problem message, for articles and actor files alike.
 */

/**
 * Names a YAML value for a message: its kind, or the text itself in quotes (cut at 60 characters).
 *
 * @param value A value read from front matter.
 * @returns A short phrase that fits "field 'x' is …".
 * @example
 * describeValue(['a', 'b']) // => 'a list'
 * describeValue(3) // => 'the number 3'
 * describeValue('yes') // => '"yes"'
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return typeof value;
}
