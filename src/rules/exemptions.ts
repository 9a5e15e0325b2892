import type { Exemption } from '../config/model.js';
import { matchesSelector } from './selector.js';
import type { Subject } from './subjects.js';

/** Whether an exemption still applies at `now`: it has a reason and has not expired. */
export function isExemptionActive(exemption: Exemption, now: Date): boolean {
  return exemption.reason.trim() !== '' && now.getTime() < exemption.expiresAt.getTime();
}

/** Active exemptions by lower-cased rule id. Expired and reason-less ones are left out: they exempt nothing. */
export type ExemptionIndex = ReadonlyMap<string, readonly Exemption[]>;

export function indexExemptions(exemptions: readonly Exemption[], now: Date): ExemptionIndex {
  const index = new Map<string, Exemption[]>();
  for (const exemption of exemptions) {
    if (!isExemptionActive(exemption, now)) continue;
    const key = exemption.rule.toLowerCase();
    const list = index.get(key) ?? [];
    list.push(exemption);
    index.set(key, list);
  }
  return index;
}

/**
 * The first active exemption of `ruleId` that covers the subject. `clusters:` names or ids must name the
 * subject's cluster; `match:` must match its scope; with both, both must hold (the narrower reading);
 * with neither, the exemption covers every subject of the rule. Exemption entries themselves (AKSB028)
 * are never exempted: an exemption cannot excuse itself.
 */
export function exemptionFor(ruleId: string, subject: Subject, index: ExemptionIndex): Exemption | undefined {
  if (subject.kind === 'exemption') return undefined;
  const candidates = index.get(ruleId.toLowerCase());
  if (!candidates) return undefined;
  return candidates.find((exemption) => covers(exemption, subject));
}

function covers(exemption: Exemption, subject: Subject): boolean {
  if (exemption.clusters) {
    const name = subject.cluster?.toLowerCase();
    const id = subject.clusterId?.toLowerCase();
    if (!exemption.clusters.some((ref) => ref === name || ref === id)) return false;
  }
  if (exemption.selector && !matchesSelector(exemption.selector, subject.scope)) return false;
  return true;
}
