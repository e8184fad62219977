import { describe, expect, it } from "vitest";
import { sha256Hex, sha256HexOf } from "../../../src/core/hash/sha256-hex";

const encoder = new TextEncoder();

async function webCryptoHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const texts = [
  "",
  "abc",
  "Қазақстан – Union européenne – France",
  "😀🇫🇷 ⟦1⟧ \u0000 \uD800 lone surrogate",
  "x".repeat(55),
  "x".repeat(56),
  "x".repeat(64),
  "é".repeat(1000),
  JSON.stringify(["segment", "Le président a annoncé", { provider: "p", modelId: "m" }]),
];

describe("sha256Hex", () => {
  it("knows the standard test vector", () => {
    expect(sha256HexOf("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("gives the digest Web Crypto gives", async () => {
    for (const text of texts) expect(await sha256Hex(text)).toBe(await webCryptoHex(text));
  });
});
