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

/** The IO a command runs with: `main` hands it to citty as the command context's `data`. */
export function ioOf(context: { readonly data?: unknown }): CliIo {
  return context.data as CliIo;
}
