/** Injectable standard streams, so the CLI can be tested in-process. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(line + "\n"),
  err: (line) => void process.stderr.write(line + "\n"),
  stdin: process.stdin,
};

export const EXIT = { ok: 0, failure: 1, badInput: 2, blocked: 3 } as const;
