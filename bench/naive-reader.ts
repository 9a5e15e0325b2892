/**
 * The reader a per-resource tool amounts to: `terraform plan` refreshes every resource in its state with
 * one ARM GET each (cluster, backup extension, trusted-access binding, backup instance, backup policy).
 * It goes through the project's own ARM client (ArmReader.get: same pipeline, auth, retries, TLS) with
 * the same number of requests in flight, so the comparison is about what is asked, not how.
 */
import { API_VERSIONS, ArmReader } from '../src/azure/arm-reader.js';
import { connectTo } from './emulator-connection.js';
import { startRequestLog } from './request-log.js';
import { maxRssMb, type NaiveKind, type NaiveReadTask, type ReadResult } from './tasks.js';

/** api-version per kind: the versions of the specs the emulator is checked against. */
const NAIVE_API_VERSIONS: Record<NaiveKind, string> = {
  cluster: '2026-03-01',
  extension: '2025-03-01',
  binding: API_VERSIONS.trustedAccess,
  instance: API_VERSIONS.dataProtection,
  policy: API_VERSIONS.dataProtection,
};

export async function runNaiveReadTask(task: NaiveReadTask): Promise<ReadResult> {
  const connection = connectTo(task.emulator);
  const arm = new ArmReader({ ...connection, concurrency: task.concurrency });
  const queue = (Object.keys(task.ids) as NaiveKind[]).flatMap((kind) =>
    task.ids[kind].map((id) => ({ id, apiVersion: NAIVE_API_VERSIONS[kind] })),
  );
  const log = startRequestLog();
  const started = performance.now();
  let next = 0;
  let documents = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const { id, apiVersion } = queue[next++]!;
      await arm.get(id, apiVersion);
      documents++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(task.concurrency, queue.length) }, worker));
  const wallMs = performance.now() - started;
  return { wallMs, resources: documents, requests: log.stop(), maxRssMb: maxRssMb() };
}

/** What a Terraform state managing this estate's backup would hold, by kind (from a snapshot). */
export function naiveIds(resources: readonly { id: string; type: string }[]): Record<NaiveKind, string[]> {
  const ids: Record<NaiveKind, string[]> = {
    cluster: [],
    extension: [],
    binding: [],
    instance: [],
    policy: [],
  };
  const kindOf: Record<string, NaiveKind> = {
    'microsoft.containerservice/managedclusters': 'cluster',
    'microsoft.kubernetesconfiguration/extensions': 'extension',
    'microsoft.containerservice/managedclusters/trustedaccessrolebindings': 'binding',
    'microsoft.dataprotection/backupvaults/backupinstances': 'instance',
    'microsoft.dataprotection/backupvaults/backuppolicies': 'policy',
  };
  for (const doc of resources) {
    const kind = kindOf[doc.type.toLowerCase()];
    if (kind !== undefined) ids[kind].push(doc.id);
  }
  return ids;
}
