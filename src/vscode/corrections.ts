import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

// Rename…, Merge with…, Hide on an actor: saved in `.whosaidwhat/corrections.json`.

export function registerCorrectionCommands(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const actorOf = (args?: { actor?: string }) => (typeof args?.actor === 'string' ? index.data.actors.get(args.actor) : undefined);
  // The file names actors as the engine found them, so a second rename still finds its actor.
  const engineName = (actor: { id: string; name: string }): string => index.data.engineActor(actor.id)?.name ?? actor.name;
  context.subscriptions.push(
    vscode.commands.registerCommand('whoSaidWhat.renameActor', async (args?: { actor?: string; name?: string }) => {
      const actor = actorOf(args);
      if (!actor) return false;
      const name = args?.name ?? (await vscode.window.showInputBox({ title: `Rename ${actor.name}`, value: actor.name, validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty') }));
      if (!name?.trim() || name.trim() === actor.name) return false;
      return index.correct({ kind: 'rename', actor: engineName(actor), name: name.trim() });
    }),
    vscode.commands.registerCommand('whoSaidWhat.mergeActor', async (args?: { actor?: string; into?: string }) => {
      const actor = actorOf(args);
      if (!actor) return false;
      let into = args?.into ? index.data.actors.get(args.into) : undefined;
      if (!into) {
        const items = index.data.view.actors
          .filter((a) => a.id !== actor.id)
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => ({ label: a.name, description: [a.kind, a.role].filter(Boolean).join(' · '), id: a.id }));
        const chosen = await vscode.window.showQuickPick(items, { title: `Merge ${actor.name} with…`, placeHolder: 'The actor that keeps its name' });
        into = chosen ? index.data.actors.get(chosen.id) : undefined;
      }
      if (!into) return false;
      return index.correct({ kind: 'merge', actor: engineName(actor), into: engineName(into) });
    }),
    vscode.commands.registerCommand('whoSaidWhat.hideActor', async (args?: { actor?: string }) => {
      const actor = actorOf(args);
      if (!actor) return false;
      return index.correct({ kind: 'hide', actor: engineName(actor) });
    }),
    vscode.commands.registerCommand('whoSaidWhat.openCorrections', async () => {
      const uri = index.correctionsUri;
      if (!uri) return;
      try {
        await vscode.window.showTextDocument(uri);
      } catch {
        void vscode.window.showInformationMessage('Who Said What: no corrections yet. Rename, merge or hide an actor from its context menu to make one.');
      }
    }),
  );
}
