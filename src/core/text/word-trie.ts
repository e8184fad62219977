/**
 * Sets of words read one character code at a time, so that a word of a text can be looked up
 * where it stands (`text`, `start`, `end`) without cutting a string out of the text: the
 * checks look up every word of every translation, and a slice and its hash cost more than
 * walking a few nodes.
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** A word of the set ends here. */
  complete: boolean;
}

function createNode(): TrieNode {
  return { next: new Map(), complete: false };
}

function addCodes(root: TrieNode, codes: readonly number[]): void {
  let node = root;
  for (const code of codes) {
    let child = node.next.get(code);
    if (child === undefined) {
      child = createNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.complete = true;
}

function codesOf(word: string): number[] {
  return Array.from({ length: word.length }, (_, index) => word.charCodeAt(index));
}

/** Whole words: `has` is `words.has(text.slice(start, end))`. */
export class WordTrie {
  private readonly root = createNode();

  constructor(words: Iterable<string>) {
    for (const word of words) addCodes(this.root, codesOf(word));
  }

  has(text: string, start: number, end: number): boolean {
    let node: TrieNode | undefined = this.root;
    for (let index = start; index < end && node !== undefined; index += 1) {
      node = node.next.get(text.charCodeAt(index));
    }
    return node?.complete ?? false;
  }
}

/** Word endings: `endsOne` is true when `text.slice(start, end)` ends with one (or is one). */
export class EndingTrie {
  private readonly root = createNode();

  constructor(endings: Iterable<string>) {
    for (const ending of endings) addCodes(this.root, codesOf(ending).reverse());
  }

  endsOne(text: string, start: number, end: number): boolean {
    let node: TrieNode | undefined = this.root;
    for (let index = end - 1; index >= start; index -= 1) {
      node = node.next.get(text.charCodeAt(index));
      if (node === undefined) return false;
      if (node.complete) return true;
    }
    return false;
  }
}
