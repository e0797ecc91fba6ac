// Decides whether the value of a URL setting in effect comes from the opened folder's (or
// workspace file's) settings rather than from the user. A cloned repository can ship a
// .vscode/settings.json that points losant.apiUrl at its own server; once the user trusts the
// folder, VS Code applies it, and the user must be told before a secret goes there.
import { boundTextKeepingEnd, checkApiUrl, DEFAULT_API_URL, inertText, normalizeUrl } from '../losant';

/** The part of VS Code's `WorkspaceConfiguration.inspect()` answer that matters here. */
export interface InspectedSetting {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** A URL setting that the workspace sets in place of the user's own value. */
export interface WorkspaceOverride {
  /** The workspace's value, the one in effect. */
  value: string;
  /** What the user's settings (or the default) would give instead. */
  userValue: string;
  /** Its host (with the port, IDN in punycode), or the raw text, bounded, when it is not a URL. */
  host: string;
}

/** Longest host text put in a sentence; a folder's settings can hold anything. */
const MAX_HOST_CHARS = 100;

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The setting's workspace value when it is the one in effect and differs from the user's:
 * `normalize` turns a raw value (undefined or blank included) into what the extension would use.
 * In a workspace that is not trusted VS Code ignores the workspace's value of a restricted
 * setting, so there is no override then.
 */
function workspaceOverride(
  inspected: InspectedSetting | undefined,
  isTrusted: boolean,
  normalize: (raw: string | undefined) => string,
): WorkspaceOverride | undefined {
  if (!inspected || !isTrusted) return undefined;
  // VS Code's precedence: folder over workspace over user over default.
  const raw = asString(inspected.workspaceFolderValue) ?? asString(inspected.workspaceValue);
  if (raw === undefined) return undefined;
  const value = normalize(raw);
  const userValue = normalize(asString(inspected.globalValue) ?? asString(inspected.defaultValue));
  if (sameUrl(value, userValue)) return undefined;
  return { value, userValue, host: hostOf(value) };
}

/** Two URLs that name the same place (case of scheme and host, default port, trailing slash). */
function sameUrl(a: string, b: string): boolean {
  const canonical = (s: string): string => {
    try {
      return normalizeUrl(new URL(s));
    } catch {
      return s.trim();
    }
  };
  return canonical(a) === canonical(b);
}

/** The host to name in a warning: what a person must recognise before trusting it. */
export function hostOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).host || url;
  } catch {
    host = url;
  }
  // Shown as plain text, but on one short line and with nothing that could form a link or an icon;
  // a long one keeps its right end, where the registrable domain is.
  return boundTextKeepingEnd(inertText(host).replace(/\s+/g, ' ').trim(), MAX_HOST_CHARS);
}

/** The API URL the extension uses for a raw setting value: the default when blank, else normalized when valid. */
function apiUrlInEffect(raw: string | undefined): string {
  const trimmed = raw?.trim() || DEFAULT_API_URL;
  const check = checkApiUrl(trimmed);
  return check.ok ? check.origin : trimmed;
}

/** `losant.apiUrl` from the workspace, in place of the user's: where a token would be sent. */
export function apiUrlOverride(inspected: InspectedSetting | undefined, isTrusted: boolean): WorkspaceOverride | undefined {
  return workspaceOverride(inspected, isTrusted, apiUrlInEffect);
}

/** `losant.appUrl` from the workspace, in place of the user's: where Open in Losant goes. Blank derives it from the API URL, so it is no override. */
export function appUrlOverride(inspected: InspectedSetting | undefined, isTrusted: boolean): WorkspaceOverride | undefined {
  const override = workspaceOverride(inspected, isTrusted, (raw) => raw?.trim() ?? '');
  return override?.value ? override : undefined;
}
