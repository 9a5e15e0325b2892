import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  ArmHttp,
  azureError,
  runLongRunning
} from "./chunk-F623S5PB.js";
import {
  API_VERSIONS,
  checkArmId
} from "./chunk-OWBDLMQC.js";

// src/azure/data-protection.ts
var DATA_PROTECTION_API_VERSION = API_VERSIONS.dataProtection;
var INSTANCE_DONE_STATES = ["Provisioned"];
var VAULT_ID = /\/providers\/Microsoft\.DataProtection\/backupVaults\/[^/]+$/i;
var INSTANCE_ID = /\/providers\/Microsoft\.DataProtection\/backupVaults\/[^/]+\/backupInstances\/[^/]+$/i;
var DataProtectionClient = class {
  http;
  apiVersion;
  pollIntervalMs;
  constructor(options) {
    this.http = new ArmHttp(options);
    this.apiVersion = options.apiVersion ?? DATA_PROTECTION_API_VERSION;
    this.pollIntervalMs = options.pollIntervalMs ?? 2e3;
  }
  // ---- vaults ---------------------------------------------------------------------------------------
  async getVault(vaultId, options = {}) {
    return this.get(vault(vaultId), "GET backup vault", options);
  }
  /** Vaults of a subscription (`/subscriptions/{s}`) or resource group. */
  async listVaults(scope, options = {}) {
    return this.list(
      `${checkArmId(scope)}/providers/Microsoft.DataProtection/backupVaults`,
      "list backup vaults",
      options
    );
  }
  // ---- policies -------------------------------------------------------------------------------------
  async getPolicy(policyId, options = {}) {
    return this.get(checkArmId(policyId), "GET backup policy", options);
  }
  async listPolicies(vaultId, options = {}) {
    return this.list(`${vault(vaultId)}/backupPolicies`, "list backup policies", options);
  }
  /** Policy create/update is synchronous: 200 only (AZURE-FACTS.md §4.10 item 6). */
  async putPolicy(policyId, body, options = {}) {
    const operation = `PUT backup policy ${lastSegment(policyId)}`;
    const response = await this.http.call("PUT", this.target(checkArmId(policyId)), {
      body,
      operation,
      ...signal(options)
    });
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    return response.body;
  }
  // ---- backup instances -----------------------------------------------------------------------------
  async getInstance(instanceId, options = {}) {
    return this.get(instance(instanceId), "GET backup instance", options);
  }
  async listInstances(vaultId, options = {}) {
    return this.list(`${vault(vaultId)}/backupInstances`, "list backup instances", options);
  }
  /** Backup instances protecting a cluster, in any vault (BackupInstancesExtensionRouting_List). */
  async instancesOfCluster(clusterId, options = {}) {
    return this.list(
      `${checkArmId(clusterId)}/providers/Microsoft.DataProtection/backupInstances`,
      "list backup instances of the cluster",
      options
    );
  }
  /** Create or update; resolves with the instance as the final GET of its URL shows it (`Provisioned`). */
  async putInstance(instanceId, body, options = {}) {
    const { result } = await runLongRunning(
      this.http,
      {
        method: "PUT",
        target: this.target(instance(instanceId)),
        body,
        finalStateVia: "location",
        accepted: [200, 201, 202],
        doneStates: INSTANCE_DONE_STATES,
        operation: `PUT backup instance ${lastSegment(instanceId)}`
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) }
    );
    return result;
  }
  async deleteInstance(instanceId, options = {}) {
    await runLongRunning(
      this.http,
      {
        method: "DELETE",
        target: this.target(instance(instanceId)),
        finalStateVia: "location",
        accepted: [200, 202, 204],
        operation: `DELETE backup instance ${lastSegment(instanceId)}`
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) }
    );
  }
  /**
   * `POST {vault}/validateForBackup` with `{"backupInstance": <properties>}` — vault scope, unwrapped
   * (Traps 2). Resolves when Azure found nothing wrong; a failed validation rejects with Azure's reason,
   * which usually names the missing permission (§4.7).
   */
  async validateForBackup(vaultId, instanceProperties, options = {}) {
    return this.post(
      `${vault(vaultId)}/validateForBackup`,
      { backupInstance: instanceProperties },
      "validateForBackup",
      options
    );
  }
  /** `validateForModifyBackup`: 202 only (§4.2). */
  async validateForModifyBackup(instanceId, instanceProperties, options = {}) {
    await runLongRunning(
      this.http,
      {
        method: "POST",
        target: this.target(`${instance(instanceId)}/validateForModifyBackup`),
        body: { backupInstance: instanceProperties },
        finalStateVia: "location",
        accepted: [202],
        operation: "validateForModifyBackup"
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) }
    );
  }
  /**
   * Ad hoc backup: `{"backupRuleOptions":{"ruleName","triggerOption":{"retentionTagOverride"}}}` (§4.7).
   * `ruleName` must be the policy's AzureBackupRule name.
   */
  async adhocBackup(instanceId, rule, options = {}) {
    const body = {
      backupRuleOptions: {
        ruleName: rule.ruleName,
        triggerOption: rule.retentionTagOverride ? { retentionTagOverride: rule.retentionTagOverride } : {}
      }
    };
    return this.post(`${instance(instanceId)}/backup`, body, "ad hoc backup", options);
  }
  /** `validateRestore` takes the request wrapped in `restoreRequestObject` (§4.8). */
  async validateRestore(instanceId, restoreRequest, options = {}) {
    return this.post(
      `${instance(instanceId)}/validateRestore`,
      { restoreRequestObject: restoreRequest },
      "validateRestore",
      options
    );
  }
  /** `restore` takes the request itself (§4.8). */
  async restore(instanceId, restoreRequest, options = {}) {
    return this.post(`${instance(instanceId)}/restore`, restoreRequest, "restore", options);
  }
  // ---- recovery points, jobs, operations --------------------------------------------------------------
  async listRecoveryPoints(instanceId, options = {}) {
    return this.list(`${instance(instanceId)}/recoveryPoints`, "list recovery points", options);
  }
  async getRecoveryPoint(recoveryPointId, options = {}) {
    return this.get(checkArmId(recoveryPointId), "GET recovery point", options);
  }
  /** Jobs of a vault; the API takes no filter (§4.2), so callers filter. */
  async listJobs(vaultId, options = {}) {
    return this.list(`${vault(vaultId)}/backupJobs`, "list backup jobs", options);
  }
  async getJob(vaultId, jobId, options = {}) {
    return this.get(checkArmId(`${vault(vaultId)}/backupJobs/${jobName(jobId)}`), "GET backup job", options);
  }
  /** `GET {vault}/operationStatus/{id}` → OperationResource `{status, error, properties}`. */
  async getOperationStatus(vaultId, operationId, options = {}) {
    if (!/^[A-Za-z0-9_=-]{1,512}$/.test(operationId))
      throw new TypeError(`${operationId} is not an operation id`);
    return this.get(`${vault(vaultId)}/operationStatus/${operationId}`, "GET operation status", options);
  }
  // ---- plumbing -----------------------------------------------------------------------------------
  target(path) {
    return { path, apiVersion: this.apiVersion };
  }
  async get(path, operation, options) {
    return await this.http.read(this.target(path), `${operation} ${lastSegment(path)}`, options.signal);
  }
  /** Every page, following `nextLink` verbatim; a missing parent is an empty list. */
  async list(path, operation, options) {
    const items = [];
    let next = this.target(path);
    for (let page = 0; next !== void 0; page++) {
      if (page >= 1e3) throw azureError(operation, void 0, void 0, "more than 1000 pages");
      const body = await this.http.read(next, operation, options.signal);
      if (body === void 0) return items;
      items.push(...body.value ?? []);
      next = typeof body.nextLink === "string" && body.nextLink !== "" ? { url: body.nextLink } : void 0;
    }
    return items;
  }
  async post(path, body, operation, options) {
    const { result } = await runLongRunning(
      this.http,
      {
        method: "POST",
        target: this.target(path),
        body,
        finalStateVia: "location",
        accepted: [200, 202],
        operation: `${operation} (${lastSegment(path.replace(/\/[^/]+$/, ""))})`
      },
      { pollIntervalMs: this.pollIntervalMs, ...signal(options) }
    );
    return result ?? {};
  }
};
function jobName(jobId) {
  return lastSegment(jobId);
}
function vault(id) {
  const checked = checkArmId(id);
  if (!VAULT_ID.test(checked)) throw new TypeError(`${id} is not a Backup vault id`);
  return checked;
}
function instance(id) {
  const checked = checkArmId(id);
  if (!INSTANCE_ID.test(checked)) throw new TypeError(`${id} is not a backup instance id`);
  return checked;
}
function lastSegment(id) {
  return id.slice(id.lastIndexOf("/") + 1);
}
function signal(options) {
  return options.signal ? { signal: options.signal } : {};
}

export {
  DATA_PROTECTION_API_VERSION,
  INSTANCE_DONE_STATES,
  DataProtectionClient,
  jobName
};
