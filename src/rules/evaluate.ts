import type { Finding } from '../report/model.js';
import { exemptionFor, indexExemptions } from './exemptions.js';
import type { Catalogue, EvaluationContext } from './model.js';
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
  let ruleIds = idSets.get(catalogue);
  if (!ruleIds) idSets.set(catalogue, (ruleIds = new Set(catalogue.rules.map((r) => r.id))));
  const ctx: EvaluationContext = context.ruleIds ? context : { ...context, ruleIds };
  const exemptions = indexExemptions(context.exemptions ?? [], context.now);
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const rules = catalogue.bySubject.get(subject.kind);
    if (!rules) continue;
    for (const rule of rules) {
      const failures = rule.run(subject, ctx);
      for (const failure of failures) {
        const resourceId =
          failure.resourceId ?? (rule.resource ? readPath(subject, rule.resource) : subject.resourceId);
        const exemption = exemptionFor(rule.id, subject, exemptions);
        const where = subject.declaredAt;
        findings.push({
          ruleId: rule.id,
          severity: failure.severity ?? rule.severity,
          message: rule.render(failure, subject, ctx),
          ...(typeof resourceId === 'string' ? { resourceId } : {}),
          ...(subject.cluster !== undefined ? { cluster: subject.cluster } : {}),
          ...(where ? { file: where.file, line: where.line, column: where.column } : {}),
          exempted: exemption !== undefined,
          ...(exemption ? { exemption: { reason: exemption.reason, expires: exemption.expires } } : {}),
          docs: rule.docsLink,
        });
      }
    }
  }
  return findings;
}
