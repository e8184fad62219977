/**
 * A set of UTF-16 code units tested with one array read: the checks test every character of
 * every translation, and a `Set<number>` costs a hash lookup each time.
 */
export class CodeUnitSet {
  private readonly members = new Uint8Array(0x10000);

  constructor(characters: string) {
    for (let index = 0; index < characters.length; index += 1) {
      this.members[characters.charCodeAt(index)] = 1;
    }
  }

  has(code: number): boolean {
    return this.members[code] === 1;
  }
}
