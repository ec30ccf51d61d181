/** Errors of the training module, each with a stable `code` and a message saying what to do. */
import { NamewrightError } from "../core/errors.js";

export type TrainErrorCode =
  | "E_RUN_ID" // a run id with characters that cannot be a folder name
  | "E_RUN_CONFIG" // resuming a run with a different config
  | "E_NO_DATA" // the dataset / targets / base model a step needs is missing
  | "E_BAD_DATA" // a data file exists but a line cannot be used
  | "E_TEST_SPLIT"; // a command was asked to train or tune on a test writer

export class TrainError extends NamewrightError {
  declare readonly code: TrainErrorCode;
  constructor(code: TrainErrorCode, message: string) {
    super(code, message);
  }
}
