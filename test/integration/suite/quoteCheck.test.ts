import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { draftFile, setting, sleep, workspaceIndex } from '../helpers';

// The quote check in the real extension host, against the bundled sample article: which quotes
// of a draft get which diagnostic, and what each quick fix and one undo do to the draft.

const OURS = 'Who Said What';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === OURS);
}

/** Waits until the check has settled on `count` diagnostics for the document (or gives up after 15 s). */
async function diagnosticsOf(document: vscode.TextDocument, count: number): Promise<vscode.Diagnostic[]> {
  for (let waited = 0; waited < 15000; waited += 100) {
    if (ours(document.uri).length === count) {
      // The check is debounced: let a pending run land before reading the result.
      await sleep(500);
      if (ours(document.uri).length === count) break;
    }
    await sleep(100);
  }
  return ours(document.uri).sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** A new draft file in the workspace (a fresh name each time, so no test sees another's text). */
function draft(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  return draftFile('quote-check', content, language);
}

/** Our quick fixes for a diagnostic, and every title offered there (for failure messages). */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<{ fixes: vscode.CodeAction[]; offered: string }> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // Other extensions add their own actions (commands, no edit): ours carry a workspace edit.
  const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
  return { fixes, offered: JSON.stringify((actions ?? []).map((a) => a.title)) };
}

// Quotes a correct engine finds in the sample: Peskov's and Ryabkov's words.
const DRAFT = [
  '# Draft',
  '',
  'Kremlin spokesman Dmitry Peskov called the issue “a matter of life and death” for Russia.',
  '',
  'Deputy Foreign Minister Sergey Ryabkov told journalists the proposals were “not a menu from which one can pick and choose this or those.”',
  '',
  'Sergey Lavrov said the proposals “must be considered as a whole.”',
  '',
  'Ryabkov said the proposals are “not a menu … must be considered as a whole.”',
  '',
  'Stoltenberg said NATO would “build a wall around the whole of Europe.”',
  '',
].join('\n');

describe('quoteCheck', () => {
  before(async () => {
    await workspaceIndex();
  });

  afterEach(async () => {
    // Drafts are never saved: revert each one so closing asks nothing.
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives a misquote, a wrong speaker and an unsourced quote exactly one diagnostic each, and nothing else', async () => {
    const document = await draft(DRAFT);
    const diagnostics = await diagnosticsOf(document, 3);
    const seen = diagnostics.map((d) => ({ line: d.range.start.line, message: d.message, severity: d.severity, code: d.code }));
    assert.deepEqual(seen, [
      { line: 4, message: 'Misquote: the source says “not a menu from which one can pick and choose this or that”', severity: vscode.DiagnosticSeverity.Warning, code: 'misquote' },
      { line: 6, message: 'The source attributes this to Sergey Ryabkov', severity: vscode.DiagnosticSeverity.Warning, code: 'wrongSpeaker' },
      { line: 10, message: 'No source for this quote', severity: vscode.DiagnosticSeverity.Hint, code: 'unsourced' },
    ]);
    // The diagnostic covers the quotation, marks included.
    assert.equal(document.getText(diagnostics[2].range), '“build a wall around the whole of Europe.”');
  });

  it('fixes a misquote with the source’s exact words, and one undo reverts it', async () => {
    const document = await draft(DRAFT);
    const [misquote] = (await diagnosticsOf(document, 3)).filter((d) => d.code === 'misquote');
    assert.ok(misquote, 'the misquote is flagged');
    const { fixes: [fix], offered } = await quickFixes(document, misquote);
    assert.ok(fix?.edit, `a quick fix is offered; offered: ${offered}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(4).text, 'Deputy Foreign Minister Sergey Ryabkov told journalists the proposals were “not a menu from which one can pick and choose this or that.”');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), DRAFT);
  });

  it('fixes a wrong speaker by naming the right one, and one undo reverts it', async () => {
    const document = await draft(DRAFT);
    const [wrong] = (await diagnosticsOf(document, 3)).filter((d) => d.code === 'wrongSpeaker');
    assert.ok(wrong, 'the wrong speaker is flagged');
    const { fixes: [fix], offered } = await quickFixes(document, wrong);
    assert.ok(fix?.edit, `a quick fix is offered; offered: ${offered}`);
    assert.equal(fix.title, 'Attribute to Sergey Ryabkov');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(6).text, 'Sergey Ryabkov said the proposals “must be considered as a whole.”');
    // Fixed, the quote is fine: only the misquote and the unsourced quote remain.
    const after = await diagnosticsOf(document, 2);
    assert.deepEqual(after.map((d) => d.code), ['misquote', 'unsourced']);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), DRAFT);
  });

  it('reads “he” as the person the draft named last, and offers no quick fix for a pronoun', async () => {
    const text = 'Sergey Lavrov spoke to reporters on Monday.\n\nThe issue was “a matter of life and death” for Russia, he said.\n';
    const document = await draft(text);
    const [wrong] = await diagnosticsOf(document, 1);
    assert.equal(wrong?.code, 'wrongSpeaker');
    assert.equal(wrong.message, 'The source attributes this to Dmitry Peskov (“he” here is Sergey Lavrov)');
    const { fixes, offered } = await quickFixes(document, wrong);
    assert.deepEqual(fixes, [], `no quick fix; offered: ${offered}`);
    // Named as the source names him, the same words are fine.
    const right = await draft(text.replace('Sergey Lavrov', 'Dmitry Peskov'));
    assert.deepEqual(await diagnosticsOf(right, 0), []);
  });

  it('checks a quotation in straight single quotes, and takes no apostrophe for one', async () => {
    const document = await draft("Peskov called it 'a matter of life or death' for Russia, but the '90s aren't Jones' era.\n");
    const [d] = await diagnosticsOf(document, 1);
    assert.equal(d?.message, 'Misquote: the source says “a matter of life and death”');
    assert.equal(document.getText(d.range), "'a matter of life or death'");
  });

  it('reads LaTeX quotation marks and plain text', async () => {
    const latex = await draft('Peskov called it ``a matter of life or death\'\' for Russia.\n', 'latex');
    const [d] = await diagnosticsOf(latex, 1);
    assert.equal(d?.message, 'Misquote: the source says “a matter of life and death”');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const plain = await draft('Peskov called it \\enquote{a matter of life and death} for Russia.\n', 'latex');
    assert.deepEqual(await diagnosticsOf(plain, 0), []);
  });

  it('follows its settings: the severity of unsourced quotes, the languages checked', async () => {
    try {
      await setting('checkQuotes.unsourcedSeverity', 'off');
      const document = await draft(DRAFT);
      assert.deepEqual((await diagnosticsOf(document, 2)).map((d) => d.code), ['misquote', 'wrongSpeaker']);
      await setting('checkQuotes.unsourcedSeverity', 'warning');
      const unsourced = (await diagnosticsOf(document, 3)).find((d) => d.code === 'unsourced');
      assert.equal(unsourced?.severity, vscode.DiagnosticSeverity.Warning);
      await setting('checkQuotes.languages', ['latex']);
      assert.deepEqual(await diagnosticsOf(document, 0), []);
    } finally {
      await setting('checkQuotes.unsourcedSeverity', undefined);
      await setting('checkQuotes.languages', undefined);
    }
  });

  it('names the source of a quote found word for word in a quiet inlay hint', async () => {
    const document = await draft(DRAFT);
    await diagnosticsOf(document, 3);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    const labels = (hints ?? []).map((h) => ({ line: h.position.line, label: typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('') }));
    const ours = labels.filter((h) => h.label.includes('NATO chief reveals'));
    assert.deepEqual(ours.map((h) => h.line), [2, 8], JSON.stringify(labels));
    assert.ok(ours[0].label.startsWith('Dmitry Peskov, '), ours[0].label);
  });

  it('skips a draft over the size limit', async () => {
    try {
      await vscode.workspace.getConfiguration('whoSaidWhat').update('checkQuotes.maxFileSize', 100, vscode.ConfigurationTarget.Global);
      const document = await draft(DRAFT);
      await sleep(1000);
      assert.deepEqual(ours(document.uri), []);
    } finally {
      await vscode.workspace.getConfiguration('whoSaidWhat').update('checkQuotes.maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('never checks a source article', async () => {
    const index = await workspaceIndex();
    const document = await vscode.workspace.openTextDocument(index.sampleUri);
    await vscode.window.showTextDocument(document);
    await sleep(1000);
    assert.deepEqual(ours(document.uri), []);
  });
});
