import type { DesiredState, Exemption } from '../config/model.js';
import type { Finding } from '../report/model.js';

export const EXEMPTION_RULE_ID = 'AKSB028';
/** An exemption this close to expiry is announced, so its owner renews or fixes it in time. */
export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * AKSB028: exemptions are valid. An expired or reason-less exemption is an error finding in its own
 * right (it no longer exempts anything); one expiring within 14 days is a warning. Pure: `now` is passed.
 */
export function checkExemptions(state: DesiredState, now: Date): Finding[] {
  return state.exemptions.flatMap((exemption) => checkOne(exemption, now));
}

/** Whether an exemption still applies at `now`: it has a reason and has not expired. */
export function isExemptionActive(exemption: Exemption, now: Date): boolean {
  return exemption.reason.trim() !== '' && now.getTime() < exemption.expiresAt.getTime();
}

function checkOne(exemption: Exemption, now: Date): Finding[] {
  const where = { file: exemption.source.file, line: exemption.source.line, column: exemption.source.column };
  const label = `exemption ${exemption.index + 1} (${exemption.rule})`;
  const finding = (severity: Finding['severity'], message: string): Finding => ({
    ruleId: EXEMPTION_RULE_ID,
    severity,
    message,
    ...where,
    exempted: false,
  });
  const findings: Finding[] = [];
  if (exemption.reason.trim() === '') {
    findings.push(
      finding('error', `${label} has no reason: say why the finding is accepted (a ticket reference helps)`),
    );
  }
  const msLeft = exemption.expiresAt.getTime() - now.getTime();
  if (msLeft <= 0) {
    findings.push(
      finding(
        'error',
        `${label} expired on ${exemption.expires}: fix the finding, or renew the exemption with a new date and reason`,
      ),
    );
  } else if (msLeft <= EXPIRY_WARNING_DAYS * DAY_MS) {
    const days = Math.ceil(msLeft / DAY_MS);
    findings.push(
      finding(
        'warning',
        `${label} expires on ${exemption.expires} (in ${days} day${days === 1 ? '' : 's'}): fix the finding or renew it`,
      ),
    );
  }
  return findings;
}
