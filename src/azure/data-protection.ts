/**
 * A typed Microsoft.DataProtection client (the official @azure/arm-dataprotection cannot be installed
 * here, DESIGN.md §4), covering what the commands need: vaults, policies, backup instances,
 * validateForBackup, ad hoc backup, restore and validateRestore, recovery points, jobs and operation
 * status. Operations, paths and responses are those of the spec (SPEC, AZURE-FACTS.md §4.2):
 *  - one api-version for the whole RP, default 2025-07-01 (§4.1), overridable per client;
 *  - policy PUT is synchronous (200 only); backup-instance PUT/DELETE and the POST actions are LROs with
 *    `final-state-via: location` (§4.2-4.3), run by core-lro (lro.ts);
 *  - a backup instance is done at `Provisioned` (Traps 1, §4.10 item 2);
 *  - `validateForBackup` is posted at vault scope with the instance properties unwrapped (Traps 2);
 *    `validateRestore` wraps its request in `restoreRequestObject`, `restore` does not (§4.8);
 *  - every id that reaches a URL is validated first (safe-input.ts).
 */
import { API_VERSIONS } from './arm-reader.js';
import type { ArmResource } from '../estate/snapshot.js';
import { ArmHttp, type ArmHttpOptions } from './arm-http.js';
import { azureError } from './azure-error.js';
import { runLongRunning } from './lro.js';
import { checkArmId } from './safe-input.js';

/** The project's Data Protection api-version (AZURE-FACTS.md §4.1: field-tested by Terraform). */
/** The one Data Protection api-version, shared with the reader (arm-reader.ts API_VERSIONS). */
export const DATA_PROTECTION_API_VERSION = API_VERSIONS.dataProtection;

/** Provisioning states that mean a backup instance is done (the PUT example ends in `Provisioned`). */
export const INSTANCE_DONE_STATES = ['Provisioned'] as const;

export interface DataProtectionOptions extends ArmHttpOptions {
  apiVersion?: string;
  /** Wait between LRO polls when Azure sends no Retry-After (default 2000 ms, as core-lro). */
  pollIntervalMs?: number;
}

/** `OperationJobExtendedInfo`: what validate, backup and restore operations end with. */
export interface JobReference {
  objectType?: string;
  /** A GUID or a full job id, as Azure returns either (§4.3); use `jobName`. */
  jobId?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

const VAULT_ID = /\/providers\/Microsoft\.DataProtection\/backupVaults\/[^/]+$/i;
const INSTANCE_ID = /\/providers\/Microsoft\.DataProtection\/backupVaults\/[^/]+\/backupInstances\/[^/]+$/i;

export class DataProtectionClient {
  readonly http: ArmHttp;
  readonly apiVersion: string;
  private readonly pollIntervalMs: number;

  constructor(options: DataProtectionOptions) {
    this.http = new ArmHttp(options);
    this.apiVersion = options.apiVersion ?? DATA_PROTECTION_API_VERSION;
    this.pollIntervalMs = options.pollIntervalMs ?? 2000;
  }

  // ---- vaults ---------------------------------------------------------------------------------------

  async getVault(vaultId: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.get(vault(vaultId), 'GET backup vault', options);
  }

  /** Vaults of a subscription (`/subscriptions/{s}`) or resource group. */
  async listVaults(scope: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(
      `${checkArmId(scope)}/providers/Microsoft.DataProtection/backupVaults`,
      'list backup vaults',
      options,
    );
  }

  // ---- policies -------------------------------------------------------------------------------------

  async getPolicy(policyId: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.get(checkArmId(policyId), 'GET backup policy', options);
  }

  async listPolicies(vaultId: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(`${vault(vaultId)}/backupPolicies`, 'list backup policies', options);
  }

  /** Policy create/update is synchronous: 200 only (AZURE-FACTS.md §4.10 item 6). */
  async putPolicy(policyId: string, body: unknown, options: CallOptions = {}): Promise<ArmResource> {
    const operation = `PUT backup policy ${lastSegment(policyId)}`;
    const response = await this.http.call('PUT', this.target(checkArmId(policyId)), {
      body,
      operation,
      ...signal(options),
    });
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    return response.body as ArmResource;
  }

  // ---- backup instances -----------------------------------------------------------------------------

  async getInstance(instanceId: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.get(instance(instanceId), 'GET backup instance', options);
  }

  async listInstances(vaultId: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(`${vault(vaultId)}/backupInstances`, 'list backup instances', options);
  }

  /** Backup instances protecting a cluster, in any vault (BackupInstancesExtensionRouting_List). */
  async instancesOfCluster(clusterId: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(
      `${checkArmId(clusterId)}/providers/Microsoft.DataProtection/backupInstances`,
      'list backup instances of the cluster',
      options,
    );
  }

  /** Create or update; resolves with the instance as the final GET of its URL shows it (`Provisioned`). */
  async putInstance(instanceId: string, body: unknown, options: CallOptions = {}): Promise<ArmResource> {
    const { result } = await runLongRunning(
      this.http,
      {
        method: 'PUT',
        target: this.target(instance(instanceId)),
        body,
        finalStateVia: 'location',
        accepted: [200, 201, 202],
        doneStates: INSTANCE_DONE_STATES,
        operation: `PUT backup instance ${lastSegment(instanceId)}`,
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) },
    );
    return result as ArmResource;
  }

  async deleteInstance(instanceId: string, options: CallOptions = {}): Promise<void> {
    await runLongRunning(
      this.http,
      {
        method: 'DELETE',
        target: this.target(instance(instanceId)),
        finalStateVia: 'location',
        accepted: [200, 202, 204],
        operation: `DELETE backup instance ${lastSegment(instanceId)}`,
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) },
    );
  }

  /**
   * `POST {vault}/validateForBackup` with `{"backupInstance": <properties>}` — vault scope, unwrapped
   * (Traps 2). Resolves when Azure found nothing wrong; a failed validation rejects with Azure's reason,
   * which usually names the missing permission (§4.7).
   */
  async validateForBackup(
    vaultId: string,
    instanceProperties: unknown,
    options: CallOptions = {},
  ): Promise<JobReference> {
    return this.post(
      `${vault(vaultId)}/validateForBackup`,
      { backupInstance: instanceProperties },
      'validateForBackup',
      options,
    );
  }

  /** `validateForModifyBackup`: 202 only (§4.2). */
  async validateForModifyBackup(
    instanceId: string,
    instanceProperties: unknown,
    options: CallOptions = {},
  ): Promise<void> {
    await runLongRunning(
      this.http,
      {
        method: 'POST',
        target: this.target(`${instance(instanceId)}/validateForModifyBackup`),
        body: { backupInstance: instanceProperties },
        finalStateVia: 'location',
        accepted: [202],
        operation: 'validateForModifyBackup',
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) },
    );
  }

  /**
   * Ad hoc backup: `{"backupRuleOptions":{"ruleName","triggerOption":{"retentionTagOverride"}}}` (§4.7).
   * `ruleName` must be the policy's AzureBackupRule name.
   */
  async adhocBackup(
    instanceId: string,
    rule: { ruleName: string; retentionTagOverride?: string },
    options: CallOptions = {},
  ): Promise<JobReference> {
    const body = {
      backupRuleOptions: {
        ruleName: rule.ruleName,
        triggerOption: rule.retentionTagOverride ? { retentionTagOverride: rule.retentionTagOverride } : {},
      },
    };
    return this.post(`${instance(instanceId)}/backup`, body, 'ad hoc backup', options);
  }

  /** `validateRestore` takes the request wrapped in `restoreRequestObject` (§4.8). */
  async validateRestore(
    instanceId: string,
    restoreRequest: unknown,
    options: CallOptions = {},
  ): Promise<JobReference> {
    return this.post(
      `${instance(instanceId)}/validateRestore`,
      { restoreRequestObject: restoreRequest },
      'validateRestore',
      options,
    );
  }

  /** `restore` takes the request itself (§4.8). */
  async restore(
    instanceId: string,
    restoreRequest: unknown,
    options: CallOptions = {},
  ): Promise<JobReference> {
    return this.post(`${instance(instanceId)}/restore`, restoreRequest, 'restore', options);
  }

  // ---- recovery points, jobs, operations --------------------------------------------------------------

  async listRecoveryPoints(instanceId: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(`${instance(instanceId)}/recoveryPoints`, 'list recovery points', options);
  }

  async getRecoveryPoint(
    recoveryPointId: string,
    options: CallOptions = {},
  ): Promise<ArmResource | undefined> {
    return this.get(checkArmId(recoveryPointId), 'GET recovery point', options);
  }

  /** Jobs of a vault; the API takes no filter (§4.2), so callers filter. */
  async listJobs(vaultId: string, options: CallOptions = {}): Promise<ArmResource[]> {
    return this.list(`${vault(vaultId)}/backupJobs`, 'list backup jobs', options);
  }

  async getJob(vaultId: string, jobId: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.get(checkArmId(`${vault(vaultId)}/backupJobs/${jobName(jobId)}`), 'GET backup job', options);
  }

  /** `GET {vault}/operationStatus/{id}` → OperationResource `{status, error, properties}`. */
  async getOperationStatus(
    vaultId: string,
    operationId: string,
    options: CallOptions = {},
  ): Promise<ArmResource | undefined> {
    // Operation ids are opaque base64 (GetOperationStatus.json): letters, digits and '=' padding.
    if (!/^[A-Za-z0-9_=-]{1,512}$/.test(operationId))
      throw new TypeError(`${operationId} is not an operation id`);
    return this.get(`${vault(vaultId)}/operationStatus/${operationId}`, 'GET operation status', options);
  }

  // ---- plumbing -----------------------------------------------------------------------------------

  private target(path: string): { path: string; apiVersion: string } {
    return { path, apiVersion: this.apiVersion };
  }

  private async get(path: string, operation: string, options: CallOptions): Promise<ArmResource | undefined> {
    return (await this.http.read(this.target(path), `${operation} ${lastSegment(path)}`, options.signal)) as
      ArmResource | undefined;
  }

  /** Every page, following `nextLink` verbatim; a missing parent is an empty list. */
  private async list(path: string, operation: string, options: CallOptions): Promise<ArmResource[]> {
    const items: ArmResource[] = [];
    let next: { path: string; apiVersion: string } | { url: string } | undefined = this.target(path);
    for (let page = 0; next !== undefined; page++) {
      if (page >= 1000) throw azureError(operation, undefined, undefined, 'more than 1000 pages');
      const body = (await this.http.read(next, operation, options.signal)) as
        { value?: ArmResource[]; nextLink?: string } | undefined;
      if (body === undefined) return items;
      items.push(...(body.value ?? []));
      next = typeof body.nextLink === 'string' && body.nextLink !== '' ? { url: body.nextLink } : undefined;
    }
    return items;
  }

  private async post(
    path: string,
    body: unknown,
    operation: string,
    options: CallOptions,
  ): Promise<JobReference> {
    const { result } = await runLongRunning(
      this.http,
      {
        method: 'POST',
        target: this.target(path),
        body,
        finalStateVia: 'location',
        accepted: [200, 202],
        operation: `${operation} (${lastSegment(path.replace(/\/[^/]+$/, ''))})`,
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) },
    );
    return (result ?? {}) as JobReference;
  }
}

/** The job's name from a GUID or a full id (§4.3: `jobId` may be either). */
export function jobName(jobId: string): string {
  return lastSegment(jobId);
}

/** Job statuses (§4.9): the estate's reading, so a job means the same wherever it is judged. */
export { jobOutcome } from '../estate/views/job.js';

function vault(id: string): string {
  const checked = checkArmId(id);
  if (!VAULT_ID.test(checked)) throw new TypeError(`${id} is not a Backup vault id`);
  return checked;
}

function instance(id: string): string {
  const checked = checkArmId(id);
  if (!INSTANCE_ID.test(checked)) throw new TypeError(`${id} is not a backup instance id`);
  return checked;
}

function lastSegment(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

function signal(options: CallOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
