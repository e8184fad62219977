// Node module hooks for the CLI: a `.md` import is the file's text, as wrangler's
// `Text` rule bundles the prompt files into the worker (see wrangler.toml).
import { readFile } from "node:fs/promises";

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".md")) return nextLoad(url, context);
  const text = await readFile(new URL(url), "utf8");
  return {
    format: "module",
    source: `export default ${JSON.stringify(text)};`,
    shortCircuit: true,
  };
}
