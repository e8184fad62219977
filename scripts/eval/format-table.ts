import type { LanguageResult } from "./score-language";

function percent(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : `${text}${" ".repeat(width - text.length)}`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => pad(cell, widths[index] ?? 0)).join("  ");
}

function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((left, right) => right[1] - left[1]);
  return entries.length === 0
    ? "-"
    : entries.map(([check, count]) => `${check} ${count}`).join(", ");
}

function pairName(result: LanguageResult): string {
  return `fr→${result.language}`;
}

function falseAlarmTable(results: readonly LanguageResult[]): string[] {
  const widths = [10, 6, 9, 16, 30, 30];
  const header = [
    "dataset",
    "pair",
    "segments",
    "false alarms",
    "blocking by check",
    "warned segments by check",
  ];
  const lines = [
    row(header, widths),
    row(
      widths.map((width) => "-".repeat(width)),
      widths,
    ),
  ];
  for (const result of results) {
    const alarms = result.falseAlarms;
    lines.push(
      row(
        [
          result.dataset,
          pairName(result),
          String(alarms.segments),
          `${percent(alarms.rate)} (${alarms.flagged})`,
          breakdown(alarms.byCheck),
          `${alarms.warnedSegments}: ${breakdown(alarms.warningsByCheck)}`,
        ],
        widths,
      ),
    );
  }
  return lines;
}

function catchTable(results: readonly LanguageResult[]): string[] {
  const widths = [10, 6, 48, 9, 9, 9, 28];
  const header = ["dataset", "pair", "error kind", "injected", "caught", "any sev.", "caught by"];
  const lines = [
    row(header, widths),
    row(
      widths.map((width) => "-".repeat(width)),
      widths,
    ),
  ];
  for (const result of results) {
    for (const caught of result.catches) {
      const blockingRate = caught.injected === 0 ? 0 : caught.caughtBlocking / caught.injected;
      const anyRate = caught.injected === 0 ? 0 : caught.caughtAny / caught.injected;
      lines.push(
        row(
          [
            result.dataset,
            pairName(result),
            caught.label,
            String(caught.injected),
            caught.expectsBlocking ? percent(blockingRate) : "-",
            percent(anyRate),
            breakdown(caught.byCheck),
          ],
          widths,
        ),
      );
    }
  }
  return lines;
}

function timingLines(results: readonly LanguageResult[]): string[] {
  return results.map(
    (result) =>
      `${result.dataset} ${pairName(result)}: ${result.timing.runs} runs, ` +
      `${result.timing.averageMs.toFixed(2)} ms average, ${result.timing.maxMs.toFixed(2)} ms max per document`,
  );
}

/** The readable report: false alarms, catches per error kind, and time per document. */
export function formatTables(results: readonly LanguageResult[]): string {
  return [
    "False alarms: reference segments with a blocking issue (target ≤ 2%)",
    ...falseAlarmTable(results),
    "",
    "Catches: injected errors flagged on their segment (caught = blocking, target ≥ 95%)",
    ...catchTable(results),
    "",
    "Time per document (all checks, Node):",
    ...timingLines(results),
  ].join("\n");
}
