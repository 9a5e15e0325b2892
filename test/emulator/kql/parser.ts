/**
 * Parser for the KQL subset the emulator evaluates (DESIGN.md §5): a table, then `where`, `project`,
 * `extend`, `summarize` (`count()` and `countif()`, optionally `by` columns), `order by`/`sort by` and
 * `limit`/`take`; expressions with `==`, `!=`, `=~`, `!~`, `in`, `in~`,
 * `!in`, `!in~`, `contains`, `startswith`, `endswith`, ordering comparisons, `and`/`or`, property paths
 * (`properties.a.b`, `properties['x']`, `[0]`) and a handful of scalar functions. Anything else is a
 * KqlError naming the construct, which the emulator turns into a 400 — so a query outside the subset
 * fails a test instead of silently returning nothing.
 */
import { KqlError, tokenize, type Token } from './lexer.js';

export type Expr =
  | { kind: 'column'; name: string; offset: number }
  | { kind: 'member'; target: Expr; name: string; offset: number }
  | { kind: 'index'; target: Expr; index: number; offset: number }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'datetime'; value: number; text: string }
  | { kind: 'call'; fn: string; args: Expr[]; offset: number }
  | { kind: 'compare'; op: string; left: Expr; right: Expr; offset: number }
  | { kind: 'in'; op: 'in' | 'in~' | '!in' | '!in~'; left: Expr; list: Expr[]; offset: number }
  | { kind: 'logical'; op: 'and' | 'or'; left: Expr; right: Expr };

export interface ProjectItem {
  name: string;
  expr: Expr;
}

/** One aggregation of `summarize`: `count()` or `countif(predicate)`. */
export interface Aggregate {
  name: string;
  fn: 'count' | 'countif';
  predicate?: Expr;
  offset: number;
}

export type Operator =
  | { kind: 'where'; predicate: Expr }
  | { kind: 'summarize'; aggregates: Aggregate[]; by: ProjectItem[] }
  | { kind: 'project'; items: ProjectItem[] }
  | { kind: 'extend'; items: ProjectItem[] }
  | { kind: 'order'; keys: { column: string; descending: boolean }[] }
  | { kind: 'limit'; count: number };

export interface Query {
  table: string;
  tableOffset: number;
  operators: Operator[];
}

/** Scalar functions the evaluator implements, with how many arguments each takes. */
export const FUNCTIONS = new Map<string, number>([
  ['tolower', 1],
  ['toupper', 1],
  ['tostring', 1],
  ['isnotempty', 1],
  ['isempty', 1],
  ['isnull', 1],
  ['isnotnull', 1],
  ['todatetime', 1],
  ['not', 1],
  // extract(regex, captureGroup, source); the optional typeLiteral is outside the subset.
  ['extract', 3],
]);

/** Aggregation functions `summarize` evaluates. */
const AGGREGATES = new Set(['count', 'countif']);

const WORD_OPERATORS = new Set(['contains', 'startswith', 'endswith']);

export function parseQuery(text: string): Query {
  return new Parser(tokenize(text)).query();
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): Query {
    const table = this.next();
    if (table.kind !== 'ident') throw new KqlError('a query starts with a table name', table.offset);
    const operators: Operator[] = [];
    while (this.peek().kind !== 'eof') {
      this.expect('punct', '|');
      operators.push(this.operator());
    }
    return { table: table.value, tableOffset: table.offset, operators };
  }

  private operator(): Operator {
    const word = this.next();
    if (word.kind !== 'ident') throw new KqlError(`expected a query operator after '|'`, word.offset);
    let name = word.value;
    // Hyphenated operators (mv-expand, project-away, ...) are outside the subset: name them in full.
    while (this.peekIs('punct', '-') && this.tokens[this.pos + 1]?.kind === 'ident') {
      this.next();
      name += `-${this.next().value}`;
    }
    switch (name) {
      case 'where':
      case 'filter':
        return { kind: 'where', predicate: this.expression() };
      case 'project':
        return { kind: 'project', items: this.projectItems() };
      case 'extend':
        return { kind: 'extend', items: this.projectItems() };
      case 'summarize':
        return this.summarize();
      case 'order':
      case 'sort':
        this.expectWord('by');
        return { kind: 'order', keys: this.orderKeys() };
      case 'limit':
      case 'take': {
        const count = this.next();
        if (count.kind !== 'number') throw new KqlError(`'${name}' needs a row count`, count.offset);
        return { kind: 'limit', count: Number(count.value) };
      }
      default:
        throw new KqlError(`unsupported query operator '${name}'`, word.offset);
    }
  }

  private projectItems(): ProjectItem[] {
    const items: ProjectItem[] = [];
    do {
      const start = this.peek();
      const following = this.tokens[this.pos + 1];
      if (start.kind === 'ident' && following?.kind === 'op' && following.value === '=') {
        this.pos += 2;
        items.push({ name: start.value, expr: this.expression() });
      } else {
        const expr = this.expression();
        items.push({ name: defaultColumnName(expr, start.offset), expr });
      }
    } while (this.accept('punct', ','));
    return items;
  }

  /** `summarize [name =] aggregate(...), ... [by [name =] expression, ...]`. */
  private summarize(): Operator {
    const aggregates: Aggregate[] = [];
    if (!this.peekIs('ident', 'by')) {
      do aggregates.push(this.aggregate());
      while (this.accept('punct', ','));
    }
    const by = this.acceptWord('by') ? this.projectItems() : [];
    if (aggregates.length === 0 && by.length === 0) {
      throw new KqlError(`'summarize' needs an aggregation or a 'by' clause`, this.peek().offset);
    }
    return { kind: 'summarize', aggregates, by };
  }

  private aggregate(): Aggregate {
    let name: string | undefined;
    const following = this.tokens[this.pos + 1];
    if (this.peek().kind === 'ident' && following?.kind === 'op' && following.value === '=') {
      name = this.next().value;
      this.next();
    }
    const fn = this.next();
    if (fn.kind !== 'ident' || !this.peekIs('punct', '(')) {
      throw new KqlError(`'summarize' takes aggregations such as count()`, fn.offset);
    }
    if (!AGGREGATES.has(fn.value)) throw new KqlError(`unsupported aggregation '${fn.value}'`, fn.offset);
    this.expect('punct', '(');
    let predicate: Expr | undefined;
    if (fn.value === 'countif') predicate = this.expression();
    this.expect('punct', ')');
    // Kusto names an unnamed aggregation after its function: count_, countif_.
    return { name: name ?? `${fn.value}_`, fn: fn.value as Aggregate['fn'], predicate, offset: fn.offset };
  }

  private orderKeys(): { column: string; descending: boolean }[] {
    const keys: { column: string; descending: boolean }[] = [];
    do {
      const column = this.next();
      if (column.kind !== 'ident') throw new KqlError('order by takes column names', column.offset);
      let descending = true; // Kusto's default sort order is descending.
      if (this.acceptWord('asc')) descending = false;
      else if (this.acceptWord('desc')) descending = true;
      if (this.peekIs('ident', 'nulls')) throw new KqlError(`unsupported 'nulls' clause`, this.peek().offset);
      keys.push({ column: column.value, descending });
    } while (this.accept('punct', ','));
    return keys;
  }

  private expression(): Expr {
    return this.orExpr();
  }

  private orExpr(): Expr {
    let left = this.andExpr();
    while (this.acceptWord('or')) left = { kind: 'logical', op: 'or', left, right: this.andExpr() };
    return left;
  }

  private andExpr(): Expr {
    let left = this.comparison();
    while (this.acceptWord('and')) left = { kind: 'logical', op: 'and', left, right: this.comparison() };
    return left;
  }

  private comparison(): Expr {
    const left = this.postfix();
    const token = this.peek();
    if (token.kind === 'op' && ['!in~', 'in~', '!in'].includes(token.value)) {
      this.next();
      return this.inList(token.value as 'in~' | '!in' | '!in~', left, token.offset);
    }
    if (token.kind === 'ident' && token.value === 'in') {
      this.next();
      return this.inList('in', left, token.offset);
    }
    if (token.kind === 'op' && token.value !== '=') {
      this.next();
      return { kind: 'compare', op: token.value, left, right: this.postfix(), offset: token.offset };
    }
    if (token.kind === 'ident' && WORD_OPERATORS.has(token.value)) {
      this.next();
      return { kind: 'compare', op: token.value, left, right: this.postfix(), offset: token.offset };
    }
    if (
      token.kind === 'ident' &&
      /^(has|has_any|has_all|matches|between|contains_cs|startswith_cs|endswith_cs|notcontains|hasprefix|hassuffix)$/.test(
        token.value,
      )
    ) {
      throw new KqlError(`unsupported operator '${token.value}'`, token.offset);
    }
    return left;
  }

  private inList(op: 'in' | 'in~' | '!in' | '!in~', left: Expr, offset: number): Expr {
    this.expect('punct', '(');
    const list: Expr[] = [];
    if (!this.peekIs('punct', ')')) {
      do {
        const item = this.primary();
        if (item.kind !== 'string' && item.kind !== 'number' && item.kind !== 'bool') {
          throw new KqlError(`'${op}' takes a list of literals in the emulator`, offset);
        }
        list.push(item);
      } while (this.accept('punct', ','));
    }
    this.expect('punct', ')');
    return { kind: 'in', op, left, list, offset };
  }

  private postfix(): Expr {
    let expr = this.primary();
    for (;;) {
      if (this.accept('punct', '.')) {
        const name = this.next();
        if (name.kind !== 'ident') throw new KqlError('expected a property name after', name.offset);
        expr = { kind: 'member', target: expr, name: name.value, offset: name.offset };
      } else if (this.peekIs('punct', '[')) {
        const open = this.next();
        const key = this.next();
        if (key.kind === 'string')
          expr = { kind: 'member', target: expr, name: key.value, offset: key.offset };
        else if (key.kind === 'number')
          expr = { kind: 'index', target: expr, index: Number(key.value), offset: key.offset };
        else throw new KqlError(`an index is a string or a non-negative whole number`, open.offset);
        this.expect('punct', ']');
      } else {
        return expr;
      }
    }
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.value };
      case 'number':
        return { kind: 'number', value: Number(token.value) };
      case 'datetime': {
        const value = Date.parse(token.value);
        if (Number.isNaN(value))
          throw new KqlError(`invalid datetime literal '${token.value}'`, token.offset);
        return { kind: 'datetime', value, text: token.value };
      }
      case 'punct':
        if (token.value === '(') {
          const inner = this.expression();
          this.expect('punct', ')');
          return inner;
        }
        break;
      case 'ident': {
        if (token.value === 'true' || token.value === 'false')
          return { kind: 'bool', value: token.value === 'true' };
        if (this.peekIs('punct', '(')) {
          const arity = FUNCTIONS.get(token.value);
          if (arity === undefined) throw new KqlError(`unsupported function '${token.value}'`, token.offset);
          this.next();
          const args: Expr[] = [];
          if (!this.peekIs('punct', ')')) {
            do args.push(this.expression());
            while (this.accept('punct', ','));
          }
          this.expect('punct', ')');
          if (args.length !== arity) {
            throw new KqlError(
              `'${token.value}' takes ${arity === 1 ? 'one argument' : `${arity} arguments`}`,
              token.offset,
            );
          }
          return { kind: 'call', fn: token.value, args, offset: token.offset };
        }
        return { kind: 'column', name: token.value, offset: token.offset };
      }
      default:
        break;
    }
    throw new KqlError(`unexpected '${token.text || 'end of query'}'`, token.offset);
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    const token = this.tokens[this.pos]!;
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  private peekIs(kind: Token['kind'], value: string): boolean {
    const token = this.peek();
    return token.kind === kind && token.value === value;
  }

  private accept(kind: Token['kind'], value: string): boolean {
    if (!this.peekIs(kind, value)) return false;
    this.pos++;
    return true;
  }

  private acceptWord(word: string): boolean {
    return this.accept('ident', word);
  }

  private expect(kind: Token['kind'], value: string): void {
    const token = this.peek();
    if (!this.accept(kind, value)) {
      throw new KqlError(`expected '${value}' but found '${token.text || 'end of query'}'`, token.offset);
    }
  }

  private expectWord(word: string): void {
    this.expect('ident', word);
  }
}

/**
 * Kusto names an unaliased column after its path with '.' replaced by '_' (`properties.a.b` becomes
 * `properties_a_b`, the name the official facet example shows). Anything more complex must be named.
 */
function defaultColumnName(expr: Expr, offset: number): string {
  const parts: string[] = [];
  let current: Expr = expr;
  while (current.kind === 'member') {
    parts.unshift(current.name);
    current = current.target;
  }
  if (current.kind !== 'column') {
    throw new KqlError('name this expression in the projection (name = expression)', offset);
  }
  parts.unshift(current.name);
  return parts.join('_');
}
