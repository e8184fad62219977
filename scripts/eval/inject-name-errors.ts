import { frenchTermPattern } from "../../src/core/quality/glossary-patterns";
import type { GlossaryEntry } from "../../src/core/quality/qa-report";
import { foldLatinAccents } from "../../src/core/quality/text-words";
import type { EvalLanguage } from "./eval-datasets";
import type { Injection, InjectionInput } from "./injection";
import { misspellRange } from "./misspell-name";
import { pickOne } from "./seeded-random";

const vowelEnding = /[аеёиоуыэюяйьәөүұі]$/u;

/** Where the expected form's first word stands in the target (its stem, for ru and kk). */
function findForm(target: string, form: string, language: EvalLanguage) {
  const word = form.split(/[\s-]/u)[0] ?? form;
  const stem = language !== "en" && vowelEnding.test(word) ? word.slice(0, -1) : word;
  const index = target.indexOf(stem);
  return index < 0 ? undefined : { index, length: stem.length };
}

export function injectGlossaryName(input: InjectionInput): Injection | undefined {
  const foldedSource = foldLatinAccents(input.source);
  const usable = input.glossary.flatMap((entry) => {
    const form = entry.targets[input.language];
    if (form === undefined || !frenchTermPattern(entry.source).test(foldedSource)) return [];
    const found = findForm(input.target, form, input.language);
    return found === undefined ? [] : [{ form, found }];
  });
  const chosen = pickOne(input.random, usable);
  if (chosen === undefined) return undefined;
  const { index, length } = chosen.found;
  const target = misspellRange(input.target, index + 1, index + length - 1, input.random);
  if (target === undefined) return undefined;
  const misspelt = target.slice(index, index + length + 1).split(/[\s,.]/u)[0] ?? "";
  return { target, glossary: input.glossary, detail: `${chosen.form} → ${misspelt}` };
}

/** Capitalised Latin words of five letters or more, past the first word, in source and target. */
const capitalised = /(?<=[\s(«"“])\p{Lu}\p{Ll}{4,}(?![\p{L}])/gu;

function verbatimNames(source: string, target: string): string[] {
  const names = new Set(Array.from(source.matchAll(capitalised), (match) => match[0]));
  const pattern = (name: string) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "u");
  return [...names].filter(
    (name) => /^\p{Script=Latin}+$/u.test(name) && pattern(name).test(target),
  );
}

function misspellVerbatim(input: InjectionInput) {
  const name = pickOne(input.random, verbatimNames(input.source, input.target));
  if (name === undefined) return undefined;
  const misspelt = misspellRange(name, 1, name.length - 1, input.random);
  if (misspelt === undefined) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "gu");
  return { name, misspelt, target: input.target.replace(pattern, misspelt) };
}

export function injectVerbatimName(input: InjectionInput): Injection | undefined {
  const change = misspellVerbatim(input);
  if (change === undefined) return undefined;
  const detail = `${change.name} → ${change.misspelt}`;
  return { target: change.target, glossary: input.glossary, detail };
}

export function injectVerbatimNameWithGlossary(input: InjectionInput): Injection | undefined {
  const change = misspellVerbatim(input);
  if (change === undefined) return undefined;
  const entry: GlossaryEntry = { source: change.name, targets: {}, do_not_translate: true };
  const detail = `${change.name} → ${change.misspelt}`;
  return { target: change.target, glossary: [...input.glossary, entry], detail };
}
