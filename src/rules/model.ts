import type { SourceLocation } from '../config/diagnostics.js';
import type { Exemption, Options } from '../config/model.js';
import type { Finding, Severity } from '../report/model.js';
import type { Subject, SubjectKind } from './subjects.js';
import type { SupportMatrix } from './support-matrix.js';

/** A rule file as written (schema/rule.schema.json). */
export interface RuleDocument {
  id: string;
  name: string;
  title: string;
  severity: Severity;
  subject: SubjectKind;
  source: { citation: string; date: string; url?: string };
  docs: string;
  tags?: Record<string, string>;
  /** The subject field holding the id findings are about; default: the subject's `resourceId`. */
  resource?: string;
  assert?: Record<string, unknown>;
  check?: string;
  params?: Record<string, unknown>;
  message: string;
  /** Message per failure code of a check; `message` covers codes not listed. */
  messages?: Record<string, string>;
}

export type RuleOrigin = 'built-in' | 'organisation';

/** A validated rule with where it came from. */
export interface RuleDefinition extends RuleDocument {
  origin: RuleOrigin;
  /** The rule file. */
  file: string;
  /** The docs link findings carry: a URL, or a path relative to the working directory. */
  docsLink: string;
  /** Where the rule's `id` stands, for collision messages. */
  idAt: SourceLocation;
}

/** Why a rule failed on one subject: the message template's code and values. */
export interface RuleFailure {
  /** Picks `messages[code]`; undefined uses `message`. */
  code?: string;
  /** Extra template values (`{name}`), looked up before the subject's fields. */
  values?: Record<string, unknown>;
  /** A check may lower the severity of a secondary failure (e.g. an exemption expiring soon). */
  severity?: Severity;
  /** Overrides the finding's resource id. */
  resourceId?: string;
}

/** A rule ready to run: evaluated purely over one subject. */
export interface CompiledRule extends RuleDefinition {
  run(subject: Subject, context: EvaluationContext): RuleFailure[];
  render(failure: RuleFailure, subject: Subject, context: EvaluationContext): string;
}

/** Options that change what rules require. */
export interface EvaluationOptions {
  roleSet: Options['roleSet'];
  allowAzureFiles: boolean;
  /** The plan may replace backup instances (AKSB013/014 become warnings). */
  allowReplace: boolean;
}

export const DEFAULT_EVALUATION_OPTIONS: EvaluationOptions = {
  roleSet: 'recommended',
  allowAzureFiles: false,
  allowReplace: false,
};

/** Everything evaluation needs besides the subjects. No clock and no I/O: `now` is passed. */
export interface EvaluationContext {
  now: Date;
  matrix: SupportMatrix;
  options: EvaluationOptions;
  /** The desired state's exemptions; expired or reason-less ones never exempt. */
  exemptions?: readonly Exemption[];
  /** Every rule id of the catalogue; `evaluate` fills it (AKSB028 flags exemptions of unknown rules). */
  ruleIds?: ReadonlySet<string>;
}

/** The compiled rule set: built-in plus organisation rules, compiled once. */
export interface Catalogue {
  rules: readonly CompiledRule[];
  /** Rules by the subject kind they evaluate. */
  bySubject: ReadonlyMap<SubjectKind, readonly CompiledRule[]>;
  byId: ReadonlyMap<string, CompiledRule>;
  /** The support matrix rule references were checked against at load. */
  matrix: SupportMatrix;
}

export type { Finding };
