/**
 * ARM writes for the change kinds outside Data Protection, each with the read that verifies it (a direct
 * ARM GET, never Resource Graph, which lags: AZURE-FACTS.md §5.5, Traps 6):
 *  - the backup extension: PUT/PATCH are LROs, `final-state-via: azure-async-operation` (EXTSPEC, §3);
 *  - trusted-access role bindings: PUT is an LRO with `azure-async-operation` (AKSSPEC; the SDK's config,
 *    §2.3); done at `Succeeded`;
 *  - role assignments: a synchronous PUT; `409 RoleAssignmentExists` means the grant is already there
 *    under another name, which is what was wanted (§2.4: "already exists" = success);
 *  - provider registration: `POST …/register`, then `registrationState` read until `Registered` (§5.2).
 */
import type { ArmResource } from '../estate/snapshot.js';
import { ArmHttp, type ArmHttpOptions } from './arm-http.js';
import { API_VERSIONS } from './arm-reader.js';
import { azureError } from './azure-error.js';
import { runLongRunning } from './lro.js';
import { checkArmId, checkProviderNamespace, checkSubscriptionId } from './safe-input.js';

export const WRITE_API_VERSIONS = {
  extensions: '2025-03-01',
  trustedAccess: API_VERSIONS.trustedAccess,
  roleAssignments: '2022-04-01',
  providers: API_VERSIONS.providers,
} as const;

export interface ArmWriterOptions extends ArmHttpOptions {
  /** Wait between LRO polls when Azure sends no Retry-After (default 2000 ms, as core-lro). */
  pollIntervalMs?: number;
}

export type RoleAssignmentOutcome =
  /** Created now (201) or already there under this name (200). */
  | { kind: 'created'; assignment: ArmResource }
  /** The same principal, role and scope are granted under another name (409 RoleAssignmentExists). */
  | { kind: 'exists' };

interface CallOptions {
  signal?: AbortSignal;
}

export class ArmWriter {
  readonly http: ArmHttp;
  private readonly pollIntervalMs: number;

  constructor(options: ArmWriterOptions) {
    this.http = new ArmHttp(options);
    this.pollIntervalMs = options.pollIntervalMs ?? 2000;
  }

  /** Any resource by id; undefined when ARM says 404. */
  async getResource(
    id: string,
    apiVersion: string,
    options: CallOptions = {},
  ): Promise<ArmResource | undefined> {
    return (await this.http.read(
      { path: checkArmId(id), apiVersion },
      `GET ${lastSegment(id)}`,
      options.signal,
    )) as ArmResource | undefined;
  }

  getExtension(id: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.getResource(id, WRITE_API_VERSIONS.extensions, options);
  }

  async putExtension(id: string, body: unknown, options: CallOptions = {}): Promise<ArmResource> {
    return this.longRunning(
      'PUT',
      id,
      WRITE_API_VERSIONS.extensions,
      body,
      [200, 201],
      `PUT extension ${lastSegment(id)}`,
      options,
    );
  }

  async patchExtension(id: string, body: unknown, options: CallOptions = {}): Promise<ArmResource> {
    return this.longRunning(
      'PATCH',
      id,
      WRITE_API_VERSIONS.extensions,
      body,
      [200, 202],
      `PATCH extension ${lastSegment(id)}`,
      options,
    );
  }

  getTrustedAccessBinding(id: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.getResource(id, WRITE_API_VERSIONS.trustedAccess, options);
  }

  async putTrustedAccessBinding(id: string, body: unknown, options: CallOptions = {}): Promise<ArmResource> {
    return this.longRunning(
      'PUT',
      id,
      WRITE_API_VERSIONS.trustedAccess,
      body,
      [200, 201],
      `PUT trusted access binding ${lastSegment(id)}`,
      options,
    );
  }

  getRoleAssignment(id: string, options: CallOptions = {}): Promise<ArmResource | undefined> {
    return this.getResource(id, WRITE_API_VERSIONS.roleAssignments, options);
  }

  async putRoleAssignment(
    id: string,
    body: unknown,
    options: CallOptions = {},
  ): Promise<RoleAssignmentOutcome> {
    const operation = `PUT role assignment ${lastSegment(id)}`;
    const response = await this.http.call(
      'PUT',
      { path: checkArmId(id), apiVersion: WRITE_API_VERSIONS.roleAssignments },
      { body, operation, ...(options.signal ? { signal: options.signal } : {}) },
    );
    if (response.status === 200 || response.status === 201) {
      return { kind: 'created', assignment: response.body as ArmResource };
    }
    const code = (response.body as { error?: { code?: string } } | undefined)?.error?.code;
    if (response.status === 409 && code === 'RoleAssignmentExists') return { kind: 'exists' };
    throw azureError(operation, response.status, response.body);
  }

  /** `registrationState` of a namespace in a subscription. */
  async providerState(
    subscriptionId: string,
    namespace: string,
    options: CallOptions = {},
  ): Promise<string | undefined> {
    const body = await this.http.read(
      { path: providerPath(subscriptionId, namespace), apiVersion: WRITE_API_VERSIONS.providers },
      `GET provider ${namespace}`,
      options.signal,
    );
    const state = (body as { registrationState?: unknown } | undefined)?.registrationState;
    return typeof state === 'string' ? state : undefined;
  }

  /** Starts registration; returns the state Azure reports right after (usually `Registering`). */
  async registerProvider(
    subscriptionId: string,
    namespace: string,
    options: CallOptions = {},
  ): Promise<string | undefined> {
    const operation = `register ${namespace} in subscription ${subscriptionId}`;
    const response = await this.http.call(
      'POST',
      {
        path: `${providerPath(subscriptionId, namespace)}/register`,
        apiVersion: WRITE_API_VERSIONS.providers,
      },
      { operation, ...(options.signal ? { signal: options.signal } : {}) },
    );
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    const state = (response.body as { registrationState?: unknown } | undefined)?.registrationState;
    return typeof state === 'string' ? state : undefined;
  }

  private async longRunning(
    method: 'PUT' | 'PATCH',
    id: string,
    apiVersion: string,
    body: unknown,
    accepted: number[],
    operation: string,
    options: CallOptions,
  ): Promise<ArmResource> {
    const { result } = await runLongRunning(
      this.http,
      {
        method,
        target: { path: checkArmId(id), apiVersion },
        body,
        finalStateVia: 'azure-async-operation',
        accepted,
        operation,
      },
      { pollIntervalMs: this.pollIntervalMs, ...(options.signal ? { signal: options.signal } : {}) },
    );
    return result as ArmResource;
  }
}

function providerPath(subscriptionId: string, namespace: string): string {
  return `/subscriptions/${checkSubscriptionId(subscriptionId)}/providers/${checkProviderNamespace(namespace)}`;
}

function lastSegment(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
