/**
 * Commands contributed by other modules (safety, data, engine, evaluation). Each module exports a
 * `register...Commands(program)`; adding one here is the only wiring a new command needs.
 */
import type { Command } from "commander";
import type { Io } from "./io.js";

export function registerExtraCommands(_program: Command, _io: Io, _setExit: (code: number) => void): void {
  // Filled in as modules land (safety eval, data build, train, eval).
}
