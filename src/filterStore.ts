// The name filter of the Organizations view, remembered per API URL across restarts.
import type * as vscode from 'vscode';

const keyFor = (apiUrl: string): string => `losant.organizations.filter:${apiUrl}`;

export class FilterStore {
  constructor(private readonly state: vscode.Memento) {}

  get(apiUrl: string): string | undefined {
    const v = this.state.get<string>(keyFor(apiUrl));
    return v ? v : undefined;
  }

  async set(apiUrl: string, filter: string | undefined): Promise<void> {
    await this.state.update(keyFor(apiUrl), filter || undefined);
  }
}
