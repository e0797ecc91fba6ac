// Shared helpers of the integration suite (runs inside the real VS Code extension host).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import * as vscode from 'vscode';
import { startFakeLosant, type FakeLosant, type FakeLosantOptions } from '../server/fakeLosant';
import type { TestChannel } from '../channel/extension';
import type { TreeNode } from '../../src/tree/nodes';
import { EXTENSION_ID } from '../harness/extensionId';
import { waitFor } from '../harness/poll';

export { waitFor };
import { Log } from '../../src/adapters/log';

export { EXTENSION_ID };

export async function activateExtension(): Promise<TestChannel> {
  const ext = vscode.extensions.getExtension<TestChannel>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('losant').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The root rows of the Organizations tree as VS Code would render them, tooltips resolved. */
export async function rootItems(api: TestChannel): Promise<vscode.TreeItem[]> {
  const nodes = (await api.provider.getChildren()) ?? [];
  return nodes.map((n: TreeNode) => api.provider.resolveTreeItem(api.provider.getTreeItem(n), n));
}

export async function rootLabels(api: TestChannel): Promise<string[]> {
  return (await rootItems(api)).map((i) => (typeof i.label === 'string' ? i.label : (i.label?.label ?? '')));
}

/** Waits until the tree has settled in the given state and returns its rows' labels. */
export async function settledLabels(api: TestChannel, state: string): Promise<string[]> {
  return waitFor(`the tree in state ${state}`, async () => {
    const labels = await rootLabels(api);
    return api.chrome.current()?.state === state ? labels : undefined;
  });
}

/** Points the extension at the server, stores its all-scopes token, and waits for the tree. */
export async function signIn(api: TestChannel, server: { url: string; tokens: { all: string }; requests: readonly unknown[] }): Promise<void> {
  await setSetting('apiUrl', server.url);
  await vscode.commands.executeCommand('workbench.view.extension.losant');
  const stored = await api.setApiToken(server.tokens.all);
  if (!stored) throw new Error('the token was not stored');
  await settledLabels(api, 'signedIn');
  await untilQuiet(server);
}

/**
 * Waits until the server has had no request for `quietMs`: the settings and secret-storage events
 * of a sign-in reach the extension asynchronously, and the reload one of them causes must not
 * land in the next test's request counts.
 */
export async function untilQuiet(server: { requests: readonly unknown[] }, quietMs = 400): Promise<void> {
  let count = -1;
  let since = Date.now();
  await waitFor(`${quietMs} ms without a request`, () => {
    if (server.requests.length !== count) {
      count = server.requests.length;
      since = Date.now();
    }
    return Date.now() - since >= quietMs;
  });
}

/** Signs out and puts every setting the suites touch back to its default. */
export async function signOutAndReset(): Promise<void> {
  await vscode.commands.executeCommand('losant.clearOrganizationsFilter');
  await vscode.commands.executeCommand('losant.signOut');
  for (const key of [
    'apiUrl',
    'appUrl',
    'organizations.sortField',
    'organizations.sortDirection',
    'organizations.pageSize',
    'organizations.includePayloadCounts',
    'organizations.autoRefreshSeconds',
    'requestTimeoutSeconds',
  ]) {
    await setSetting(key, undefined);
  }
}

/** Every token the suites handed out; the last file checks that none was ever logged. */
export const issuedTokens = new Set<string>();

/** Every password and two-factor code the suites typed; the last file checks that none was ever logged either. */
export const typedSecrets = new Set<string>();

/** Starts a local Losant server whose tokens are all remembered in issuedTokens. */
export async function startServer(options: FakeLosantOptions): Promise<FakeLosant> {
  const server = await startFakeLosant(options);
  for (const t of Object.values(server.tokens)) issuedTokens.add(t);
  const sign = server.signToken.bind(server);
  server.signToken = (claims) => {
    const t = sign(claims);
    issuedTokens.add(t);
    return t;
  };
  return server;
}

/** A log of its own (a second channel named "Losant" would close the extension's) that keeps its errors. */
export class RecordingLog extends Log {
  readonly errors: string[] = [];
  override error(message: string): void {
    this.errors.push(message);
    super.error(message);
  }
}

/**
 * A MarkdownString rendered as VS Code's hover renders it: marked, and, when it supports theme
 * icons, `$(name)` in its text drawn as an icon (VS Code's own escape, `\\$(name)`, left as text).
 */
export function renderAsVsCode(md: vscode.MarkdownString): string {
  const icons = md.supportThemeIcons === true;
  // VS Code doubles the backslash of an escaped icon so that marked keeps it (markdownEscapeEscapedIcons).
  const value = icons ? md.value.replace(/\\\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi, (m) => `\\${m}`) : md.value;
  const html = marked.parse(value, { async: false, gfm: true });
  if (!icons) return html;
  return html.replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (_m, escaped: string | undefined, name: string) =>
    escaped ? `$(${name})` : `<span class="codicon codicon-${name}"></span>`,
  );
}

/** The file of the extension's Losant log in this window. */
function losantLogFile(api: TestChannel): string {
  const windowLogs = path.resolve(api.logUri.fsPath, '..', '..');
  const file = fs
    .readdirSync(windowLogs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(windowLogs, f))
    .find((f) => /Losant\.log$/.test(f));
  if (!file) throw new Error(`no Losant log under ${windowLogs}`);
  return file;
}

/** Where the Losant log ends now: handed to losantLogLine, only what is written after it counts. */
export interface LogMark {
  readonly file: string;
  readonly bytes: number;
}

export function losantLogMark(api: TestChannel): LogMark {
  const file = losantLogFile(api);
  return { file, bytes: fs.statSync(file).size };
}

/**
 * The extension's Losant log, once it has a line matching `pattern`: anywhere in it, or, given a
 * mark taken before an action, among the lines written since (what that action caused; a line an
 * earlier test caused does not count).
 */
export async function losantLogLine(api: TestChannel, pattern: RegExp, since?: LogMark): Promise<string> {
  const file = since?.file ?? losantLogFile(api);
  return waitFor(`a log line matching ${pattern}${since ? ' written since the mark' : ''}`, () => {
    const text = fs
      .readFileSync(file)
      .subarray(since?.bytes ?? 0)
      .toString('utf8');
    return pattern.test(text) ? text : undefined;
  });
}
