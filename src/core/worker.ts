/**
 * A worker thread for a module next to the caller: `<name>.js` in the built package, `<name>.ts` from TypeScript
 * sources (tests, tsx). A Node 20 worker does not inherit the parent's `--import tsx`, so from sources a one-line
 * bootstrap registers tsx's ESM hooks inside the worker before it imports the module.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** `callerUrl`: the caller's `import.meta.url`; `name`: the module's file name without extension. */
export function moduleWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const target = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
