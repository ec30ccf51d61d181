/**
 * `namewright <command>`: commander parses, each command lives in its own module. main() returns the exit
 * code instead of exiting, so tests run it in-process.
 */
import { Command, CommanderError } from "commander";
import { NamewrightError, InputError } from "../core/errors.js";
import { EXIT, processIo, type Io } from "./io.js";
import { registerSuggest } from "./suggest.js";
import { registerExtraCommands } from "./commands.js";

export { EXIT } from "./io.js";
export type { Io } from "./io.js";

function wantsJson(argv: readonly string[]): boolean {
  const i = argv.indexOf("--format");
  return argv.includes("--json") || argv.includes("--format=json") || (i >= 0 && argv[i + 1] === "json");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("namewright")
    .description("Business description -> creative, relevant, safe, registrable domain names")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => io.err(s.replace(/\n$/, "")) });
  registerSuggest(program, io, (code) => (exitCode = code));
  registerExtraCommands(program, io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through exitOverride with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof InputError) {
      io.err(`namewright: ${e.message}`);
      // A program reading --json output gets an answer on stdout too, not only a message on stderr.
      if (wantsJson(argv)) io.out(JSON.stringify({ status: "error", code: e.code, message: e.message }));
      return EXIT.badInput;
    }
    if (e instanceof NamewrightError) {
      io.err(`namewright: ${e.message} [${e.code}]`);
      return EXIT.failure;
    }
    io.err(`namewright: internal error: ${(e as Error).stack ?? String(e)}`);
    return EXIT.failure;
  }
}
