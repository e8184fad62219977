import { pseudoTranslate } from "../mock-llm/pseudo-translate";
import type { GenerateRequest } from "../src/core/model/language-model";

/** The mock's answer format, computed in-process (for the CPU measurement's replay model). */
export function pseudoTranslateAnswer(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? "";
  const lines = (/<article>\n([\s\S]*)\n<\/article>/.exec(user)?.[1] ?? "").split("\n");
  if (/^Summaries: /m.test(user)) {
    const codes = (/^Summaries: (.*)$/m.exec(user)?.[1] ?? "").split(", ");
    const bullets = Number(/^Bullets: (\d+)/m.exec(user)?.[1] ?? 0);
    const notes = (/^Notes: (.*)$/m.exec(user)?.[1] ?? "none")
      .split(", ")
      .filter((id) => id !== "none");
    return [
      ...notes.map((id) => `[[${id}]] note`),
      ...codes.flatMap((code) => [
        `[[summary ${code}]]`,
        ...Array.from({ length: bullets }, () => `- ${pseudoTranslate("Un fait.", code)}`),
      ]),
      "[[end]]",
    ].join("\n");
  }
  const code = /^Language: (\S+)/m.exec(user)?.[1] ?? "en";
  const translated = lines.map((line) => {
    const [, marker = "", text = ""] = /^(\[\[\w+\]\]) (.*)$/.exec(line) ?? [];
    return `${marker} ${pseudoTranslate(text, code)}`;
  });
  return [...translated, "[[end]]"].join("\n");
}
