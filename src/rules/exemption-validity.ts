import type { DesiredState } from '../config/model.js';
import type { Finding } from '../report/model.js';
import { builtInCatalogue } from './catalogue.js';
import { evaluate } from './evaluate.js';
import type { Catalogue } from './model.js';
import { exemptionSubjects } from './static-subjects.js';

export { isExemptionActive } from './exemptions.js';

export const EXEMPTION_RULE_ID = 'AKSB028';
/** An exemption this close to expiry is announced, so its owner renews or fixes it (AKSB028's `warnDays`). */
export const EXPIRY_WARNING_DAYS = 14;

/**
 * AKSB028 over the desired state's exemptions: expired or reason-less ones are errors (they no longer
 * exempt anything), ones expiring within 14 days warnings, ones naming an unknown rule errors. Runs the
 * rule through the engine (policies/rules/AKSB028.yaml, check `exemption-validity`); `now` is passed.
 */
export function checkExemptions(
  state: DesiredState,
  now: Date,
  catalogue: Catalogue = builtInCatalogue(),
): Finding[] {
  return evaluate(catalogue, exemptionSubjects(state), {
    now,
    matrix: catalogue.matrix,
    options: { ...state.options, allowReplace: false },
  });
}
