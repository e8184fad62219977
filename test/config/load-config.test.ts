import { describe, expect, it } from "vitest";
import type { Bindings } from "../../src/config/bindings";
import { loadConfig } from "../../src/config/load-config";
import { qaCheckNameSchema } from "../../src/core/quality/qa-report";

/** The checks a deployment with these variables runs (the others keep their defaults). */
function checksWith(variables: Partial<Bindings>): readonly string[] {
  return loadConfig(variables as Bindings).QA_CHECKS;
}

const everyCheck = qaCheckNameSchema.options;

describe("loadConfig: QA_CHECKS", () => {
  it("runs every check by default and with all", () => {
    expect(checksWith({})).toEqual(everyCheck);
    expect(checksWith({ QA_CHECKS: "all" })).toEqual(everyCheck);
    expect(checksWith({ QA_CHECKS: " " })).toEqual(everyCheck);
  });

  it("reads a list of check names, in any case and order, with spaces", () => {
    expect(checksWith({ QA_CHECKS: "Shape, numbers ,glossary" })).toEqual([
      "numbers",
      "glossary",
      "shape",
    ]);
  });

  it("turns every check off only with none", () => {
    expect(checksWith({ QA_CHECKS: "none" })).toEqual([]);
    expect(checksWith({ QA_CHECKS: "NONE" })).toEqual([]);
  });

  it("ignores unknown names, and falls back to every check when no name is known", () => {
    expect(checksWith({ QA_CHECKS: "numbers,spelling" })).toEqual(["numbers"]);
    expect(checksWith({ QA_CHECKS: "numbrs" })).toEqual(everyCheck);
    expect(checksWith({ QA_CHECKS: "none,numbers" })).toEqual(["numbers"]);
  });
});
