// The extraction thread: the Node extension host hands each source's text here, so a long article
// is read on another core and never blocks the host. Built on its own as dist/extractWorker.js.
import { parentPort } from 'node:worker_threads';
import { extractSource } from '../core/extract';
import type { SourceInput } from '../core/model';

export interface ExtractRequest {
  id: number;
  input: SourceInput;
}

export type ExtractReply = { id: number; extraction: ReturnType<typeof extractSource> } | { id: number; error: string };

parentPort?.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, extraction: extractSource(request.input) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
