// Runs last: no token handed out by any suite, and no password or two-factor code typed, appears in
// any log VS Code wrote for this window.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activateExtension, issuedTokens, typedSecrets } from './helpers';

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
}

describe('Secrets', () => {
  it('no token, password or two-factor code appears in any log of this window, the Losant log included', async () => {
    const api = await activateExtension();
    const windowLogs = path.resolve(api.logUri.fsPath, '..', '..');
    const files = filesUnder(windowLogs);
    assert.ok(
      files.some((f) => /Losant\.log$/.test(f)),
      `the Losant log is among ${files.length} files`,
    );
    const losantLog = fs.readFileSync(
      files.find((f) => /Losant\.log$/.test(f))!,
      'utf8',
    );
    assert.match(losantLog, /GET \/orgs\?.* 200 \d+ms/, 'requests were logged');
    assert.ok(issuedTokens.size >= 10, `tokens tracked: ${issuedTokens.size}`);
    assert.ok(typedSecrets.size >= 5, `passwords and codes tracked: ${typedSecrets.size}`);
    const secrets = [...issuedTokens, ...typedSecrets];
    const leaks = files.filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return secrets.some((t) => text.includes(t));
    });
    assert.deepEqual(leaks, []);
  });
});
