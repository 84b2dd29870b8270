import * as vscode from 'vscode';
import { Corpus } from '../core';

/**
 * The one index of sources that every feature reads. Views, hovers and checks subscribe to
 * `onDidChange`; none of them computes NLP.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private loading: Promise<void> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The bundled sample article, shown while the workspace has no sources of its own. */
  get sampleUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media', 'sample', 'nato-stoltenberg-combat-troops.txt');
  }

  /** Loads the sources once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const bytes = await vscode.workspace.fs.readFile(this.sampleUri);
    const text = new TextDecoder('utf-8').decode(bytes);
    this.corpus.upsert({ id: this.sampleUri.toString(), path: this.sampleUri.toString(), text, format: 'text' });
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
