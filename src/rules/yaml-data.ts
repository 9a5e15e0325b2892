import { parseYaml, type ParsedYaml } from '../config/parse-yaml.js';

export type ParsedData = ParsedYaml;

/**
 * Parses one YAML data file of the policy folder (a rule, the support matrix) into plain values plus the
 * position of every value, so that schema errors can name file:line:column. The desired-state loader's
 * parser, with its bounds: unique keys, no merge keys, YAML 1.2 core types (dates stay strings), alias,
 * depth and complex-key limits.
 */
export function parseDataFile(file: string, text: string, what: string): ParsedData {
  return parseYaml(file, text, `the ${what} is empty`);
}
