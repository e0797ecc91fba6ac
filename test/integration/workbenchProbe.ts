// The integration tests' side of test/harness/workbenchProbe.ts: what the workbench shows, a key
// press, and the requests the opened folder's own server received. Only the runs that open such a
// folder (restrictedMode/, trustedFolder/) have a folder server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through \`npm run test:integration\``);
  return value;
}

/** The server the opened folder's .vscode/settings.json names in losant.apiUrl and losant.appUrl. */
export function folderServerUrl(): string {
  return env('LOSANT_FOLDER_API_URL');
}

/** Fails unless the opened folder's .vscode/settings.json points both URL settings at the folder's server. */
export function assertFolderPointsAtItsServer(): void {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no folder is open');
  const settings = JSON.parse(fs.readFileSync(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json').fsPath, 'utf8')) as Record<string, unknown>;
  assert.equal(settings['losant.apiUrl'], folderServerUrl());
  assert.equal(settings['losant.appUrl'], folderServerUrl());
}

async function probe(method: 'GET' | 'POST', path: string): Promise<unknown> {
  const response = await fetch(`${env('LOSANT_PROBE_URL')}${path}`, { method });
  if (!response.ok) throw new Error(`probe ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The text of the visible elements of the workbench that match a CSS selector. */
export async function workbenchText(selector: string): Promise<string[]> {
  return (await probe('GET', `/text?selector=${encodeURIComponent(selector)}`)) as string[];
}

export async function pressKey(key: 'Escape' | 'Enter'): Promise<void> {
  await probe('POST', `/press?key=${key}`);
}

/** Saves test-results/<run>/<name>.png for a person to look at. */
export async function screenshot(name: string): Promise<void> {
  await probe('POST', `/screenshot?name=${encodeURIComponent(name)}`);
}

/** Every request the folder's server received, as "METHOD /path". */
export async function folderServerRequests(): Promise<string[]> {
  return ((await probe('GET', '/requests')) as { method: string; path: string }[]).map((r) => `${r.method} ${r.path}`);
}

/**
 * Runs Set API Token with no token, reads the input box it shows (title and prompt), saves a
 * screenshot of it when named, then presses Escape.
 */
export async function tokenPromptAsShown(screenshotName?: string): Promise<{ title: string; prompt: string }> {
  const stored = vscode.commands.executeCommand<boolean>('losant.setApiToken');
  const shown = await waitFor('the token input box', async () => {
    const [title] = await workbenchText('.quick-input-widget .quick-input-title');
    const [prompt] = await workbenchText('.quick-input-widget .quick-input-message');
    return title?.includes('Set Losant API Token') && prompt ? { title, prompt } : undefined;
  });
  if (screenshotName) await screenshot(screenshotName);
  await pressKey('Escape');
  if ((await stored) !== false) throw new Error('the input box closed with Escape, yet a token was stored');
  return shown;
}
