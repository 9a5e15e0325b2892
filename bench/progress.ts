/**
 * Progress lines go to stderr with the time since the suite started, so a long run shows it is alive and
 * `--json` keeps stdout for the result alone.
 */
const started = performance.now();

export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

/**
 * CPU time this process spends while `work` runs. The suite process runs the emulator, so this is what the
 * emulator cost — when it nears the wall time, the emulator, not the code under test, set the pace.
 */
export async function withCpuTime<T>(work: Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const value = await work;
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

/** A line every `everyMs` while `work` runs, saying what `describe` reports. */
export async function withHeartbeat<T>(
  work: Promise<T>,
  describe: () => string,
  everyMs = 10_000,
): Promise<T> {
  const ticker = setInterval(() => progress(describe()), everyMs);
  try {
    return await work;
  } finally {
    clearInterval(ticker);
  }
}
