#!/usr/bin/env node
// `tilmash` (package.json "bin"): runs cli/tilmash.ts through tsx on Node 22 or later,
// falling back to the Node 22 that `npm install` puts in node_modules.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { register } from "node:module";
import { fileURLToPath } from "node:url";

const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  const bundledNode = fileURLToPath(new URL("../node_modules/node/bin/node", import.meta.url));
  if (!existsSync(bundledNode)) {
    console.error(
      `tilmash needs Node.js 22 or later (this is ${process.version}); run npm install.`,
    );
    process.exit(1);
  }
  const args = [fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawnSync(bundledNode, args, { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

register("./markdown-text-hooks.mjs", import.meta.url);
const { register: registerTypeScript } = await import("tsx/esm/api");
registerTypeScript();
await import("./tilmash.ts");
