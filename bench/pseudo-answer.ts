import { composeAnswer } from "../mock-llm/compose-answer";
import { parseWorkerPrompt } from "../mock-llm/parse-worker-prompt";
import type { GenerateRequest } from "../src/core/model/language-model";

/** The bundled mock's answer, computed in-process (for the CPU measurement's replay model). */
export function pseudoTranslateAnswer(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? "";
  return composeAnswer(user, parseWorkerPrompt(user), "well-formed");
}
