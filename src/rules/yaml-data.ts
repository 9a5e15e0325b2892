import { readTextFile } from '../config/read-file.js';
import { parseYaml, type ParsedYaml } from '../config/parse-yaml.js';

export type ParsedData = ParsedYaml;

/** A kind of policy data file: how messages name it, and the size past which one is a mistake. */
export interface DataFileKind {
  what: string;
  maxBytes: number;
}

/** A rule file is a page of YAML; anything larger is a mistake. */
export const RULE_FILE: DataFileKind = { what: 'rule file', maxBytes: 256 * 1024 };
export const MATRIX_FILE: DataFileKind = { what: 'support-matrix file', maxBytes: 1024 * 1024 };

/**
 * Parses one YAML data file of the policy folder (a rule, the support matrix) into plain values plus the
 * position of every value, so that schema errors can name file:line:column. The desired-state loader's
 * parser, with its bounds: unique keys, no merge keys, YAML 1.2 core types (dates stay strings), alias,
 * depth and complex-key limits.
 */
export function parseDataFile(file: string, text: string, kind: DataFileKind): ParsedData {
  return parseYaml(file, text, `the ${kind.what} is empty`);
}

/**
 * Reads and parses the data file at `path`; `label` is how parse messages name it (the built-in folder as
 * `policies/…`, not as a path of this machine). Also how `npm run generate` reads the shipped files.
 */
export function readDataFile(path: string, label: string, kind: DataFileKind): ParsedData {
  return parseDataFile(label, readTextFile(path, kind.what, kind.maxBytes), kind);
}
