import { describe, expect, it } from "vitest";
import { InFlightStreams } from "../../../src/core/pipeline/in-flight-streams";
import type { TranslationOutcome } from "../../../src/core/pipeline/translate-article";
import type { TranslationProgress } from "../../../src/core/pipeline/translation-progress";

function recorder(): TranslationProgress & { heard: string[] } {
  const heard: string[] = [];
  return {
    heard,
    segment: (event) => heard.push(`${event.language}:${event.index}:${event.text}`),
    summary: (event) => heard.push(`${event.language} summary`),
    language: (event) => heard.push(`${event.language} done`),
  };
}

const outcome = { id: "tr_1" } as TranslationOutcome;

describe("InFlightStreams", () => {
  it("runs one generation for identical streams; a late joiner hears what was said first", async () => {
    const streams = new InFlightStreams();
    let finish: (value: TranslationOutcome) => void = () => {};
    let started = 0;
    const task = (progress: TranslationProgress) => {
      started += 1;
      progress.segment({ language: "en", index: 0, text: "One" });
      return new Promise<TranslationOutcome>((resolve) => {
        finish = (value) => {
          progress.segment({ language: "en", index: 1, text: "Two" });
          resolve(value);
        };
      });
    };
    const early = recorder();
    const late = recorder();
    const first = streams.run("key", early, task);
    const second = streams.run("key", late, task);
    expect(streams.size).toBe(1);
    finish(outcome);
    expect(await first).toBe(outcome);
    expect(await second).toBe(outcome);
    expect(started).toBe(1);
    expect(late.heard).toEqual(["en:0:One", "en:1:Two"]);
    expect(early.heard).toEqual(late.heard);
    expect(streams.size).toBe(0);
  });

  it("starts afresh once a generation has ended, failed or not", async () => {
    const streams = new InFlightStreams();
    const failing = () => Promise.reject(new Error("provider down"));
    await expect(streams.run("key", recorder(), failing)).rejects.toThrow("provider down");
    expect(streams.size).toBe(0);
    await expect(streams.run("key", recorder(), async () => outcome)).resolves.toBe(outcome);
  });
});
