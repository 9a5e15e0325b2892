/**
 * Microsoft.Authorization role assignments and Microsoft.Resources provider registration.
 *
 * Role assignments (AZURE-FACTS.md §2.2; https://learn.microsoft.com/rest/api/authorization/role-assignments/create):
 * `PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{guid}` is synchronous and answers 201
 * with the assignment. Azure keeps one assignment per (scope, principal, role): the same grant under
 * another name is `409 RoleAssignmentExists`, and an existing name cannot be pointed at another
 * principal or role (`400 RoleAssignmentUpdateNotPermitted`). A principal that Entra has not replicated
 * yet is `400 PrincipalNotFound` — on demand here (`WriteSide.principalNotReplicated`), with the message
 * the RBAC troubleshooting guide quotes.
 *
 * Providers (AZURE-FACTS.md §5.2): `POST /subscriptions/{s}/providers/{ns}/register` answers 200 with the
 * provider `Registering`; it becomes `Registered` after the emulator's operation time.
 */
import { cloudError, type Reply } from '../http.js';
import { WRITE_DEFINITIONS } from './request-validation.js';
import type { WriteRequest, WriteSide } from './write-context.js';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface AssignmentProperties {
  roleDefinitionId: string;
  principalId: string;
  principalType?: string;
  scope?: string;
}

export function putRoleAssignment(
  side: WriteSide,
  req: WriteRequest,
  scope: string,
  name: string,
  body: unknown,
): Reply {
  if (!GUID.test(name)) {
    return cloudError(
      400,
      'InvalidRoleAssignmentId',
      `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
    );
  }
  const problems = side.validator.check('PUT', req.path, WRITE_DEFINITIONS.roleAssignmentPut, body);
  if (problems.length > 0) return invalidContent(problems);
  if (!scopeExists(side, scope)) {
    return cloudError(404, 'ResourceNotFound', `The scope '${scope}' of the role assignment was not found.`);
  }
  const wanted = (body as { properties: AssignmentProperties }).properties;
  const role = roleGuid(wanted.roleDefinitionId);
  if (side.consumeUnreplicated(wanted.principalId)) {
    return cloudError(
      400,
      'PrincipalNotFound',
      `Principal ${wanted.principalId.replace(/-/g, '')} does not exist in the directory ${side.tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`,
    );
  }
  const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  const existing = side.state.get(id);
  if (existing !== undefined) {
    const have = existing.properties as unknown as AssignmentProperties;
    if (
      have.principalId.toLowerCase() !== wanted.principalId.toLowerCase() ||
      roleGuid(have.roleDefinitionId) !== role
    ) {
      return cloudError(
        400,
        'RoleAssignmentUpdateNotPermitted',
        'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
      );
    }
    return { status: 200, body: existing };
  }
  const duplicate = side.state
    .collection(`${scope}/providers/Microsoft.Authorization/roleAssignments`)
    .find((doc) => {
      const have = doc.properties as unknown as AssignmentProperties;
      return (
        have.principalId.toLowerCase() === wanted.principalId.toLowerCase() &&
        roleGuid(have.roleDefinitionId) === role
      );
    });
  if (duplicate !== undefined) {
    return cloudError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
  }
  const now = new Date().toISOString();
  const doc = {
    id,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: wanted.roleDefinitionId,
      principalId: wanted.principalId,
      principalType: wanted.principalType ?? 'ServicePrincipal',
      scope,
      createdOn: now,
      updatedOn: now,
    },
  };
  side.put(doc);
  side.propagation.assigned(id);
  return { status: 201, body: doc };
}

export function deleteRoleAssignment(side: WriteSide, scope: string, name: string): Reply {
  const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  const existing = side.state.get(id);
  if (existing === undefined) return { status: 204 };
  side.delete(id);
  return { status: 200, body: existing };
}

export function registerProvider(side: WriteSide, subscriptionId: string, namespace: string): Reply {
  if (!side.state.hasSubscription(subscriptionId)) {
    return cloudError(
      404,
      'SubscriptionNotFound',
      `The subscription '${subscriptionId}' could not be found.`,
    );
  }
  const current = side.state.providerState(subscriptionId, namespace) ?? 'NotRegistered';
  if (current.toLowerCase() !== 'registered') {
    side.state.setProviderState(subscriptionId, namespace, 'Registering');
    const timing = side.operations.timing;
    side.timeline.at(Date.now() + timing.steps * timing.stepMs, () =>
      side.state.setProviderState(subscriptionId, namespace, 'Registered'),
    );
  }
  return {
    status: 200,
    body: {
      id: `/subscriptions/${subscriptionId}/providers/${namespace}`,
      namespace,
      registrationState: side.state.providerState(subscriptionId, namespace),
      registrationPolicy: 'RegistrationRequired',
      resourceTypes: [],
    },
  };
}

function scopeExists(side: WriteSide, scope: string): boolean {
  const group = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)$/i.exec(scope);
  if (group) return side.state.hasResourceGroup(group[1]!, group[2]!);
  if (/^\/subscriptions\/[^/]+$/i.test(scope)) return side.state.hasSubscription(scope.split('/')[2]!);
  return side.state.get(scope) !== undefined;
}

function roleGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').at(-1) ?? '').toLowerCase();
}

export function invalidContent(problems: string[]): Reply {
  return cloudError(
    400,
    'InvalidRequestContent',
    `The request content was invalid: ${problems.slice(0, 5).join('; ')}`,
  );
}
