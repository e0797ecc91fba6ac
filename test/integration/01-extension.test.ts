// The extension as VS Code sees it: activation, commands, menus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { registerCommands, type CommandContext } from '../../src/flows/commandContext';
import { CONTEXT_VALUES } from '../../src/tree/nodes';
import { activateExtension, EXTENSION_ID, RecordingLog } from './helpers';

interface Manifest {
  extensionKind?: string[];
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

describe('Extension', () => {
  it('activates without an error and returns its API', async () => {
    const api = await activateExtension();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.equal(typeof api.provider.getChildren, 'function');
  });

  it('runs where the workspace is (extensionKind ["workspace"]): in a remote window, in the remote extension host', async () => {
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.deepEqual((ext.packageJSON as Manifest).extensionKind, ['workspace']);
    if (vscode.env.remoteName) {
      // code-server is a remote window (the browser is its UI side), like Remote-SSH or Codespaces:
      // the extension runs beside the workspace, whose folder is a path on this machine, as is the
      // loopback address the suites' local Losant servers listen on.
      assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder && fs.statSync(folder.uri.fsPath).isDirectory(), "the workspace folder is not on the extension host's machine");
    } else {
      // Desktop VS Code with no remote (npm run test:desktop): one host, which VS Code calls UI.
      assert.equal(ext.extensionKind, vscode.ExtensionKind.UI);
    }
  });

  it('registers every command that package.json declares', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const declared = manifest.contributes.commands.map((c) => c.command);
    assert.ok(declared.length >= 5);
    assert.deepEqual(
      declared.filter((c) => !registered.has(c)),
      [],
    );
  });

  it('uses every contextValue a tree item can carry in some menu when clause', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const clauses = Object.values(manifest.contributes.menus)
      .flat()
      .map((m) => m.when ?? '');
    // A clause names an item by `viewItem == x` or by a regular expression `viewItem =~ /…/`.
    const matches = (value: string, when: string): boolean =>
      [...when.matchAll(/viewItem == (\w+)/g)].some((m) => m[1] === value) ||
      [...when.matchAll(/viewItem =~ \/(.+?)\/(?=\s|$)/g)].some((m) => new RegExp(m[1]).test(value));
    const unused = CONTEXT_VALUES.filter((v) => !clauses.some((w) => matches(v, w)));
    assert.deepEqual(unused, []);
  });

  it('hides no declared command from a menu that names an undeclared one', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    const undeclared = Object.values(manifest.contributes.menus)
      .flat()
      .map((m) => m.command)
      .filter((c) => !declared.has(c));
    assert.deepEqual(undeclared, []);
  });

  it("reports a command's unexpected failure with its reason, instead of VS Code's generic error", async () => {
    const log = new RecordingLog('Losant (command test)');
    // Only the log is used on failure; the command under test needs nothing else.
    const context = { log } as unknown as CommandContext;
    const [registration] = registerCommands(context, {
      'losant.test.failingCommand': () => {
        throw new Error('the settings file is read-only');
      },
    });
    try {
      const result = await vscode.commands.executeCommand('losant.test.failingCommand');
      assert.equal(result, undefined, 'the command resolves; VS Code shows no "command failed"');
      assert.ok(
        log.errors.some((e) => e === 'Losant Explorer could not finish this: the settings file is read-only'),
        log.errors.join('\n'),
      );
      assert.ok(
        log.errors.some((e) => e.startsWith('losant.test.failingCommand failed: Error: the settings file is read-only')),
        'the log has the stack',
      );
    } finally {
      registration.dispose();
      log.dispose();
    }
  });
});
