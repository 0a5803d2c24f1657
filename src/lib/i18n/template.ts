/**
 * The "{placeholder}" rule of every catalogue (the main one, the timeline's and the sharing tools', the
 * years view's, the program pages'): a known name is filled, an unknown one stays as written.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
