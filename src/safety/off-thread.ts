/**
 * The request guard on a worker thread, for a one-shot command line run: the guard's first check loads its
 * lexicons, concept lists and classifier, which costs about as much as the rest of a cold `suggest`. Started
 * before the main thread loads the generator, it runs on the second core meanwhile; the pipeline awaits the
 * verdict before it returns anything (src/generate/pipeline.ts, `SuggestOptions.guard`).
 *
 * The verdict is the same function's on the same text; if the worker cannot start or fails, the text is checked
 * on this thread instead. The guard is never skipped.
 */
import type { Worker } from "node:worker_threads";
import { moduleWorker } from "../core/worker.js";
import type { RequestVerdict } from "./guard.js";

async function checkHere(text: string): Promise<RequestVerdict> {
  const { checkRequest } = await import("./guard.js");
  return checkRequest(text);
}

/** Starts checking `text` on a worker thread now; the promise resolves to `checkRequest(text)`. */
export function checkRequestOffThread(text: string): Promise<RequestVerdict> {
  return new Promise<RequestVerdict>((resolve, reject) => {
    let settled = false;
    const fallback = (): void => {
      if (settled) return;
      settled = true;
      checkHere(text).then(resolve, reject);
    };
    let worker: Worker;
    try {
      worker = moduleWorker(import.meta.url, "request-worker", { workerData: { text } });
    } catch {
      fallback();
      return;
    }
    worker.once("message", (m: { ok: true; verdict: RequestVerdict } | { ok: false; message: string }) => {
      if (m.ok && !settled) {
        settled = true;
        resolve(m.verdict);
      } else fallback();
      void worker.terminate();
    });
    worker.once("error", fallback);
    worker.once("exit", fallback);
  });
}
