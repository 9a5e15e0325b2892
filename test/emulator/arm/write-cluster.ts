/**
 * Writes on a managed cluster: the backup extension and trusted-access role bindings.
 *
 * Extension (EXTSPEC `Extensions_Create`/`Extensions_Update`/`Extensions_Delete`, AZURE-FACTS.md §3): PUT
 * answers 201 (200 for an existing one) with `provisioningState: Creating` and an `Azure-AsyncOperation`
 * header `…/extensions/{name}/operations/{id}` plus `x-ms-async-operation-timeout: PT48H`, as
 * CreateExtension.json shows; PATCH and DELETE answer 202 with the same header. When the operation ends the
 * extension is `Succeeded` with the identity AKS assigned it (`aksAssignedIdentity.principalId`, stable per
 * extension id) and the service's own `credentials.tenantId` setting added (server-added keys, TF note).
 *
 * Trusted access (AKSSPEC `TrustedAccessRoleBindings_CreateOrUpdate`, AZURE-FACTS.md §2.3): PUT answers 201
 * with `Azure-AsyncOperation` (the spec's 201 headers; the SDK treats it as an LRO), `provisioningState:
 * Updating` until the operation ends, then `Succeeded`. A PUT of an existing binding answers 200 and runs
 * its provisioning again the same way, so a `Failed` one ends `Succeeded`. Names are 1-24 of `[A-Za-z0-9_-]`. A role that does
 * not belong to the source's resource type is refused as Azure refuses a Recovery Services vault
 * (`InvalidParameter`, Azure/azure-cli#27174).
 */
import type { ArmResource } from '../../../src/estate/snapshot.js';
import { cloudError, type Reply } from '../http.js';
import { WRITE_DEFINITIONS } from './request-validation.js';
import { invalidContent } from './write-authorization.js';
import { stableGuid, type WriteRequest, type WriteSide } from './write-context.js';

export function putExtension(
  side: WriteSide,
  req: WriteRequest,
  clusterId: string,
  name: string,
  body: unknown,
): Reply {
  const cluster = side.state.get(clusterId);
  if (cluster === undefined) return parentNotFound(clusterId);
  const problems = side.validator.check('PUT', req.path, WRITE_DEFINITIONS.extensionPut, body);
  if (problems.length > 0) return invalidContent(problems);
  const id = `${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`;
  const existing = side.state.get(id);
  const sent = ((body as { properties?: Record<string, unknown> }).properties ?? {}) as Record<
    string,
    unknown
  >;
  const doc: ArmResource = {
    id,
    name,
    type: 'Microsoft.KubernetesConfiguration/extensions',
    properties: {
      ...sent,
      ...(existing
        ? { aksAssignedIdentity: (existing.properties as Record<string, unknown>).aksAssignedIdentity }
        : {}),
      provisioningState: existing ? 'Updating' : 'Creating',
      isSystemExtension: false,
      statuses: [],
    },
  };
  side.put(doc);
  return startExtensionOperation(side, req, id, existing ? 200 : 201, doc);
}

export function patchExtension(side: WriteSide, req: WriteRequest, id: string, body: unknown): Reply {
  const existing = side.state.get(id);
  if (existing === undefined) return notFound(id);
  const problems = side.validator.check('PATCH', req.path, WRITE_DEFINITIONS.extensionPatch, body);
  if (problems.length > 0) return invalidContent(problems);
  const patch = ((body as { properties?: Record<string, unknown> }).properties ?? {}) as Record<
    string,
    unknown
  >;
  const current = existing.properties as Record<string, unknown>;
  const settings = { ...((current.configurationSettings ?? {}) as Record<string, string>) };
  for (const [key, value] of Object.entries((patch.configurationSettings ?? {}) as Record<string, unknown>)) {
    if (value === null) delete settings[key];
    else settings[key] = String(value);
  }
  const doc: ArmResource = {
    ...existing,
    properties: {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([key]) => key !== 'configurationSettings')),
      configurationSettings: settings,
      provisioningState: 'Updating',
    },
  };
  side.put(doc);
  return startExtensionOperation(side, req, id, 202, undefined);
}

export function deleteExtension(side: WriteSide, req: WriteRequest, id: string): Reply {
  const existing = side.state.get(id);
  if (existing === undefined) return { status: 204 };
  side.put({
    ...existing,
    properties: { ...(existing.properties as object), provisioningState: 'Deleting' },
  });
  const started = side.operations.start({
    statusPath: `${existing.id}/operations/{id}`,
    apiVersion: req.apiVersion,
    complete: () => side.delete(existing.id),
  });
  return { status: 202, headers: { 'azure-asyncoperation': started.asyncOperationUrl } };
}

function startExtensionOperation(
  side: WriteSide,
  req: WriteRequest,
  id: string,
  status: number,
  body: unknown,
): Reply {
  const failure = side.transientFailure(`${req.method} ${id}`);
  const started = side.operations.start({
    statusPath: `${id}/operations/{id}`,
    apiVersion: req.apiVersion,
    ...(failure ? { failure } : {}),
    complete: (succeeded) => {
      const doc = side.state.get(id);
      if (doc === undefined) return;
      const properties = doc.properties as Record<string, unknown>;
      side.put({
        ...doc,
        properties: succeeded
          ? {
              ...properties,
              provisioningState: 'Succeeded',
              currentVersion: (properties.version as string | undefined) ?? '1.5.0',
              // The identity belongs to the extension resource: an update (a PUT again, a PATCH) keeps
              // the one AKS assigned at installation, so its role assignments stay valid.
              aksAssignedIdentity: properties.aksAssignedIdentity ?? {
                principalId: stableGuid(`extension-identity:${id}`),
                tenantId: side.tenantId,
                type: 'SystemAssigned',
              },
              configurationSettings: {
                ...((properties.configurationSettings ?? {}) as Record<string, string>),
                'credentials.tenantId': side.tenantId,
              },
            }
          : {
              ...properties,
              provisioningState: 'Failed',
              errorInfo: { code: failure?.code, message: failure?.message },
            },
      });
    },
  });
  return {
    status,
    ...(body !== undefined ? { body } : {}),
    headers: {
      'azure-asyncoperation': started.asyncOperationUrl,
      'x-ms-async-operation-timeout': 'PT48H',
      'retry-after': String(side.settings.initialRetryAfterSeconds),
    },
  };
}

const BINDING_NAME = /^[A-Za-z0-9_-]{1,24}$/;

export function putTrustedAccessBinding(
  side: WriteSide,
  req: WriteRequest,
  clusterId: string,
  name: string,
  body: unknown,
): Reply {
  const cluster = side.state.get(clusterId);
  if (cluster === undefined) return parentNotFound(clusterId);
  const problems = side.validator.check('PUT', req.path, WRITE_DEFINITIONS.trustedAccessPut, body);
  if (problems.length > 0) return invalidContent(problems);
  if (!BINDING_NAME.test(name)) {
    return cloudError(
      400,
      'InvalidParameter',
      `The value of parameter trustedAccessRoleBindingName is invalid.`,
    );
  }
  const { sourceResourceId, roles } = (body as { properties: { sourceResourceId: string; roles: string[] } })
    .properties;
  const source = side.state.get(sourceResourceId);
  const sourceType = source?.type.toLowerCase() ?? '';
  if (
    source === undefined ||
    roles.length === 0 ||
    !roles.every((role) => role.toLowerCase().startsWith(`${sourceType}/`))
  ) {
    return cloudError(400, 'InvalidParameter', 'The value of parameter properties.roles is invalid.');
  }
  const id = `${cluster.id}/trustedAccessRoleBindings/${name}`;
  const existing = side.state.get(id);
  const doc: ArmResource = {
    id,
    name,
    type: 'Microsoft.ContainerService/managedClusters/trustedAccessRoleBindings',
    properties: { sourceResourceId, roles: [...roles], provisioningState: 'Updating' },
  };
  side.put(doc);
  const location = (cluster.location as string | undefined) ?? 'westeurope';
  const subscription = id.split('/')[2];
  const failure = side.transientFailure(`PUT ${id}`);
  const started = side.operations.start({
    statusPath: `/subscriptions/${subscription}/providers/Microsoft.ContainerService/locations/${location}/operations/{id}`,
    apiVersion: req.apiVersion,
    ...(failure ? { failure } : {}),
    complete: (succeeded) => {
      const current = side.state.get(id);
      if (current === undefined) return;
      side.put({
        ...current,
        properties: {
          ...(current.properties as object),
          provisioningState: succeeded ? 'Succeeded' : 'Failed',
        },
      });
    },
  });
  return {
    status: existing ? 200 : 201,
    body: doc,
    headers: {
      'azure-asyncoperation': started.asyncOperationUrl,
      'retry-after': String(side.settings.initialRetryAfterSeconds),
    },
  };
}

export function deleteTrustedAccessBinding(side: WriteSide, req: WriteRequest, id: string): Reply {
  const existing = side.state.get(id);
  if (existing === undefined) return { status: 204 };
  const location =
    (side.state.get(id.slice(0, id.toLowerCase().indexOf('/trustedaccessrolebindings/')))?.location as
      string | undefined) ?? 'westeurope';
  const started = side.operations.start({
    statusPath: `/subscriptions/${id.split('/')[2]}/providers/Microsoft.ContainerService/locations/${location}/operations/{id}`,
    apiVersion: req.apiVersion,
    complete: () => side.delete(existing.id),
  });
  return { status: 202, headers: { 'azure-asyncoperation': started.asyncOperationUrl } };
}

export function parentNotFound(parent: string): Reply {
  return cloudError(
    404,
    'ParentResourceNotFound',
    `Can not perform requested operation on nested resource. Parent resource '${parent}' not found.`,
  );
}

export function notFound(id: string): Reply {
  return cloudError(404, 'ResourceNotFound', `The Resource '${id}' was not found.`);
}
