/** Vendor key shapes (`sk-…`, `sk-proj-…`, `sk-ant-…`), also when partly masked with `*`. */
const keyLikeTokens = /\bsk-[A-Za-z0-9_\-*.]{4,}/g;

const redacted = "[redacted]";

/**
 * Removes the API key, and anything shaped like one, from text that may end up in logs or
 * responses. Vendors echo a masked key in 401 messages ("Incorrect API key provided: sk-ab***yz").
 */
export function redactSecrets(text: string, apiKey: string | undefined): string {
  const withoutKey = apiKey && apiKey.length >= 4 ? text.split(apiKey).join(redacted) : text;
  return withoutKey.replace(keyLikeTokens, redacted);
}
