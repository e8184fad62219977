import type { GlossaryEntry } from "../../src/core/quality/qa-report";
import type { EvalLanguage } from "./eval-datasets";
import type { RandomSource } from "./seeded-random";

/** What an error injection sees: one aligned reference segment. */
export interface InjectionInput {
  readonly language: EvalLanguage;
  readonly source: string;
  readonly target: string;
  /** The Russian reference of the same line (to slip into Kazakh). */
  readonly russian: string;
  readonly glossary: readonly GlossaryEntry[];
  readonly random: RandomSource;
}

/** The damaged translation segment, and the glossary to check it with. */
export interface Injection {
  readonly target: string;
  readonly glossary: readonly GlossaryEntry[];
  readonly detail: string;
}

export function replaceRange(
  text: string,
  start: number,
  end: number,
  replacement: string,
): string {
  return `${text.slice(0, start)}${replacement}${text.slice(end)}`;
}
