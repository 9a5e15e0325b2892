import { describe, expect, it } from '@jest/globals';
import {
  documentFromRow,
  familyQuery,
  projectDocument,
  projectedColumns,
  rowFromDocument,
} from '../../src/azure/graph-projection.js';
import {
  RESOURCE_FAMILIES,
  normaliseExtensionProperties,
  type ResourceFamily,
} from '../../src/azure/resource-families.js';
import { familyContext } from '../../src/azure/read-estate.js';

const family = (key: string): ResourceFamily => RESOURCE_FAMILIES.find((f) => f.key === key)!;
const ctx = familyContext({}, new Date('2026-05-01T06:00:00Z'));

describe('Resource Graph projection in ARM shape', () => {
  it('builds one query per family: table, type, filter, flat projection, ordered by id', () => {
    expect(familyQuery(family('backupInstances'), ctx)).toBe(
      [
        'RecoveryServicesResources',
        "| where type =~ 'microsoft.dataprotection/backupvaults/backupinstances'",
        "| where tostring(properties.dataSourceInfo.datasourceType) =~ 'Microsoft.ContainerService/managedClusters'",
        '| project id, name, tags, properties_objectType = properties.objectType, properties_friendlyName = properties.friendlyName, ' +
          'properties_dataSourceInfo = properties.dataSourceInfo, properties_dataSourceSetInfo = properties.dataSourceSetInfo, ' +
          'properties_policyInfo = properties.policyInfo, properties_protectionStatus = properties.protectionStatus, ' +
          'properties_currentProtectionState = properties.currentProtectionState, properties_protectionErrorDetails = properties.protectionErrorDetails, ' +
          'properties_provisioningState = properties.provisioningState, properties_identityDetails = properties.identityDetails, ' +
          'properties_validationType = properties.validationType',
        '| order by id asc',
      ].join('\n'),
    );
    expect(familyQuery(family('backupJobs'), ctx)).toContain(
      'todatetime(properties.startTime) >= datetime(2026-04-17T06:00:00.000Z)',
    );
  });

  it('every family projects id, so paging with a skip token is possible (Traps 5)', () => {
    for (const f of RESOURCE_FAMILIES) expect(projectedColumns(f)[0]).toEqual({ column: 'id', path: ['id'] });
  });

  it('folds rows back into nested documents, restoring the ARM type and dropping nulls', () => {
    const row = {
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c',
      name: 'c',
      location: 'westeurope',
      tags: null,
      identity: { type: 'SystemAssigned' },
      sku: null,
      properties_provisioningState: 'Succeeded',
      properties_servicePrincipalProfile_clientId: 'msi',
      properties_storageProfile: { diskCSIDriver: { enabled: false } },
      properties_powerState: null,
    };
    expect(documentFromRow(row, family('managedClusters'))).toEqual({
      id: row.id,
      name: 'c',
      type: 'Microsoft.ContainerService/managedClusters',
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      properties: {
        provisioningState: 'Succeeded',
        servicePrincipalProfile: { clientId: 'msi' },
        storageProfile: { diskCSIDriver: { enabled: false } },
      },
    });
  });

  it('projects a full ARM document to exactly what a live read returns', () => {
    const full = {
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st',
      name: 'st',
      type: 'microsoft.storage/storageaccounts',
      location: 'westeurope',
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS' },
      etag: 'W/"1"',
      systemData: { createdBy: 'someone' },
      properties: {
        provisioningState: 'Succeeded',
        creationTime: '2026-01-01T00:00:00Z',
        allowSharedKeyAccess: false,
      },
    };
    const projected = projectDocument(full, family('storageAccounts'));
    expect(projected).toEqual({
      id: full.id,
      name: 'st',
      type: 'Microsoft.Storage/storageAccounts',
      location: 'westeurope',
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS' },
      properties: { provisioningState: 'Succeeded', allowSharedKeyAccess: false },
    });
    expect(
      documentFromRow(rowFromDocument(projected, family('storageAccounts')), family('storageAccounts')),
    ).toEqual(projected);
  });

  it("restores ARM's camelCase for extension keys Resource Graph shows in PascalCase, leaving settings alone", () => {
    expect(
      normaliseExtensionProperties({
        ExtensionType: 'microsoft.dataprotection.kubernetes',
        ProvisioningState: 'Succeeded',
        AksAssignedIdentity: { principalId: 'p' },
        ConfigurationSettings: { 'configuration.backupStorageLocation.bucket': 'c' },
        SomethingNew: 1,
      }),
    ).toEqual({
      extensionType: 'microsoft.dataprotection.kubernetes',
      provisioningState: 'Succeeded',
      aksAssignedIdentity: { principalId: 'p' },
      configurationSettings: { 'configuration.backupStorageLocation.bucket': 'c' },
      SomethingNew: 1,
    });
  });

  it('refuses cluster ids that are not ARM ids before building a query', () => {
    expect(() => familyQuery(family('managedClusters'), ctx, ["/subscriptions/x' or '1'=='1"])).toThrow(
      'cannot be used in a Resource Graph query',
    );
  });
});
