/**
 * Worker-thread entry for `namewright edge`: runs cases sent by the parent one at a time, so the parent
 * can enforce a hard per-item time limit by terminating the thread (the pipeline is synchronous between
 * awaits and cannot be interrupted otherwise).
 */
import { parentPort } from "node:worker_threads";
import { executeCase } from "./execute.js";

parentPort?.on("message", (msg: { id: string; input: string; generator?: string }) => {
  void executeCase(msg.input, { ...(msg.generator ? { generator: msg.generator } : {}) }).then((outcome) =>
    parentPort?.postMessage({ id: msg.id, outcome }),
  );
});
parentPort?.postMessage({ ready: true });
