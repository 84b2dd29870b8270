import * as vscode from 'vscode';
import type { SourceFormat } from '../core';

// Which files are sources: the `whoSaidWhat.sources` globs of each workspace folder, less the
// `whoSaidWhat.excludedSources` ones. Files are read through `workspace.fs` so remote and
// virtual file systems work.

export const DEFAULT_SOURCE_GLOBS = ['**/sources/**/*.{txt,md,html,htm}', '**/articles/**/*.{txt,md,html,htm}'];

export function sourceGlobs(folder: vscode.WorkspaceFolder): string[] {
  const globs = vscode.workspace.getConfiguration('whoSaidWhat', folder.uri).get<string[]>('sources', DEFAULT_SOURCE_GLOBS);
  return Array.isArray(globs) ? globs.filter((g) => typeof g === 'string' && g.trim()) : DEFAULT_SOURCE_GLOBS;
}

export function excludedGlobs(folder: vscode.WorkspaceFolder): string[] {
  const globs = vscode.workspace.getConfiguration('whoSaidWhat', folder.uri).get<string[]>('excludedSources', []);
  return Array.isArray(globs) ? globs.filter((g) => typeof g === 'string' && g.trim()) : [];
}

/** The size limit in bytes (setting in megabytes, default 5). */
export function maxSourceBytes(): number {
  const mb = vscode.workspace.getConfiguration('whoSaidWhat').get<number>('maxSourceSizeMB', 5);
  return Math.max(0, typeof mb === 'number' && Number.isFinite(mb) ? mb : 5) * 1024 * 1024;
}

export function formatOf(uri: vscode.Uri): SourceFormat {
  const path = uri.path.toLowerCase();
  if (path.endsWith('.html') || path.endsWith('.htm')) return 'html';
  if (path.endsWith('.md') || path.endsWith('.markdown')) return 'markdown';
  return 'text';
}

export interface SourceFile {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
}

/** Every source file of every workspace folder, in a stable order. */
export async function findSourceFiles(): Promise<SourceFile[]> {
  const found = new Map<string, SourceFile>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const excluded = excludedGlobs(folder);
    const exclude = excluded.length ? new vscode.RelativePattern(folder, excluded.length === 1 ? (excluded[0] as string) : `{${excluded.join(',')}}`) : undefined;
    for (const glob of sourceGlobs(folder)) {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude);
      for (const uri of uris) if (!found.has(uri.toString())) found.set(uri.toString(), { uri, folder });
    }
  }
  return [...found.values()].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
}

/** Watches every folder's source globs; `onEvent` gets each created, changed or deleted file. */
export function watchSources(onEvent: (uri: vscode.Uri, kind: 'create' | 'change' | 'delete') => void): vscode.Disposable {
  const watchers: vscode.Disposable[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    // Deleting, renaming or creating a folder may be reported for the folder alone, which no
    // source glob matches: folder events are passed on too, and the index looks again.
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, false);
    watchers.push(
      folders,
      folders.onDidDelete((uri) => onEvent(uri, 'delete')),
      folders.onDidCreate((uri) => {
        vscode.workspace.fs.stat(uri).then(
          (stat) => {
            if (stat.type & vscode.FileType.Directory) onEvent(uri, 'create');
          },
          () => undefined,
        );
      }),
    );
    for (const glob of sourceGlobs(folder)) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
      watchers.push(
        watcher,
        watcher.onDidCreate((uri) => onEvent(uri, 'create')),
        watcher.onDidChange((uri) => onEvent(uri, 'change')),
        watcher.onDidDelete((uri) => onEvent(uri, 'delete')),
      );
    }
  }
  return vscode.Disposable.from(...watchers);
}

/** The file's path within its workspace folder, as a glob that matches just that file. */
function relativeGlob(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, false);
  // Glob syntax characters in a file name are escaped by bracketing them.
  return relative.replace(/[[\]{}*?]/g, (c) => `[${c}]`);
}

async function updateList(folder: vscode.WorkspaceFolder, key: 'sources' | 'excludedSources', change: (list: string[]) => string[]): Promise<void> {
  const config = vscode.workspace.getConfiguration('whoSaidWhat', folder.uri);
  const current = key === 'sources' ? sourceGlobs(folder) : excludedGlobs(folder);
  const next = change([...current]);
  const target = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update(key, next, target);
}

/** Makes files sources: listed in the folder's `whoSaidWhat.sources`, and no longer excluded. */
export async function addToSources(uris: vscode.Uri[]): Promise<number> {
  let added = 0;
  for (const uri of uris) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) continue;
    const glob = relativeGlob(uri);
    if (excludedGlobs(folder).includes(glob)) await updateList(folder, 'excludedSources', (list) => list.filter((g) => g !== glob));
    await updateList(folder, 'sources', (list) => (list.includes(glob) ? list : [...list, glob]));
    added++;
  }
  return added;
}

/** Stops files being sources: taken off `whoSaidWhat.sources` and, where a wider glob still matches, excluded. */
export async function removeFromSources(uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) continue;
    const glob = relativeGlob(uri);
    if (sourceGlobs(folder).includes(glob)) await updateList(folder, 'sources', (list) => list.filter((g) => g !== glob));
    await updateList(folder, 'excludedSources', (list) => (list.includes(glob) ? list : [...list, glob]));
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file name from an article's first line: lower case, dashes, at most 60 characters. */
export function slugOf(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim()) ?? '';
  const slug = firstLine
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** A file under `<folder>/sources/` that does not exist yet: never overwrites. */
export async function freeSourceUri(folder: vscode.Uri, base: string, extension: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(folder, 'sources');
  for (let n = 1; n < 10000; n++) {
    const candidate = vscode.Uri.joinPath(dir, `${base}${n === 1 ? '' : `-${n}`}${extension}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error('no free file name under sources/');
}

/** Saves text as a new source file under `sources/` of a workspace folder. */
export async function saveAsSource(folder: vscode.WorkspaceFolder, text: string, extension = '.txt'): Promise<vscode.Uri> {
  const uri = await freeSourceUri(folder.uri, slugOf(text), extension);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, 'sources'));
  // A last check right before writing: another process may have made the file meanwhile.
  if (await exists(uri)) throw new Error(`${vscode.workspace.asRelativePath(uri)} already exists`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.endsWith('\n') ? text : `${text}\n`));
  return uri;
}

/** Copies a file from outside the workspace into `sources/`, under a free name. */
export async function copyIntoSources(folder: vscode.WorkspaceFolder, from: vscode.Uri): Promise<vscode.Uri> {
  const name = from.path.split('/').pop() ?? 'article.txt';
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '.txt';
  const uri = await freeSourceUri(folder.uri, base, extension);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, 'sources'));
  await vscode.workspace.fs.copy(from, uri, { overwrite: false });
  return uri;
}

/** The source commands: Add to / Remove from Sources, Add Sources…, Paste Article as Source, Open Sample. */
export function registerSourceCommands(context: vscode.ExtensionContext, sampleUri: vscode.Uri, refresh: () => Promise<void>, cancelIndexing: () => void): void {
  const explorerSelection = (uri?: vscode.Uri, uris?: vscode.Uri[]): vscode.Uri[] => {
    if (Array.isArray(uris) && uris.length) return uris;
    if (uri instanceof vscode.Uri) return [uri];
    const active = vscode.window.activeTextEditor?.document.uri;
    return active ? [active] : [];
  };
  const firstFolder = (): vscode.WorkspaceFolder | undefined => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) void vscode.window.showErrorMessage('Who Said What: open a folder first; sources are files in a workspace folder.');
    return folder;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('whoSaidWhat.addToSources', async (uri?: vscode.Uri, uris?: vscode.Uri[]) => {
      const chosen = explorerSelection(uri, uris);
      const outside = chosen.filter((u) => !vscode.workspace.getWorkspaceFolder(u));
      await addToSources(chosen.filter((u) => vscode.workspace.getWorkspaceFolder(u)));
      if (outside.length) void vscode.window.showWarningMessage('Who Said What: only files inside a workspace folder can be sources; use "Add Sources…" to copy them in.');
    }),
    vscode.commands.registerCommand('whoSaidWhat.removeFromSources', async (uri?: vscode.Uri | { source?: string }, uris?: vscode.Uri[]) => {
      // From the Sources view the argument is a tree node naming its source.
      if (uri && !(uri instanceof vscode.Uri) && typeof uri.source === 'string') return removeFromSources([vscode.Uri.parse(uri.source)]);
      return removeFromSources(explorerSelection(uri instanceof vscode.Uri ? uri : undefined, uris));
    }),
    vscode.commands.registerCommand('whoSaidWhat.addSources', async () => {
      const folder = firstFolder();
      if (!folder) return;
      const picked = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Add to Sources', defaultUri: folder.uri, filters: { Articles: ['txt', 'md', 'html', 'htm'] } });
      if (!picked?.length) return;
      const inside = picked.filter((u) => vscode.workspace.getWorkspaceFolder(u));
      for (const uri of picked.filter((u) => !vscode.workspace.getWorkspaceFolder(u))) inside.push(await copyIntoSources(folder, uri));
      await addToSources(inside);
    }),
    vscode.commands.registerCommand('whoSaidWhat.pasteArticle', async (args?: { text?: string }) => {
      const folder = firstFolder();
      if (!folder) return undefined;
      const text = typeof args?.text === 'string' ? args.text : await vscode.env.clipboard.readText();
      if (!text.trim()) {
        void vscode.window.showWarningMessage('Who Said What: the clipboard holds no text to save as an article.');
        return undefined;
      }
      const uri = await saveAsSource(folder, text.replace(/\r\n/g, '\n'));
      // A file under sources/ may still be outside the folder's globs if the user changed them.
      if (!sourceGlobs(folder).some((g) => g.includes('sources'))) await addToSources([uri]);
      await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    }),
    vscode.commands.registerCommand('whoSaidWhat.openSample', async () => {
      await vscode.window.showTextDocument(sampleUri, { preview: true });
    }),
    vscode.commands.registerCommand('whoSaidWhat.refresh', () => refresh()),
    vscode.commands.registerCommand('whoSaidWhat.stopIndexing', () => cancelIndexing()),
  );
}
