import { parentKey } from '../arm-id.js';
import type { BackupRuleView, PolicyView, RetentionLifecycleView, RetentionRuleView } from '../model.js';
import { asBoolean, asStrings, field, path, stringAt, type JsonObject } from '../read-fields.js';
import { parseRepeatingInterval, type RepeatingInterval } from '../schedule.js';
import type { ArmResource } from '../snapshot.js';
import { parseIsoDuration, type DurationValue } from '../time.js';
import { baseView, objectsOf, propertiesOf } from './base.js';

/**
 * A backup policy (BackupPolicy; AZURE-FACTS.md §4.5). Rules are told apart by `objectType`
 * (`AzureBackupRule` / `AzureRetentionRule`), or, if that is missing, by having a `trigger` or `lifecycles`.
 * The service reorders keys and rule order on GET, so nothing here depends on order.
 */
export function policyView(raw: ArmResource): PolicyView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const rules = objectsOf(field(properties, 'policyRules'));
  const backupRules = rules.filter((rule) => ruleKind(rule) === 'backup').map(backupRuleView);
  const retentionRules = rules.filter((rule) => ruleKind(rule) === 'retention').map(retentionRuleView);
  const datasourceTypes = asStrings(field(properties, 'datasourceTypes'));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    vaultKey: parentKey(base.key, 'backuppolicies'),
    datasourceTypes,
    isKubernetes: datasourceTypes.some((type) => type.toLowerCase().endsWith('/managedclusters')),
    backupRules,
    retentionRules,
    retentionByDataStore: longestRetention(retentionRules),
  };
}

/**
 * The policy's schedule: its first backup rule with a repeating interval, and that interval. AKS policies
 * have one (AZURE-FACTS.md §4.5); what the plan compares, AKSB024 judges freshness by and the read uses to
 * skip recovery-point lists all take the same one.
 */
export function backupSchedule(
  policy: PolicyView,
): { rule: BackupRuleView; interval: RepeatingInterval } | undefined {
  const rule = policy.backupRules.find((r) => r.intervals.length > 0);
  const interval = rule?.intervals[0];
  return rule && interval ? { rule, interval } : undefined;
}

function ruleKind(rule: JsonObject): 'backup' | 'retention' | undefined {
  const objectType = stringAt(rule, 'objectType')?.toLowerCase();
  if (objectType === 'azurebackuprule') return 'backup';
  if (objectType === 'azureretentionrule') return 'retention';
  if (field(rule, 'trigger') !== undefined) return 'backup';
  if (field(rule, 'lifecycles') !== undefined) return 'retention';
  return undefined;
}

function backupRuleView(rule: JsonObject): BackupRuleView {
  const schedule = path(rule, 'trigger', 'schedule');
  return {
    name: stringAt(rule, 'name'),
    dataStoreType: stringAt(rule, 'dataStore', 'dataStoreType'),
    intervals: asStrings(field(schedule, 'repeatingTimeIntervals')).map(parseRepeatingInterval),
    timeZone: stringAt(schedule, 'timeZone'),
  };
}

function retentionRuleView(rule: JsonObject): RetentionRuleView {
  return {
    name: stringAt(rule, 'name'),
    isDefault: asBoolean(field(rule, 'isDefault')) ?? false,
    lifecycles: objectsOf(field(rule, 'lifecycles')).map(lifecycleView),
  };
}

function lifecycleView(lifecycle: JsonObject): RetentionLifecycleView {
  const duration = stringAt(lifecycle, 'deleteAfter', 'duration');
  return {
    sourceDataStore: stringAt(lifecycle, 'sourceDataStore', 'dataStoreType'),
    deleteAfter: duration === undefined ? undefined : (parseIsoDuration(duration) ?? { text: duration }),
    copyTo: objectsOf(field(lifecycle, 'targetDataStoreCopySettings'))
      .map((copy) => stringAt(copy, 'dataStore', 'dataStoreType'))
      .filter((store): store is string => store !== undefined),
  };
}

/** A known length beats an unknown one (`P1M`); between two unknowns the first stays. */
function longestRetention(rules: readonly RetentionRuleView[]): Record<string, DurationValue> {
  const longest = new Map<string, DurationValue>();
  for (const lifecycle of rules.flatMap((rule) => rule.lifecycles)) {
    const store = lifecycle.sourceDataStore;
    const duration = lifecycle.deleteAfter;
    if (store === undefined || duration === undefined) continue;
    const current = longest.get(store);
    const longer =
      duration.seconds !== undefined &&
      (current?.seconds === undefined || duration.seconds > current.seconds);
    if (current === undefined || longer) longest.set(store, duration);
  }
  return Object.fromEntries(longest);
}
