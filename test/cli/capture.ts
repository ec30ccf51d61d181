/** An in-memory Io for driving the CLI's main() in tests: what it prints, line by line, and a fixed stdin. */
import { Readable } from "node:stream";
import type { Io } from "../../src/cli/index.js";

export function capture(stdin = ""): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => void stdout.push(l),
    err: (l) => void stderr.push(l),
    stdin: Readable.from([stdin]),
  };
}
