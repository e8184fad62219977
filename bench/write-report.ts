import { writeFileSync } from "node:fs";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly target?: number;
  readonly comparison?: "<=" | ">=";
  readonly detail: string;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1),
  );
  return sorted[index] ?? Number.NaN;
}

function verdict(figure: Figure): string {
  if (figure.target === undefined) return "(reference)";
  const met =
    figure.comparison === ">=" ? figure.value >= figure.target : figure.value <= figure.target;
  return met ? "met" : "NOT met";
}

/** bench/report.json and bench/report.md: every figure with its target and whether it is met. */
export function writeReport(run: {
  ttftMs: number;
  tokensPerSecond: number;
  figures: readonly Figure[];
}): void {
  const measuredAt = new Date().toISOString();
  writeFileSync(
    new URL("report.json", import.meta.url),
    `${JSON.stringify({ measuredAt, latencyModel: { ttftMs: run.ttftMs, tokensPerSecond: run.tokensPerSecond }, figures: run.figures.map((figure) => ({ ...figure, verdict: verdict(figure) })) }, null, 2)}\n`,
  );
  const rows = run.figures.map(
    (figure) =>
      `| ${figure.name} | ${figure.value.toFixed(3)} | ${figure.target === undefined ? "—" : `${figure.comparison} ${figure.target}`} | ${verdict(figure)} | ${figure.detail} |`,
  );
  const markdown = [
    "# tilmash benchmark",
    "",
    `Measured ${measuredAt} by \`npm run bench\`: the real worker (wrangler dev, local KV) against the bundled mock LLM`,
    `with ${run.ttftMs} ms to first token and ${run.tokensPerSecond} output tokens a second per call, tokens counted with gpt-tokenizer (o200k).`,
    "All figures come from this one run. The model calls on a timeline: [timeline.svg](timeline.svg).",
    "",
    "| figure | value | target | verdict | detail |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  writeFileSync(new URL("report.md", import.meta.url), markdown);
  console.log(markdown);
}
