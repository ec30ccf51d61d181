/**
 * JSON Lines reading shared by every loader of untrusted line files (datasets, targets, evaluation and
 * calibration sets): blank lines are skipped and a line that is not JSON fails with its 1-based number.
 * Each caller validates the values with its own schema and error codes.
 */
export interface JsonLine {
  value: unknown;
  /** 1-based line number, for error messages. */
  line: number;
}

export function* jsonLines(text: string, notJson: (line: number) => Error): Generator<JsonLine> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (s === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch {
      throw notJson(i + 1);
    }
    yield { value, line: i + 1 };
  }
}
