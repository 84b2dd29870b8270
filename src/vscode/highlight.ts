import * as vscode from 'vscode';
import { nameLookup, type NameLookup } from './hover';
import type { WorkspaceIndex } from './workspaceIndex';

// A subtle underline under known names, only with `whoSaidWhat.highlightNames` on, and only
// for the visible part of each editor, recomputed after a pause in scrolling or typing.

const DEBOUNCE_MS = 200;

export class NameHighlighter implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Editors that carry decorations, to clear them when the setting goes off. */
  private readonly decorated = new Set<vscode.TextEditor>();

  constructor(private readonly lookup: NameLookup) {
    const later = (): void => this.schedule();
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(later),
      vscode.window.onDidChangeTextEditorVisibleRanges(later),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === e.document)) later();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('whoSaidWhat')) later();
      }),
      lookup.index.onDidChange(later),
    );
    later();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  /** Decorates the visible ranges of every visible editor where highlighting is on. */
  update(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!this.lookup.appliesTo(editor.document, 'highlight')) {
        if (this.decorated.delete(editor)) editor.setDecorations(this.decoration, []);
        continue;
      }
      const ranges = editor.visibleRanges.flatMap((visible) => this.lookup.findInRange(editor.document, visible).map((f) => f.range));
      editor.setDecorations(this.decoration, ranges);
      this.decorated.add(editor);
    }
    for (const editor of [...this.decorated]) {
      if (!vscode.window.visibleTextEditors.includes(editor)) this.decorated.delete(editor);
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.decoration.dispose();
  }
}

export function registerHighlight(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(new NameHighlighter(nameLookup(index)));
}
