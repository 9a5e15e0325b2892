import type { Finding } from '../report/model.js';
import { exemptionFor, indexExemptions, type ExemptionIndex } from './exemptions.js';
import type { Catalogue, CompiledRule, EvaluationContext, RuleFailure } from './model.js';
import type { Subject } from './subjects.js';
import { readPath } from './template.js';

const idSets = new WeakMap<Catalogue, ReadonlySet<string>>();

/**
 * Runs every rule of the catalogue over every subject of its kind. Pure: no I/O and no clock (`now` is in
 * the context), so the same inputs always give the same findings, in subject order then rule order.
 * Exempted findings stay in the result, marked, with the exemption's reason and expiry.
 */
export function evaluate(
  catalogue: Catalogue,
  subjects: Iterable<Subject>,
  context: EvaluationContext,
): Finding[] {
  const ctx = withRuleIds(catalogue, context);
  const exemptions = indexExemptions(context.exemptions ?? [], context.now);
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const rules = catalogue.bySubject.get(subject.kind);
    if (!rules) continue;
    for (const rule of rules) {
      const failures = rule.run(subject, ctx);
      // Indexed: nearly every run returns the shared empty list, and this loop runs for every subject × rule.
      for (let i = 0; i < failures.length; i++) {
        findings.push(findingOf(rule, failures[i]!, subject, ctx, exemptions));
      }
    }
  }
  return findings;
}

/** The context with the catalogue's rule ids (AKSB028 flags exemptions of unknown rules), unless given. */
function withRuleIds(catalogue: Catalogue, context: EvaluationContext): EvaluationContext {
  if (context.ruleIds) return context;
  let ruleIds = idSets.get(catalogue);
  if (!ruleIds) idSets.set(catalogue, (ruleIds = new Set(catalogue.rules.map((r) => r.id))));
  return { ...context, ruleIds };
}

/**
 * One finding. Its keys are added in the order reports print them (JSON keeps insertion order), and only
 * those that apply, without a throwaway object per optional key.
 */
function findingOf(
  rule: CompiledRule,
  failure: RuleFailure,
  subject: Subject,
  context: EvaluationContext,
  exemptions: ExemptionIndex,
): Finding {
  const finding = {
    ruleId: rule.id,
    severity: failure.severity ?? rule.severity,
    message: rule.render(failure, subject, context),
  } as Finding;
  const resourceId =
    failure.resourceId ?? (rule.resource ? readPath(subject, rule.resource) : subject.resourceId);
  if (typeof resourceId === 'string') finding.resourceId = resourceId;
  if (subject.cluster !== undefined) finding.cluster = subject.cluster;
  const where = subject.declaredAt;
  if (where) {
    finding.file = where.file;
    finding.line = where.line;
    finding.column = where.column;
  }
  const exemption = exemptionFor(rule.id, subject, exemptions);
  finding.exempted = exemption !== undefined;
  if (exemption) finding.exemption = { reason: exemption.reason, expires: exemption.expires };
  finding.docs = rule.docsLink;
  return finding;
}
