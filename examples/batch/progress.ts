/** The part of a stream the progress line needs; `process.stderr` is one. */
export interface ProgressStream {
  /** Whether the stream is a terminal; the bar is drawn only then. */
  readonly isTTY?: boolean;
  /** The terminal's width in characters, when known. */
  readonly columns?: number;
  /** Writes text as is. */
  write(text: string): unknown;
}

/** Reports how far a batch has got. */
export interface Progress {
  /** Marks one more entry done. */
  tick(): void;
  /** Clears the line, so what follows starts on a clean one. */
  done(): void;
}

const BAR_WIDTH = 30;

/**
 * A one-line progress bar, redrawn in place with `\r`, on a terminal only: when `stream` is
 * redirected to a file or a pipe, nothing is written, so logs stay clean.
 */
export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total === 0) return { tick() {}, done() {} };
  let finished = 0;
  const draw = () => {
    const label = ` ${finished}/${total} searches`;
    // Leave room for the label and the brackets on narrow terminals.
    const width = Math.max(0, Math.min(BAR_WIDTH, (stream.columns ?? 80) - label.length - 3));
    const filled = Math.round((finished / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${label}`);
  };
  draw();
  return {
    tick() {
      finished += 1;
      draw();
    },
    done() {
      // Carriage return, then erase to the end of the line.
      stream.write('\r\u001b[K');
    },
  };
}
