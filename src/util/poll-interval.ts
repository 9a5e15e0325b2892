import { InputError } from '../config/diagnostics.js';

/**
 * AKS_BACKUP_GUARD_POLL_INTERVAL_MS: the wait between polls of long-running Azure operations when Azure
 * sends no Retry-After (default 2000 ms, as the Azure SDKs). Lowered against a local emulator; read by
 * both front doors, like AKS_BACKUP_GUARD_NOW (clock.ts).
 */
export function pollIntervalFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const text = env.AKS_BACKUP_GUARD_POLL_INTERVAL_MS;
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,6}$/.test(text)) {
    throw new InputError([
      {
        file: 'environment',
        message: `AKS_BACKUP_GUARD_POLL_INTERVAL_MS must be milliseconds (0-999999); got '${text}'`,
      },
    ]);
  }
  return Number(text);
}
