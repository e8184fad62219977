/**
 * The two services of strapi-plugin-translate that its providers call through the global
 * `strapi` (`strapi.plugin("translate").service(name)`), without Strapi itself: `chunks`
 * splits texts into requests under the provider's limits, `format` converts Markdown (not
 * needed here: the tests send plain text and HTML, which go out unchanged).
 */
interface Chunks {
  readonly chunks: string[][];
  readonly reduceFunction: (results: string[][]) => string[];
}

function split(
  texts: readonly string[],
  limits: { maxLength: number; maxByteSize: number },
): Chunks {
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    const size = new TextEncoder().encode(text).byteLength;
    if (
      current.length > 0 &&
      (current.length >= limits.maxLength || bytes + size > limits.maxByteSize)
    ) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(text);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return { chunks, reduceFunction: (results) => results.flat() };
}

const unsupported = () => {
  throw new Error("Markdown and blocks are not used by these tests");
};

const services: Readonly<Record<string, unknown>> = {
  chunks: { split },
  format: {
    markdownToHtml: unsupported,
    htmlToMarkdown: unsupported,
    blockToHtml: unsupported,
    htmlToBlock: unsupported,
  },
};

/** Installs the stand-in as the global `strapi` the providers expect. */
export function installStrapiStandIn(): void {
  Object.assign(globalThis, {
    strapi: { plugin: (_name: string) => ({ service: (name: string) => services[name] }) },
  });
}
