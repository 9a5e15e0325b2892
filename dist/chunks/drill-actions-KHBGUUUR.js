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

// src/azure/drill-actions.ts
function dataProtectionDrillActions(options) {
  const client = new DataProtectionClient(options);
  return {
    async restore(instanceId, request) {
      await client.validateRestore(instanceId, request);
      const reference = await client.restore(instanceId, request);
      if (!reference.jobId) throw new Error("Azure started the restore but returned no job id");
      return jobName(reference.jobId);
    },
    async job(vaultId, jobId) {
      const job = await client.getJob(vaultId, jobId);
      if (!job) return void 0;
      const p = job.properties ?? {};
      const error = p.errorDetails?.[0];
      return {
        ...p.status ? { status: p.status } : {},
        ...p.startTime ? { startTime: p.startTime } : {},
        ...p.endTime ? { endTime: p.endTime } : {},
        ...error ? { error: [error.code, error.message].filter(Boolean).join(": ") } : {}
      };
    }
  };
}
export {
  dataProtectionDrillActions
};
