import { readFileSync } from "node:fs";

/** The worker's prompt templates, filled in like the worker does (unknown names become ""). */
const promptsDirectory = new URL("../../../prompts/", import.meta.url);
const template = (name: string) => readFileSync(new URL(name, promptsDirectory), "utf8");

const names: Readonly<Record<string, string>> = { en: "English", kk: "Kazakh", ru: "Russian" };

export interface PromptInput {
  readonly code: string;
  readonly bullets: number;
  readonly segments: readonly (readonly [string, string])[];
  readonly task?: string;
}

export interface TranslationPromptText {
  readonly system: string;
  readonly user: string;
}

export const sampleSegments: readonly (readonly [string, string])[] = [
  ["title", "Le gouvernement débloque 3,5 milliards d'euros pour l'hôpital"],
  [
    "1",
    "Le **Premier ministre** a annoncé lundi 12 mars 2025 une enveloppe de 3,5 milliards d'euros ⟦1⟧. Elle sera versée en deux fois.",
  ],
  ["2", "Selon _l'Insee_, le taux de chômage atteint 7,4 % au premier trimestre."],
  ["3", "Le détail du plan est publié sur [le site du ministère](⟦2⟧) et sur ⟦3⟧."],
  ["4", "« Nous tiendrons nos engagements », a déclaré la ministre à Marseille."],
];

export function renderTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => values[name] ?? "");
}

export function translationPrompt(input: PromptInput): TranslationPromptText {
  const task = input.task ?? (input.bullets > 0 ? "translate and summarize" : "translate");
  const values = {
    target_name: names[input.code] ?? input.code,
    target_code: input.code,
    summary_bullets: String(input.bullets),
    task,
    language_notes: "",
    segments: input.segments.map(([id, text]) => `[[${id}]] ${text}`).join("\n"),
  };
  const summaryFormat =
    input.bullets > 0 ? renderTemplate(template("summary-format.md"), values) : "";
  return {
    system: renderTemplate(template("translate-system.md"), {
      ...values,
      summary_format: summaryFormat,
    }),
    user: renderTemplate(template("translate-user.md"), values),
  };
}

/** The answer split into its parts, failing loudly when the shape is wrong. */
export interface ParsedAnswer {
  readonly segments: readonly { readonly id: string; readonly text: string }[];
  readonly bullets: readonly string[] | undefined;
  readonly endsWithEnd: boolean;
}

export function parseAnswer(text: string): ParsedAnswer {
  const lines = text.split("\n");
  const segments: { id: string; text: string }[] = [];
  let bullets: string[] | undefined;
  for (const line of lines) {
    if (line === "[[end]]") break;
    if (line === "[[summary]]") {
      bullets = [];
      continue;
    }
    if (bullets) {
      if (!line.startsWith("- ")) throw new Error(`not a bullet: ${line}`);
      bullets.push(line.slice(2));
      continue;
    }
    const match = /^\[\[([^\]]+)\]\] (.*)$/.exec(line);
    if (!match) throw new Error(`not a segment line: ${line}`);
    segments.push({ id: match[1] ?? "", text: match[2] ?? "" });
  }
  return { segments, bullets, endsWithEnd: lines.at(-1) === "[[end]]" };
}

export const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
export const cyrillicLetters = /\p{Script=Cyrillic}/u;
