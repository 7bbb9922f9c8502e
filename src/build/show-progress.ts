/**
 * Progress of long build steps: a line that updates in place on an interactive terminal, and nothing
 * at all otherwise (logs stay one summary line per step).
 */

/** Reports progress of a step with a known number of items. */
export interface Progress {
  /** Call after each item; `done` is how many are finished. */
  tick(done: number): void;
  /** Clears the progress line. */
  end(): void;
}

/**
 * Creates a progress reporter that writes `label x/N` to the stream, at most every 100 ms, when it is a terminal.
 *
 * @param label What is being counted, e.g. `articles analysed`.
 * @param total How many items there are.
 * @example
 * const progress = showProgress('articles analysed', files.length);
 * files.forEach((f, i) => { analyse(f); progress.tick(i + 1); });
 * progress.end();
 */
export function showProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, end() {} };
  let last = 0;
  return {
    tick(done) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      stream.write(`\r${label} ${done}/${total}`);
    },
    end() {
      stream.write('\r\u001b[K');
    },
  };
}
