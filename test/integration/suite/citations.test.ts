import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../../src/vscode/workspaceIndex';
import { draftFile, workspaceIndex } from '../helpers';

// Insert Quote with Citation, Copy Quote and Copy Citation in the real extension host, with a
// statement of the bundled sample article.

/** A new Markdown draft in the workspace, the cursor after `cursor`. */
async function draftAt(content: string, cursor: string): Promise<vscode.TextEditor> {
  const document = await draftFile('citations', content);
  const editor = await vscode.window.showTextDocument(document);
  const at = document.positionAt(content.indexOf(cursor) + cursor.length);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

describe('citations', () => {
  let index: WorkspaceIndex;
  let peskov: string;
  let title: string;

  before(async () => {
    index = await workspaceIndex();
    const statement = [...index.data.statements.values()].find((s) => s.text.includes('a matter of life and death'));
    assert.ok(statement, 'the engine finds Peskov’s statement in the sample');
    peskov = statement.id;
    title = index.data.source(statement.source)?.title ?? '';
    assert.ok(title, 'the sample has a title');
  });

  afterEach(async () => {
    // Drafts are never saved: revert each one so closing asks nothing.
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('inserts a quote with a footnote numbered after the existing ones, and one undo reverts it', async () => {
    const content = 'He said[^1] so. As Russia put it: \n\nMore text[^note].\n\n[^1]: An earlier source.\n[^note]: A named note.\n';
    const editor = await draftAt(content, 'put it: ');
    const inserted = await vscode.commands.executeCommand<string>('whoSaidWhat.insertQuote', { statement: peskov, uri: editor.document.uri.toString(), style: 'footnote' });
    assert.ok(inserted);
    const text = editor.document.getText();
    assert.ok(text.includes('As Russia put it: Dmitry Peskov: “a matter of life and death”[^2]\n'), text);
    const last = text.trimEnd().split('\n').pop() ?? '';
    assert.ok(last.startsWith(`[^2]: ${title}`), last);
    // The new definition joins the others, no blank line between.
    assert.ok(text.includes('[^note]: A named note.\n[^2]: '), text);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), content);
  });

  it('inserts a quote with an inline link or a plain citation, as the style says', async () => {
    const editor = await draftAt('Quote: \n', 'Quote: ');
    await vscode.commands.executeCommand('whoSaidWhat.insertQuote', { statement: peskov, style: 'link' });
    assert.ok(editor.document.getText().startsWith(`Quote: Dmitry Peskov: “a matter of life and death” ([${title}](`), editor.document.getText());
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('whoSaidWhat.insertQuote', { statement: peskov, style: 'plain' });
    assert.ok(editor.document.getText().startsWith(`Quote: Dmitry Peskov: “a matter of life and death” (${title}`), editor.document.getText());
    assert.ok(!editor.document.getText().includes('[^'), 'no footnote in the plain style');
  });

  it('takes the style from the setting when the command names none', async () => {
    const config = vscode.workspace.getConfiguration('whoSaidWhat');
    try {
      await config.update('citation.style', 'plain', vscode.ConfigurationTarget.Global);
      const editor = await draftAt('X ', 'X ');
      await vscode.commands.executeCommand('whoSaidWhat.insertQuote', { statement: peskov });
      assert.ok(editor.document.getText().startsWith(`X Dmitry Peskov: “a matter of life and death” (${title}`), editor.document.getText());
    } finally {
      await config.update('citation.style', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('copies the quote and the citation to the clipboard', async () => {
    const quote = await vscode.commands.executeCommand<string>('whoSaidWhat.copyQuote', { statement: peskov });
    assert.equal(quote, 'Dmitry Peskov: “a matter of life and death”');
    assert.equal(await vscode.env.clipboard.readText(), quote);
    const citation = await vscode.commands.executeCommand<string>('whoSaidWhat.copyCitation', { statement: peskov, style: 'plain' });
    assert.ok(citation?.startsWith(`(${title}`), citation);
    assert.equal(await vscode.env.clipboard.readText(), citation);
  });

  it('changes nothing for an unknown statement or a source article', async () => {
    const editor = await draftAt('Untouched ', 'Untouched ');
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.insertQuote', { statement: 'no-such-statement' }), undefined);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.insertQuote', 'not an object'), undefined);
    assert.equal(editor.document.getText(), 'Untouched ');
    const sample = await vscode.workspace.openTextDocument(index.sampleUri);
    const before = sample.getText();
    await vscode.commands.executeCommand('whoSaidWhat.insertQuote', { statement: peskov, uri: index.sampleUri.toString() });
    assert.equal(sample.getText(), before);
    assert.equal(sample.isDirty, false);
  });
});
