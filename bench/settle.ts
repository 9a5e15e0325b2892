/**
 * Lets this process go quiet before a child is measured. The suite runs the emulator and generates
 * estates in its own heap: after a 10,000-cluster read it holds hundreds of MB of garbage, which V8
 * collects on background threads, on the same two cores the measured child runs on. In one full run the
 * plan of 10,000 clusters measured 1.84-2.52 s after the reads against 1.40-1.87 s on its own
 * (`--only plan`), its file parse slowed alike. A full collection here, and a moment for the sweeper,
 * takes that work out of the measurement. Only the suite's process is affected: children start as the
 * product would.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export async function settle(): Promise<void> {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 300));
}
