import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Sidebar } from '../../src/vscode/sidebar';
import type { WorkspaceIndex } from '../../src/vscode/workspaceIndex';

// What the integration suites share: the extension under test, its API, the workspace and drafts.
// (Not a `*.test.ts` file, so the suite loader does not run it as a suite.)

export const EXTENSION_ID = 'whosaidwhat.who-said-what';

/** What `activate()` returns, as far as the suites read it. */
export interface Api {
  index: WorkspaceIndex;
  sidebar: Sidebar;
}

/** The extension under test, as VS Code loaded it. */
export function extension(): vscode.Extension<Api> {
  const found = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not loaded in this VS Code`);
  return found;
}

/** Activates the extension and returns its API, without waiting for the index. */
export async function activate(): Promise<Api> {
  const api = await extension().activate();
  assert.ok(api?.index, 'activate() returns the workspace index');
  return api;
}

/** The workspace index once nothing is queued, running or waiting to be published. */
export async function workspaceIndex(): Promise<WorkspaceIndex> {
  const { index } = await activate();
  await index.whenIdle();
  return index;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for the index to settle and `check` to hold; fails with `what` after about 30 s. */
export async function until(index: WorkspaceIndex, what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    await index.whenIdle();
    if (await check()) return;
    await sleep(200);
  }
  assert.fail(`still waiting: ${what}`);
}

/** The test workspace's folder (a fresh copy of test/fixtures/workspace for each run). */
export function workspace(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return folder.uri;
}

/** Writes a file in the workspace, folders created as needed. */
export async function write(relative: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspace(), relative);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Deletes a file or folder of the workspace, if it is there. */
export async function remove(relative: string): Promise<void> {
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspace(), relative), { recursive: true }).then(undefined, () => undefined);
}

let drafts = 0;
const EXTENSIONS: Record<string, string> = { markdown: 'md', plaintext: 'txt', latex: 'tex' };

/** A new draft file in the workspace, shown in an editor; a fresh name each time, so no test sees another's text. */
export async function draftFile(prefix: string, content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  const uri = await write(`${prefix}-${++drafts}.${EXTENSIONS[language] ?? 'txt'}`, content);
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  await vscode.window.showTextDocument(document);
  return document;
}

let untitled = 0;

/**
 * A new untitled draft, shown in an editor. It gets a name of its own: an anonymous untitled
 * document opened right after another was closed can come back holding the closed one's text.
 */
export async function untitledDraft(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `draft-${++untitled}-${Date.now()}.${EXTENSIONS[language] ?? 'txt'}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  assert.equal(JSON.stringify(document.getText()), JSON.stringify(content), `the draft ${document.uri.toString()} holds what was written`);
  return document;
}

/** Changes a user setting of the extension; with a language, only for that language (`[markdown]`). */
export async function setting(key: string, value: unknown, language?: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('whoSaidWhat', language ? { languageId: language } : undefined);
  await config.update(key, value, vscode.ConfigurationTarget.Global, language ? true : undefined);
}
