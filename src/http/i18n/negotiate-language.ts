export const interfaceLanguages = ["en", "fr", "kk", "ru"] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** Picks the best supported language from an `Accept-Language` header (q-values honoured). */
export function negotiateLanguage(header: string | undefined | null): InterfaceLanguage {
  const ranked = (header ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = Number(
        parameters
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return {
        base: tag.toLowerCase().split("-")[0] ?? "",
        quality: Number.isNaN(quality) ? 0 : quality,
        position,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  const match = ranked.find((entry) =>
    (interfaceLanguages as readonly string[]).includes(entry.base),
  );
  return (match?.base as InterfaceLanguage | undefined) ?? "en";
}
