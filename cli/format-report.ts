import { isAbsolute, relative } from "node:path";
import type { TranslateReport } from "./translate-command";

/** The files written, one language a line, then what the translation cost. */
export function formatReport(report: TranslateReport, cwd: string): string {
  const lines = Object.entries(report.files).map(([language, files]) => {
    const paths = [files.translation, files.summary].filter((path) => path !== null);
    return `${language}  ${paths.map((path) => shortPath(path, cwd)).join("  ")}`;
  });
  const { meta } = report.response;
  const usage = `${meta.usage.llm_calls} model calls, ${meta.usage.input_tokens} tokens in, ${meta.usage.output_tokens} out`;
  return `${lines.join("\n")}\n${meta.provider} ${meta.model} · cache ${meta.cache} · ${usage}\n`;
}

/** Relative to the working directory when inside it, absolute otherwise. */
function shortPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return relativePath.startsWith("..") || isAbsolute(relativePath) ? path : relativePath;
}

/** `--json`: the report with paths as given, and the API's response body. */
export function formatJsonReport(report: TranslateReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
