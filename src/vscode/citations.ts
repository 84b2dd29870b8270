import * as vscode from 'vscode';
import { formatCitation, insertQuote, isCitationStyle, quoteText, type CitationStyle } from '../core/cite';
import type { Source, Statement } from '../core/model';
import type { WorkspaceIndex } from './workspaceIndex';

// The commands that quote and cite a statement: Copy Quote, Copy Citation and Insert Quote
// with Citation. The hover card and the tree call them with one argument,
// { statement: id, uri?: draft URI, style?: 'footnote' | 'link' | 'plain' }.

interface CitationArgs {
  statement: string;
  uri?: string;
  style?: string;
}

function readArgs(arg: unknown): CitationArgs | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { statement, uri, style } = arg as Record<string, unknown>;
  if (typeof statement !== 'string') return undefined;
  return {
    statement,
    uri: typeof uri === 'string' ? uri : undefined,
    style: typeof style === 'string' ? style : undefined,
  };
}

function styleFor(args: CitationArgs | undefined, scope?: vscode.Uri): CitationStyle {
  if (isCitationStyle(args?.style)) return args.style;
  const configured = vscode.workspace.getConfiguration('whoSaidWhat.citation', scope).get<string>('style');
  return isCitationStyle(configured) ? configured : 'footnote';
}

/** A source's URI as the writer refers to it: relative to the draft (or workspace) where it can be. */
function sourceLocation(source: Source, from?: vscode.Uri): string {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(source.id, true);
  } catch {
    return source.path;
  }
  if (uri.scheme === 'http' || uri.scheme === 'https') return uri.toString();
  if (from && from.scheme === uri.scheme && from.authority === uri.authority && from.scheme !== 'untitled') {
    return relativePath(from.path, uri.path);
  }
  const relative = vscode.workspace.asRelativePath(uri, false);
  return relative || source.path;
}

/** The path to `target` from the folder of `fromFile`, both absolute POSIX paths. */
function relativePath(fromFile: string, target: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  return [...Array<string>(ups).fill('..'), ...to.slice(common)].join('/') || target;
}

export function registerCitations(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  // The palette and the sidebar take the focus from the draft: remember the last text editor.
  let lastEditor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && editor.document.uri.scheme !== 'output') lastEditor = editor;
    }),
  );

  const isSource = (uri: vscode.Uri) =>
    index.data.has(uri.toString()) || uri.toString() === index.sampleUri.toString();

  /** The statement an argument names, or one the user picks when a command comes without one. */
  const resolve = async (arg: unknown): Promise<{ args?: CitationArgs; statement: Statement; source: Source } | undefined> => {
    await index.ready();
    const args = readArgs(arg);
    if (arg !== undefined && !args) {
      void vscode.window.showErrorMessage('Who Said What: this command needs a statement.');
      return undefined;
    }
    let statement: Statement | undefined;
    if (args) {
      statement = index.data.statements.get(args.statement);
      if (!statement) {
        void vscode.window.showWarningMessage('Who Said What: that statement is no longer in the index.');
        return undefined;
      }
    } else {
      statement = await pickStatement(index);
      if (!statement) return undefined;
    }
    const source = index.data.source(statement.source);
    if (!source) {
      void vscode.window.showWarningMessage('Who Said What: the source of that statement is no longer in the index.');
      return undefined;
    }
    return { args, statement, source };
  };

  /** The speaker as the reader's corrections name them (renamed, merged; none where hidden). */
  const speakerOf = (statement: Statement) => {
    if (!statement.speaker) return undefined;
    const data = index.data;
    // A statement read before a correction still names the engine's speaker: it is mapped here.
    const shown = data.view.actorIds.has(statement.speaker) ? data.view.actorIds.get(statement.speaker) : statement.speaker;
    return shown ? data.actors.get(shown) : undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('whoSaidWhat.copyQuote', async (arg?: unknown) => {
      const found = await resolve(arg);
      if (!found) return undefined;
      const text = quoteText(found.statement, found.source, speakerOf(found.statement));
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('Quote copied', 3000);
      return text;
    }),

    vscode.commands.registerCommand('whoSaidWhat.copyCitation', async (arg?: unknown) => {
      const found = await resolve(arg);
      if (!found) return undefined;
      const from = lastEditor?.document.uri;
      const text = formatCitation(found.source, styleFor(found.args, from), { location: sourceLocation(found.source, from) });
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('Citation copied', 3000);
      return text;
    }),

    vscode.commands.registerCommand('whoSaidWhat.insertQuote', async (arg?: unknown) => {
      const found = await resolve(arg);
      if (!found) return undefined;
      const editor = await targetEditor(found.args?.uri, lastEditor);
      if (!editor) {
        void vscode.window.showErrorMessage('Who Said What: open the draft to insert the quote into.');
        return undefined;
      }
      const document = editor.document;
      if (isSource(document.uri)) {
        // A source article stays as published: quotes go into drafts only.
        void vscode.window.showWarningMessage('Who Said What: that file is a source article; open a draft to insert the quote into.');
        return undefined;
      }
      const { selection } = editor;
      const insertion = insertQuote(
        document.getText(),
        document.offsetAt(selection.start),
        found.statement,
        found.source,
        speakerOf(found.statement),
        styleFor(found.args, document.uri),
        { end: document.offsetAt(selection.end), location: sourceLocation(found.source, document.uri) },
      );
      // One edit call is one undo step: the quote and its footnote definition go together.
      const ranges = insertion.edits.map((e) => new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)));
      const applied = await editor.edit((builder) => {
        insertion.edits.forEach((e, i) => builder.replace(ranges[i], e.text));
      });
      if (!applied) {
        void vscode.window.showErrorMessage('Who Said What: the draft changed while inserting; try again.');
        return undefined;
      }
      return insertion.quote;
    }),
  );
}

async function targetEditor(uri: string | undefined, lastEditor: vscode.TextEditor | undefined): Promise<vscode.TextEditor | undefined> {
  if (uri) {
    let target: vscode.Uri;
    try {
      target = vscode.Uri.parse(uri, true);
    } catch {
      return undefined;
    }
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    if (open) return open;
    try {
      return await vscode.window.showTextDocument(target, { preserveFocus: false });
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor;
  if (active && active.document.uri.scheme !== 'output') return active;
  if (lastEditor && vscode.workspace.textDocuments.includes(lastEditor.document)) {
    return vscode.window.showTextDocument(lastEditor.document, lastEditor.viewColumn);
  }
  return undefined;
}

async function pickStatement(index: WorkspaceIndex): Promise<Statement | undefined> {
  const data = index.data;
  const items = data.view.statements.flatMap((statement) => {
    const source = data.source(statement.source);
    if (!source) return [];
    const actor = statement.speaker ? data.actors.get(statement.speaker) : undefined;
    const text = quoteText(statement, source, actor);
    return [{ label: text.length > 120 ? text.slice(0, 119) + '…' : text, description: source.title, statement }];
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Who Said What: no statements found in the sources yet.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Pick a statement', matchOnDescription: true });
  return picked?.statement;
}
