/**
 * Every write request body the emulator receives is validated against the official OpenAPI definition of
 * its operation (test/contract/openapi.ts, the specs in test/contract/specs/), and every violation is
 * recorded so a test can assert there were none (DESIGN.md §5: "every request body the project sends is
 * validated against the same schemas"). A body that violates its definition is also refused with 400, as
 * ARM refuses a request that misses a required property, so the client sees the problem at once.
 *
 * Role assignments (Microsoft.Authorization 2022-04-01) have no copied spec (test/contract/specs/SOURCES.md):
 * they are checked against the shape the REST reference documents for `RoleAssignmentCreateParameters`
 * (https://learn.microsoft.com/rest/api/authorization/role-assignments/create, AZURE-FACTS.md §2.2), and
 * the violation says so.
 */
import { SPEC_FILES, SpecValidator } from '../../contract/openapi.js';

export interface BodyDefinition {
  /** A spec file of SPEC_FILES, or 'documented' for a shape written from the REST reference. */
  file: string;
  definition: string;
}

export const WRITE_DEFINITIONS = {
  extensionPut: { file: SPEC_FILES.extensions, definition: 'Extension' },
  extensionPatch: { file: SPEC_FILES.extensions, definition: 'patchExtension' },
  trustedAccessPut: { file: SPEC_FILES.containerService, definition: 'TrustedAccessRoleBinding' },
  policyPut: { file: SPEC_FILES.dataProtection, definition: 'BaseBackupPolicyResource' },
  instancePut: { file: SPEC_FILES.dataProtection, definition: 'BackupInstanceResource' },
  validateForBackup: { file: SPEC_FILES.dataProtection, definition: 'ValidateForBackupRequest' },
  adhocBackup: { file: SPEC_FILES.dataProtection, definition: 'TriggerBackupRequest' },
  validateRestore: { file: SPEC_FILES.dataProtection, definition: 'ValidateRestoreRequestObject' },
  // The polymorphic base dispatched on objectType (openapi.ts appends `__poly` to such definitions).
  restore: { file: SPEC_FILES.dataProtection, definition: 'AzureBackupRestoreRequest__poly' },
  roleAssignmentPut: { file: 'documented', definition: 'RoleAssignmentCreateParameters' },
} as const satisfies Record<string, BodyDefinition>;

export interface Violation {
  method: string;
  path: string;
  definition: string;
  problems: string[];
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** RoleAssignmentCreateParameters: `properties.roleDefinitionId` and `properties.principalId` required. */
function checkRoleAssignment(body: unknown): string[] {
  const properties = (body as { properties?: Record<string, unknown> } | null)?.properties;
  if (properties === null || typeof properties !== 'object')
    return ["/ must have required property 'properties'"];
  const problems: string[] = [];
  if (typeof properties.roleDefinitionId !== 'string')
    problems.push("/properties must have required property 'roleDefinitionId' (string)");
  if (typeof properties.principalId !== 'string' || !GUID.test(properties.principalId))
    problems.push('/properties/principalId must be an object id (a GUID)');
  for (const key of [
    'principalType',
    'description',
    'condition',
    'conditionVersion',
    'delegatedManagedIdentityResourceId',
  ]) {
    if (properties[key] !== undefined && properties[key] !== null && typeof properties[key] !== 'string')
      problems.push(`/properties/${key} must be a string`);
  }
  return problems;
}

export class RequestBodyValidator {
  private validator: SpecValidator | undefined;
  readonly violations: Violation[] = [];
  checked = 0;

  /** Problems of `body` against the operation's definition; recorded when there are any. */
  check(method: string, path: string, spec: BodyDefinition, body: unknown): string[] {
    this.checked++;
    const problems =
      spec.file === 'documented'
        ? checkRoleAssignment(body)
        : (this.validator ??= new SpecValidator()).check(spec.file, spec.definition, body);
    if (problems.length > 0) this.violations.push({ method, path, definition: spec.definition, problems });
    return problems;
  }
}
