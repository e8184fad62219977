// Fails fast when npm scripts would run on a Node.js older than 22
// (for example when install scripts were skipped and the bundled Node 22 is missing).
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(
    `tilmash needs Node.js 22 or later, but this script runs on ${process.version}. ` +
      "Run `npm install` without --ignore-scripts so the bundled Node 22 is installed.",
  );
  process.exit(1);
}
