/**
 * A text transformation done one character at a time (folding accents, removing marks), for
 * texts where each character's result does not depend on its neighbours. Each character's
 * result is computed once, by the whole-text transformation applied to it alone.
 */
export type CharacterMapping = (text: string) => string;

/** Characters below this are ASCII or Latin-1 symbols, which the mappings here leave alone. */
const firstMappedCode = 0xc0;

export function mapEachCharacter(transformOne: (character: string) => string): CharacterMapping {
  const results = new Map<number, string>();
  const mapped = (code: number) => {
    let result = results.get(code);
    if (result === undefined) {
      result = transformOne(String.fromCharCode(code));
      results.set(code, result);
    }
    return result;
  };
  return (text) => {
    let output = "";
    let copiedUpTo = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code < firstMappedCode) continue;
      const character = mapped(code);
      if (character.length === 1 && character.charCodeAt(0) === code) continue;
      output += text.slice(copiedUpTo, index) + character;
      copiedUpTo = index + 1;
    }
    return output + text.slice(copiedUpTo);
  };
}
