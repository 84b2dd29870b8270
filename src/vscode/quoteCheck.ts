import * as vscode from 'vscode';
import { QuoteIndex, checkDraft, type QuoteFinding } from '../core/check';
import type { WorkspaceIndex } from './workspaceIndex';

// Checks the quotations in the drafts on screen against the sourced statements: diagnostics,
// quick fixes and, for quotes found word for word, a quiet inlay hint naming the source.

const SECTION = 'whoSaidWhat.checkQuotes';
const DEBOUNCE_MS = 300;

interface Checked {
  version: number;
  findings: QuoteFinding[];
}

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerQuoteCheck(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('whoSaidWhat.quotes');
  const checked = new Map<string, Checked>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const hintsChanged = new vscode.EventEmitter<void>();

  const settings = (document: vscode.TextDocument) => {
    const config = vscode.workspace.getConfiguration(SECTION, document);
    return {
      enabled: config.get<boolean>('enabled', true),
      languages: config.get<string[]>('languages', ['markdown', 'plaintext', 'latex']),
      maxFileSize: config.get<number>('maxFileSize', 1_000_000),
      unsourcedSeverity: config.get<string>('unsourcedSeverity', 'hint'),
      showSource: config.get<boolean>('showSource', true),
    };
  };

  const isSource = (uri: vscode.Uri) =>
    index.data.has(uri.toString()) || uri.toString() === index.sampleUri.toString();

  const forget = (uri: vscode.Uri) => {
    diagnostics.delete(uri);
    if (checked.delete(uri.toString())) hintsChanged.fire();
  };

  // The reader's corrections (renames, merges) apply: the index follows the corrected view.
  let built: { data: object; index: QuoteIndex } | undefined;
  const quoteIndex = () => {
    const data = index.data;
    if (built?.data !== data) {
      built = { data, index: new QuoteIndex({ sources: data.sources(), actors: data.view.actors, statements: data.view.statements }) };
    }
    return built.index;
  };

  // Until the sources are read every quote would look unsourced: checks wait for the index.
  let loaded = false;

  const check = (document: vscode.TextDocument) => {
    if (!loaded) return;
    const config = settings(document);
    const visible = vscode.window.visibleTextEditors.some((e) => e.document === document);
    if (!visible) return;
    if (
      !config.enabled ||
      !config.languages.includes(document.languageId) ||
      document.uri.scheme === 'output' ||
      isSource(document.uri)
    ) {
      forget(document.uri);
      return;
    }
    // The length from the last line's end, so a huge file is never copied out just to be skipped.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (length > config.maxFileSize) {
      forget(document.uri);
      return;
    }
    const text = document.getText();
    let findings: QuoteFinding[];
    try {
      findings = checkDraft(text, quoteIndex());
    } catch (error) {
      // A draft the check cannot read loses its quote diagnostics, nothing else.
      console.error('Who Said What: quote check failed', error);
      forget(document.uri);
      return;
    }
    checked.set(document.uri.toString(), { version: document.version, findings });
    diagnostics.set(document.uri, findings.flatMap((f) => toDiagnostic(document, f, config.unsourcedSeverity)));
    hintsChanged.fire();
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        check(document);
      }, DEBOUNCE_MS),
    );
  };

  const checkVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) check(editor.document);
  };

  context.subscriptions.push(
    diagnostics,
    hintsChanged,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      forget(d.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => checkVisible()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) checkVisible();
    }),
    index.onDidChange(() => checkVisible()),
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new QuoteFixes(checked), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.languages.registerInlayHintsProvider({ scheme: '*' }, {
      onDidChangeInlayHints: hintsChanged.event,
      provideInlayHints: (document, range) => {
        const entry = checked.get(document.uri.toString());
        if (!entry || entry.version !== document.version || !settings(document).showSource) return [];
        return entry.findings
          .filter((f) => f.verdict === 'exact' && f.source)
          .map((f) => sourceHint(document, f))
          .filter((h) => range.contains(h.position));
      },
    }),
  );

  const start = () => {
    loaded = true;
    checkVisible();
  };
  // A failed load still leaves whatever sources were read to check against.
  void index.ready().then(start, start);
}

function toDiagnostic(document: vscode.TextDocument, finding: QuoteFinding, unsourced: string): vscode.Diagnostic[] {
  let severity: vscode.DiagnosticSeverity;
  if (finding.verdict === 'exact') return [];
  if (finding.verdict === 'unsourced') {
    if (!(unsourced in SEVERITIES)) return []; // "off"
    severity = SEVERITIES[unsourced];
  } else {
    severity = vscode.DiagnosticSeverity.Warning;
  }
  const range = new vscode.Range(document.positionAt(finding.quote.outer.start), document.positionAt(finding.quote.outer.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.source = 'Who Said What';
  diagnostic.code = finding.verdict;
  const where = sourceLocation(finding);
  if (where) diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(where, `${finding.source?.title || 'Source'}`)];
  return [diagnostic];
}

/** Where the statement stands in its source, for sources that are documents the editor can open. */
function sourceLocation(finding: QuoteFinding): vscode.Location | undefined {
  const { source, statement } = finding;
  if (!source || !statement || statement.content.length === 0) return undefined;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(source.id, true);
  } catch {
    return undefined;
  }
  if (source.format === 'html') return new vscode.Location(uri, new vscode.Position(0, 0));
  const at = (offset: number) => {
    const before = source.text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
  };
  const first = statement.content[0];
  return new vscode.Location(uri, new vscode.Range(at(first.start), at(first.end)));
}

function sourceHint(document: vscode.TextDocument, finding: QuoteFinding): vscode.InlayHint {
  const who = finding.sourceSpeaker?.name;
  const title = finding.source?.title || finding.source?.path || '';
  const hint = new vscode.InlayHint(document.positionAt(finding.quote.outer.end), who ? `${who}, ${title}` : title);
  hint.paddingLeft = true;
  hint.tooltip = `Quoted word for word from ${title}`;
  return hint;
}

class QuoteFixes implements vscode.CodeActionProvider {
  constructor(private readonly checked: Map<string, Checked>) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.checked.get(document.uri.toString());
    // Offsets from an older version of the text would edit the wrong words.
    if (!entry || entry.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'Who Said What') continue;
      const finding = entry.findings.find(
        (f) =>
          f.verdict === diagnostic.code &&
          document.offsetAt(diagnostic.range.start) === f.quote.outer.start &&
          document.offsetAt(diagnostic.range.end) === f.quote.outer.end,
      );
      if (!finding?.fix) continue;
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      for (const e of finding.fix.edits) {
        edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
      }
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
