// The settings as the extension reads them: defaults, bounds, and what a hand-edited settings.json
// (the user's or an opened folder's) can hold instead of what the schema says.
import * as assert from 'node:assert/strict';
import { DEFAULT_API_URL } from '../../src/losant';
import { settingsFrom } from '../../src/model/settings';
import manifest from '../../package.json';

const read = (values: Record<string, unknown>) => settingsFrom((key) => values[key]);

describe('settings', () => {
  it('nothing set: the defaults', () => {
    assert.deepEqual(read({}), {
      apiUrl: DEFAULT_API_URL,
      appUrl: '',
      sortField: 'name',
      sortDirection: 'asc',
      pageSize: 100,
      includePayloadCounts: false,
      timeoutMs: 30_000,
    });
  });

  it('numbers are rounded into their bounds; what is no number falls back to the default', () => {
    assert.deepEqual(
      [read({ 'organizations.pageSize': 0 }).pageSize, read({ 'organizations.pageSize': 5000 }).pageSize, read({ 'organizations.pageSize': 12.6 }).pageSize],
      [1, 1000, 13],
    );
    assert.equal(read({ 'organizations.pageSize': '50' }).pageSize, 100);
    assert.equal(read({ requestTimeoutSeconds: Infinity }).timeoutMs, 30_000);
    assert.equal(read({ requestTimeoutSeconds: 9999 }).timeoutMs, 600_000);
  });

  it('an unknown sort falls back to name, ascending; only true turns payload counts on', () => {
    const s = read({ 'organizations.sortField': 'evil', 'organizations.sortDirection': 'sideways', 'organizations.includePayloadCounts': 'true' });
    assert.deepEqual([s.sortField, s.sortDirection, s.includePayloadCounts], ['name', 'asc', false]);
    assert.equal(read({ 'organizations.sortField': 'lastUpdated' }).sortField, 'lastUpdated');
  });

  it('a URL setting that is no string is kept as its text, so the URL check can say it is unusable', () => {
    assert.equal(read({ apiUrl: 8080 }).apiUrl, '8080');
    assert.equal(read({ apiUrl: { host: 'x' } }).apiUrl, '{"host":"x"}');
    assert.equal(read({ apiUrl: '  ' }).apiUrl, DEFAULT_API_URL);
    assert.equal(read({ apiUrl: null }).apiUrl, DEFAULT_API_URL);
  });

  it('every sort field and direction the Settings editor offers (package.json) is read as picked, and its defaults are the defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [key, setting] of [
      ['organizations.sortField', 'sortField'],
      ['organizations.sortDirection', 'sortDirection'],
    ] as const) {
      const offered = properties[`losant.${key}`];
      assert.ok(offered.enum.length >= 2, key);
      assert.deepEqual(
        offered.enum.map((value) => read({ [key]: value })[setting]),
        offered.enum,
        `${key}: a value offered is not read as picked`,
      );
      assert.equal(read({})[setting], offered.default);
    }
  });
});
