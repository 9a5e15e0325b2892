import type { RuleSummary } from '../report/model.js';
import type { Catalogue } from './model.js';

/** The catalogue as the `rules` command reports it: what each rule checks, how severe, where it is documented. */
export function summariseCatalogue(catalogue: Catalogue): RuleSummary[] {
  return catalogue.rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    title: rule.title,
    severity: rule.severity,
    subject: rule.subject,
    origin: rule.origin,
    source: { ...rule.source },
    docs: rule.docsLink,
    assertion: rule.check !== undefined ? `check:${rule.check}` : 'assert',
    ...(rule.tags ? { tags: { ...rule.tags } } : {}),
  }));
}
