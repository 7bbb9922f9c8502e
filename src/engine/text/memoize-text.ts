/**
 * Wraps a conversion of text so that each distinct text is converted once: names, sentences and quotes
 * recur across articles. The results are shared between callers and must not be changed; they are held
 * for as long as the returned function is referenced.
 *
 * @param convert A pure conversion.
 * @example
 * const fold = memoizeText(foldText);
 * fold('Séjourné') // => 'sejourne' (converted)
 * fold('Séjourné') // => 'sejourne' (remembered)
 */
export function memoizeText<T>(convert: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) memory.set(text, (value = convert(text)));
    return value;
  };
}
