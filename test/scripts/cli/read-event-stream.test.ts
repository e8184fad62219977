import { describe, expect, it } from "vitest";
import { readEventStream, type ServerEvent } from "../../../cli/read-event-stream";

function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: readonly string[]): Promise<ServerEvent[]> {
  const events: ServerEvent[] = [];
  for await (const event of readEventStream(streamOf(chunks))) events.push(event);
  return events;
}

describe("readEventStream", () => {
  it("reads named events split anywhere across chunks", async () => {
    const events = await collect([
      "event: segm",
      'ent\ndata: {"index":1}\n',
      "\nevent: done\r\ndata: {}\r\n\r\n",
    ]);
    expect(events).toEqual([
      { event: "segment", data: '{"index":1}' },
      { event: "done", data: "{}" },
    ]);
  });

  it("joins multi-line data, skips comments and frames without data, keeps a last unterminated frame", async () => {
    const events = await collect([
      ": keep-alive\n\n",
      "event: ping\n\n",
      "data: a\ndata: b\n\n",
      "event: end\ndata: z",
    ]);
    expect(events).toEqual([
      { event: "message", data: "a\nb" },
      { event: "end", data: "z" },
    ]);
  });
});
