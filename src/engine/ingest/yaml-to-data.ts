/**
 * Reads the YAML between front matter fences into data, exactly as gray-matter does for
 * `matter('---\n' + yaml + '---', {}).data`, without the rest of gray-matter's work on each call
 * (a Buffer copy of the text, option objects, the excerpt). It calls the same YAML reader:
 * gray-matter's own `engines.yaml.parse` (js-yaml 3 `safeLoad`); the options gray-matter would
 * pass it name nothing js-yaml reads.
 */
import matter from 'gray-matter';

/** gray-matter's YAML engine; exposed at run time as `matter.engines`, though its types omit it. */
const parseYaml = (matter as unknown as { engines: { yaml: { parse: (yaml: string) => unknown } } }).engines.yaml.parse;

/**
 * Parses front matter YAML as gray-matter does. gray-matter ends the block at the first line that
 * starts with `---`, takes a block of only comments and space as no data, and turns a null
 * document into `{}`. YAML errors are thrown as js-yaml throws them.
 *
 * @param yamlText The lines between the fences, each ending with a line break (or empty).
 * @returns The parsed data.
 * @example
 * yamlToData('title: Hi\n') // => { title: 'Hi' }
 * yamlToData('# only a comment\n') // => {}
 * yamlToData('~\n') // => {}
 */
export function yamlToData(yamlText: string): unknown {
  const fenced = `\n${yamlText}---`;
  const block = fenced.slice(0, fenced.indexOf('\n---'));
  if (block.replace(/^\s*#[^\n]+/gm, '').trim() === '') return {};
  return parseYaml(block) ?? {};
}
