import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  RESOURCE_TYPES,
  asArray,
  asBoolean,
  asErrorSummary,
  asNumber,
  asString,
  asStringMap,
  asStrings,
  baseView,
  field,
  idKey,
  idParts,
  identityView,
  jobView,
  lastSegment,
  locationKey,
  normaliseId,
  objectsOf,
  parentKey,
  parseInstant,
  parseIsoDuration,
  path,
  propertiesOf,
  sharedList,
  sharedString,
  stringAt,
  typeKey
} from "./chunk-7EMEIYIE.js";

// src/estate/schedule.ts
function parseRepeatingInterval(text) {
  const parts = text.trim().split("/");
  const interval = { text };
  const head = parts[0]?.toUpperCase() ?? "";
  if (!/^R\d*$/.test(head) || parts.length < 2 || parts.length > 3) return interval;
  if (head.length > 1) interval.repetitions = Number(head.slice(1));
  const period = parts.at(-1) ?? "";
  const every = parseIsoDuration(period);
  if (every) interval.every = every;
  if (parts.length === 3) {
    const start = parts[1] ?? "";
    interval.start = start;
    const startMs = parseInstant(start);
    if (startMs !== void 0) interval.startMs = startMs;
  }
  return interval;
}

// src/estate/views/policy.ts
function policyView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const rules = objectsOf(field(properties, "policyRules"));
  const backupRules = rules.filter((rule) => ruleKind(rule) === "backup").map(backupRuleView);
  const retentionRules = rules.filter((rule) => ruleKind(rule) === "retention").map(retentionRuleView);
  const datasourceTypes = asStrings(field(properties, "datasourceTypes"));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    vaultKey: parentKey(base.key, "backuppolicies"),
    datasourceTypes,
    isKubernetes: datasourceTypes.some((type) => type.toLowerCase().endsWith("/managedclusters")),
    backupRules,
    retentionRules,
    retentionByDataStore: longestRetention(retentionRules)
  };
}
function backupSchedule(policy) {
  const rule = policy.backupRules.find((r) => r.intervals.length > 0);
  const interval = rule?.intervals[0];
  return rule && interval ? { rule, interval } : void 0;
}
function ruleKind(rule) {
  const objectType = stringAt(rule, "objectType")?.toLowerCase();
  if (objectType === "azurebackuprule") return "backup";
  if (objectType === "azureretentionrule") return "retention";
  if (field(rule, "trigger") !== void 0) return "backup";
  if (field(rule, "lifecycles") !== void 0) return "retention";
  return void 0;
}
function backupRuleView(rule) {
  const schedule = path(rule, "trigger", "schedule");
  return {
    name: stringAt(rule, "name"),
    dataStoreType: stringAt(rule, "dataStore", "dataStoreType"),
    intervals: asStrings(field(schedule, "repeatingTimeIntervals")).map(parseRepeatingInterval),
    timeZone: stringAt(schedule, "timeZone")
  };
}
function retentionRuleView(rule) {
  return {
    name: stringAt(rule, "name"),
    isDefault: asBoolean(field(rule, "isDefault")) ?? false,
    lifecycles: objectsOf(field(rule, "lifecycles")).map(lifecycleView)
  };
}
function lifecycleView(lifecycle) {
  const duration = stringAt(lifecycle, "deleteAfter", "duration");
  return {
    sourceDataStore: stringAt(lifecycle, "sourceDataStore", "dataStoreType"),
    deleteAfter: duration === void 0 ? void 0 : parseIsoDuration(duration) ?? { text: duration },
    copyTo: objectsOf(field(lifecycle, "targetDataStoreCopySettings")).map((copy) => stringAt(copy, "dataStore", "dataStoreType")).filter((store) => store !== void 0)
  };
}
function longestRetention(rules) {
  const longest = /* @__PURE__ */ new Map();
  for (const lifecycle of rules.flatMap((rule) => rule.lifecycles)) {
    const store = lifecycle.sourceDataStore;
    const duration = lifecycle.deleteAfter;
    if (store === void 0 || duration === void 0) continue;
    const current = longest.get(store);
    const longer = duration.seconds !== void 0 && (current?.seconds === void 0 || duration.seconds > current.seconds);
    if (current === void 0 || longer) longest.set(store, duration);
  }
  return Object.fromEntries(longest);
}

// src/estate/views/backup-instance.ts
function backupInstanceView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const source = field(properties, "dataSourceInfo") ?? field(properties, "dataSourceSetInfo");
  const clusterId = datasourceId(field(properties, "dataSourceInfo")) ?? datasourceId(field(properties, "dataSourceSetInfo"));
  const datasourceType = stringAt(source, "datasourceType") ?? stringAt(source, "resourceType");
  const policyId = stringAt(properties, "policyInfo", "policyId");
  const policyKey = policyId === void 0 ? void 0 : idKey(policyId);
  const parameters = path(properties, "policyInfo", "policyParameters");
  const snapshotResourceGroupId = operationalStoreResourceGroup(field(parameters, "dataStoreParametersList"));
  const kubernetesParameters = objectsOf(field(parameters, "backupDatasourceParametersList")).find(
    (item) => stringAt(item, "objectType")?.toLowerCase() === "kubernetesclusterbackupdatasourceparameters"
  );
  const clusterKey = clusterId === void 0 ? void 0 : idKey(clusterId);
  const identityDetails = field(properties, "identityDetails");
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    tags: asStringMap(field(raw, "tags")),
    vaultKey: vaultKeyOf(base.key) ?? (policyKey === void 0 ? void 0 : parentKey(policyKey, "backuppolicies")),
    clusterId,
    clusterKey,
    datasourceType,
    isKubernetes: (datasourceType?.toLowerCase().endsWith("/managedclusters") ?? false) || (clusterKey?.includes("/providers/microsoft.containerservice/managedclusters/") ?? false),
    datasourceLocation: stringAt(source, "resourceLocation"),
    friendlyName: stringAt(properties, "friendlyName"),
    policyId,
    policyKey,
    snapshotResourceGroupId,
    snapshotResourceGroupKey: snapshotResourceGroupId === void 0 ? void 0 : idKey(snapshotResourceGroupId),
    backup: backupSettings(kubernetesParameters),
    protectionState: stringAt(properties, "currentProtectionState"),
    protectionStatus: stringAt(properties, "protectionStatus", "status"),
    provisioningState: stringAt(properties, "provisioningState"),
    errors: distinctErrors([
      field(properties, "protectionErrorDetails"),
      path(properties, "protectionStatus", "errorDetails")
    ]),
    usesSystemAssignedIdentity: asBoolean(field(identityDetails, "useSystemAssignedIdentity")) ?? true,
    userAssignedIdentityId: stringAt(identityDetails, "userAssignedIdentityArmUrl")
  };
}
function distinctErrors(candidates) {
  const seen = /* @__PURE__ */ new Set();
  const errors = [];
  for (const error of candidates.map(asErrorSummary)) {
    if (error === void 0) continue;
    const key = `${error.code ?? ""}
${error.message ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}
function datasourceId(info) {
  const id = stringAt(info, "resourceID") ?? stringAt(info, "resourceUri");
  return id === void 0 ? void 0 : normaliseId(id);
}
function vaultKeyOf(instanceKey) {
  const parent = parentKey(instanceKey, "backupinstances");
  if (parent === void 0) return void 0;
  const last = parent.lastIndexOf("/");
  const before = parent.lastIndexOf("/", last - 1);
  return last - before - 1 === "backupvaults".length && parent.startsWith("backupvaults", before + 1) ? parent : void 0;
}
function operationalStoreResourceGroup(list) {
  const stores = objectsOf(list);
  const operational = stores.find((store) => stringAt(store, "dataStoreType")?.toLowerCase() === "operationalstore") ?? stores.find((store) => stringAt(store, "resourceGroupId") !== void 0);
  const id = stringAt(operational, "resourceGroupId");
  return id === void 0 ? void 0 : normaliseId(id);
}
function backupSettings(parameters) {
  const included = asStrings(field(parameters, "includedNamespaces"));
  return {
    includedNamespaces: included.length > 0 ? included : void 0,
    excludedNamespaces: asStrings(field(parameters, "excludedNamespaces")),
    includedResourceTypes: asStrings(field(parameters, "includedResourceTypes")),
    excludedResourceTypes: asStrings(field(parameters, "excludedResourceTypes")),
    labelSelectors: asStrings(field(parameters, "labelSelectors")),
    includedVolumeTypes: asStrings(field(parameters, "includedVolumeTypes")),
    snapshotVolumes: asBoolean(field(parameters, "snapshotVolumes")),
    includeClusterScopeResources: asBoolean(field(parameters, "includeClusterScopeResources")),
    backupHookReferences: objectsOf(field(parameters, "backupHookReferences")).map((hook) => ({
      name: stringAt(hook, "name"),
      namespace: stringAt(hook, "namespace")
    }))
  };
}

// src/estate/views/kubernetes-versions.ts
function aksVersionsView(location, answer) {
  const where = locationKey(location);
  if ("values" in answer && Array.isArray(answer.values)) {
    return { location: where, versions: objectsOf(answer.values).flatMap(versionView) };
  }
  const status = asNumber(field(answer, "status"));
  const code = stringAt(answer, "error", "code");
  const message = stringAt(answer, "error", "message");
  return {
    location: where,
    unavailable: [`HTTP ${status ?? "?"}`, code].filter(Boolean).join(" ") + (message ? `: ${message}` : "")
  };
}
function versionView(entry) {
  const version = stringAt(entry, "version");
  if (version === void 0) return [];
  return [
    {
      version,
      isPreview: asBoolean(field(entry, "isPreview")) ?? false,
      supportPlans: asStrings(path(entry, "capabilities", "supportPlan"))
    }
  ];
}

// src/estate/views/binding.ts
function bindingView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const source = stringAt(properties, "sourceResourceId");
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    clusterKey: parentKey(base.key, "trustedaccessrolebindings"),
    sourceResourceId: source === void 0 ? void 0 : normaliseId(source),
    sourceKey: source === void 0 ? void 0 : idKey(source),
    roles: asStrings(field(properties, "roles")),
    provisioningState: stringAt(properties, "provisioningState")
  };
}

// src/estate/views/cluster.ts
function clusterView(raw) {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const identity = identityView(raw);
  const storage = field(properties, "storageProfile");
  const location = asString(field(raw, "location"));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === void 0 ? void 0 : locationKey(location),
    tags: asStringMap(field(raw, "tags")),
    powerState: stringAt(properties, "powerState", "code"),
    provisioningState: stringAt(properties, "provisioningState"),
    kubernetesVersion: stringAt(properties, "currentKubernetesVersion") ?? stringAt(properties, "kubernetesVersion"),
    identity,
    principalId: identity.principalId ?? identity.userAssignedPrincipalIds[0],
    servicePrincipalClientId: stringAt(properties, "servicePrincipalProfile", "clientId"),
    diskCsiDriverEnabled: enabledByDefault(path(storage, "diskCSIDriver", "enabled")),
    snapshotControllerEnabled: enabledByDefault(path(storage, "snapshotController", "enabled")),
    fileCsiDriverEnabled: enabledByDefault(path(storage, "fileCSIDriver", "enabled")),
    agentPools: objectsOf(field(properties, "agentPoolProfiles")).map(agentPoolView),
    nodeResourceGroup: stringAt(properties, "nodeResourceGroup"),
    supportPlan: stringAt(properties, "supportPlan")
  };
}
function enabledByDefault(value) {
  return asBoolean(value) ?? true;
}
function agentPoolView(pool) {
  return {
    name: stringAt(pool, "name"),
    osType: stringAt(pool, "osType"),
    osSku: stringAt(pool, "osSKU"),
    mode: stringAt(pool, "mode"),
    vmSize: stringAt(pool, "vmSize")
  };
}

// src/estate/views/extension.ts
var BACKUP_EXTENSION_TYPE = "microsoft.dataprotection.kubernetes";
function extensionView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const extensionType = stringAt(properties, "extensionType");
  const extensionTypeKey = extensionType?.trim().toLowerCase();
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    clusterKey: parentKey(base.key, "providers/microsoft.kubernetesconfiguration/extensions"),
    extensionType,
    extensionTypeKey,
    isBackupExtension: extensionTypeKey === BACKUP_EXTENSION_TYPE,
    provisioningState: stringAt(properties, "provisioningState"),
    principalId: stringAt(properties, "aksAssignedIdentity", "principalId"),
    configurationSettings: asStringMap(field(properties, "configurationSettings")),
    releaseTrain: stringAt(properties, "releaseTrain"),
    version: stringAt(properties, "version"),
    currentVersion: stringAt(properties, "currentVersion"),
    autoUpgradeMinorVersion: asBoolean(field(properties, "autoUpgradeMinorVersion"))
  };
}

// src/estate/views/recovery-point.ts
function recoveryPointView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const time = stringAt(properties, "recoveryPointTime");
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    instanceKey: parentKey(base.key, "recoverypoints"),
    // The name is the recovery point id (§4.9); restore requests carry it.
    recoveryPointId: asString(field(properties, "recoveryPointId")) ?? base.name,
    time,
    timeMs: parseInstant(time),
    state: sharedString(stringAt(properties, "recoveryPointState")),
    type: sharedString(stringAt(properties, "recoveryPointType")),
    policyName: sharedString(stringAt(properties, "policyName")),
    retentionTagName: sharedString(stringAt(properties, "retentionTagName")),
    expiryTime: stringAt(properties, "expiryTime"),
    dataStoreTypes: dataStoreTypes(field(properties, "recoveryPointDataStoresDetails"))
  };
}
function dataStoreTypes(details) {
  const types = [];
  for (const item of asArray(details)) {
    const type = stringAt(item, "type");
    if (type !== void 0) types.push(type);
  }
  return sharedList(types);
}

// src/estate/views/role-assignment.ts
function roleAssignmentView(raw) {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const scope = stringAt(properties, "scope") ?? scopeFromId(base.key, base.id);
  const roleDefinitionId = sharedString(stringAt(properties, "roleDefinitionId"));
  const principalId = stringAt(properties, "principalId");
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    scope: scope === void 0 ? void 0 : normaliseId(scope),
    scopeKey: scope === void 0 ? void 0 : idKey(scope),
    roleDefinitionId,
    roleDefinitionGuid: roleDefinitionId === void 0 ? void 0 : sharedString(lastSegment(roleDefinitionId).toLowerCase()),
    principalId,
    principalKey: principalId?.trim().toLowerCase(),
    principalType: sharedString(stringAt(properties, "principalType"))
  };
}
function scopeFromId(key, id) {
  const marker = "/providers/microsoft.authorization/roleassignments/";
  if (key.startsWith(marker)) return "/";
  const parent = parentKey(key, "providers/microsoft.authorization/roleassignments");
  return parent === void 0 ? void 0 : id.slice(0, parent.length);
}

// src/estate/views/storage-account.ts
function storageAccountView(raw) {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const location = asString(field(raw, "location"));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === void 0 ? void 0 : locationKey(location),
    kind: stringAt(raw, "kind"),
    skuName: stringAt(raw, "sku", "name"),
    skuTier: stringAt(raw, "sku", "tier"),
    blobEndpoint: stringAt(properties, "primaryEndpoints", "blob"),
    publicNetworkAccess: stringAt(properties, "publicNetworkAccess"),
    allowCrossTenantReplication: asBoolean(field(properties, "allowCrossTenantReplication"))
  };
}

// src/estate/views/vault.ts
function vaultView(raw) {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const identity = identityView(raw);
  const security = field(properties, "securitySettings");
  const location = asString(field(raw, "location"));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === void 0 ? void 0 : locationKey(location),
    tags: asStringMap(field(raw, "tags")),
    identity,
    principalId: identity.principalId,
    provisioningState: stringAt(properties, "provisioningState"),
    softDeleteState: stringAt(security, "softDeleteSettings", "state"),
    softDeleteRetentionDays: asNumber(path(security, "softDeleteSettings", "retentionDurationInDays")),
    immutabilityState: stringAt(security, "immutabilitySettings", "state"),
    storageSettings: objectsOf(field(properties, "storageSettings")).map((setting) => ({
      datastoreType: stringAt(setting, "datastoreType"),
      type: stringAt(setting, "type")
    })),
    crossRegionRestoreState: stringAt(properties, "featureSettings", "crossRegionRestoreSettings", "state"),
    crossSubscriptionRestoreState: stringAt(
      properties,
      "featureSettings",
      "crossSubscriptionRestoreSettings",
      "state"
    )
  };
}

// src/estate/build-estate.ts
function buildEstate(snapshot) {
  const builder = new EstateBuilder();
  for (const resource of snapshot.resources) builder.add(resource);
  return builder.finish(snapshot);
}
function compareKeys(a, b) {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
var NONE = Object.freeze([]);
function filed(list, view) {
  list.push(view);
  return view.key;
}
var MultiMap = class {
  map = /* @__PURE__ */ new Map();
  add(key, value) {
    if (key === void 0) return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  get(key) {
    return this.map.get(key) ?? NONE;
  }
};
var EstateBuilder = class {
  duplicateIds = [];
  clusters = [];
  vaults = [];
  policies = [];
  instances = [];
  recoveryPoints = [];
  jobs = [];
  extensions = [];
  bindings = [];
  roleAssignments = [];
  storageAccounts = [];
  others = [];
  instanceKeys = /* @__PURE__ */ new Map();
  /** Files the document under its type; returns the key it is filed under. */
  add(resource) {
    switch (typeKey(resource.type)) {
      case RESOURCE_TYPES.managedCluster:
        return filed(this.clusters, clusterView(resource));
      case RESOURCE_TYPES.backupVault:
        return filed(this.vaults, vaultView(resource));
      case RESOURCE_TYPES.backupPolicy:
        return filed(this.policies, policyView(resource));
      case RESOURCE_TYPES.backupInstance: {
        const instance = backupInstanceView(resource);
        this.instanceKeys.set(instance.key, instance.key);
        return filed(this.instances, instance);
      }
      case RESOURCE_TYPES.recoveryPoint:
        return filed(this.recoveryPoints, recoveryPointView(resource));
      case RESOURCE_TYPES.backupJob:
        return filed(this.jobs, this.withKnownInstanceKey(jobView(resource)));
      case RESOURCE_TYPES.extension:
        return filed(this.extensions, extensionView(resource));
      case RESOURCE_TYPES.trustedAccessBinding:
        return filed(this.bindings, bindingView(resource));
      case RESOURCE_TYPES.roleAssignment:
        return filed(this.roleAssignments, roleAssignmentView(resource));
      case RESOURCE_TYPES.storageAccount:
        return filed(this.storageAccounts, storageAccountView(resource));
      default:
        return filed(this.others, { id: resource.id, key: idKey(resource.id), resource });
    }
  }
  /**
   * A job names its instance by id, a fresh string per job: when the instance is already filed (a sorted
   * snapshot lists a vault's instances before its jobs) the job keeps the instance's own key instead, one
   * string for the instance and its jobs rather than one more per job.
   */
  withKnownInstanceKey(job) {
    const known = job.instanceKey === void 0 ? void 0 : this.instanceKeys.get(job.instanceKey);
    if (known !== void 0) job.instanceKey = known;
    return job;
  }
  finish(snapshot) {
    this.clusters = this.inKeyOrder(this.clusters);
    this.vaults = this.inKeyOrder(this.vaults);
    this.policies = this.inKeyOrder(this.policies);
    this.instances = this.inKeyOrder(this.instances);
    this.recoveryPoints = this.inKeyOrder(this.recoveryPoints);
    this.jobs = this.inKeyOrder(this.jobs);
    this.extensions = this.inKeyOrder(this.extensions);
    this.bindings = this.inKeyOrder(this.bindings);
    this.roleAssignments = this.inKeyOrder(this.roleAssignments);
    this.storageAccounts = this.inKeyOrder(this.storageAccounts);
    this.others = this.inKeyOrder(this.others);
    this.dropRoutedTwins();
    return new IndexedEstate(this, snapshot);
  }
  /**
   * Sorted by key (a snapshot written by export already is; live reads are not), so output never depends
   * on the order Azure listed things in. Repeats are then adjacent: the first
   * (sorting is stable) is kept — ARM ids are unique, so a repeat is a reader's mistake, listed in duplicateIds.
   */
  inKeyOrder(list) {
    let repeats = false;
    for (let index = 1; index < list.length; index++) {
      const order = compareKeys(list[index - 1], list[index]);
      if (order > 0) {
        list.sort(compareKeys);
        repeats = true;
        break;
      }
      if (order === 0) repeats = true;
    }
    if (!repeats) return list;
    const kept = [];
    for (const view of list) {
      if (kept.length > 0 && kept[kept.length - 1].key === view.key) this.duplicateIds.push(view.id);
      else kept.push(view);
    }
    return kept;
  }
  /**
   * An instance listed through its cluster (`<cluster>/providers/Microsoft.DataProtection/backupInstances/x`)
   * and through its vault is one instance; the vault form is kept, the other counted as a duplicate.
   */
  dropRoutedTwins() {
    const keys = new Set(this.instances.map((instance) => instance.key));
    this.instances = this.instances.filter((instance) => {
      const vaultForm = vaultFormKey(instance);
      if (vaultForm === void 0 || !keys.has(vaultForm)) return true;
      this.duplicateIds.push(instance.id);
      return false;
    });
  }
};
function vaultFormKey(instance) {
  if (instance.vaultKey === void 0 || instance.key.startsWith(`${instance.vaultKey}/`)) return void 0;
  return `${instance.vaultKey}/backupinstances/${instance.name.toLowerCase()}`;
}
function byKey(views) {
  return new Map(views.map((view) => [view.key, view]));
}
function newestFirst(time) {
  return (a, b) => {
    const x = time(a) ?? -Infinity;
    const y = time(b) ?? -Infinity;
    if (x !== y) return y - x;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}
var IndexedEstate = class {
  capturedAt;
  clusters;
  vaults;
  policies;
  instances;
  recoveryPoints;
  jobs;
  extensions;
  bindings;
  roleAssignments;
  storageAccounts;
  otherResources;
  providers;
  duplicateIds;
  clusterByKey;
  vaultByKey;
  policyByKey;
  instanceByKey;
  storageAccountByKey;
  /** Other spellings of an instance's id (vault form of a cluster-routed id) → its key. */
  instanceAliases = /* @__PURE__ */ new Map();
  instancesByCluster = new MultiMap();
  instancesByVault = new MultiMap();
  policiesByVault = new MultiMap();
  extensionsByCluster = new MultiMap();
  backupExtensionByCluster = /* @__PURE__ */ new Map();
  bindingsByCluster = new MultiMap();
  /** Cluster key → source (vault) key → binding. */
  bindingByClusterAndSource = /* @__PURE__ */ new Map();
  assignmentsByPrincipal = new MultiMap();
  /** Built on first use: plan asks by principal, and 27,000 scope keys would be hashed for nothing. */
  assignmentsByScope;
  /**
   * Principal → scope → assignments, for the principals asked about: a vault's identity holds roles on
   * every cluster it protects, and each binding asks which of them reach its twenty-odd scopes.
   */
  assignmentsByPrincipalAndScope = /* @__PURE__ */ new Map();
  pointsByInstance = new MultiMap();
  jobsByInstance = new MultiMap();
  providerStates = /* @__PURE__ */ new Map();
  aksVersionsByLocation = /* @__PURE__ */ new Map();
  /** Instance keys whose recovery points were not read; resolved like points' instance keys. */
  unreadPoints = /* @__PURE__ */ new Set();
  countsByVault = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  lastId = "";
  lastKey = "";
  constructor(built, snapshot) {
    const providers = snapshot.providers;
    this.capturedAt = snapshot.capturedAt;
    this.providers = providers;
    this.duplicateIds = built.duplicateIds;
    this.clusters = built.clusters;
    this.vaults = built.vaults;
    this.policies = built.policies;
    this.instances = built.instances;
    this.extensions = built.extensions;
    this.bindings = built.bindings;
    this.roleAssignments = built.roleAssignments;
    this.storageAccounts = built.storageAccounts;
    this.otherResources = built.others.map((other) => other.resource);
    this.recoveryPoints = built.recoveryPoints;
    this.jobs = built.jobs;
    this.clusterByKey = byKey(this.clusters);
    this.vaultByKey = byKey(this.vaults);
    this.policyByKey = byKey(this.policies);
    this.instanceByKey = byKey(this.instances);
    this.storageAccountByKey = byKey(this.storageAccounts);
    for (const instance of this.instances) {
      this.instancesByCluster.add(instance.clusterKey, instance);
      this.instancesByVault.add(instance.vaultKey, instance);
      const vaultForm = vaultFormKey(instance);
      if (vaultForm !== void 0) this.instanceAliases.set(vaultForm, instance.key);
    }
    for (const policy of this.policies) this.policiesByVault.add(policy.vaultKey, policy);
    for (const extension of this.extensions) {
      this.extensionsByCluster.add(extension.clusterKey, extension);
      if (extension.isBackupExtension && extension.clusterKey !== void 0) {
        if (!this.backupExtensionByCluster.has(extension.clusterKey)) {
          this.backupExtensionByCluster.set(extension.clusterKey, extension);
        }
      }
    }
    for (const binding of this.bindings) {
      this.bindingsByCluster.add(binding.clusterKey, binding);
      if (binding.clusterKey !== void 0 && binding.sourceKey !== void 0) {
        let bySource = this.bindingByClusterAndSource.get(binding.clusterKey);
        if (!bySource) this.bindingByClusterAndSource.set(binding.clusterKey, bySource = /* @__PURE__ */ new Map());
        if (!bySource.has(binding.sourceKey)) bySource.set(binding.sourceKey, binding);
      }
    }
    for (const assignment of this.roleAssignments) {
      this.assignmentsByPrincipal.add(assignment.principalKey, assignment);
    }
    for (const point of this.recoveryPoints) {
      this.pointsByInstance.add(this.resolveInstanceKey(point.instanceKey), point);
    }
    for (const job of this.jobs) this.jobsByInstance.add(this.resolveInstanceKey(job.instanceKey), job);
    for (const list of this.pointsByInstance.map.values()) list.sort(newestFirst((point) => point.timeMs));
    for (const list of this.jobsByInstance.map.values()) list.sort(newestFirst((job) => job.startMs));
    for (const [subscription, namespaces] of Object.entries(providers)) {
      const states = /* @__PURE__ */ new Map();
      for (const [namespace, state] of Object.entries(namespaces)) states.set(namespace.toLowerCase(), state);
      this.providerStates.set(subscription.toLowerCase(), states);
    }
    for (const [location, answer] of Object.entries(snapshot.kubernetesVersions ?? {})) {
      const view = aksVersionsView(location, answer);
      this.aksVersionsByLocation.set(view.location, view);
    }
    for (const id of snapshot.unreadRecoveryPoints ?? []) {
      this.unreadPoints.add(this.resolveInstanceKey(idKey(id)));
    }
    for (const [vault, count] of Object.entries(snapshot.vaultCounts ?? {})) {
      this.countsByVault.set(idKey(vault), count);
    }
  }
  /**
   * The key of an id, remembered: callers ask about the same ids many times (a cluster's id for its
   * extension, bindings, instances and roles), and a string seen before is one Map lookup on a hash V8
   * has already computed, where idKey would lower-case and hash it anew.
   */
  keyOf(id) {
    if (typeof id !== "string") return id.key;
    if (id === this.lastId) return this.lastKey;
    let key = this.keys.get(id);
    if (key === void 0) {
      key = idKey(id);
      this.keys.set(id, key);
    }
    this.lastId = id;
    this.lastKey = key;
    return key;
  }
  resolveInstanceKey(key) {
    if (key === void 0) return void 0;
    return this.instanceAliases.get(key) ?? key;
  }
  cluster(id) {
    return this.clusterByKey.get(this.keyOf(id));
  }
  vault(id) {
    return this.vaultByKey.get(this.keyOf(id));
  }
  policy(id) {
    return this.policyByKey.get(this.keyOf(id));
  }
  instance(id) {
    const key = this.keyOf(id);
    return this.instanceByKey.get(this.instanceAliases.get(key) ?? key);
  }
  storageAccount(id) {
    return this.storageAccountByKey.get(this.keyOf(id));
  }
  instancesOfCluster(clusterId) {
    return this.instancesByCluster.get(this.keyOf(clusterId));
  }
  instancesInVault(vaultId) {
    return this.instancesByVault.get(this.keyOf(vaultId));
  }
  policiesInVault(vaultId) {
    return this.policiesByVault.get(this.keyOf(vaultId));
  }
  backupExtension(clusterId) {
    return this.backupExtensionByCluster.get(this.keyOf(clusterId));
  }
  extensionsOfCluster(clusterId) {
    return this.extensionsByCluster.get(this.keyOf(clusterId));
  }
  bindingsOfCluster(clusterId) {
    return this.bindingsByCluster.get(this.keyOf(clusterId));
  }
  bindingFor(clusterId, vaultId) {
    return this.bindingByClusterAndSource.get(this.keyOf(clusterId))?.get(this.keyOf(vaultId));
  }
  roleAssignmentsOfPrincipal(principalId) {
    return this.assignmentsByPrincipal.get(principalId.trim().toLowerCase());
  }
  roleAssignmentsOfPrincipalByScope(principalId) {
    const principal = principalId.trim().toLowerCase();
    let byScope = this.assignmentsByPrincipalAndScope.get(principal);
    if (!byScope) {
      const built = new MultiMap();
      for (const assignment of this.assignmentsByPrincipal.get(principal))
        built.add(assignment.scopeKey, assignment);
      this.assignmentsByPrincipalAndScope.set(principal, byScope = built.map);
    }
    return byScope;
  }
  roleAssignmentsAtScope(scope) {
    if (!this.assignmentsByScope) {
      this.assignmentsByScope = new MultiMap();
      for (const assignment of this.roleAssignments)
        this.assignmentsByScope.add(assignment.scopeKey, assignment);
    }
    return this.assignmentsByScope.get(this.keyOf(scope));
  }
  recoveryPointsOf(instanceId) {
    return this.pointsByInstance.get(this.resolveInstanceKey(this.keyOf(instanceId)) ?? "");
  }
  latestRecoveryPoint(instanceId) {
    const newest = this.recoveryPointsOf(instanceId)[0];
    return newest?.timeMs === void 0 ? void 0 : newest;
  }
  jobsOf(instanceId) {
    return this.jobsByInstance.get(this.resolveInstanceKey(this.keyOf(instanceId)) ?? "");
  }
  providerState(subscriptionId, namespace) {
    return this.providerStates.get(subscriptionId.trim().toLowerCase())?.get(namespace.trim().toLowerCase());
  }
  aksVersions(location) {
    return this.aksVersionsByLocation.get(locationKey(location));
  }
  recoveryPointsRead(instanceId) {
    return !this.unreadPoints.has(this.resolveInstanceKey(this.keyOf(instanceId)) ?? "");
  }
  vaultCounts(vaultId) {
    return this.countsByVault.get(this.keyOf(vaultId));
  }
};

// src/util/order.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  backupSchedule,
  buildEstate,
  EstateBuilder,
  byCodeUnit
};
