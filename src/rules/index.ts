/** The policy engine's public surface: load a catalogue once, build subjects, evaluate purely. */
export { loadCatalogue, builtInCatalogue, builtInMatrix, type CatalogueOptions } from './catalogue.js';
export { evaluate } from './evaluate.js';
export { staticSubjects, bindingFromDesired, exemptionSubjects } from './static-subjects.js';
export {
  loadSupportMatrix,
  parseSupportMatrix,
  matrixValue,
  type SupportMatrix,
  type Fact,
} from './support-matrix.js';
export { DEFAULT_EVALUATION_OPTIONS } from './model.js';
export type {
  Catalogue,
  CompiledRule,
  EvaluationContext,
  EvaluationOptions,
  RuleDefinition,
} from './model.js';
export type * from './subjects.js';
