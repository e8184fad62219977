import type { DocumentBuilder } from "../../../core/article/document-builder";

/**
 * Adds a stretch of text as one segment, keeping the whitespace around it literal (text
 * without a letter stays literal too, and is never sent to a model).
 */
export function addTrimmedSegment(builder: DocumentBuilder, text: string): void {
  const [, leading = "", core = "", trailing = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  builder.addLiteral(leading);
  builder.addSegment("paragraph", core);
  builder.addLiteral(trailing);
}
