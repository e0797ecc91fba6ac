// The extension is present in the VS Code that runs the tests, and activates without error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('extension host smoke test', () => {
  it('finds and activates losant-explorer.losant-explorer', async () => {
    const extension = vscode.extensions.getExtension('losant-explorer.losant-explorer');
    assert.ok(extension, 'the extension is not loaded');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
