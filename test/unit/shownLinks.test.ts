// Every https URL the product shows (manifest strings, source, README) must be one checked against
// Losant's documentation: a link to a page that does not exist is a dead end for the user.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Each URL, with how it was checked. Add a new link here only once it is verified. */
const VERIFIED: Record<string, string> = {
  'https://docs.losant.com/user-accounts/user-tokens/': 'Losant\'s "User API Tokens" page (docs.losant.com)',
  'https://api.losant.com': "the REST API base URL in docs.losant.com/rest-api/overview/ and losant-rest's default",
  'https://app.losant.com': "the Losant web app (losant-rest's documented examples, the contract)",
  'https://www.losant.com': "Losant's site (losant-rest's README and examples)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every https URL in the text; sentence punctuation after it is not part of it. */
function httpsUrls(text: string): string[] {
  return [...text.matchAll(/https:\/\/[^\s"'`<>()[\]{}\\]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, '')).filter((u) => u !== 'https://');
}

describe('links the product shows', () => {
  const files = [path.join(ROOT, 'package.nls.json'), path.join(ROOT, 'README.md'), ...sourceFiles(path.join(ROOT, 'src'))];
  const found = files.flatMap((file) => httpsUrls(readFileSync(file, 'utf8')).map((url) => ({ url, file: path.relative(ROOT, file) })));

  it('finds the links (the scan itself works)', () => {
    assert.ok(
      found.some((f) => f.file === 'package.nls.json' && f.url.startsWith('https://docs.losant.com/')),
      JSON.stringify(found),
    );
    assert.ok(found.some((f) => f.file.startsWith('src') && f.url === 'https://api.losant.com'));
  });

  it("every https URL in package.nls.json, README.md and src/ is one verified against Losant's documentation", () => {
    const unverified = found.filter((f) => !Object.prototype.hasOwnProperty.call(VERIFIED, f.url)).map((f) => `${f.file}: ${f.url}`);
    assert.deepEqual(unverified, [], 'verify these against docs.losant.com, then add them to VERIFIED');
  });
});
