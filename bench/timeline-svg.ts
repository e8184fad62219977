export interface TimelineCall {
  readonly label: string;
  readonly startMs: number;
  readonly endMs: number;
}

export interface TimelineLane {
  readonly title: string;
  readonly calls: readonly TimelineCall[];
}

/** Each model call as a bar on a shared time axis, one block of rows per measured plan. */
export function timelineSvg(lanes: readonly TimelineLane[]): string {
  const width = 960;
  const rowHeight = 14;
  const left = 170;
  const longest = Math.max(1, ...lanes.flatMap((lane) => lane.calls.map((call) => call.endMs)));
  const scale = (width - left - 20) / longest;
  const rows: string[] = [];
  let y = 30;
  for (const lane of lanes) {
    rows.push(`<text x="8" y="${y + 10}" font-weight="bold">${escapeXml(lane.title)}</text>`);
    y += rowHeight + 4;
    lane.calls.forEach((call, index) => {
      const x = left + call.startMs * scale;
      const barWidth = Math.max(1, (call.endMs - call.startMs) * scale);
      const hue = (index * 47) % 360;
      rows.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${rowHeight - 3}" fill="hsl(${hue},55%,60%)"><title>${escapeXml(call.label)}: ${Math.round(call.startMs)}–${Math.round(call.endMs)} ms</title></rect>`,
        `<text x="8" y="${y + 10}" font-size="10">${escapeXml(call.label.slice(0, 26))}</text>`,
      );
      y += rowHeight;
    });
    y += 12;
  }
  const ticks = Array.from({ length: 11 }, (_value, index) => (longest / 10) * index).map(
    (ms) =>
      `<line x1="${left + ms * scale}" y1="20" x2="${left + ms * scale}" y2="${y}" stroke="#ddd"/><text x="${left + ms * scale}" y="16" font-size="10" text-anchor="middle">${(ms / 1000).toFixed(1)} s</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${y + 10}" font-family="sans-serif" font-size="12">`,
    "<title>Model calls on a timeline, per plan</title>",
    `<rect width="100%" height="100%" fill="white"/>`,
    ...ticks,
    ...rows,
    "</svg>",
  ].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
