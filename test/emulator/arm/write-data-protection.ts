/**
 * Microsoft.DataProtection writes (SPEC, AZURE-FACTS.md §4.2-4.8), with the state machine of §6.4
 * "Emulator script":
 *
 *  - Policy PUT is synchronous, 200 only (§4.2, §4.10 item 6). A repeating interval without a start time
 *    is refused with `BMSUserErrorInvalidInput` (§4.5, crossplane-contrib/provider-upjet-azure#853).
 *  - Backup instance PUT answers 201 (200 for an existing one) with `Azure-AsyncOperation` (the vault's
 *    operationStatus), `Location` (the instance's operationResults) and `Retry-After`, body
 *    `provisioningState: Provisioning`, `protectionStatus.status: NotProtected`. When the operation ends the
 *    instance is `Provisioned` (never `Succeeded`, Traps 1) and `ConfiguringProtection`, then
 *    `ProtectionConfigured` after `protectionDelayMs`. The service checks what `validateForBackup`
 *    checks (backup-readiness.ts): when that fails the operation fails with the same error and a new
 *    instance is rolled back. An instance sent without `dataSourceSetInfo` is created but ends in
 *    `ProtectionError` / `ScenarioPluginInvalidWorkflowDataRequest` "Fix protection error for the backup
 *    instance", as hashicorp/terraform-provider-azurerm#25294 reports (Traps 3).
 *  - `POST {vault}/validateForBackup` takes the backup instance properties unwrapped
 *    (`{"backupInstance": {...}}`, Traps 2); 202 + Azure-AsyncOperation + Location, the Location ending in 200
 *    `OperationJobExtendedInfo` (§4.7). Posted at instance scope it is not a route (404).
 *  - Instance DELETE: 202 + Azure-AsyncOperation + Location; the instance is gone when it ends (a later GET
 *    is 404); 204 when there is nothing to delete.
 *  - Ad hoc backup, validateRestore and restore: 202 + monitors ending in `OperationJobExtendedInfo`, and a
 *    job in the vault (`InProgress`, then `Completed`); a backup adds a recovery point. A job scripted to
 *    fail (`writes.failNextJobs`) ends `Failed` with `errorDetails[]` and no recovery point, while its
 *    operation still succeeds: the trigger only started it (§4.9).
 */
import { randomUUID } from 'node:crypto';
import type { ArmResource } from '../../../src/estate/snapshot.js';
import { cloudError, type Reply } from '../http.js';
import { readinessProblem } from './backup-readiness.js';
import { WRITE_DEFINITIONS, type BodyDefinition } from './request-validation.js';
import { notFound, parentNotFound } from './write-cluster.js';
import type { WriteRequest, WriteSide } from './write-context.js';
import type { OperationFailure } from './operations.js';

interface InstanceProperties {
  objectType?: string;
  friendlyName?: string;
  dataSourceInfo?: {
    resourceID?: string;
    resourceName?: string;
    resourceLocation?: string;
    datasourceType?: string;
  };
  dataSourceSetInfo?: unknown;
  policyInfo?: {
    policyId?: string;
    policyParameters?: { dataStoreParametersList?: { resourceGroupId?: string }[] };
  };
}

export function putPolicy(
  side: WriteSide,
  req: WriteRequest,
  vaultId: string,
  name: string,
  body: unknown,
): Reply {
  const vault = side.state.get(vaultId);
  if (vault === undefined) return parentNotFound(vaultId);
  const invalid = validate(side, 'PUT', req.path, WRITE_DEFINITIONS.policyPut, body);
  if (invalid) return invalid;
  const properties = (body as { properties: { policyRules?: unknown[] } }).properties;
  for (const rule of properties.policyRules ?? []) {
    const intervals = (rule as { trigger?: { schedule?: { repeatingTimeIntervals?: unknown[] } } }).trigger
      ?.schedule?.repeatingTimeIntervals;
    for (const interval of intervals ?? []) {
      if (
        typeof interval !== 'string' ||
        !/^R\/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?\/P/.test(interval)
      ) {
        return cloudError(
          400,
          'BMSUserErrorInvalidInput',
          `Input provided for the call is invalid: repeating time interval '${String(interval)}'.`,
        );
      }
    }
  }
  const doc: ArmResource = {
    id: `${vault.id}/backupPolicies/${name}`,
    name,
    type: 'Microsoft.DataProtection/backupVaults/backupPolicies',
    properties: structuredClone(properties),
  };
  side.put(doc);
  return { status: 200, body: doc };
}

export function putInstance(
  side: WriteSide,
  req: WriteRequest,
  vaultId: string,
  name: string,
  body: unknown,
): Reply {
  const vault = side.state.get(vaultId);
  if (vault === undefined) return parentNotFound(vaultId);
  const invalid = validate(side, 'PUT', req.path, WRITE_DEFINITIONS.instancePut, body);
  if (invalid) return invalid;
  const sent = body as { properties: InstanceProperties; tags?: Record<string, string> };
  const id = `${vault.id}/backupInstances/${name}`;
  const previous = side.state.get(id);
  const failure =
    readinessProblem(side.state, vault.id, sent.properties, side.propagation, side.settings) ??
    side.transientFailure(`PUT ${id}`);
  const doc: ArmResource = {
    id,
    name,
    type: 'Microsoft.DataProtection/backupVaults/backupInstances',
    ...(sent.tags ? { tags: { ...sent.tags } } : previous?.tags ? { tags: previous.tags } : {}),
    properties: {
      ...structuredClone(sent.properties),
      provisioningState: 'Provisioning',
      protectionStatus: { status: 'NotProtected' },
      currentProtectionState: previous ? 'UpdatingProtection' : 'NotProtected',
    },
  };
  side.put(doc);
  const started = side.operations.start({
    statusPath: `${vault.id}/operationStatus/{id}`,
    resultPath: `${id}/operationResults/{id}`,
    apiVersion: req.apiVersion,
    ...(failure ? { failure } : {}),
    result: () => ({ status: 200, body: side.state.get(id) }),
    complete: (succeeded) => {
      if (!succeeded) {
        // A failed create leaves nothing behind; a failed update leaves the instance as it was.
        if (previous) side.put(previous);
        else side.delete(id);
        return;
      }
      finishProtection(side, id, sent.properties);
    },
  });
  const monitors = side.settings.instanceMonitors;
  return {
    status: previous ? 200 : 201,
    body: doc,
    headers: {
      ...(monitors === 'both' ? { 'azure-asyncoperation': started.asyncOperationUrl } : {}),
      ...(monitors !== 'none' ? { location: started.locationUrl! } : {}),
      'retry-after': String(side.settings.initialRetryAfterSeconds),
    },
  };
}

function finishProtection(side: WriteSide, id: string, sent: InstanceProperties): void {
  const doc = side.state.get(id);
  if (doc === undefined) return;
  const properties = doc.properties as Record<string, unknown>;
  if (sent.dataSourceSetInfo === undefined) {
    const error = {
      code: 'ScenarioPluginInvalidWorkflowDataRequest',
      message: 'Fix protection error for the backup instance',
    };
    side.put({
      ...doc,
      properties: {
        ...properties,
        provisioningState: 'Provisioned',
        currentProtectionState: 'ProtectionError',
        protectionStatus: { status: 'ProtectionError', errorDetails: error },
        protectionErrorDetails: error,
      },
    });
    return;
  }
  side.put({
    ...doc,
    properties: {
      ...properties,
      provisioningState: 'Provisioned',
      currentProtectionState: 'ConfiguringProtection',
      protectionStatus: { status: 'ConfiguringProtection' },
    },
  });
  side.timeline.at(Date.now() + side.settings.protectionDelayMs, () => {
    const current = side.state.get(id);
    if (current === undefined) return;
    const p = current.properties as Record<string, unknown>;
    if (p.currentProtectionState !== 'ConfiguringProtection') return;
    side.put({
      ...current,
      properties: {
        ...p,
        currentProtectionState: 'ProtectionConfigured',
        protectionStatus: { status: 'ProtectionConfigured' },
      },
    });
  });
}

export function deleteInstance(side: WriteSide, req: WriteRequest, id: string): Reply {
  const existing = side.state.get(id);
  if (existing === undefined) return { status: 204 };
  const vaultId = id.slice(0, id.toLowerCase().indexOf('/backupinstances/'));
  const failure = side.transientFailure(`DELETE ${id}`);
  const started = side.operations.start({
    statusPath: `${vaultId}/operationStatus/{id}`,
    resultPath: `${locationScope(side, vaultId)}/operationResults/{id}`,
    apiVersion: req.apiVersion,
    ...(failure ? { failure } : {}),
    complete: (succeeded) => {
      if (succeeded) side.delete(existing.id);
    },
  });
  return {
    status: 202,
    headers: {
      'azure-asyncoperation': started.asyncOperationUrl,
      location: started.locationUrl!,
      'retry-after': String(side.settings.initialRetryAfterSeconds),
    },
  };
}

export function validateForBackup(side: WriteSide, req: WriteRequest, vaultId: string, body: unknown): Reply {
  const vault = side.state.get(vaultId);
  if (vault === undefined) return parentNotFound(vaultId);
  const invalid = validate(side, 'POST', req.path, WRITE_DEFINITIONS.validateForBackup, body);
  if (invalid) return invalid;
  const instance = (body as { backupInstance: InstanceProperties }).backupInstance;
  const failure =
    readinessProblem(side.state, vault.id, instance, side.propagation, side.settings) ??
    side.transientFailure(`POST ${req.path} ${instance.dataSourceInfo?.resourceID ?? ''}`);
  return jobOperation(side, req, vault, failure);
}

export type InstanceAction = 'backup' | 'validateRestore' | 'restore';

const ACTION_DEFINITIONS: Record<InstanceAction, BodyDefinition> = {
  backup: WRITE_DEFINITIONS.adhocBackup,
  validateRestore: WRITE_DEFINITIONS.validateRestore,
  restore: WRITE_DEFINITIONS.restore,
};

export function instanceAction(
  side: WriteSide,
  req: WriteRequest,
  instanceId: string,
  action: InstanceAction,
  body: unknown,
): Reply {
  const instance = side.state.get(instanceId);
  if (instance === undefined) return notFound(instanceId);
  const invalid = validate(side, 'POST', req.path, ACTION_DEFINITIONS[action], body);
  if (invalid) return invalid;
  const vaultId = instance.id.slice(0, instance.id.toLowerCase().indexOf('/backupinstances/'));
  const vault = side.state.get(vaultId)!;
  if (action === 'validateRestore')
    return jobOperation(side, req, vault, side.transientFailure(`POST ${req.path}`));
  const job = startJob(side, vault, instance, action === 'backup' ? 'Backup' : 'Restore');
  return jobOperation(side, req, vault, side.transientFailure(`POST ${req.path}`), job);
}

/** A POST whose monitors end in `OperationJobExtendedInfo`; `job` runs with it when given. */
function jobOperation(
  side: WriteSide,
  req: WriteRequest,
  vault: ArmResource,
  failure: OperationFailure | undefined,
  job?: { id: string; finish: (succeeded: boolean) => void },
): Reply {
  const jobId = job?.id ?? randomUUID();
  const info = { objectType: 'OperationJobExtendedInfo', jobId };
  const started = side.operations.start({
    statusPath: `${vault.id}/operationStatus/{id}`,
    resultPath: `${locationScope(side, vault.id)}/operationResults/{id}`,
    apiVersion: req.apiVersion,
    ...(failure ? { failure } : {}),
    statusProperties: info,
    result: () => ({ status: 200, body: info }),
    complete: (succeeded) => job?.finish(succeeded),
  });
  return {
    status: 202,
    headers: {
      'azure-asyncoperation': started.asyncOperationUrl,
      location: started.locationUrl!,
      'retry-after': String(side.settings.initialRetryAfterSeconds),
    },
  };
}

function startJob(
  side: WriteSide,
  vault: ArmResource,
  instance: ArmResource,
  operation: 'Backup' | 'Restore',
): { id: string; finish: (succeeded: boolean) => void } {
  const jobId = randomUUID();
  // Decided when the trigger arrives, as operation failures are.
  const scripted = side.takeJobFailure();
  const p = instance.properties as InstanceProperties & { policyInfo?: { policyId?: string } };
  const cluster = p.dataSourceInfo?.resourceID ?? '';
  const segments = cluster.split('/');
  const started = new Date();
  const policyId = p.policyInfo?.policyId ?? '';
  const doc: ArmResource = {
    id: `${vault.id}/backupJobs/${jobId}`,
    name: jobId,
    type: 'Microsoft.DataProtection/backupVaults/backupJobs',
    properties: {
      activityID: randomUUID(),
      backupInstanceFriendlyName: p.friendlyName ?? instance.name,
      backupInstanceId: instance.id,
      dataSourceId: cluster,
      dataSourceLocation: p.dataSourceInfo?.resourceLocation ?? (vault.location as string | undefined) ?? '',
      dataSourceName: p.dataSourceInfo?.resourceName ?? segments.at(-1) ?? '',
      dataSourceSetName: p.dataSourceInfo?.resourceName ?? segments.at(-1) ?? '',
      dataSourceType: 'Microsoft.ContainerService/managedClusters',
      isUserTriggered: true,
      operation: operation === 'Backup' ? 'Backup' : 'Restore',
      operationCategory: operation,
      policyId,
      policyName: policyId.split('/').at(-1) ?? '',
      progressEnabled: false,
      sourceResourceGroup: segments[4] ?? '',
      sourceSubscriptionID: segments[2] ?? '',
      startTime: started.toISOString(),
      status: 'InProgress',
      subscriptionId: vault.id.split('/')[2] ?? '',
      supportedActions: [],
      vaultName: vault.name,
    },
  };
  side.put(doc);
  return {
    id: jobId,
    finish: (operationSucceeded) => {
      const ended = new Date();
      const current = side.state.get(doc.id);
      if (current === undefined) return;
      const succeeded = operationSucceeded && scripted === undefined;
      side.put({
        ...current,
        properties: {
          ...(current.properties as object),
          status: succeeded ? 'Completed' : 'Failed',
          endTime: ended.toISOString(),
          duration: `PT${((ended.getTime() - started.getTime()) / 1000).toFixed(3)}S`,
          ...(scripted ? { errorDetails: [scripted] } : {}),
        },
      });
      if (succeeded && operation === 'Backup') {
        const rpId = randomUUID().replace(/-/g, '');
        side.put({
          id: `${instance.id}/recoveryPoints/${rpId}`,
          name: rpId,
          type: 'Microsoft.DataProtection/backupVaults/backupInstances/recoveryPoints',
          properties: {
            objectType: 'AzureBackupDiscreteRecoveryPoint',
            recoveryPointId: rpId,
            recoveryPointTime: ended.toISOString(),
            recoveryPointType: 'Incremental',
            policyName: policyId.split('/').at(-1) ?? '',
            retentionTagName: 'Default',
            recoveryPointState: 'Completed',
            recoveryPointDataStoresDetails: [
              { id: randomUUID(), type: 'Snapshot', creationTime: ended.toISOString() },
            ],
          },
        });
      }
    },
  };
}

/** `/subscriptions/{s}/providers/Microsoft.DataProtection/locations/{vault location}`: where results live. */
function locationScope(side: WriteSide, vaultId: string): string {
  const vault = side.state.get(vaultId);
  const location = ((vault?.location as string | undefined) ?? 'westeurope')
    .replace(/\s+/g, '')
    .toLowerCase();
  return `/subscriptions/${vaultId.split('/')[2]}/providers/Microsoft.DataProtection/locations/${location}`;
}

function validate(
  side: WriteSide,
  method: string,
  path: string,
  spec: BodyDefinition,
  body: unknown,
): Reply | undefined {
  const problems = side.validator.check(method, path, spec, body);
  if (problems.length === 0) return undefined;
  return cloudError(
    400,
    'BMSUserErrorInvalidInput',
    `Input provided for the call is invalid: ${problems.slice(0, 5).join('; ')}`,
  );
}
