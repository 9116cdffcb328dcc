/**
 * SIGINT and SIGTERM in a process that builds. One listener for the rest of the process's life, installed by
 * the first output transaction (publish.ts): while a transaction runs, its handler decides (clean up and exit,
 * or exit once its commit is done); otherwise the process exits as it would have with no listener at all.
 *
 * Not one listener per transaction: Node drops a signal it caught for a listener that is gone by the time the
 * signal is emitted, so a signal that arrived as a transaction ended was lost, and a long-running process
 * (`npm start`) went on running after Ctrl+C.
 */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;

let handler: (() => void) | null = null;
let installed = false;

/** Makes `onSignal` the process's response to SIGINT and SIGTERM until the returned function is called. */
export function whileInterruptible(onSignal: () => void): () => void {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(EXIT_CODES) as Signal[]) {
      process.on(signal, () => (handler ? handler() : process.exit(EXIT_CODES[signal])));
    }
  }
  handler = onSignal;
  return () => {
    if (handler === onSignal) handler = null;
  };
}
