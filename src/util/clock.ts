/**
 * The current time, overridable with AKS_BACKUP_GUARD_NOW (an ISO 8601 instant) so that runs which judge
 * ages and expiry dates (exemptions, recovery points) can be reproduced exactly, e.g. in tests or when
 * re-checking yesterday's report.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): () => Date {
  const fixed = env.AKS_BACKUP_GUARD_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  const instant = new Date(fixed);
  // Thrown when asked, inside the front doors' error handling, so a bad value is a message, not a crash.
  return () => {
    if (Number.isNaN(instant.getTime())) {
      throw new Error(
        `AKS_BACKUP_GUARD_NOW must be an ISO 8601 instant such as 2026-11-21T12:00:00Z; got '${fixed}'`,
      );
    }
    return instant;
  };
}
