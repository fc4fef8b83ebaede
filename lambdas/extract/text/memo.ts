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
