import type { Worker as NodeWorker } from 'node:worker_threads';
import type { Extraction, SourceInput } from '../core/model';
import type { ExtractReply, ExtractRequest } from './extractWorker';

/** Extraction on a thread of its own, where the host has threads (the Node extension host). */
export interface ExtractThread {
  extract(input: SourceInput): Promise<Extraction>;
  /** False once the thread failed or stopped: what it could not do is done on the host's thread. */
  readonly alive: boolean;
  dispose(): void;
}

type Threads = typeof import('node:worker_threads');

/**
 * Starts the extraction thread from `workerFile`, or returns undefined where the host has no
 * worker threads (VS Code for the Web) or the file is absent: indexing then runs in slices on the
 * host's own thread. The module is looked up at run time, so the browser bundle carries no Node import.
 */
export function startExtractThread(workerFile: string | undefined): ExtractThread | undefined {
  if (!workerFile) return undefined;
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  const threads = getBuiltin?.('node:worker_threads') as Threads | undefined;
  const fs = getBuiltin?.('node:fs') as { existsSync(path: string): boolean } | undefined;
  if (!threads || !fs?.existsSync(workerFile)) return undefined;
  let worker: NodeWorker;
  try {
    worker = new threads.Worker(workerFile);
  } catch {
    return undefined;
  }
  worker.unref();
  const pending = new Map<number, { resolve: (x: Extraction) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const failAll = (error: Error): void => {
    broken = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: ExtractReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('error' in reply) p.reject(new Error(reply.error));
    else p.resolve(reply.extraction);
  });
  worker.on('error', (error) => failAll(error instanceof Error ? error : new Error(String(error))));
  worker.on('exit', (code) => failAll(new Error(`the extraction thread stopped (exit code ${code})`)));
  return {
    get alive() {
      return broken === undefined;
    },
    extract(input) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<Extraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: ExtractRequest = { id, input };
        worker.postMessage(request);
      });
    },
    dispose() {
      failAll(new Error('the extraction thread was stopped'));
      void worker.terminate();
    },
  };
}
