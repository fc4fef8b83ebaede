/**
 * The phrases of a phrase table as a trie of their words, read word by word from the text's words: the
 * longest phrase ending (or starting) at a word is found by walking from it, one map lookup per word, where
 * trying every length built each candidate phrase as a string and hashed it (match.ts phraseBefore and
 * phraseAfter ask at every lower-case word after a name's type word and around every name).
 */

export interface WordTrie<T> {
  /** The phrase's value when the words walked so far are one. */
  readonly value: T | undefined;
  readonly next: ReadonlyMap<string, WordTrie<T>>;
}

interface Node<T> {
  value: T | undefined;
  readonly next: Map<string, Node<T>>;
}

/** A trie of the phrases (words in the order they are to be walked); the first value given a phrase stays. */
export function wordTrie<T>(phrases: Iterable<readonly [readonly string[], T]>): WordTrie<T> {
  const root: Node<T> = { value: undefined, next: new Map() };
  for (const [words, value] of phrases) {
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { value: undefined, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return root;
}
