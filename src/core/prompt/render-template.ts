/** Replaces `{{name}}` with its value; an unknown name is a programming error. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Prompt template uses an unknown value: ${name}`);
    return value;
  });
}
