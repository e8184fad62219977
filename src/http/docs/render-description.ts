import { escapeHtml } from "./escape-html";

/** A description as a paragraph, with `backticked` spans as code; nothing when absent. */
export function renderDescription(text: string | undefined, className = "description"): string {
  if (!text) return "";
  const html = escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
  return `<p class="${className}">${html}</p>`;
}
