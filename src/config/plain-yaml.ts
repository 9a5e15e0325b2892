import { isScalar, LineCounter, Schema, type ParseOptions, type ScalarTag, type SchemaOptions } from 'yaml';
import { SourceMap, type PositionTree } from './source-map.js';

/**
 * A fast reader for the plain YAML that desired-state files are written in: block mappings and lists,
 * one-line flow collections (`{ id: ... }`, `[a, b]`), plain and simply quoted one-line scalars, and
 * comments. The full `yaml` parser is general and pays for it: on the benchmark's 1,800-line file it
 * takes about 100 ms of CPU on first use (lexer, CST, document, then toJS), most of what loading costs
 * a cold `plan`; this reader takes about a tenth of that.
 *
 * It is only a shortcut. It gives up (returns undefined) at the first thing outside that subset or
 * anything wrong: anchors, aliases, tags, block scalars, multi-line scalars or flow collections,
 * escapes, tabs, carriage returns, unusual characters, document markers, empty values, duplicate or
 * non-string keys, deep nesting. The caller then parses with the full parser, so every problem is
 * still reported by one parser with one set of messages, and what this reader accepts it reads
 * exactly as the full parser would: the same values (scalars resolved by the library's own core-schema
 * tags) and the same offsets (test/config/plain-yaml.test.ts compares the two).
 */
export function plainYamlParser(options: PlainYamlOptions): PlainYamlParser {
  const resolvePlain = plainScalarResolver(options);
  return (file, text) => {
    if (UNUSUAL.test(text)) return undefined;
    try {
      const { value, position } = new PlainYamlReader(text, options.maxDepth, resolvePlain).document();
      return { value, sourceMap: new SourceMap(file, position, countLines(text)) };
    } catch (error) {
      if (error === OUTSIDE_SUBSET) return undefined;
      throw error;
    }
  };
}

/** The options the full parser is given (its schema decides what `1` or `true` mean), and the depth limit. */
export type PlainYamlOptions = ParseOptions & SchemaOptions & { maxDepth: number };

/** The file's value and source map, or undefined when the text needs the full parser. */
export type PlainYamlParser = (
  file: string,
  text: string,
) => { value: unknown; sourceMap: SourceMap } | undefined;

/**
 * Characters with corner cases this reader leaves to the full parser: controls, tabs, carriage
 * returns, C1 controls, surrogates (astral characters), byte-order marks, non-characters, and the
 * Unicode spaces that JavaScript trims but YAML does not. Also document markers and directives.
 */
const UNUSUAL =
  /[^\n\x20-\x7e\u00a1-\ud7ff\ue000-\ufffd]|[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^(?:---|\.\.\.|%)/m;

/** Thrown to unwind the reader; one shared instance, as no stack trace is wanted. */
class OutsideSubset extends Error {}
const OUTSIDE_SUBSET = new OutsideSubset('outside the plain YAML subset');

function outside(): never {
  throw OUTSIDE_SUBSET;
}

/** The line starts the full parser records: the start of the text and after every newline. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}

type ImplicitTag = ScalarTag & { test: RegExp };

/**
 * What a plain scalar means under the schema: null, a boolean or a number where one of the schema's
 * implicit tags matches, in the order the full parser tries them, else the string itself. Most
 * scalars are strings, so one pattern joining all the tags' patterns rules them out first.
 */
function plainScalarResolver(options: ParseOptions & SchemaOptions): (source: string) => unknown {
  const tags = new Schema(options).tags.filter(
    (tag): tag is ImplicitTag => !tag.collection && tag.default === true && !!tag.test,
  );
  // Patterns with flags cannot be joined faithfully; then every scalar takes the long test.
  const any = tags.every((tag) => tag.test.flags === '')
    ? new RegExp(tags.map((tag) => `(?:${tag.test.source})`).join('|'))
    : /(?:)/;
  return (source) => {
    if (!any.test(source)) return source;
    for (const tag of tags) {
      if (!tag.test.test(source)) continue;
      const resolved = tag.resolve(source, outside, options);
      return isScalar(resolved) ? resolved.value : resolved;
    }
    return source;
  };
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Runs of text the reader takes in one native step, matched at an offset (sticky). Each stops where
 * what it reads may end; the reader then looks at the character it stopped on.
 */
const RUN = {
  /** A block key: up to `: `, a `:` ending the line, a comment (` #`) or the line end. */
  blockKey: /(?:[^\n: ]| (?!#)|:(?![ \n]|$))*/y,
  /** A plain value in a block: up to a comment or the line end (trailing spaces are trimmed after). */
  blockPlain: /(?:[^\n ]| (?!#))*/y,
  /** A plain scalar in a flow collection: up to a flow indicator, any `:`, a comment or the line end. */
  flowPlain: /(?:[^,:\n[\]{}# ]| (?!#)|(?<! )#)*/y,
  /** Inside single quotes, where `''` stands for one quote. */
  singleQuoted: /(?:[^'\n]|'')*/y,
  /** Inside double quotes; a backslash (an escape) stops it, and the reader gives up there. */
  doubleQuoted: /[^"\\\n]*/y,
};

/** Characters a plain scalar may not start with (YAML indicators); `-` is allowed before a word. */
const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![\w.]))/;
/** Flow indicators, which this reader keeps out of plain scalars even where YAML would allow them. */
const FLOW_INDICATOR = /[[\]{}]/;

interface Parsed {
  value: unknown;
  position: PositionTree;
}

/** One `key: value` into a mapping being read; a repeated key is the full parser's error to report. */
function addEntry(
  map: Record<string, unknown>,
  position: PositionTree,
  key: string,
  keyOffset: number,
  entry: Parsed,
): void {
  if (Object.hasOwn(map, key)) outside();
  map[key] = entry.value;
  entry.position.key = keyOffset;
  (position.children ??= new Map()).set(key, entry.position);
}

/** Recursive descent over the text with one cursor; every method leaves `pos` just after what it read. */
class PlainYamlReader {
  private pos = 0;
  /** Offset of the start of the line the cursor is on. */
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly resolvePlain: (source: string) => unknown,
  ) {}

  document(): Parsed {
    // Only a mapping at the left margin, as desired-state, rule and matrix files all are.
    if (this.nextLineIndent() !== 0) outside();
    return this.blockMap(0, 1);
  }

  // ---- lines --------------------------------------------------------------------------------------

  /**
   * Moves to the start of the next line with content, past blank and comment-only lines, and returns
   * its indentation; -1 at the end of the text. Leaves the cursor at the start of that line.
   */
  private nextLineIndent(): number {
    const { text } = this;
    for (;;) {
      if (this.pos >= text.length) return -1;
      let at = this.pos;
      while (text.charCodeAt(at) === SPACE) at++;
      if (at >= text.length) {
        this.pos = at;
        return -1;
      }
      const code = text.charCodeAt(at);
      if (code === NEWLINE) this.pos = at + 1;
      else if (code === HASH) this.pos = this.lineEnd(at) + 1;
      else {
        this.lineStart = this.pos;
        return at - this.pos;
      }
    }
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf('\n', from);
    return end === -1 ? this.text.length : end;
  }

  /** Past trailing spaces and a comment to the start of the next line; anything else is refused. */
  private endLine(): void {
    this.skipSpaces();
    const code = this.text.charCodeAt(this.pos);
    // A comment needs a space before it: `'a'#b` is an error the full parser explains.
    if (code === HASH && this.text.charCodeAt(this.pos - 1) === SPACE) this.pos = this.lineEnd(this.pos);
    else if (code !== NEWLINE && this.pos < this.text.length) outside();
    this.pos = Math.min(this.pos + 1, this.text.length);
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  private atLineEnd(): boolean {
    const code = this.text.charCodeAt(this.pos);
    return this.pos >= this.text.length || code === NEWLINE || code === HASH;
  }

  /** Whether `at` is on a list item's `- ` (or a lone `-`, which is refused later). */
  private isListItem(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return (
      this.text.charCodeAt(at) === DASH && (next === SPACE || next === NEWLINE || at + 1 >= this.text.length)
    );
  }

  private enter(depth: number): void {
    if (depth > this.maxDepth) outside();
  }

  // ---- block collections --------------------------------------------------------------------------

  /** A mapping whose keys stand at `column`; the cursor is on its first key. */
  private blockMap(column: number, depth: number): Parsed {
    this.enter(depth);
    const value: Record<string, unknown> = {};
    const position: PositionTree = { value: this.pos };
    for (;;) {
      const keyOffset = this.pos;
      const key = this.mapKey();
      addEntry(value, position, key, keyOffset, this.mapValue(column, depth));
      const indent = this.nextLineIndent();
      if (indent < column) return { value, position };
      if (indent > column) outside();
      this.pos += indent;
    }
  }

  /** A block key and its `:`; only string keys, each once. */
  private mapKey(): string {
    const start = this.pos;
    const key = this.key(false);
    const next = this.text.charCodeAt(this.pos + 1);
    if (
      this.text.charCodeAt(this.pos) !== COLON ||
      !(next === SPACE || next === NEWLINE || this.pos + 1 >= this.text.length)
    ) {
      outside();
    }
    // The full parser refuses a key over 1,024 characters; leave the edge to it.
    if (this.pos - start > 1000) outside();
    this.pos++;
    return key;
  }

  /** A plain block key runs to the `:` that ends it. */
  private blockPlainKey(): string {
    const colon = this.mappingColon(this.pos);
    if (colon === -1) outside();
    const source = this.text.slice(this.pos, colon).trimEnd();
    this.pos = colon;
    return source;
  }

  /** The offset of the `:` that ends a block key starting at `from`, or -1 if this line has none. */
  private mappingColon(from: number): number {
    const end = this.runEnd(RUN.blockKey, from);
    return this.text.charCodeAt(end) === COLON ? end : -1;
  }

  /** Where `run` stops when matched at `from`. */
  private runEnd(run: RegExp, from: number): number {
    run.lastIndex = from;
    run.test(this.text);
    return run.lastIndex;
  }

  /** A key, quoted or plain; only ordinary strings. */
  private key(inFlow: boolean): string {
    const key = this.atQuote()
      ? this.quoted()
      : this.plainScalar(inFlow ? this.flowPlainSource() : this.blockPlainKey());
    // Non-string keys (`1:`, `true:`) and keys with a meaning to JavaScript or YAML go the long way.
    if (typeof key !== 'string' || key === '__proto__' || key === '<<') outside();
    return key;
  }

  /** After a block key's `:`: a value on the same line, or a collection on the lines below. */
  private mapValue(column: number, depth: number): Parsed {
    this.skipSpaces();
    if (!this.atLineEnd()) {
      const value = this.inlineValue(depth + 1);
      this.endLine();
      return value;
    }
    this.endLine();
    const indent = this.nextLineIndent();
    // Nothing below (an empty value) is left to the full parser, as is a scalar on the next line.
    if (indent < column) outside();
    this.pos += indent;
    // A list may stand at its key's own indentation (`clusters:` then `- id: ...`); a mapping may not.
    if (this.isListItem(this.pos)) return this.blockList(indent, depth + 1);
    if (indent === column) outside();
    return this.blockMap(indent, depth + 1);
  }

  /** A list whose `-` stand at `column`; the cursor is on the first `-`. */
  private blockList(column: number, depth: number): Parsed {
    this.enter(depth);
    const value: unknown[] = [];
    const position: PositionTree = { value: this.pos, children: new Map() };
    for (;;) {
      if (this.text.charCodeAt(this.pos + 1) !== SPACE) outside();
      this.pos++;
      this.skipSpaces();
      if (this.atLineEnd()) outside();
      const item = this.listItem(depth);
      position.children!.set(value.length, item.position);
      value.push(item.value);
      const indent = this.nextLineIndent();
      if (indent > column) outside();
      // A line at this indentation that is not an item belongs to the mapping holding the list.
      if (indent < column || !this.isListItem(this.pos + indent)) return { value, position };
      this.pos += indent;
    }
  }

  /** What follows `- `: a mapping that starts on this line (`- id: ...`) or a single value. */
  private listItem(depth: number): Parsed {
    const code = this.text.charCodeAt(this.pos);
    if (code !== OPEN_BRACKET && code !== OPEN_BRACE && this.startsMapping())
      return this.blockMap(this.pos - this.lineStart, depth + 1);
    const value = this.inlineValue(depth + 1);
    this.endLine();
    return value;
  }

  private startsMapping(): boolean {
    if (!this.atQuote()) return this.mappingColon(this.pos) !== -1;
    const close = this.closingQuote(this.pos);
    return close !== -1 && this.text.charCodeAt(close + 1) === COLON;
  }

  // ---- values on one line -------------------------------------------------------------------------

  private inlineValue(depth: number): Parsed {
    const code = this.text.charCodeAt(this.pos);
    if (code === OPEN_BRACKET) return this.flowList(depth);
    if (code === OPEN_BRACE) return this.flowMap(depth);
    const start = this.pos;
    if (this.atQuote()) return { value: this.quoted(), position: { value: start } };
    const source = this.text.slice(start, this.runEnd(RUN.blockPlain, start)).trimEnd();
    // `a: b: c` and `a: b:` are nested mappings, errors the full parser explains.
    if (source.includes(': ') || source.endsWith(':')) outside();
    this.pos = start + source.length;
    return { value: this.plainScalar(source), position: { value: start } };
  }

  /** `[a, b]` on one line. */
  private flowList(depth: number): Parsed {
    this.enter(depth);
    const value: unknown[] = [];
    const position: PositionTree = { value: this.pos, children: new Map() };
    this.pos++;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACKET) {
      this.pos++;
      return { value, position };
    }
    for (;;) {
      const item = this.flowValue(depth);
      position.children!.set(value.length, item.position);
      value.push(item.value);
      if (this.flowSeparator(CLOSE_BRACKET)) return { value, position };
    }
  }

  /** `{ key: value, ... }` on one line. */
  private flowMap(depth: number): Parsed {
    this.enter(depth);
    const value: Record<string, unknown> = {};
    const position: PositionTree = { value: this.pos };
    this.pos++;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACE) {
      this.pos++;
      return { value, position };
    }
    for (;;) {
      const keyOffset = this.pos;
      const key = this.key(true);
      this.skipSpaces();
      if (this.text.charCodeAt(this.pos) !== COLON || this.text.charCodeAt(this.pos + 1) !== SPACE) outside();
      this.pos += 2;
      this.skipSpaces();
      addEntry(value, position, key, keyOffset, this.flowValue(depth));
      if (this.flowSeparator(CLOSE_BRACE)) return { value, position };
    }
  }

  /** After a flow item: past the closing bracket (true: done) or past `,` with more to come (false). */
  private flowSeparator(close: number): boolean {
    this.skipSpaces();
    const code = this.text.charCodeAt(this.pos);
    this.pos++;
    if (code === close) return true;
    if (code !== COMMA) outside();
    this.skipSpaces();
    // A trailing comma is legal YAML with edge cases of its own; leave it to the full parser.
    const next = this.text.charCodeAt(this.pos);
    if (next === CLOSE_BRACKET || next === CLOSE_BRACE) outside();
    return false;
  }

  private flowValue(depth: number): Parsed {
    const code = this.text.charCodeAt(this.pos);
    if (code === OPEN_BRACKET) return this.flowList(depth + 1);
    if (code === OPEN_BRACE) return this.flowMap(depth + 1);
    const start = this.pos;
    if (this.atQuote()) return { value: this.quoted(), position: { value: start } };
    return { value: this.plainScalar(this.flowPlainSource()), position: { value: start } };
  }

  /**
   * A plain scalar inside a flow collection runs to a flow indicator, a `:`, a comment or the line end.
   * (YAML allows `:` inside one, as in `[a:b]`; this reader leaves such text to the full parser.)
   */
  private flowPlainSource(): string {
    const start = this.pos;
    const source = this.text.slice(start, this.runEnd(RUN.flowPlain, start)).trimEnd();
    this.pos = start + source.length;
    return source;
  }

  // ---- scalars ------------------------------------------------------------------------------------

  /** A plain scalar's value: null, boolean, number or string. */
  private plainScalar(source: string): unknown {
    if (source === '' || INDICATOR_START.test(source) || FLOW_INDICATOR.test(source)) outside();
    return this.resolvePlain(source);
  }

  private atQuote(): boolean {
    const code = this.text.charCodeAt(this.pos);
    return code === SINGLE_QUOTE || code === DOUBLE_QUOTE;
  }

  /** The offset of the quote that closes the one at `from`, on the same line; -1 if there is none. */
  private closingQuote(from: number): number {
    const quote = this.text.charCodeAt(from);
    const end = this.runEnd(quote === SINGLE_QUOTE ? RUN.singleQuoted : RUN.doubleQuoted, from + 1);
    return this.text.charCodeAt(end) === quote ? end : -1;
  }

  /** A quoted scalar on one line: `'it''s'` or `"text"` without escapes. */
  private quoted(): string {
    const start = this.pos;
    const close = this.closingQuote(start);
    if (close === -1) outside();
    this.pos = close + 1;
    const inner = this.text.slice(start + 1, close);
    return this.text.charCodeAt(start) === SINGLE_QUOTE ? inner.replaceAll("''", "'") : inner;
  }
}
