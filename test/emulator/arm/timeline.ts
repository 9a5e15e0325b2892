/**
 * Changes Azure makes on its own some time after a write — a provider finishing registration, a backup
 * instance moving from `ConfiguringProtection` to `ProtectionConfigured` — applied when their time has
 * come. The server settles the timeline before every request, so no timer outlives a test and a run is
 * reproducible from request times alone.
 */
export class Timeline {
  private readonly pending: { at: number; effect: () => void }[] = [];

  at(when: number, effect: () => void): void {
    this.pending.push({ at: when, effect });
  }

  settle(now = Date.now()): void {
    // Effects may schedule further effects: loop until nothing due is left.
    for (;;) {
      const index = this.pending.findIndex((entry) => entry.at <= now);
      if (index < 0) return;
      const [due] = this.pending.splice(index, 1);
      due!.effect();
    }
  }

  /** Applies every pending effect now. */
  finishAll(): void {
    this.settle(Number.POSITIVE_INFINITY);
  }

  get size(): number {
    return this.pending.length;
  }
}
