// The name filter of the Organizations view, remembered per API URL across restarts.
import type { ValueStore } from './storage';

const keyFor = (apiUrl: string): string => `losant.organizations.filter:${apiUrl}`;

export class FilterStore {
  constructor(private readonly state: ValueStore) {}

  get(apiUrl: string): string | undefined {
    const v = this.state.get<string>(keyFor(apiUrl));
    return v ? v : undefined;
  }

  async set(apiUrl: string, filter: string | undefined): Promise<void> {
    await this.state.update(keyFor(apiUrl), filter || undefined);
  }
}
