// Every integration test file runs: each is listed in test/integration/suites.ts, which bundles
// them into the index in a fixed order (a file left out would silently never run).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

describe('integration suites', () => {
  it('list every integration test file, once', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'integration');
    const files = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `./${f.replace(/\\/g, '/').replace(/\.ts$/, '')}`)
      .sort();
    const listed = [...fs.readFileSync(path.join(dir, 'suites.ts'), 'utf8').matchAll(/import\('(\.\/[^']+)'\)/g)].map((m) => m[1]);
    assert.ok(files.length >= 10, `found ${files.length} test files`);
    assert.deepEqual([...listed].sort(), files);
  });
});
