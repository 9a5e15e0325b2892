// The desired-state reference, generated from schema/aks-backup.schema.json: one row per key, nesting as
// dotted paths (`clusters[].backup.includedNamespaces`, `vaults.<name>.id`), and one table of the value
// formats ($defs such as `duration` or `clusterId`) that many keys share. An object definition used in
// several places (`backup`, `selector`) is listed once; later uses point back to it.
import { code, table, text } from './markdown.mjs';

const article = (word) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const labelled = (label, rules) =>
  label === '' || rules.length === 0 ? rules : [`${label}: ${rules.join(', ')}`];

export function renderSchemaReference(schema, source = 'schema/aks-backup.schema.json') {
  const defs = schema.$defs ?? {};

  /** Follows a $ref chain; the outer node's own keywords (e.g. its description) win over the target's. */
  function deref(raw) {
    const chain = [];
    let merged = { ...raw };
    while (merged.$ref !== undefined) {
      const name = merged.$ref.replace(/^#\/\$defs\//, '');
      const target = defs[name];
      if (target === undefined || chain.includes(name))
        throw new Error(`${source}: cannot resolve ${merged.$ref}`);
      chain.push(name);
      const { $ref: _ref, ...own } = merged;
      merged = { ...target, ...own, ...(target.$ref !== undefined ? { $ref: target.$ref } : {}) };
    }
    return { node: merged, chain };
  }

  const isObject = (node) => node.type === 'object';
  const isMap = (node) => isObject(node) && typeof node.additionalProperties === 'object';
  const isFormat = (name) => !isObject(deref(defs[name]).node);
  const formatOf = (chain) => chain.find(isFormat);
  const objectDefOf = (chain) => chain.find((name) => !isFormat(name));

  const usedFormats = new Set();
  const expanded = new Map();
  const rows = [];

  function typeLabel(node, chain) {
    const format = formatOf(chain);
    if (format !== undefined) {
      usedFormats.add(format);
      return code(format);
    }
    if (node.const !== undefined) return Number.isInteger(node.const) ? 'integer' : typeof node.const;
    if (node.enum !== undefined) return [...new Set(node.enum.map((v) => typeof v))].join(' or ');
    if (node.type === 'array') {
      const item = deref(node.items ?? {});
      return `array of ${typeLabel(item.node, item.chain)}`;
    }
    if (isMap(node)) return 'map';
    return node.type ?? 'any';
  }

  function lengthRule(node, unit) {
    const { minLength: min, maxLength: max } = node;
    if (min !== undefined && max !== undefined) return `${min}–${max} ${unit}`;
    if (max !== undefined) return `at most ${max} ${unit}`;
    if (min === 1) return 'not empty';
    if (min !== undefined && min > 1) return `at least ${min} ${unit}`;
    return undefined;
  }

  /** What a value may be: constants, enums, patterns and lengths (formats are described in their own table). */
  function valueRules(node, chain) {
    if (formatOf(chain) !== undefined) return [];
    const rules = [];
    if (node.const !== undefined) rules.push(`exactly ${code(JSON.stringify(node.const))}`);
    if (node.enum !== undefined) rules.push(`one of ${node.enum.map((v) => code(v)).join(', ')}`);
    const length = lengthRule(node, 'characters');
    if (length !== undefined) rules.push(length);
    if (node.pattern !== undefined) rules.push(`pattern ${code(node.pattern)}`);
    return rules;
  }

  function rulesOf(node, chain) {
    const rules = valueRules(node, chain);
    if (node.type === 'array') {
      const item = deref(node.items ?? {});
      if (!isObject(item.node)) rules.push(...valueRules(item.node, item.chain).map((r) => `each ${r}`));
      if (node.minItems !== undefined)
        rules.push(`at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
      if (node.uniqueItems) rules.push('no duplicates');
    }
    if (isObject(node) && node.minProperties !== undefined) {
      rules.push(`at least ${node.minProperties} key${node.minProperties === 1 ? '' : 's'}`);
    }
    return rules;
  }

  /** The rule for a map's keys, shown on the `<name>` row. */
  function keyRule(propertyNames) {
    if (propertyNames === undefined) return [];
    const { node, chain } = deref(propertyNames);
    const format = formatOf(chain);
    if (format !== undefined) {
      usedFormats.add(format);
      return [`key: ${article(format)} ${code(format)}`];
    }
    const rules = valueRules(node, chain);
    return rules.length > 0 ? [`key: ${rules.join(', ')}`] : [];
  }

  function describe(node) {
    const parts = [];
    if (node.description !== undefined) parts.push(text(node.description));
    if (node.default !== undefined) parts.push(`Default: ${code(JSON.stringify(node.default))}.`);
    return parts;
  }

  function walk(raw, path, required, extraRules = []) {
    const { node, chain } = deref(raw);
    const description = describe(node);
    const ownDef = objectDefOf(chain);
    const itemDef = node.type === 'array' ? objectDefOf(deref(node.items ?? {}).chain) : undefined;
    const seenAt = expanded.get(ownDef ?? itemDef);
    if (seenAt !== undefined) description.push(`Same keys as ${code(`${seenAt}.*`)}.`);
    rows.push([
      code(path),
      typeLabel(node, chain),
      required ? 'yes' : '',
      description.join(' '),
      [...extraRules, ...labelled(extraRules.length > 0 ? 'value' : '', rulesOf(node, chain))].join('; '),
    ]);
    if (seenAt !== undefined) return;
    if (ownDef !== undefined) expanded.set(ownDef, path);
    descend(node, path);
  }

  function descend(node, path) {
    const at = (key) => (path === '' ? key : `${path}.${key}`);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      walk(child, at(key), (node.required ?? []).includes(key));
    }
    if (isMap(node)) {
      const placeholder = node.propertyNames?.$ref !== undefined ? '<name>' : '<key>';
      walk(node.additionalProperties, at(placeholder), false, keyRule(node.propertyNames));
    }
    if (node.type === 'array' && node.items !== undefined) {
      const item = deref(node.items);
      if (!isObject(item.node)) return;
      const def = objectDefOf(item.chain);
      if (def !== undefined) expanded.set(def, `${path}[]`);
      descend(item.node, `${path}[]`);
    }
  }

  descend(deref(schema).node, '');

  // A format defined as another format (clusterId is an armId) brings that one into the table too.
  for (const name of [...usedFormats]) {
    for (const inner of deref(defs[name]).chain) if (isFormat(inner)) usedFormats.add(inner);
  }
  const formats = Object.keys(defs)
    .filter((name) => usedFormats.has(name))
    .map((name) => {
      const raw = defs[name];
      const { node } = deref(raw);
      const rules = [];
      const inner = raw.$ref?.replace(/^#\/\$defs\//, '');
      if (inner !== undefined) rules.push(`${article(inner)} ${code(inner)}`);
      else rules.push(...valueRules(node, []));
      return [code(name), text(raw.description ?? node.description ?? ''), rules.join('; ')];
    });

  return [
    `<!-- Generated by \`npm run generate\` from ${source}: edit the schema, not this section. -->`,
    '',
    table(['key', 'type', 'required', 'description', 'allowed values'], rows),
    '',
    `Types in \`code\` are value formats shared by several keys:`,
    '',
    table(['format', 'what it is', 'rule'], formats),
  ].join('\n');
}
