/** The page's only style sheet, inline: the page loads nothing else. */
export const docsStyles = `
:root { color-scheme: light dark; --muted: #6b7280; --line: #d1d5db; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; display: grid; grid-template-columns: 17rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1rem; border-right: 1px solid var(--line); font-size: 14px; }
nav ul { list-style: none; padding: 0; margin: 0 0 1rem; }
nav li { margin: 0.2rem 0; }
header, main { grid-column: 2; padding: 0 2rem; max-width: 60rem; }
header { padding-top: 1rem; }
nav { grid-row: 1 / span 2; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 13px/1.4 ui-monospace, monospace; }
h1 small { color: var(--muted); font-weight: normal; font-size: 0.6em; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; margin-top: 2.5rem; }
.operation, .component { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; margin: 1rem 0; }
.method { display: inline-block; min-width: 4.5em; text-align: center; border-radius: 4px; color: #fff; font-size: 0.8em; padding: 0.1em 0.4em; background: #6b7280; }
.method-get { background: #2563eb; } .method-post { background: #16a34a; }
.method-put { background: #d97706; } .method-delete { background: #dc2626; }
.summary { font-weight: 600; }
.description, .inline { margin: 0.2rem 0; }
.inline { display: inline; margin-left: 0.5rem; }
.response, .media { margin: 0.4rem 0; }
.media { margin-left: 1rem; }
.status { font-weight: 700; font-family: ui-monospace, monospace; }
.status-2xx { color: #16a34a; } .status-4xx { color: #d97706; } .status-5xx { color: #dc2626; }
.schema { list-style: none; margin: 0.2rem 0; padding-left: 1.2rem; border-left: 2px solid var(--line); }
.schema li { margin: 0.25rem 0; }
.type { color: #7c3aed; font-family: ui-monospace, monospace; font-size: 13px; }
.required { color: #dc2626; font-size: 0.75em; text-transform: uppercase; }
.facts { color: var(--muted); font-size: 0.85em; }
.schema .description { margin: 0; color: var(--muted); font-size: 0.9em; }
@media (max-width: 50rem) { body { display: block; } nav { position: static; height: auto; border: 0; } }
`;
