/**
 * Worker-thread entry of the off-thread request guard (off-thread.ts): checks the one text it is given and
 * posts the verdict back. Imports only the request guard, so it starts while the main thread loads the rest.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkRequest } from "./guard.js";

const { text } = workerData as { text: string };
try {
  parentPort?.postMessage({ ok: true, verdict: checkRequest(text) });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: (err as Error).message });
}
