import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  ArmHttp,
  azureError,
  runLongRunning
} from "./chunk-F623S5PB.js";
import {
  API_VERSIONS,
  checkArmId,
  checkProviderNamespace,
  checkSubscriptionId
} from "./chunk-OWBDLMQC.js";
import "./chunk-4PGEURHB.js";
import "./chunk-GF2QCEFB.js";
import "./chunk-E45LEVXN.js";

// src/azure/arm-writer.ts
var WRITE_API_VERSIONS = {
  extensions: "2025-03-01",
  trustedAccess: API_VERSIONS.trustedAccess,
  roleAssignments: "2022-04-01",
  providers: API_VERSIONS.providers
};
var ArmWriter = class {
  http;
  pollIntervalMs;
  constructor(options) {
    this.http = new ArmHttp(options);
    this.pollIntervalMs = options.pollIntervalMs ?? 2e3;
  }
  /** Any resource by id; undefined when ARM says 404. */
  async getResource(id, apiVersion, options = {}) {
    return await this.http.read(
      { path: checkArmId(id), apiVersion },
      `GET ${lastSegment(id)}`,
      options.signal
    );
  }
  getExtension(id, options = {}) {
    return this.getResource(id, WRITE_API_VERSIONS.extensions, options);
  }
  async putExtension(id, body, options = {}) {
    return this.longRunning(
      "PUT",
      id,
      WRITE_API_VERSIONS.extensions,
      body,
      [200, 201],
      `PUT extension ${lastSegment(id)}`,
      options
    );
  }
  async patchExtension(id, body, options = {}) {
    return this.longRunning(
      "PATCH",
      id,
      WRITE_API_VERSIONS.extensions,
      body,
      [200, 202],
      `PATCH extension ${lastSegment(id)}`,
      options
    );
  }
  getTrustedAccessBinding(id, options = {}) {
    return this.getResource(id, WRITE_API_VERSIONS.trustedAccess, options);
  }
  async putTrustedAccessBinding(id, body, options = {}) {
    return this.longRunning(
      "PUT",
      id,
      WRITE_API_VERSIONS.trustedAccess,
      body,
      [200, 201],
      `PUT trusted access binding ${lastSegment(id)}`,
      options
    );
  }
  getRoleAssignment(id, options = {}) {
    return this.getResource(id, WRITE_API_VERSIONS.roleAssignments, options);
  }
  async putRoleAssignment(id, body, options = {}) {
    const operation = `PUT role assignment ${lastSegment(id)}`;
    const response = await this.http.call(
      "PUT",
      { path: checkArmId(id), apiVersion: WRITE_API_VERSIONS.roleAssignments },
      { body, operation, ...options.signal ? { signal: options.signal } : {} }
    );
    if (response.status === 200 || response.status === 201) {
      return { kind: "created", assignment: response.body };
    }
    const code = response.body?.error?.code;
    if (response.status === 409 && code === "RoleAssignmentExists") return { kind: "exists" };
    throw azureError(operation, response.status, response.body);
  }
  /** `registrationState` of a namespace in a subscription. */
  async providerState(subscriptionId, namespace, options = {}) {
    const body = await this.http.read(
      { path: providerPath(subscriptionId, namespace), apiVersion: WRITE_API_VERSIONS.providers },
      `GET provider ${namespace}`,
      options.signal
    );
    const state = body?.registrationState;
    return typeof state === "string" ? state : void 0;
  }
  /** Starts registration; returns the state Azure reports right after (usually `Registering`). */
  async registerProvider(subscriptionId, namespace, options = {}) {
    const operation = `register ${namespace} in subscription ${subscriptionId}`;
    const response = await this.http.call(
      "POST",
      {
        path: `${providerPath(subscriptionId, namespace)}/register`,
        apiVersion: WRITE_API_VERSIONS.providers
      },
      { operation, ...options.signal ? { signal: options.signal } : {} }
    );
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    const state = response.body?.registrationState;
    return typeof state === "string" ? state : void 0;
  }
  async longRunning(method, id, apiVersion, body, accepted, operation, options) {
    const { result } = await runLongRunning(
      this.http,
      {
        method,
        target: { path: checkArmId(id), apiVersion },
        body,
        finalStateVia: "azure-async-operation",
        accepted,
        operation
      },
      { pollIntervalMs: this.pollIntervalMs, ...options.signal ? { signal: options.signal } : {} }
    );
    return result;
  }
};
function providerPath(subscriptionId, namespace) {
  return `/subscriptions/${checkSubscriptionId(subscriptionId)}/providers/${checkProviderNamespace(namespace)}`;
}
function lastSegment(id) {
  return id.slice(id.lastIndexOf("/") + 1);
}
export {
  ArmWriter,
  WRITE_API_VERSIONS
};
