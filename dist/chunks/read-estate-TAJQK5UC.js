import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  ESTATE_SCHEMA_VERSION
} from "./chunk-K75ECK3V.js";
import {
  backupSchedule,
  buildEstate,
  byCodeUnit
} from "./chunk-DXYLSLI5.js";
import {
  ArmReader,
  UnsafeInputError,
  checkArmId,
  checkManagementGroupId,
  checkProviderNamespace,
  checkSubscriptionId,
  createRestError,
  getClient,
  isLocationName,
  kqlDatetime,
  kqlString,
  operationOptionsToRequestParameters,
  pipelineOptions
} from "./chunk-OWBDLMQC.js";
import {
  RESOURCE_TYPES,
  locationKey,
  typeKey
} from "./chunk-7EMEIYIE.js";
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
} from "./chunk-4PGEURHB.js";
import {
  RestError,
  createClientLogger
} from "./chunk-GF2QCEFB.js";
import "./chunk-E45LEVXN.js";

// src/azure/graph-projection.ts
var PATH_SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;
function projectedColumns(family) {
  const columns = [
    { column: "id", path: ["id"] },
    ...family.fields.map((field) => ({ column: field, path: [field] }))
  ];
  if (family.properties === "all") {
    columns.push({ column: "properties", path: ["properties"] });
  } else {
    for (const property of family.properties) {
      const path = ["properties", ...property.split(".")];
      if (!path.every((segment) => PATH_SEGMENT.test(segment)))
        throw new Error(`bad property path '${property}'`);
      columns.push({ column: path.join("_"), path });
    }
  }
  return columns;
}
function familyQuery(family, ctx, clusterIds) {
  const lines = [family.table, `| where type =~ ${kqlString(family.graphType)}`];
  if (family.filter) lines.push(`| where ${family.filter.kql(ctx)}`);
  if (clusterIds !== void 0 && family.key === "managedClusters") {
    lines.push(`| where id in~ (${clusterIds.map((id) => kqlString(id)).join(", ")})`);
  }
  const projection = projectedColumns(family).map(
    ({ column, path }) => path.length === 1 ? column : `${column} = ${path.join(".")}`
  );
  lines.push(`| project ${projection.join(", ")}`);
  lines.push("| order by id asc");
  return lines.join("\n");
}
var TEXT_FIELDS = /* @__PURE__ */ new Set(["name", "location", "kind"]);
function isAbsent(column, value) {
  return value === null || value === void 0 || TEXT_FIELDS.has(column) && value === "";
}
function documentFromRow(row, family) {
  const doc = { id: String(row.id), type: family.armType };
  for (const { column, path } of projectedColumns(family)) {
    if (column === "id") continue;
    let value = row[column];
    if (isAbsent(column, value)) continue;
    if (column === "properties" && family.normaliseProperties && isObject(value)) {
      value = family.normaliseProperties(value);
    }
    setPath(doc, path, structuredClone(value));
  }
  const { id, name, type, ...rest } = doc;
  return { id, ...name !== void 0 ? { name } : {}, type, ...rest };
}
function rowFromDocument(doc, family) {
  const row = {};
  for (const { column, path } of projectedColumns(family)) row[column] = getPath(doc, path) ?? null;
  return row;
}
function projectDocument(doc, family) {
  return documentFromRow(rowFromDocument(doc, family), family);
}
function familyOf(doc, families) {
  const type = doc.type.toLowerCase();
  return families.find((family) => family.graphType === type);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function getPath(value, path) {
  let current = value;
  for (const segment of path) {
    if (!isObject(current) || !Object.hasOwn(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
function setPath(target, path, value) {
  let current = target;
  for (const segment of path.slice(0, -1)) {
    if (!isObject(current[segment])) current[segment] = {};
    current = current[segment];
  }
  current[path.at(-1)] = value;
}

// src/azure/resource-families.ts
var AKS_DATASOURCE = "Microsoft.ContainerService/managedClusters";
var BACKUP_ROLE_DEFINITIONS = [
  "acdd72a7-3385-48ef-bd42-f606fba81ae7",
  // Reader
  "b24988ac-6180-42a0-ab88-20f7382dd24c",
  // Contributor
  "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  // Owner
  "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
  // Storage Blob Data Contributor
  "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
  // Storage Blob Data Reader
  "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
  // Storage Blob Data Owner
  "17d1049b-9a84-46fb-8f53-869881c3d3ab",
  // Storage Account Contributor
  "69566ab7-960f-475b-8e7c-b3118f30c6bd",
  // Storage File Data Privileged Contributor
  "7efff54f-a5b4-42b5-a1c5-5411624893ce",
  // Disk Snapshot Contributor
  "959f8984-c045-4866-89c7-12bf9737be2e",
  // Data Operator for Managed Disks
  "5e467623-bb1f-42f4-a55d-6e525e11384b"
  // Backup Contributor
];
var roleGuidOf = (roleDefinitionId) => typeof roleDefinitionId === "string" ? (roleDefinitionId.split("/").at(-1) ?? "").toLowerCase() : "";
var EXTENSION_KEYS = [
  "extensionType",
  "autoUpgradeMode",
  "autoUpgradeMinorVersion",
  "releaseTrain",
  "version",
  "scope",
  "configurationSettings",
  "configurationProtectedSettings",
  "currentVersion",
  "provisioningState",
  "statuses",
  "errorInfo",
  "customLocationSettings",
  "packageUri",
  "aksAssignedIdentity",
  "isSystemExtension",
  "managementDetails",
  "additionalDetails",
  "extensionState"
];
var EXTENSION_KEY_BY_LOWER = new Map(EXTENSION_KEYS.map((key) => [key.toLowerCase(), key]));
function normaliseExtensionProperties(properties) {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      EXTENSION_KEY_BY_LOWER.get(key.toLowerCase()) ?? key,
      value
    ])
  );
}
var RESOURCE_FAMILIES = [
  {
    key: "managedClusters",
    table: "Resources",
    graphType: "microsoft.containerservice/managedclusters",
    armType: "Microsoft.ContainerService/managedClusters",
    fields: ["name", "location", "tags", "identity", "sku"],
    properties: [
      "provisioningState",
      "powerState",
      "kubernetesVersion",
      "currentKubernetesVersion",
      "nodeResourceGroup",
      "servicePrincipalProfile.clientId",
      "storageProfile",
      "agentPoolProfiles",
      "networkProfile",
      "bootstrapProfile"
    ]
  },
  {
    key: "backupVaults",
    table: "Resources",
    graphType: "microsoft.dataprotection/backupvaults",
    armType: "Microsoft.DataProtection/backupVaults",
    fields: ["name", "location", "tags", "identity"],
    properties: [
      "provisioningState",
      "storageSettings",
      "securitySettings",
      "featureSettings",
      "isVaultProtectedByResourceGuard"
    ]
  },
  {
    key: "backupPolicies",
    table: "RecoveryServicesResources",
    graphType: "microsoft.dataprotection/backupvaults/backuppolicies",
    armType: "Microsoft.DataProtection/backupVaults/backupPolicies",
    fields: ["name"],
    properties: ["objectType", "datasourceTypes", "policyRules"],
    filter: {
      kql: () => `tostring(properties.datasourceTypes[0]) =~ ${kqlString(AKS_DATASOURCE)}`,
      matches: (doc) => {
        const types = doc.properties?.datasourceTypes;
        return Array.isArray(types) && String(types[0] ?? "").toLowerCase() === AKS_DATASOURCE.toLowerCase();
      }
    }
  },
  {
    key: "backupInstances",
    table: "RecoveryServicesResources",
    graphType: "microsoft.dataprotection/backupvaults/backupinstances",
    armType: "Microsoft.DataProtection/backupVaults/backupInstances",
    fields: ["name", "tags"],
    properties: [
      "objectType",
      "friendlyName",
      "dataSourceInfo",
      "dataSourceSetInfo",
      "policyInfo",
      "protectionStatus",
      "currentProtectionState",
      "protectionErrorDetails",
      "provisioningState",
      "identityDetails",
      "validationType"
    ],
    filter: {
      kql: () => `tostring(properties.dataSourceInfo.datasourceType) =~ ${kqlString(AKS_DATASOURCE)}`,
      matches: (doc) => String(
        doc.properties?.dataSourceInfo?.datasourceType ?? ""
      ).toLowerCase() === AKS_DATASOURCE.toLowerCase()
    }
  },
  {
    key: "backupJobs",
    table: "RecoveryServicesResources",
    graphType: "microsoft.dataprotection/backupvaults/backupjobs",
    armType: "Microsoft.DataProtection/backupVaults/backupJobs",
    fields: ["name"],
    // Every field the spec requires (AzureBackupJob, SPEC) plus what the rules read, so a projected job
    // is still a valid job document.
    properties: [
      "activityID",
      "backupInstanceFriendlyName",
      "backupInstanceId",
      "dataSourceId",
      "dataSourceLocation",
      "dataSourceName",
      "dataSourceSetName",
      "dataSourceType",
      "duration",
      "endTime",
      "errorDetails",
      "isUserTriggered",
      "operation",
      "operationCategory",
      "policyId",
      "policyName",
      "progressEnabled",
      "sourceResourceGroup",
      "sourceSubscriptionID",
      "startTime",
      "status",
      "subscriptionId",
      "supportedActions",
      "vaultName"
    ],
    filter: {
      kql: (ctx) => `tostring(properties.dataSourceType) =~ ${kqlString(AKS_DATASOURCE)} and todatetime(properties.startTime) >= ${kqlDatetime(ctx.jobsSince)}`,
      matches: (doc, ctx) => {
        const p = doc.properties ?? {};
        const started = typeof p.startTime === "string" ? Date.parse(p.startTime) : Number.NaN;
        return String(p.dataSourceType ?? "").toLowerCase() === AKS_DATASOURCE.toLowerCase() && !Number.isNaN(started) && started >= ctx.jobsSince.getTime();
      }
    }
  },
  {
    key: "extensions",
    table: "KubernetesConfigurationResources",
    graphType: "microsoft.kubernetesconfiguration/extensions",
    armType: "Microsoft.KubernetesConfiguration/extensions",
    fields: ["name"],
    properties: "all",
    normaliseProperties: normaliseExtensionProperties
  },
  {
    key: "roleAssignments",
    table: "AuthorizationResources",
    graphType: "microsoft.authorization/roleassignments",
    armType: "Microsoft.Authorization/roleAssignments",
    fields: ["name"],
    properties: ["roleDefinitionId", "principalId", "principalType", "scope"],
    authorizationScopeFilter: "AtScopeAboveAndBelow",
    filter: {
      kql: (ctx) => ctx.roleDefinitionIds.map((guid) => `tostring(properties.roleDefinitionId) endswith ${kqlString(`/${guid}`)}`).join(" or "),
      matches: (doc, ctx) => ctx.roleDefinitionIds.includes(
        roleGuidOf(doc.properties?.roleDefinitionId)
      )
    }
  },
  {
    key: "storageAccounts",
    table: "Resources",
    graphType: "microsoft.storage/storageaccounts",
    armType: "Microsoft.Storage/storageAccounts",
    fields: ["name", "location", "tags", "kind", "sku"],
    properties: [
      "provisioningState",
      "primaryEndpoints",
      "networkAcls",
      "publicNetworkAccess",
      "allowCrossTenantReplication",
      "allowSharedKeyAccess"
    ]
  }
];
var POLICY_GRAPH_TYPE = "microsoft.dataprotection/backupvaults/backuppolicies";
var INSTANCE_GRAPH_TYPE = "microsoft.dataprotection/backupvaults/backupinstances";
var VAULT_OF_CHILD = "^(.+/providers/microsoft.dataprotection/backupvaults/[^/]+)/";
var VAULT_COUNTS_QUERY = [
  "RecoveryServicesResources",
  `| where type in~ (${kqlString(POLICY_GRAPH_TYPE)}, ${kqlString(INSTANCE_GRAPH_TYPE)})`,
  `| summarize policies = countif(type =~ ${kqlString(POLICY_GRAPH_TYPE)}), instances = countif(type =~ ${kqlString(INSTANCE_GRAPH_TYPE)}) by id = extract('${VAULT_OF_CHILD}', 1, tolower(id))`,
  "| order by id asc"
].join("\n");
function vaultCountsFromRows(rows, into = {}) {
  for (const row of rows) {
    const id = typeof row.id === "string" ? row.id : "";
    if (id === "") continue;
    const policies = Number(row.policies ?? 0);
    const instances = Number(row.instances ?? 0);
    const seen = into[id];
    into[id] = {
      policies: Math.max(seen?.policies ?? 0, policies),
      instances: Math.max(seen?.instances ?? 0, instances)
    };
  }
  return into;
}
function vaultCountsOfDocuments(resources2) {
  const counts = {};
  const pattern = new RegExp(VAULT_OF_CHILD);
  for (const doc of resources2) {
    const type = doc.type.toLowerCase();
    if (type !== POLICY_GRAPH_TYPE && type !== INSTANCE_GRAPH_TYPE) continue;
    const vault = pattern.exec(doc.id.toLowerCase())?.[1];
    if (vault === void 0) continue;
    const entry = counts[vault] ??= { policies: 0, instances: 0 };
    if (type === POLICY_GRAPH_TYPE) entry.policies++;
    else entry.instances++;
  }
  return counts;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/cloudSettingHelpers.js
var AzureClouds;
(function(AzureClouds2) {
  AzureClouds2["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
  AzureClouds2["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
  AzureClouds2["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
  }
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceChanges/models.js
function resourceChangesRequestParametersSerializer(item) {
  return {
    resourceIds: !item["resourceIds"] ? item["resourceIds"] : item["resourceIds"].map((p) => {
      return p;
    }),
    subscriptionId: item["subscriptionId"],
    interval: resourceChangesRequestParametersIntervalSerializer(item["interval"]),
    $skipToken: item["skipToken"],
    $top: item["top"],
    table: item["table"],
    fetchPropertyChanges: item["fetchPropertyChanges"],
    fetchSnapshots: item["fetchSnapshots"]
  };
}
function resourceChangesRequestParametersIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function resourceChangeListDeserializer(item) {
  return {
    changes: !item["changes"] ? item["changes"] : resourceChangeDataArrayDeserializer(item["changes"]),
    skipToken: item["$skipToken"]
  };
}
function resourceChangeDataArrayDeserializer(result) {
  return result.map((item) => {
    return resourceChangeDataDeserializer(item);
  });
}
function resourceChangeDataDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    changeId: item["changeId"],
    beforeSnapshot: resourceChangeDataBeforeSnapshotDeserializer(item["beforeSnapshot"]),
    afterSnapshot: resourceChangeDataAfterSnapshotDeserializer(item["afterSnapshot"]),
    changeType: item["changeType"],
    propertyChanges: !item["propertyChanges"] ? item["propertyChanges"] : resourcePropertyChangeArrayDeserializer(item["propertyChanges"])
  };
}
function resourceChangeDataBeforeSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourceChangeDataAfterSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourcePropertyChangeArrayDeserializer(result) {
  return result.map((item) => {
    return resourcePropertyChangeDeserializer(item);
  });
}
function resourcePropertyChangeDeserializer(item) {
  return {
    propertyName: item["propertyName"],
    beforeValue: item["beforeValue"],
    afterValue: item["afterValue"],
    changeCategory: item["changeCategory"],
    propertyChangeType: item["propertyChangeType"]
  };
}
function resourceChangeDetailsRequestParametersSerializer(item) {
  return {
    resourceIds: item["resourceIds"].map((p) => {
      return p;
    }),
    changeIds: item["changeIds"].map((p) => {
      return p;
    })
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/serialize-record.js
function serializeRecord(item, excludes, serializer) {
  const propertiesToExclude = excludes ?? [];
  const res = {};
  for (const key of Object.keys(item)) {
    if (propertiesToExclude.includes(key) || item[key] === void 0) {
      continue;
    }
    if (serializer) {
      res[key] = serializer(item[key]);
    } else {
      res[key] = item[key];
    }
  }
  return res;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphCommon/models.js
function dateTimeIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function errorResponseDeserializer(item) {
  return {
    error: errorDeserializer(item["error"])
  };
}
function errorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorDetailsArrayDeserializer(item["details"])
  };
}
function errorDetailsArrayDeserializer(result) {
  return result.map((item) => {
    return errorDetailsDeserializer(item);
  });
}
function errorDetailsDeserializer(item) {
  return {
    additionalProperties: serializeRecord(item, ["code", "message"]),
    code: item["code"],
    message: item["message"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphApi/models.js
function queryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : queryRequestOptionsSerializer(item["options"]),
    facets: !item["facets"] ? item["facets"] : facetRequestArraySerializer(item["facets"])
  };
}
function queryRequestOptionsSerializer(item) {
  return {
    $skipToken: item["skipToken"],
    $top: item["top"],
    $skip: item["skip"],
    resultFormat: item["resultFormat"],
    allowPartialScopes: item["allowPartialScopes"],
    authorizationScopeFilter: item["authorizationScopeFilter"]
  };
}
function facetRequestArraySerializer(result) {
  return result.map((item) => {
    return facetRequestSerializer(item);
  });
}
function facetRequestSerializer(item) {
  return {
    expression: item["expression"],
    options: !item["options"] ? item["options"] : facetRequestOptionsSerializer(item["options"])
  };
}
function facetRequestOptionsSerializer(item) {
  return {
    sortBy: item["sortBy"],
    sortOrder: item["sortOrder"],
    filter: item["filter"],
    $top: item["top"]
  };
}
function queryResponseDeserializer(item) {
  return {
    totalRecords: item["totalRecords"],
    count: item["count"],
    resultTruncated: item["resultTruncated"],
    skipToken: item["$skipToken"],
    data: item["data"],
    facets: !item["facets"] ? item["facets"] : facetUnionArrayDeserializer(item["facets"])
  };
}
function facetUnionArrayDeserializer(result) {
  return result.map((item) => {
    return facetUnionDeserializer(item);
  });
}
function facetDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"]
  };
}
function facetUnionDeserializer(item) {
  switch (item["resultType"]) {
    case "FacetResult":
      return facetResultDeserializer(item);
    case "FacetError":
      return facetErrorDeserializer(item);
    default:
      return facetDeserializer(item);
  }
}
function facetResultDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    totalRecords: item["totalRecords"],
    count: item["count"],
    data: item["data"]
  };
}
function facetErrorDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    errors: errorDetailsArrayDeserializer(item["errors"])
  };
}
function _operationListResultDeserializer(item) {
  return {
    value: operationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationArrayDeserializer(result) {
  return result.map((item) => {
    return operationDeserializer(item);
  });
}
function operationDeserializer(item) {
  return {
    name: item["name"],
    display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
    origin: item["origin"]
  };
}
function operationDisplayDeserializer(item) {
  return {
    provider: item["provider"],
    resource: item["resource"],
    operation: item["operation"],
    description: item["description"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceHistory/models.js
function resourcesHistoryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : resourcesHistoryRequestOptionsSerializer(item["options"]),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    })
  };
}
function resourcesHistoryRequestOptionsSerializer(item) {
  return {
    interval: !item["interval"] ? item["interval"] : dateTimeIntervalSerializer(item["interval"]),
    $top: item["top"],
    $skip: item["skip"],
    $skipToken: item["skipToken"],
    resultFormat: item["resultFormat"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
    return op;
  }
}
function getExpandedValue(option) {
  let isFirst = option.isFirst;
  const { op, varName, varValue: value, reserved } = option;
  const vals = [];
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  }
  return vals.join("");
}
function getNonExpandedValue(option) {
  const { op, varName, varValue: value, isFirst, reserved } = option;
  const vals = [];
  const first = getFirstOrSep(op, isFirst);
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    vals.push(encodeComponent(varName, reserved, op));
    if (value === "") {
      if (!ifEmpty) {
        vals.push(ifEmpty);
      }
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
function expandUrlTemplate(template, context, option) {
  const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr) {
      return encodeReservedComponent(text);
    }
    let op;
    if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
      op = expr[0];
      expr = expr.slice(1);
    }
    const varList = expr.split(/,/g);
    const innerResult = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: innerResult.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        innerResult.push(varValue);
      }
    }
    return innerResult.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[.~-]/.test(char)) {
      return char;
    }
    return match;
  });
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations.js
function _resourcesHistorySend(context, request, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourcesHistory{?api%2Dversion}", {
    "api%2Dversion": "2021-06-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourcesHistoryRequestSerializer(request)
  });
}
async function _resourcesHistoryDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return { body: result.body };
}
async function resourcesHistory(context, request, options = { requestOptions: {} }) {
  const result = await _resourcesHistorySend(context, request, options);
  return _resourcesHistoryDeserialize(result);
}
function _resourcesSend(context, query, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resources{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: queryRequestSerializer(query)
  });
}
async function _resourcesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return queryResponseDeserializer(result.body);
}
async function resources(context, query, options = { requestOptions: {} }) {
  const result = await _resourcesSend(context, query, options);
  return _resourcesDeserialize(result);
}
function _resourceChangeDetailsSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChangeDetails{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangeDetailsRequestParametersSerializer(parameters)
  });
}
async function _resourceChangeDetailsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeDataArrayDeserializer(result.body);
}
async function resourceChangeDetails(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangeDetailsSend(context, parameters, options);
  return _resourceChangeDetailsDeserialize(result);
}
function _resourceChangesSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChanges{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangesRequestParametersSerializer(parameters)
  });
}
async function _resourceChangesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeListDeserializer(result.body);
}
async function resourceChanges(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangesSend(context, parameters, options);
  return _resourceChangesDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/logger.js
var logger = createClientLogger("arm-resourcegraph");

// node_modules/@azure/arm-resourcegraph/dist/esm/api/resourceGraphContext.js
function createResourceGraph(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-resourcegraph/5.0.0`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: {
      scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"]
    }
  };
  const clientContext = getClient(endpointUrl, credential, updatedOptions);
  if (options.apiVersion) {
    logger.warning("This client does not support client api-version, please change it at the operation level");
  }
  return { ...clientContext, subscriptionId };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/models.js
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));

// node_modules/@azure/arm-resourcegraph/dist/esm/models/graphQueryApi/models.js
function graphQueryResourceSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryResourcePropertiesSerializer(item),
    tags: item["tags"],
    location: item["location"],
    etag: item["etag"]
  };
}
function graphQueryResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _graphQueryResourcePropertiesDeserializer(item["properties"]),
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    etag: item["etag"]
  };
}
var KnownResultKind;
(function(KnownResultKind2) {
  KnownResultKind2["Basic"] = "basic";
})(KnownResultKind || (KnownResultKind = {}));
function graphQueryErrorDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : graphQueryErrorErrorDeserializer(item["error"])
  };
}
function graphQueryErrorErrorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorFieldContractArrayDeserializer(item["details"])
  };
}
function errorFieldContractArrayDeserializer(result) {
  return result.map((item) => {
    return errorFieldContractDeserializer(item);
  });
}
function errorFieldContractDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"]
  };
}
function graphQueryUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    etag: item["etag"],
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryUpdateParametersPropertiesSerializer(item)
  };
}
function _graphQueryListResultDeserializer(item) {
  return {
    value: graphQueryResourceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function graphQueryResourceArrayDeserializer(result) {
  return result.map((item) => {
    return graphQueryResourceDeserializer(item);
  });
}
function _graphQueryResourcePropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}
function _graphQueryResourcePropertiesDeserializer(item) {
  return {
    timeModified: !item["timeModified"] ? item["timeModified"] : new Date(item["timeModified"]),
    description: item["description"],
    query: item["query"],
    resultKind: item["resultKind"]
  };
}
function _graphQueryUpdateParametersPropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/pagingHelpers.js
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const apiVersion = options.apiVersion;
  const pagedResult = {
    getPage: async (pageLink) => {
      let result;
      if (pageLink === void 0) {
        result = await getInitialResponse();
      } else {
        const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
        result = nextLinkMethod === "POST" ? await client.pathUnchecked(resolvedPageLink).post() : await client.pathUnchecked(resolvedPageLink).get();
      }
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
  };
}
async function* getItemAsyncIterator(pagedResult) {
  const pages = getPageAsyncIterator(pagedResult);
  for await (const page of pages) {
    yield* page;
  }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
  const { pageLink } = options;
  let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
  if (!response) {
    return;
  }
  let result = response.page;
  result.continuationToken = response.nextPageLink;
  yield result;
  while (response.nextPageLink) {
    response = await pagedResult.getPage(response.nextPageLink);
    if (!response) {
      return;
    }
    result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
  }
}
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new RestError(`Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`);
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
  }
}
function addApiVersionToUrl(url, apiVersion) {
  const urlObj = new URL(url, "https://microsoft.com");
  if (!urlObj.searchParams.get("api-version")) {
    return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
  }
  return url;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/graphQuery/operations.js
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listBySubscriptionDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function listBySubscription(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _listSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function list(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _$deleteSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["200", "204"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return;
}
async function $delete(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _$deleteSend(context, resourceGroupName, resourceName, options);
  return _$deleteDeserialize(result);
}
function _updateSend(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryUpdateParametersSerializer(body)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function update(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const result = await _updateSend(context, resourceGroupName, resourceName, body, options);
  return _updateDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryResourceSerializer(properties)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function createOrUpdate(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const result = await _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options);
  return _createOrUpdateDeserialize(result);
}
function _getSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function get(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, resourceName, options);
  return _getDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/graphQuery/index.js
function _getGraphQuery(context) {
  return {
    listBySubscription: (options) => listBySubscription(context, options),
    list: (resourceGroupName, options) => list(context, resourceGroupName, options),
    delete: (resourceGroupName, resourceName, options) => $delete(context, resourceGroupName, resourceName, options),
    update: (resourceGroupName, resourceName, body, options) => update(context, resourceGroupName, resourceName, body, options),
    createOrUpdate: (resourceGroupName, resourceName, properties, options) => createOrUpdate(context, resourceGroupName, resourceName, properties, options),
    get: (resourceGroupName, resourceName, options) => get(context, resourceGroupName, resourceName, options)
  };
}
function _getGraphQueryOperations(context) {
  return {
    ..._getGraphQuery(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations/operations.js
function _listSend2(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/operations{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function list2(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend2(context, options), _listDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/operations/index.js
function _getOperations(context) {
  return {
    list: (options) => list2(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/resourceGraphClient.js
var ResourceGraphClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    this._client = createResourceGraph(credential, subscriptionId ?? "", options);
    this.pipeline = this._client.pipeline;
    this.graphQuery = _getGraphQueryOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
  }
  /** List all snapshots of a resource for a given time interval. */
  resourcesHistory(request, options = { requestOptions: {} }) {
    return resourcesHistory(this._client, request, options);
  }
  /** Queries the resources managed by Azure Resource Manager for scopes specified in the request. */
  resources(query, options = { requestOptions: {} }) {
    return resources(this._client, query, options);
  }
  /** Get resource change details. */
  resourceChangeDetails(parameters, options = { requestOptions: {} }) {
    return resourceChangeDetails(this._client, parameters, options);
  }
  /** List changes to a resource for a given time interval. */
  resourceChanges(parameters, options = { requestOptions: {} }) {
    return resourceChanges(this._client, parameters, options);
  }
  /** The operation groups for graphQuery */
  graphQuery;
  /** The operation groups for operations */
  operations;
};

// src/azure/quota-pacer.ts
function parseResetsAfter(text) {
  const match = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return void 0;
  const [, days, hours, minutes, seconds, fraction] = match;
  const whole = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  return whole * 1e3 + (fraction ? Math.round(Number(`0.${fraction}`) * 1e3) : 0);
}
var QuotaPacer = class {
  constructor(timer, jitterMs = 250) {
    this.timer = timer;
    this.jitterMs = jitterMs;
  }
  timer;
  jitterMs;
  remaining;
  resetAt = 0;
  observe(headers) {
    const remaining = headers.get("x-ms-user-quota-remaining");
    const resetsAfter = headers.get("x-ms-user-quota-resets-after");
    if (remaining === void 0 || remaining === null || resetsAfter === void 0 || resetsAfter === null)
      return;
    const count = Number(remaining);
    const ms = parseResetsAfter(resetsAfter);
    if (!Number.isFinite(count) || ms === void 0) return;
    this.remaining = count;
    this.resetAt = this.timer.now() + ms;
  }
  /** How long the quota window still has to run when nothing is left; undefined when not exhausted. */
  exhaustedForMs() {
    if (this.remaining === void 0 || this.remaining > 0) return void 0;
    const left = this.resetAt - this.timer.now();
    return left > 0 ? left : void 0;
  }
  async beforeQuery() {
    const wait = this.exhaustedForMs();
    if (wait === void 0) return 0;
    const total = wait + this.timer.random() * this.jitterMs;
    await this.timer.sleep(total);
    this.remaining = void 0;
    return total;
  }
};

// src/azure/resource-graph.ts
var GraphReadError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GraphReadError";
  }
};
var PAGE_SIZE = 1e3;
var DEFAULT_BATCH = 300;
function scopeBatches(scope, batchSize = DEFAULT_BATCH) {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 999) {
    throw new GraphReadError(`subscription batch size must be 1-999; got ${batchSize}`);
  }
  const subscriptions = [...new Set((scope.subscriptions ?? []).map(checkSubscriptionId))];
  const groups = [...new Set((scope.managementGroups ?? []).map(checkManagementGroupId))];
  if (subscriptions.length > 0 && groups.length > 0) {
    throw new GraphReadError("read subscriptions or management groups, not both, in one scope");
  }
  if (groups.length > 0) return groups.map((group) => ({ managementGroups: [group] }));
  if (subscriptions.length === 0) throw new GraphReadError("no subscriptions or management groups to read");
  const batches = [];
  for (let i = 0; i < subscriptions.length; i += batchSize)
    batches.push({ subscriptions: subscriptions.slice(i, i + batchSize) });
  return batches;
}
var ResourceGraphReader = class {
  client;
  pacer;
  timer;
  retry;
  batchSize;
  constructor(options) {
    this.timer = options.timer ?? REAL_TIMER;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.pacer = new QuotaPacer(this.timer);
    this.client = new ResourceGraphClient(options.credential, {
      endpoint: options.cloud.armEndpoint,
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport)
    });
  }
  /** Every document of a family within the scope, in ARM shape, ordered by id within each batch. */
  async readFamily(family, scope, ctx, clusterIds) {
    const query = familyQuery(family, ctx, clusterIds?.map(checkArmId));
    const documents = [];
    for (const batch of scopeBatches(scope, this.batchSize)) {
      const rows = await this.queryAll(query, batch, family);
      for (const row of rows) documents.push(documentFromRow(row, family));
    }
    return documents;
  }
  /**
   * Backup policies and instances per vault, of every workload, in the scope: one summarized row per vault
   * (VAULT_COUNTS_QUERY), so a page per 1,000 vaults whatever they hold.
   */
  async readVaultCounts(scope) {
    const counts = {};
    for (const batch of scopeBatches(scope, this.batchSize)) {
      vaultCountsFromRows(await this.queryAll(VAULT_COUNTS_QUERY, batch, { key: "vaultCounts" }), counts);
    }
    return counts;
  }
  /** Runs one query over one batch to the last page. */
  async queryAll(query, batch, family) {
    const rows = [];
    let skipToken;
    do {
      const page = await withRetries(
        async () => {
          await this.pacer.beforeQuery();
          return this.client.resources(
            {
              query,
              ...batch,
              options: {
                top: PAGE_SIZE,
                resultFormat: "objectArray",
                ...skipToken !== void 0 ? { skipToken } : {},
                ...family.authorizationScopeFilter ? { authorizationScopeFilter: family.authorizationScopeFilter } : {}
              }
            },
            { onResponse: (response) => this.pacer.observe(response.headers) }
          );
        },
        (error) => this.judge(error),
        this.retry,
        this.timer
      ).catch((error) => {
        throw error.statusCode !== void 0 ? new GraphReadError(describeGraphError(error)) : error;
      });
      if (!Array.isArray(page.data))
        throw new GraphReadError(`Resource Graph returned no row array for ${family.key}`);
      rows.push(...page.data);
      if (page.resultTruncated === "true" && page.skipToken === void 0) {
        throw new GraphReadError(
          `Resource Graph truncated the ${family.key} result (${page.count} of ${page.totalRecords} rows) and gave no skip token; the query must project id`
        );
      }
      skipToken = page.skipToken;
    } while (skipToken !== void 0);
    return rows;
  }
  /**
   * Throttling waits for the quota window when the headers say when it resets (a 429 without
   * `Retry-After` carries them); other transient failures back off; anything else is final.
   */
  judge(error) {
    const e = error;
    if (e.statusCode === 429 && e.response?.headers) {
      this.pacer.observe(e.response.headers);
      const waitMs = this.pacer.exhaustedForMs();
      return { retry: true, ...waitMs !== void 0 ? { waitMs } : {} };
    }
    return { retry: isTransient(error) };
  }
};
function describeGraphError(error) {
  const e = error;
  const details = e.details?.error;
  const reasons = details?.details?.map((d) => `${d.code}: ${d.message}`).join("; ");
  return `Resource Graph refused the query (HTTP ${e.statusCode}${details?.code ? ` ${details.code}` : ""}): ${reasons || details?.message || e.message}`;
}

// src/azure/read-estate.ts
var BACKUP_PROVIDER_NAMESPACES = [
  "Microsoft.ContainerService",
  "Microsoft.DataProtection",
  "Microsoft.KubernetesConfiguration"
];
var JOB_RETENTION_DAYS = 14;
function familyContext(options, now) {
  const roleDefinitionIds = (options.roleDefinitionIds ?? BACKUP_ROLE_DEFINITIONS).map((guid) => {
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(guid)) {
      throw new UnsafeInputError(`${JSON.stringify(guid)} is not a role definition GUID`);
    }
    return guid.toLowerCase();
  });
  return {
    jobsSince: options.jobsSince ?? new Date(now.getTime() - JOB_RETENTION_DAYS * 24 * 3600 * 1e3),
    roleDefinitionIds
  };
}
async function readEstate(options, deps) {
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const ctx = familyContext(options, now);
  const clusterIds = options.clusterIds?.map(checkArmId);
  const namespaces = (options.providerNamespaces ?? BACKUP_PROVIDER_NAMESPACES).map(checkProviderNamespace);
  const timer = deps.timer ?? REAL_TIMER;
  const graph = new ResourceGraphReader({
    credential: deps.credential,
    cloud: deps.cloud,
    transport: deps.transport,
    timer,
    ...deps.graphRetry ? { retry: deps.graphRetry } : {},
    ...deps.batchSize ? { batchSize: deps.batchSize } : {}
  });
  const arm = new ArmReader({
    credential: deps.credential,
    cloud: deps.cloud,
    transport: deps.transport,
    timer,
    ...deps.armRetry ? { retry: deps.armRetry } : {},
    ...deps.concurrency ? { concurrency: deps.concurrency } : {}
  });
  const explicitSubscriptions = (options.scope.subscriptions ?? []).map(checkSubscriptionId);
  const resources2 = [];
  for (const family of RESOURCE_FAMILIES) {
    resources2.push(...await graph.readFamily(family, options.scope, ctx, clusterIds));
  }
  const clusters = resources2.filter((doc) => doc.type === "Microsoft.ContainerService/managedClusters").map((doc) => doc.id);
  if ((options.bindings ?? "all") === "all") resources2.push(...await arm.trustedAccessBindings(clusters));
  const points = recoveryPointReads(resources2, options.recoveryPoints ?? "all", now);
  resources2.push(...await arm.recoveryPoints(points.read));
  const subscriptions = new Set(explicitSubscriptions);
  for (const doc of resources2) {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1];
    if (sub !== void 0) subscriptions.add(sub.toLowerCase());
  }
  const providers = await arm.providerStates([...subscriptions].sort(), namespaces);
  const versions = (options.kubernetesVersions ?? "all") === "all" ? await arm.kubernetesVersions(versionRequests(resources2, providers)) : {};
  const vaultCounts = await graph.readVaultCounts(options.scope);
  return {
    schemaVersion: ESTATE_SCHEMA_VERSION,
    capturedAt: now.toISOString(),
    resources: sortById(resources2),
    providers,
    ...Object.keys(versions).length > 0 ? { kubernetesVersions: versions } : {},
    ...points.unread.length > 0 ? { unreadRecoveryPoints: points.unread } : {},
    ...Object.keys(vaultCounts).length > 0 ? { vaultCounts: sortKeys(vaultCounts) } : {}
  };
}
function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
}
function versionRequests(resources2, providers) {
  const byLocation = /* @__PURE__ */ new Map();
  for (const doc of resources2) {
    if (typeKey(doc.type) !== RESOURCE_TYPES.managedCluster || typeof doc.location !== "string") continue;
    const location = locationKey(doc.location);
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1]?.toLowerCase();
    if (sub === void 0 || !isLocationName(location)) continue;
    let subs = byLocation.get(location);
    if (subs === void 0) byLocation.set(location, subs = /* @__PURE__ */ new Set());
    subs.add(sub);
  }
  const registered = (sub) => Object.entries(providers[sub] ?? {}).some(
    ([ns, state]) => ns.toLowerCase() === "microsoft.containerservice" && state.toLowerCase() === "registered"
  );
  return [...byLocation.keys()].sort().map((location) => {
    const subs = [...byLocation.get(location)].sort();
    return { location, subscriptionId: subs.find(registered) ?? subs[0] };
  });
}
function recoveryPointReads(resources2, mode, now) {
  const instances = resources2.filter((doc) => typeKey(doc.type) === RESOURCE_TYPES.backupInstance);
  if (mode === "all") return { read: instances.map((doc) => doc.id), unread: [] };
  if (mode === "none") return { read: [], unread: sortIds(instances.map((doc) => doc.id)) };
  const wanted = /* @__PURE__ */ new Set([
    RESOURCE_TYPES.backupInstance,
    RESOURCE_TYPES.backupPolicy,
    RESOURCE_TYPES.backupJob
  ]);
  const estate = buildEstate({
    schemaVersion: ESTATE_SCHEMA_VERSION,
    capturedAt: now.toISOString(),
    resources: resources2.filter((doc) => wanted.has(typeKey(doc.type))),
    providers: {}
  });
  const read = [];
  const unread = [];
  for (const doc of instances) {
    const instance = estate.instance(doc.id);
    const policy = instance?.policyId ? estate.policy(instance.policyId) : void 0;
    const seconds = policy ? backupSchedule(policy)?.interval.every?.seconds : void 0;
    const fresh = seconds !== void 0 && estate.jobsOf(doc.id).some(
      (job) => job.outcome === "succeeded" && job.operationCategory?.toLowerCase() === "backup" && job.startMs !== void 0 && job.startMs <= now.getTime() && now.getTime() - job.startMs <= seconds * 1e3
    );
    (fresh ? unread : read).push(doc.id);
  }
  return { read, unread: sortIds(unread) };
}
function sortIds(ids) {
  return ids.sort((a, b) => byCodeUnit(a.toLowerCase(), b.toLowerCase()));
}
function sortById(resources2) {
  const keyed = resources2.map((doc) => [doc.id.toLowerCase(), doc]);
  keyed.sort((a, b) => byCodeUnit(a[0], b[0]));
  return keyed.map(([, doc]) => doc);
}
function projectSnapshot(snapshot, options = {}) {
  const ctx = familyContext(options, new Date(snapshot.capturedAt));
  const wantedClusters = options.clusterIds && new Set(options.clusterIds.map((id) => id.toLowerCase()));
  const inScope = (id) => {
    if (options.subscriptions === void 0) return true;
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
    return sub === void 0 || options.subscriptions.some((s) => s.toLowerCase() === sub);
  };
  const fromGraph = snapshot.resources.flatMap((doc) => {
    const family = familyOf(doc, RESOURCE_FAMILIES);
    if (family === void 0 || !inScope(doc.id)) return [];
    if (family.filter && !family.filter.matches(doc, ctx)) return [];
    if (wantedClusters && family.key === "managedClusters" && !wantedClusters.has(doc.id.toLowerCase()))
      return [];
    return [projectDocument(doc, family)];
  });
  const clusters = new Set(fromGraph.map((doc) => doc.id.toLowerCase()));
  const points = recoveryPointReads(
    fromGraph,
    options.recoveryPoints ?? "all",
    new Date(snapshot.capturedAt)
  );
  const listedInstances = new Set(points.read.map((id) => id.toLowerCase()));
  const childOf = (parents, doc, kind) => doc.type.toLowerCase() === kind && parents.has(doc.id.toLowerCase().slice(0, doc.id.lastIndexOf("/", doc.id.lastIndexOf("/") - 1)));
  const fromArm = snapshot.resources.filter(
    (doc) => (options.bindings ?? "all") === "all" && childOf(clusters, doc, "microsoft.containerservice/managedclusters/trustedaccessrolebindings") || childOf(listedInstances, doc, "microsoft.dataprotection/backupvaults/backupinstances/recoverypoints")
  );
  const versions = {};
  if ((options.kubernetesVersions ?? "all") === "all" && snapshot.kubernetesVersions) {
    for (const { location } of versionRequests(fromGraph, snapshot.providers)) {
      const answer = snapshot.kubernetesVersions[location];
      if (answer !== void 0) versions[location] = answer;
    }
  }
  const vaultCounts = vaultCountsOfDocuments(snapshot.resources.filter((doc) => inScope(doc.id)));
  for (const [vault, count] of Object.entries(snapshot.vaultCounts ?? {})) {
    if (!inScope(vault)) continue;
    const seen = vaultCounts[vault];
    vaultCounts[vault] = {
      policies: Math.max(seen?.policies ?? 0, count.policies),
      instances: Math.max(seen?.instances ?? 0, count.instances)
    };
  }
  const {
    kubernetesVersions: _versions,
    unreadRecoveryPoints: _unread,
    vaultCounts: _counts,
    ...rest
  } = snapshot;
  return {
    ...rest,
    resources: sortById([...fromGraph, ...fromArm]),
    ...Object.keys(versions).length > 0 ? { kubernetesVersions: versions } : {},
    ...points.unread.length > 0 ? { unreadRecoveryPoints: points.unread } : {},
    ...Object.keys(vaultCounts).length > 0 ? { vaultCounts: sortKeys(vaultCounts) } : {}
  };
}
export {
  BACKUP_PROVIDER_NAMESPACES,
  familyContext,
  projectSnapshot,
  readEstate,
  recoveryPointReads,
  sortById,
  versionRequests
};
