import type { DrillActions } from '../operations/run-drill.js';
import type { ArmHttpOptions } from './arm-http.js';
import { DataProtectionClient, jobName } from './data-protection.js';

/**
 * The drill's Azure side: validateRestore (the request wrapped in restoreRequestObject) before the restore
 * itself, both at backup-instance scope (AZURE-FACTS.md §4.8), and the restore job by id.
 */
export function dataProtectionDrillActions(
  options: ArmHttpOptions & { pollIntervalMs?: number },
): DrillActions {
  const client = new DataProtectionClient(options);
  return {
    async restore(instanceId, request) {
      await client.validateRestore(instanceId, request);
      const reference = await client.restore(instanceId, request);
      if (!reference.jobId) throw new Error('Azure started the restore but returned no job id');
      return jobName(reference.jobId);
    },
    async job(vaultId, jobId) {
      const job = await client.getJob(vaultId, jobId);
      if (!job) return undefined;
      const p = (job.properties ?? {}) as {
        status?: string;
        startTime?: string;
        endTime?: string;
        errorDetails?: { code?: string; message?: string }[];
      };
      const error = p.errorDetails?.[0];
      return {
        ...(p.status ? { status: p.status } : {}),
        ...(p.startTime ? { startTime: p.startTime } : {}),
        ...(p.endTime ? { endTime: p.endTime } : {}),
        ...(error ? { error: [error.code, error.message].filter(Boolean).join(': ') } : {}),
      };
    },
  };
}
