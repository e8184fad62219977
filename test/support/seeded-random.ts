/** A small deterministic random source: the same seed gives the same articles on every run. */
export class SeededRandom {
  constructor(private state: number) {}

  /** A number in [0, 1). */
  next(): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) >>> 0;
    return this.state / 2 ** 32;
  }

  /** An integer in [0, below). */
  below(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<Item>(items: readonly Item[]): Item {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** `count(min, max)` items made by `make`, joined by `separator`. */
  repeat(min: number, max: number, make: () => string, separator = ""): string {
    return Array.from({ length: min + this.below(max - min + 1) }, make).join(separator);
  }
}
