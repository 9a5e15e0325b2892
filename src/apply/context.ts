import type { Logger } from '../commands/context.js';
import type { ArmWriter } from '../azure/arm-writer.js';
import type { DataProtectionClient } from '../azure/data-protection.js';
import type { Timer } from '../azure/retry.js';
import type { ApplyTiming } from './model.js';

/** The Azure clients apply writes through; tests pass clients pointed at the emulator. */
export interface AzureWriters {
  dataProtection: DataProtectionClient;
  arm: ArmWriter;
}

/** What every change step gets. */
export interface StepContext {
  writers: AzureWriters;
  timing: ApplyTiming;
  timer: Timer;
  signal?: AbortSignal;
  log: Logger;
  options: { allowReplace: boolean; prune: boolean };
  /**
   * Principals of backup extensions installed in this run, by lower-cased cluster id: role assignments
   * planned for "the extension's identity, known after apply" read them here.
   */
  extensionPrincipals: Map<string, string>;
}

/** A step's result: a short note for the report when there is something to say. */
export interface StepOutcome {
  note?: string;
}
