import type { GateActions } from '../operations/run-gate.js';
import { DataProtectionClient, jobName } from './data-protection.js';
import type { ArmHttpOptions } from './arm-http.js';

/**
 * The gate's Azure side on the Data Protection client: an ad hoc backup with the policy's rule and the
 * Default retention tag (AZURE-FACTS.md §4.7), the job by id, and the recovery points listed from ARM.
 */
export function dataProtectionGateActions(options: ArmHttpOptions): GateActions {
  const client = new DataProtectionClient(options);
  return {
    async triggerBackup(instanceId, ruleName) {
      const reference = await client.adhocBackup(instanceId, { ruleName, retentionTagOverride: 'Default' });
      if (!reference.jobId) throw new Error('Azure started the backup but returned no job id');
      return jobName(reference.jobId);
    },
    async job(vaultId, jobId) {
      const job = await client.getJob(vaultId, jobId);
      if (!job) return undefined;
      const properties = (job.properties ?? {}) as {
        status?: string;
        errorDetails?: { message?: string; code?: string }[];
      };
      const error = properties.errorDetails?.[0];
      return {
        ...(properties.status ? { status: properties.status } : {}),
        ...(error ? { error: [error.code, error.message].filter(Boolean).join(': ') } : {}),
      };
    },
    async recoveryPoints(instanceId) {
      return (await client.listRecoveryPoints(instanceId)).flatMap((rp) => {
        const p = (rp.properties ?? {}) as {
          recoveryPointTime?: string;
          recoveryPointState?: string;
          recoveryPointId?: string;
        };
        return p.recoveryPointTime
          ? [
              {
                id: p.recoveryPointId ?? rp.name ?? rp.id,
                time: p.recoveryPointTime,
                ...(p.recoveryPointState ? { state: p.recoveryPointState } : {}),
              },
            ]
          : [];
      });
    },
  };
}
