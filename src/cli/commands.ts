/**
 * Commands contributed by other modules (safety, data, evaluation, training). Each module exports a
 * `register...Commands(program)`; adding one here is the only wiring a new command needs.
 */
import type { Command } from "commander";
import { registerSafetyCommands } from "../safety/cli.js";
import { registerDataCommands } from "../dataset/cli.js";
import { registerEvalCommands } from "../evaluate/cli.js";
import { registerTrainCommands } from "../train/cli.js";
import type { Io } from "./io.js";

export function registerExtraCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  registerSafetyCommands(program, io, setExit);
  registerDataCommands(program);
  registerEvalCommands(program);
  registerTrainCommands(program);
}
