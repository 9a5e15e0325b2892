/**
 * Evaluates a parsed query over table rows. Before touching a row, the query is checked against the
 * table's column types the way Kusto's semantic pass does: an unknown column, a property path on a
 * non-dynamic column, or an ordering comparison on untyped dynamic values is a KqlError. A path that does
 * not exist in a row's dynamic value yields null, exactly as Resource Graph does.
 */
import { KqlError } from './lexer.js';
import { parseQuery, type Expr, type Operator, type Query } from './parser.js';

export type ColumnType = 'string' | 'dynamic' | 'long' | 'bool' | 'datetime';
export type Columns = ReadonlyMap<string, ColumnType>;
export type Row = Record<string, unknown>;

export interface TableSource {
  columns: Columns;
  rows: readonly Row[];
}

export interface Evaluation {
  columns: string[];
  rows: Row[];
}

/** Looks up a table by the name the query uses; throws a KqlError for unknown tables. */
export type TableResolver = (name: string, offset: number) => TableSource;

export function evaluateQuery(text: string, resolveTable: TableResolver): Evaluation {
  const query = parseQuery(text);
  const table = resolveTable(query.table, query.tableOffset);
  const steps = analyse(query, table.columns);
  let rows: Row[] = table.rows.map((row) => ({ ...row }));
  let columns = [...table.columns.keys()];
  for (const step of steps) ({ rows, columns } = step(rows, columns));
  return { columns, rows };
}

type Step = (rows: Row[], columns: string[]) => Evaluation;

function analyse(query: Query, tableColumns: Columns): Step[] {
  const types = new Map(tableColumns);
  return query.operators.map((op) => analyseOperator(op, types));
}

function analyseOperator(op: Operator, types: Map<string, ColumnType>): Step {
  switch (op.kind) {
    case 'where': {
      const type = typeOf(op.predicate, types);
      if (type !== 'bool') throw new KqlError(`'where' needs a true/false expression, not ${type}`);
      return (rows, columns) => ({
        rows: rows.filter((row) => evaluate(op.predicate, row) === true),
        columns,
      });
    }
    case 'project':
    case 'extend': {
      const itemTypes = op.items.map((item) => typeOf(item.expr, types));
      const names = op.items.map((item) => item.name);
      const duplicate = names.find((name, i) => names.indexOf(name) !== i);
      if (duplicate !== undefined) throw new KqlError(`column '${duplicate}' is projected twice`);
      if (op.kind === 'project') types.clear();
      op.items.forEach((item, i) => types.set(item.name, itemTypes[i]!));
      const columnOrder = [...types.keys()];
      return (rows) => ({
        columns: columnOrder,
        rows: rows.map((row) => {
          const out: Row = op.kind === 'project' ? {} : { ...row };
          for (const item of op.items) out[item.name] = evaluate(item.expr, row);
          return op.kind === 'project'
            ? out
            : Object.fromEntries(columnOrder.map((name) => [name, out[name]]));
        }),
      });
    }
    case 'summarize': {
      const byTypes = op.by.map((item) => typeOf(item.expr, types));
      for (const aggregate of op.aggregates) {
        if (aggregate.predicate && typeOf(aggregate.predicate, types) !== 'bool') {
          throw new KqlError(`'countif' needs a true/false expression`, aggregate.offset);
        }
      }
      const names = [...op.by.map((item) => item.name), ...op.aggregates.map((a) => a.name)];
      const duplicate = names.find((name, i) => names.indexOf(name) !== i);
      if (duplicate !== undefined) throw new KqlError(`column '${duplicate}' is produced twice`);
      // Kusto's output: the `by` columns, then the aggregations (long).
      types.clear();
      op.by.forEach((item, i) => types.set(item.name, byTypes[i]!));
      for (const aggregate of op.aggregates) types.set(aggregate.name, 'long');
      const columnOrder = [...types.keys()];
      return (rows) => {
        const groups = new Map<string, { keys: unknown[]; rows: Row[] }>();
        for (const row of rows) {
          const keys = op.by.map((item) => evaluate(item.expr, row));
          const key = JSON.stringify(keys);
          let group = groups.get(key);
          if (group === undefined) groups.set(key, (group = { keys, rows: [] }));
          group.rows.push(row);
        }
        // Without `by`, an empty input still gives one row of zero counts.
        if (op.by.length === 0 && groups.size === 0) groups.set('[]', { keys: [], rows: [] });
        return {
          columns: columnOrder,
          rows: [...groups.values()].map((group) => {
            const out: Row = {};
            op.by.forEach((item, i) => (out[item.name] = group.keys[i]));
            for (const aggregate of op.aggregates) {
              out[aggregate.name] = aggregate.predicate
                ? group.rows.filter((row) => evaluate(aggregate.predicate!, row) === true).length
                : group.rows.length;
            }
            return out;
          }),
        };
      };
    }
    case 'order': {
      for (const key of op.keys) {
        if (!types.has(key.column)) throw unknownName(key.column);
      }
      return (rows, columns) => ({ columns, rows: [...rows].sort((a, b) => compareRows(a, b, op.keys)) });
    }
    case 'limit':
      return (rows, columns) => ({ rows: rows.slice(0, op.count), columns });
  }
}

function unknownName(name: string, offset?: number): KqlError {
  return new KqlError(`the name '${name}' does not refer to any known column`, offset);
}

function typeOf(expr: Expr, types: ReadonlyMap<string, ColumnType>): ColumnType {
  switch (expr.kind) {
    case 'column': {
      const type = types.get(expr.name);
      if (type === undefined) throw unknownName(expr.name, expr.offset);
      return type;
    }
    case 'member':
    case 'index': {
      const target = typeOf(expr.target, types);
      if (target !== 'dynamic') {
        throw new KqlError(
          `a property path needs a dynamic value, but the value here is ${target}`,
          expr.offset,
        );
      }
      return 'dynamic';
    }
    case 'string':
      return 'string';
    case 'number':
      return 'long';
    case 'bool':
      return 'bool';
    case 'datetime':
      return 'datetime';
    case 'call': {
      if (expr.fn === 'extract') return typeOfExtract(expr, types);
      const arg = typeOf(expr.args[0]!, types);
      switch (expr.fn) {
        case 'tolower':
        case 'toupper':
        case 'tostring':
          return 'string';
        case 'todatetime':
          return 'datetime';
        case 'not':
          if (arg !== 'bool') throw new KqlError(`'not' needs a true/false argument`, expr.offset);
          return 'bool';
        default:
          return 'bool'; // isempty, isnotempty, isnull, isnotnull
      }
    }
    case 'compare': {
      const left = typeOf(expr.left, types);
      const right = typeOf(expr.right, types);
      if (['<', '<=', '>', '>='].includes(expr.op)) {
        const ordered = (t: ColumnType): boolean => t === 'long' || t === 'datetime';
        if (!ordered(left) || !ordered(right) || left !== right) {
          throw new KqlError(
            `'${expr.op}' compares two numbers or two datetimes (convert with todatetime()); got ${left} and ${right}`,
            expr.offset,
          );
        }
      }
      return 'bool';
    }
    case 'in':
      typeOf(expr.left, types);
      return 'bool';
    case 'logical':
      for (const side of [expr.left, expr.right]) {
        if (typeOf(side, types) !== 'bool') throw new KqlError(`'${expr.op}' joins true/false expressions`);
      }
      return 'bool';
  }
}

function evaluate(expr: Expr, row: Row): unknown {
  switch (expr.kind) {
    case 'column':
      return row[expr.name] ?? null;
    case 'member': {
      const target = evaluate(expr.target, row);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return null;
      return Object.hasOwn(target, expr.name) ? ((target as Row)[expr.name] ?? null) : null;
    }
    case 'index': {
      const target = evaluate(expr.target, row);
      return Array.isArray(target) ? (target[expr.index] ?? null) : null;
    }
    case 'string':
    case 'number':
    case 'bool':
    case 'datetime':
      return expr.value;
    case 'call':
      if (expr.fn === 'extract') return extract(expr, row);
      return callFunction(expr.fn, evaluate(expr.args[0]!, row));
    case 'compare':
      return compare(expr.op, evaluate(expr.left, row), evaluate(expr.right, row));
    case 'in': {
      const value = evaluate(expr.left, row);
      const negated = expr.op.startsWith('!');
      if (value === null) return negated;
      const caseless = expr.op.endsWith('~');
      const needle = caseless ? toText(value).toLowerCase() : toText(value);
      const found = expr.list.some((item) => {
        const candidate = toText((item as { value: unknown }).value);
        return (caseless ? candidate.toLowerCase() : candidate) === needle;
      });
      return negated ? !found : found;
    }
    case 'logical': {
      const left = evaluate(expr.left, row) === true;
      if (expr.op === 'and') return left && evaluate(expr.right, row) === true;
      return left || evaluate(expr.right, row) === true;
    }
  }
}

/**
 * extract(regex, captureGroup, source): the emulator takes the regex and the group as literals, so they are
 * checked once. Kusto's regexes are RE2, which has no lookaround or backreferences: those are refused rather
 * than given JavaScript's meaning.
 */
const compiledRegexes = new Map<string, RegExp>();

function typeOfExtract(
  expr: Extract<Expr, { kind: 'call' }>,
  types: ReadonlyMap<string, ColumnType>,
): ColumnType {
  const [regex, group, source] = expr.args as [Expr, Expr, Expr];
  if (regex.kind !== 'string')
    throw new KqlError(`'extract' takes its regex as a string literal in the emulator`, expr.offset);
  if (group.kind !== 'number' || !Number.isInteger(group.value) || group.value < 0) {
    throw new KqlError(`'extract' takes its capture group as a whole-number literal`, expr.offset);
  }
  if (/\\(?:[1-9]|k<)|\(\?<?[=!]/.test(regex.value)) {
    throw new KqlError(`'extract': RE2 has no lookaround or backreferences`, expr.offset);
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(regex.value);
  } catch {
    throw new KqlError(`'extract': invalid regular expression '${regex.value}'`, expr.offset);
  }
  if (group.value > new RegExp(`${regex.value}|`).exec('')!.length - 1) {
    throw new KqlError(`'extract': the regex has no capture group ${group.value}`, expr.offset);
  }
  compiledRegexes.set(regex.value, compiled);
  typeOf(source, types);
  return 'string';
}

/** The capture group's text; no match is Kusto's null string, which is the empty string. */
function extract(expr: Extract<Expr, { kind: 'call' }>, row: Row): string {
  const [regex, group, source] = expr.args as [{ value: string }, { value: number }, Expr];
  const match = compiledRegexes.get(regex.value)!.exec(toText(evaluate(source, row)));
  return match?.[group.value] ?? '';
}

/** Kusto's tostring: null and missing become '', dynamic objects and arrays become compact JSON. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function callFunction(fn: string, value: unknown): unknown {
  switch (fn) {
    case 'tostring':
      return toText(value);
    case 'tolower':
      return toText(value).toLowerCase();
    case 'toupper':
      return toText(value).toUpperCase();
    case 'todatetime': {
      if (typeof value === 'number') return value;
      const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      return Number.isNaN(parsed) ? null : parsed;
    }
    case 'isnull':
      return value === null;
    case 'isnotnull':
      return value !== null;
    case 'isempty':
      return value === null || value === '';
    case 'isnotempty':
      return value !== null && value !== '';
    case 'not':
      return value !== true;
    default:
      throw new KqlError(`unsupported function '${fn}'`);
  }
}

/**
 * Comparisons with a null (missing) operand are false, and their negations true, which is how a missing
 * property behaves in practice: `where properties.x == 'a'` drops rows without `x`.
 */
function compare(op: string, left: unknown, right: unknown): boolean {
  const negated = op === '!=' || op === '!~';
  if (left === null || right === null) return negated;
  switch (op) {
    case '==':
      return sameValue(left, right, false);
    case '!=':
      return !sameValue(left, right, false);
    case '=~':
      return sameValue(left, right, true);
    case '!~':
      return !sameValue(left, right, true);
    case 'contains':
      return toText(left).toLowerCase().includes(toText(right).toLowerCase());
    case 'startswith':
      return toText(left).toLowerCase().startsWith(toText(right).toLowerCase());
    case 'endswith':
      return toText(left).toLowerCase().endsWith(toText(right).toLowerCase());
    case '<':
      return (left as number) < (right as number);
    case '<=':
      return (left as number) <= (right as number);
    case '>':
      return (left as number) > (right as number);
    case '>=':
      return (left as number) >= (right as number);
    default:
      throw new KqlError(`unsupported operator '${op}'`);
  }
}

function sameValue(left: unknown, right: unknown, caseless: boolean): boolean {
  if (typeof left === 'object' || typeof right === 'object') return false;
  if (typeof left === 'string' || typeof right === 'string') {
    const a = toText(left);
    const b = toText(right);
    return caseless ? a.toLowerCase() === b.toLowerCase() : a === b;
  }
  return left === right;
}

function compareRows(a: Row, b: Row, keys: { column: string; descending: boolean }[]): number {
  for (const key of keys) {
    const x = a[key.column] ?? null;
    const y = b[key.column] ?? null;
    let order: number;
    if (x === y) order = 0;
    else if (x === null) order = -1;
    else if (y === null) order = 1;
    else if (typeof x === 'number' && typeof y === 'number') order = x - y;
    else order = toText(x) < toText(y) ? -1 : toText(x) > toText(y) ? 1 : 0;
    if (order !== 0) return key.descending ? -order : order;
  }
  return 0;
}
