// The extension is present in the VS Code that runs the tests, and activates without error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../harness/extensionId';

describe('extension host smoke test', () => {
  it(`finds and activates ${EXTENSION_ID}`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is not loaded');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
