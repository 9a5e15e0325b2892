import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  DataProtectionClient,
  jobName
} from "./chunk-OSR7MOFW.js";
import "./chunk-F623S5PB.js";
import "./chunk-OWBDLMQC.js";
import "./chunk-7EMEIYIE.js";
import "./chunk-4PGEURHB.js";
import "./chunk-GF2QCEFB.js";
import "./chunk-E45LEVXN.js";

// src/azure/gate-actions.ts
function dataProtectionGateActions(options) {
  const client = new DataProtectionClient(options);
  return {
    async triggerBackup(instanceId, ruleName) {
      const reference = await client.adhocBackup(instanceId, { ruleName, retentionTagOverride: "Default" });
      if (!reference.jobId) throw new Error("Azure started the backup but returned no job id");
      return jobName(reference.jobId);
    },
    async job(vaultId, jobId) {
      const job = await client.getJob(vaultId, jobId);
      if (!job) return void 0;
      const properties = job.properties ?? {};
      const error = properties.errorDetails?.[0];
      return {
        ...properties.status ? { status: properties.status } : {},
        ...error ? { error: [error.code, error.message].filter(Boolean).join(": ") } : {}
      };
    },
    async recoveryPoints(instanceId) {
      return (await client.listRecoveryPoints(instanceId)).flatMap((rp) => {
        const p = rp.properties ?? {};
        return p.recoveryPointTime ? [
          {
            id: p.recoveryPointId ?? rp.name ?? rp.id,
            time: p.recoveryPointTime,
            ...p.recoveryPointState ? { state: p.recoveryPointState } : {}
          }
        ] : [];
      });
    }
  };
}
export {
  dataProtectionGateActions
};
