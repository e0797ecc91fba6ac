// The slice of the official `losant-rest` client the bench calls (the package ships no types).
declare module 'losant-rest' {
  export interface OrgsGetParams {
    sortField?: string;
    sortDirection?: string;
    page?: number;
    perPage?: number;
    summaryExclude?: string;
    summaryInclude?: string;
  }
  export interface LosantRestClient {
    orgs: { get(params: OrgsGetParams): Promise<{ items: unknown[]; count: number; totalCount: number }> };
  }
  export function createClient(options: { url?: string; accessToken?: string }): LosantRestClient;
}
