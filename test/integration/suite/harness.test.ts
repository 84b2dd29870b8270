import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// What every suite may rely on from the runner: a throwaway, writable copy of the fixture
// workspace with its settings applied.
describe('harness', () => {
  it('opens a writable copy of the fixture workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    const draft = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    assert.match(new TextDecoder().decode(draft), /Stoltenberg/);
    const scratch = vscode.Uri.joinPath(folder.uri, 'harness-scratch.txt');
    await vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode('scratch'));
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(scratch)), 'scratch');
    await vscode.workspace.fs.delete(scratch);
  });

  it('applies the fixture’s .vscode/settings.json', () => {
    assert.equal(vscode.workspace.getConfiguration('editor').get('hover.delay'), 200);
  });
});
