// User-facing sentences travel as an English template with {0}-style placeholders plus their
// values: the extension passes them through vscode.l10n.t, a plain-Node caller just fills them in.

export interface Text {
  readonly template: string;
  readonly args: readonly (string | number)[];
}

export function text(template: string, ...args: (string | number)[]): Text {
  return { template, args };
}

/** The English sentence, placeholders filled. */
export function render(t: Text): string {
  return t.template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < t.args.length ? String(t.args[Number(i)]) : m));
}

/** Makes a Text the user's sentence: `localize` (vscode.l10n) in the extension, `render` in plain Node. */
export type Localize = (t: Text) => string;
