import type { EvalLanguage } from "./eval-datasets";
import {
  injectGlossaryName,
  injectVerbatimName,
  injectVerbatimNameWithGlossary,
} from "./inject-name-errors";
import { injectNumberDrop, injectNumberMagnitude, injectNumberValue } from "./inject-number-errors";
import type { Injection, InjectionInput } from "./injection";

export type ErrorKind =
  | "number-value"
  | "number-magnitude"
  | "number-drop"
  | "name-glossary"
  | "name-verbatim"
  | "name-verbatim-glossary"
  | "russian-in-kazakh"
  | "french-left";

export interface ErrorKindDefinition {
  readonly kind: ErrorKind;
  readonly label: string;
  readonly languages: readonly EvalLanguage[];
  /** Whether a catch means a blocking issue (else any issue: the names check only warns). */
  readonly expectsBlocking: boolean;
  /** The damaged segment, or undefined where the kind does not apply. */
  readonly inject: (input: InjectionInput) => Injection | undefined;
}

const allLanguages: readonly EvalLanguage[] = ["en", "ru", "kk"];

function injectRussian(input: InjectionInput): Injection | undefined {
  if (input.russian.trim() === "" || input.russian === input.target) return undefined;
  return { target: input.russian, glossary: input.glossary, detail: "Russian reference" };
}

function injectFrench(input: InjectionInput): Injection | undefined {
  if (input.source.trim() === "") return undefined;
  return { target: input.source, glossary: input.glossary, detail: "French source" };
}

export const errorKinds: readonly ErrorKindDefinition[] = [
  {
    kind: "number-value",
    label: "number value changed",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectNumberValue,
  },
  {
    kind: "number-magnitude",
    label: "magnitude changed (million↔billion)",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectNumberMagnitude,
  },
  {
    kind: "number-drop",
    label: "number dropped",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectNumberDrop,
  },
  {
    kind: "name-glossary",
    label: "name misspelt (NTREX glossary)",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectGlossaryName,
  },
  {
    kind: "name-verbatim-glossary",
    label: "name misspelt (verbatim, doNotTranslate entry)",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectVerbatimNameWithGlossary,
  },
  {
    kind: "name-verbatim",
    label: "name misspelt (verbatim, no glossary; warning)",
    languages: allLanguages,
    expectsBlocking: false,
    inject: injectVerbatimName,
  },
  {
    kind: "russian-in-kazakh",
    label: "Kazakh replaced by Russian reference",
    languages: ["kk"],
    expectsBlocking: true,
    inject: injectRussian,
  },
  {
    kind: "french-left",
    label: "left in French (source copied)",
    languages: allLanguages,
    expectsBlocking: true,
    inject: injectFrench,
  },
];
