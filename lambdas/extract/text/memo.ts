/**
 * A pure function of a string remembered for the strings it was last asked about. Bounded: a warm Lambda
 * reads many documents, so the memory is emptied whenever it holds `max` entries rather than growing with
 * every name ever read.
 */
export function boundedMemo<T>(fn: (key: string) => T, max = 4096): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as T;
    const value = fn(key);
    if (memory.size >= max) memory.clear();
    memory.set(key, value);
    return value;
  };
}

/** See spanMemo. */
export type SpanMemo<T> = (
  document: string,
  context: string,
  start: number,
  end: number,
  compute: () => T,
) => T;

/**
 * Values computed for spans [start, end) of one document, remembered while that document is read: several
 * stages ask for the same span (the words of a line, its segmenter's boundaries), and segmenting it again costs
 * more than the lookup. Only the last document (and `context`, such as its language) is kept: emptied when
 * another is asked about, so a warm Lambda holds one document's spans at most. Callers share the values, so
 * they must not change them.
 */
export function spanMemo<T>(): SpanMemo<T> {
  let lastDocument = '';
  let lastContext = '';
  const memory = new Map<string, T>();
  return (document, context, start, end, compute) => {
    if (document !== lastDocument || context !== lastContext) {
      lastDocument = document;
      lastContext = context;
      memory.clear();
    }
    const key = `${start} ${end}`;
    const known = memory.get(key);
    if (known !== undefined) return known;
    const value = compute();
    memory.set(key, value);
    return value;
  };
}
