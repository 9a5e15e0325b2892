import type { ExemptionSubject } from '../subjects.js';
import { suggest } from '../../util/suggest.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';
import type { RuleFailure } from '../model.js';

const DAY_MS = 86_400_000;

/**
 * AKSB028. An expired or reason-less exemption exempts nothing, and says so as an error; one that expires
 * within `warnDays` (default 14) is a warning, so its owner renews or fixes it in time (PSRule's
 * "expiring" bucket, microsoft/PSRule#1335). An exemption naming a rule the catalogue does not have
 * exempts nothing either: usually a typo.
 */
export const exemptionValidity: CheckDefinition = {
  name: 'exemption-validity',
  description: 'an exemption has a reason, names a known rule, and has not expired',
  subjects: ['exemption'],
  codes: ['no-reason', 'expired', 'expiring', 'unknown-rule'],
  params: {
    type: 'object',
    additionalProperties: false,
    properties: { warnDays: { type: 'integer', minimum: 1, maximum: 365 } },
  },
  matrixPaths: () => [],
  run(subject, { now, ruleIds }, params) {
    const s = subject as ExemptionSubject;
    const warnDays = typeof params.warnDays === 'number' ? params.warnDays : 14;
    const label = `exemption ${s.number} (${s.rule})`;
    const failures: RuleFailure[] = [];
    if (s.reason.trim() === '') failures.push({ code: 'no-reason', values: { label } });
    if (ruleIds && ![...ruleIds].some((id) => id.toLowerCase() === s.rule.toLowerCase())) {
      const guess = suggest(s.rule, ruleIds);
      failures.push({
        code: 'unknown-rule',
        values: { label, hint: guess ? ` (did you mean ${guess}?)` : '' },
      });
    }
    const msLeft = Date.parse(s.expiresAt) - now.getTime();
    if (msLeft <= 0) {
      failures.push({ code: 'expired', values: { label } });
    } else if (msLeft <= warnDays * DAY_MS) {
      const days = Math.ceil(msLeft / DAY_MS);
      failures.push({
        code: 'expiring',
        severity: 'warning',
        values: { label, inDays: `${days} day${days === 1 ? '' : 's'}` },
      });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  },
};
