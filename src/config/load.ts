import { InputError } from './diagnostics.js';
import type { DesiredState } from './model.js';
import { normalise, type RawConfig } from './normalise.js';
import { parseYaml } from './parse-yaml.js';
import { readTextFile } from './read-file.js';
import { validateAgainstSchema } from './schema-validate.js';

/**
 * load: file → text → YAML → schema → typed desired state. Throws InputError listing every problem,
 * each with file, line and column; never anything else for bad input.
 */
export function loadDesiredState(file: string): DesiredState {
  const text = readTextFile(file, 'desired-state file');
  return parseDesiredState(file, text);
}

/** The same from text already in memory (tests, fuzzing, stdin). */
export function parseDesiredState(file: string, text: string): DesiredState {
  const { value, sourceMap } = parseYaml(file, text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        message: `the file must be a mapping that starts with 'version: 1', found ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`}`,
      },
    ]);
  }
  const schemaProblems = validateAgainstSchema(value, sourceMap);
  if (schemaProblems.length > 0) throw new InputError(schemaProblems);
  const { state, diagnostics } = normalise(value as RawConfig, sourceMap);
  if (!state) throw new InputError(diagnostics);
  return state;
}
