// What package.json makes of the view's context keys, as VS Code shows it: the welcome content (the
// viewsWelcome entry whose `when` holds) and the buttons in the view's title bar (view/title, group
// navigation), in package.nls.json's words. Reads the `when` forms this manifest uses (&&, !key,
// key, ==, !=, =~ /re/) and fails on any other, rather than guess.
import manifest from '../../package.json';
import nls from '../../package.nls.json';
import type { ViewChrome } from '../../src/model/viewChrome';

type ContextKeys = Readonly<Record<string, string | boolean | undefined>>;

function holds(when: string, keys: ContextKeys): boolean {
  // Regular expressions aside (`=~ /^(a|b)$/`), so that their | and () are not read as the clause's.
  const regexps: string[] = [];
  const clause = when.replace(/=~ \/(.+?)\/(?=\s|$)/g, (_m, re: string) => `=~ #${regexps.push(re) - 1}`);
  if (/\|\||[()]/.test(clause)) throw new Error(`a when clause this helper does not read: ${when}`);
  return clause.split('&&').every((raw) => {
    const term = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^!([\w.]+)$/.exec(term))) return !keys[m[1]];
    if ((m = /^([\w.]+)$/.exec(term))) return Boolean(keys[m[1]]);
    if ((m = /^([\w.]+) (==|!=) ([\w.]+)$/.exec(term))) return (String(keys[m[1]] ?? '') === m[3]) === (m[2] === '==');
    if ((m = /^([\w.]+) =~ #(\d+)$/.exec(term))) return new RegExp(regexps[Number(m[2])]).test(String(keys[m[1]] ?? ''));
    throw new Error(`a when term this helper does not read: ${term}`);
  });
}

/** A `%key%` of package.json in English. */
function english(value: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : (nls as Record<string, string>)[key];
}

/** The context keys the view sets from its chrome (src/tree/viewChrome.ts). */
export function contextKeys(chrome: ViewChrome): ContextKeys {
  return {
    view: 'losant.organizations',
    'losant.state': chrome.state,
    'losant.stateDetail': chrome.detail,
    'losant.filtered': chrome.filtered,
    'losant.apiUrlFromWorkspace': chrome.apiUrlFromWorkspace,
  };
}

export interface Welcome {
  /** The lines that are not buttons. */
  text: string[];
  /** Lines that are only a command link: VS Code draws them as buttons. */
  buttons: string[];
}

/** The welcome content VS Code shows for these keys (when the tree has no rows), if any. */
export function welcomeFor(keys: ContextKeys): Welcome | undefined {
  const shown = manifest.contributes.viewsWelcome.filter((w) => w.view === keys.view && holds(w.when, keys));
  if (shown.length > 1) throw new Error(`two welcome contents for ${JSON.stringify(keys)}`);
  if (shown.length === 0) return undefined;
  const lines = english(shown[0].contents).split('\n');
  const button = /^\[([^\]]+)\]\(command:[^)]+\)$/;
  return { text: lines.filter((l) => !button.test(l)), buttons: lines.flatMap((l) => button.exec(l)?.[1] ?? []) };
}

/** The titles of the buttons in the view's title bar for these keys, left to right. */
export function titleButtonsFor(keys: ContextKeys): string[] {
  const order = (group: string) => Number(/@(\d+)$/.exec(group)?.[1] ?? 0);
  return manifest.contributes.menus['view/title']
    .filter((m) => m.group.startsWith('navigation') && holds(m.when, keys))
    .sort((a, b) => order(a.group) - order(b.group))
    .map((m) => english(manifest.contributes.commands.find((c) => c.command === m.command)!.title));
}
