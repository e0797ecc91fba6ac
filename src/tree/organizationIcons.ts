// Organizations with an `iconColor` get a dot of that colour. Tree icons must be files, so one
// small SVG per colour is written once to the extension's storage folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

// Only hex colours: anything else could inject markup into the SVG.
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export class OrganizationIcons {
  private readonly cache = new Map<string, vscode.Uri | undefined>();

  constructor(private readonly folder: vscode.Uri) {}

  /** The icon for a colour, or undefined when the colour is not a usable hex colour. */
  forColor(color: string | undefined): vscode.Uri | undefined {
    if (!color || !HEX.test(color.trim())) return undefined;
    const hex = color.trim().toLowerCase();
    if (this.cache.has(hex)) return this.cache.get(hex);
    let uri: vscode.Uri | undefined;
    try {
      fs.mkdirSync(this.folder.fsPath, { recursive: true });
      const file = path.join(this.folder.fsPath, `org-${hex.slice(1)}.svg`);
      if (!fs.existsSync(file)) {
        fs.writeFileSync(
          file,
          `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="2" y="2" width="12" height="12" rx="3" fill="${hex}"/><path d="M5 5h2v2H5zm4 0h2v2H9zM5 9h2v2H5zm4 0h2v2H9z" fill="#fff" fill-opacity=".85"/></svg>`,
        );
      }
      uri = vscode.Uri.file(file);
    } catch {
      uri = undefined; // no storage: fall back to the plain icon
    }
    this.cache.set(hex, uri);
    return uri;
  }
}
