/** The shape both Strapi translate providers share (they ship no usable types). */
interface StrapiTranslateProvider {
  translate(options: {
    readonly text: string | readonly string[];
    readonly sourceLocale: string;
    readonly targetLocale: string;
    readonly format?: "plain" | "markdown" | "html" | "jsonb";
    readonly priority?: number;
  }): Promise<string[]>;
  usage?(): Promise<{ count: number; limit: number }>;
}

interface StrapiProviderOptions {
  readonly apiKey?: string;
  readonly apiUrl?: string;
  readonly localeMap?: Readonly<Record<string, string>>;
  readonly apiOptions?: Readonly<Record<string, unknown>>;
}

declare module "strapi-provider-translate-deepl" {
  const provider: {
    readonly provider: string;
    readonly name: string;
    init(options?: StrapiProviderOptions): StrapiTranslateProvider;
  };
  export default provider;
}
