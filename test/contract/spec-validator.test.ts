import { describe, expect, it } from '@jest/globals';
import { SPEC_FILES, SpecValidator, readExample } from './openapi.js';

const validator = new SpecValidator();

/** Official response examples and the definition each response declares. */
const EXAMPLES: [string, string, string, string][] = [
  [
    SPEC_FILES.dataProtection,
    'BackupInstanceResource',
    'dataprotection/2025-07-01/examples/BackupInstanceOperations/GetBackupInstance.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'BackupInstanceResourceList',
    'dataprotection/2025-07-01/examples/BackupInstanceOperations/ListBackupInstances.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'BackupVaultResource',
    'dataprotection/2025-07-01/examples/VaultCRUD/GetBackupVault.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'BackupVaultResource',
    'dataprotection/2021-07-01/examples/VaultCRUD/GetBackupVaultWithMSI.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'AzureBackupJobResource',
    'dataprotection/2025-07-01/examples/JobCRUD/GetJob.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'AzureBackupJobResourceList',
    'dataprotection/2025-07-01/examples/JobCRUD/ListJobs.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'BaseBackupPolicyResource',
    'dataprotection/2026-03-01/examples/PolicyCRUD/GetBackupPolicy.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'AzureBackupRecoveryPointResource',
    'dataprotection/2026-03-01/examples/BackupInstanceOperations/GetRecoveryPoint.json',
    '200',
  ],
  [
    SPEC_FILES.dataProtection,
    'AzureBackupRecoveryPointResourceList',
    'dataprotection/2026-03-01/examples/BackupInstanceOperations/ListRecoveryPoints.json',
    '200',
  ],
  [
    SPEC_FILES.containerService,
    'TrustedAccessRoleBinding',
    'containerservice/2026-03-01/examples/TrustedAccessRoleBindings_Get.json',
    '200',
  ],
  [
    SPEC_FILES.containerService,
    'TrustedAccessRoleBindingListResult',
    'containerservice/2026-03-01/examples/TrustedAccessRoleBindings_List.json',
    '200',
  ],
  [
    SPEC_FILES.extensions,
    'Extension',
    'kubernetesconfiguration/2025-03-01/examples/CreateExtension.json',
    '201',
  ],
  [
    SPEC_FILES.resourceGraph,
    'QueryResponse',
    'resourcegraph/2024-04-01/examples/ResourcesBasicQuery.json',
    '200',
  ],
  [
    SPEC_FILES.resourceGraph,
    'QueryResponse',
    'resourcegraph/2024-04-01/examples/ResourcesFirstPageQuery.json',
    '200',
  ],
  [
    SPEC_FILES.resourceGraph,
    'QueryResponse',
    'resourcegraph/2024-04-01/examples/ResourcesNextPageQuery.json',
    '200',
  ],
];

describe('the OpenAPI validator', () => {
  it.each(EXAMPLES)('accepts the official example: %s %s (%s)', (file, definition, example, status) => {
    expect(validator.check(file, definition, readExample(example).responses[status]!.body)).toEqual([]);
  });

  it('rejects a backup instance without its required policyInfo', () => {
    const body = structuredClone(readExample(EXAMPLES[0]![2]).responses['200']!.body) as {
      properties: Record<string, unknown>;
    };
    delete body.properties.policyInfo;
    expect(validator.check(SPEC_FILES.dataProtection, 'BackupInstanceResource', body).join('\n')).toContain(
      "must have required property 'policyInfo'",
    );
  });

  it('dispatches on objectType: an AzureBackupRule without its trigger is invalid', () => {
    const body = structuredClone(readExample(EXAMPLES[6]![2]).responses['200']!.body) as {
      properties: { policyRules: Record<string, unknown>[] };
    };
    delete body.properties.policyRules[0]!.trigger;
    expect(validator.check(SPEC_FILES.dataProtection, 'BaseBackupPolicyResource', body).join('\n')).toContain(
      "must have required property 'trigger'",
    );
  });

  it('checks types inside nested definitions', () => {
    const cluster = {
      location: 'westeurope',
      properties: { storageProfile: { diskCSIDriver: { enabled: 'yes' } } },
    };
    expect(validator.check(SPEC_FILES.containerService, 'ManagedCluster', cluster).join('\n')).toContain(
      '/properties/storageProfile/diskCSIDriver/enabled',
    );
  });

  it('takes resultTruncated as the string "true"/"false" only', () => {
    const body = { totalRecords: 1, count: 1, resultTruncated: false, data: [] };
    expect(validator.check(SPEC_FILES.resourceGraph, 'QueryResponse', body)).not.toEqual([]);
  });
});
