/** A stream the CLI writes text to. */
export interface Output {
  /** Writes text. */
  write(text: string): unknown;
  /** Whether it is a terminal (colours are used only there, by default). */
  readonly isTTY?: boolean | undefined;
}

/**
 * What the CLI reads and writes besides its arguments: the process's streams and environment
 * when run as a program, stand-ins when a test runs it in-process.
 */
export interface CliIo {
  /** Read for the file `-`. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** Where reports, files printed with `-` and help go. */
  readonly stdout: Output;
  /** Where error messages go. */
  readonly stderr: Output;
  /** The environment (for `NO_COLOR` and `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder holding the shipped JSON Schema files (`search.schema.json`, ...), ending in `/`. */
  readonly schemaDir: URL;
}

/** What a command's action runs with: the IO, and where to hand its exit code. */
export interface CommandContext {
  /** The streams, environment and schema folder. */
  readonly io: CliIo;
  /** Records the exit code the run ends with. */
  readonly finish: (code: number) => void;
}
