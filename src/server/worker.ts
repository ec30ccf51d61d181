/**
 * Worker thread entry of the inference pool (pool.ts): the pipeline, the lexicons and the embedded model
 * live here, off the HTTP event loop, so a slow request never stalls the others. On start it runs one
 * request per generator configuration it was asked to warm (loading every data file and the model once)
 * and then says it is ready.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runSuggestJob, type SuggestJob } from "./jobs.js";

interface WorkerInit {
  warm: string[];
}

if (!parentPort) throw new Error("src/server/worker.ts runs only as a worker thread");
const port = parentPort;
const init = workerData as WorkerInit;

port.on("message", (msg: { id: number; job: SuggestJob }) => {
  void runSuggestJob(msg.job).then((outcome) => port.postMessage({ id: msg.id, outcome }));
});

for (const generator of init.warm) {
  await runSuggestJob({ description: "organic coffee shop in the old town", generator, options: { count: 3 } });
}
port.postMessage({ ready: true });
