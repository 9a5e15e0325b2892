import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleDescriptor } from '../report/sarif.js';
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

/**
 * What SARIF says about each rule: its title, severity and docs link, and as help the doc page's
 * synopsis, description and recommendation (GitHub shows `help.markdown`, not `helpUri`). The page is read
 * from beside the rule file; a rule whose docs are a URL gets the title and the link.
 */
export function ruleDescriptors(catalogue: Catalogue): RuleDescriptor[] {
  return catalogue.rules.map((rule) => {
    const help = /^https:\/\//.test(rule.docs) ? undefined : readHelp(rule.file, rule.docs);
    return {
      id: rule.id,
      name: rule.name,
      title: rule.title,
      severity: rule.severity,
      docs: rule.docsLink,
      ...(help ? { help } : {}),
    };
  });
}

function readHelp(ruleFile: string, docs: string): string | undefined {
  const candidates = [join(dirname(ruleFile), docs), join(dirname(dirname(ruleFile)), docs)];
  const page = candidates.find((path) => existsSync(path));
  if (!page) return undefined;
  const text = readFileSync(page, 'utf8');
  // The examples are for the docs site; the alert needs what and why.
  const cut = text.search(/^## Examples/m);
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}
