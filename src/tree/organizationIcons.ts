// Organizations with an `iconColor` get a dot of that colour, from files IconFiles writes.
import * as vscode from 'vscode';
import { IconFiles } from '../model/iconFiles';

export class OrganizationIcons {
  private readonly files: IconFiles;

  constructor(folder: vscode.Uri) {
    this.files = new IconFiles(folder.fsPath);
  }

  /** Writes the icons a page of organizations needs, before its rows are shown. */
  prepare(colors: Iterable<string | undefined>): Promise<void> {
    return this.files.prepare(colors);
  }

  /** The icon for a colour, or undefined when there is none (the caller shows the plain icon). */
  forColor(color: string | undefined): vscode.Uri | undefined {
    const file = this.files.fileFor(color);
    return file ? vscode.Uri.file(file) : undefined;
  }
}
