/** `tilmash --help`: every option, the output files and the exit codes. */
export const usageText = `Usage: tilmash translate <file> [options]

Translates a French news article (Markdown, HTML or plain text) into English, Kazakh and
Russian with bullet summaries. For article.md it writes, next to the input or in --out-dir:
  article.en.md  article.kk.md  article.ru.md                       the translations
  article.en.summary.md  article.kk.summary.md  article.ru.summary.md  the summaries

Options:
  --to <codes>        target languages, comma-separated (default: en,kk,ru)
  --format <format>   text, markdown or html (default: from the extension:
                      .md .markdown: markdown, .html .htm: html, others: text)
  --title <text>      the article's title (default: none, the whole file is the body)
  --bullets <n>       bullets per summary, 1 to 10 (default: 5)
  --no-summary        no summaries
  --server <url>      use a running tilmash server, with the key in TILMASH_API_KEY;
                      without it, translate in this process with the providers set in
                      the environment (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL,
                      ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, LLM_PROVIDERS, LLM_*)
  --provider <name>   only this provider (openai, anthropic), no fallback
  --model <name>      the model of the first provider
  --out-dir <dir>     where to write the files (default: the input's directory)
  --no-cache          ask the server for a fresh translation (Cache-Control: no-cache)
  --json              print a JSON report on stdout instead of the list of files
  --quiet             no progress on stderr
  -h, --help          show this help

Exit codes:
  0  done, every file written
  1  usage: a wrong option or argument
  2  file: the input cannot be read, or an output cannot be written
  3  unavailable: the server cannot be reached, or it or the providers failed or are
     not configured (HTTP 5xx)
  4  refused: the service refused the request (HTTP 4xx: API key, article too large,
     unsupported language or format, empty article)
`;
