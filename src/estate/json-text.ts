/**
 * Positions in JSON text, for messages that name a line and column. JSON.parse reports a position for
 * some errors only ("Unexpected token 'x', "..." is not valid JSON" has none, and the wording changes
 * between Node versions), so a syntax error is located again by a small scanner of RFC 8259 grammar
 * that runs only after JSON.parse has failed. The scanner is iterative: a hostile file nested a
 * million levels deep cannot overflow the stack here.
 */

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points), as editors count. */
  column: number;
}

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type Expect = 'value' | 'firstValueOrClose' | 'key' | 'firstKeyOrClose' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

/** The first syntax error in `text`, or undefined when it is valid JSON (agrees with JSON.parse). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let pos = skipWhitespace(text, 0);
  if (pos >= text.length) return { offset: pos, message: 'the file holds no JSON value' };
  for (;;) {
    pos = skipWhitespace(text, pos);
    const ch = text[pos];
    if (ch === undefined) {
      if (stack.length === 0 && expect === 'after') return undefined;
      return { offset: text.length, message: `the file ends too early: ${describeExpected(expect, stack)}` };
    }
    switch (expect) {
      case 'firstValueOrClose':
      case 'value': {
        if (ch === ']' && (expect === 'firstValueOrClose' || afterComma)) {
          if (afterComma)
            return { offset: pos, message: "a ',' before ']' is not allowed in JSON: remove it" };
          stack.pop();
          expect = 'after';
          pos++;
          break;
        }
        afterComma = false;
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          expect = ch === '{' ? 'firstKeyOrClose' : 'firstValueOrClose';
          pos++;
          break;
        }
        const end = scanScalar(text, pos);
        if (typeof end !== 'number') return end;
        pos = end;
        expect = 'after';
        break;
      }
      case 'firstKeyOrClose':
      case 'key': {
        if (ch === '}') {
          if (afterComma)
            return { offset: pos, message: "a ',' before '}' is not allowed in JSON: remove it" };
          stack.pop();
          expect = 'after';
          pos++;
          break;
        }
        afterComma = false;
        if (ch !== '"') {
          return {
            offset: pos,
            message: `expected a property name in double quotes, found ${describeChar(ch)}`,
          };
        }
        const end = scanString(text, pos);
        if (typeof end !== 'number') return end;
        pos = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':')
          return { offset: pos, message: `expected ':' after the property name, found ${describeChar(ch)}` };
        pos++;
        expect = 'value';
        break;
      case 'after': {
        const open = stack.at(-1);
        if (open === undefined) {
          return { offset: pos, message: `unexpected ${describeChar(ch)} after the end of the JSON value` };
        }
        const close = open === '{' ? '}' : ']';
        if (ch === ',') {
          expect = open === '{' ? 'key' : 'value';
          afterComma = true;
          pos++;
        } else if (ch === close) {
          stack.pop();
          pos++;
        } else {
          return { offset: pos, message: `expected ',' or '${close}', found ${describeChar(ch)}` };
        }
        break;
      }
    }
  }
}

function scanScalar(text: string, pos: number): number | JsonSyntaxError {
  const ch = text[pos] ?? '';
  if (ch === '"') return scanString(text, pos);
  if (ch === '-' || (ch >= '0' && ch <= '9')) {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match) return { offset: pos, message: 'a malformed number' };
    return pos + match[0].length;
  }
  for (const literal of LITERALS) {
    if (text.startsWith(literal, pos)) return pos + literal.length;
  }
  const hint = ch === "'" ? ' (JSON strings use double quotes)' : '';
  return {
    offset: pos,
    message: `expected a value (string, number, object, list, true, false or null), found ${describeChar(ch)}${hint}`,
  };
}

/** From an opening quote to just past the closing one. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 0x22) return pos + 1;
    if (code < 0x20) {
      return {
        offset: pos,
        message: 'a string contains a raw control character (a line break?): escape it, e.g. \\n',
      };
    }
    if (code === 0x5c) {
      const next = text[pos + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          return { offset: pos, message: 'a \\u escape needs four hexadecimal digits' };
        }
        pos += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: pos, message: `'\\${next ?? ''}' is not a JSON escape` };
      }
      pos += 2;
      continue;
    }
    pos++;
  }
  return { offset: start, message: 'a string is not closed: a double quote is missing' };
}

function skipWhitespace(text: string, pos: number): number {
  let at = pos;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) at++;
    else return at;
  }
}

function describeExpected(expect: Expect, stack: readonly string[]): string {
  const open = stack.length;
  const closers = open > 0 ? ` (${open} unclosed '${stack.at(-1)}')` : '';
  switch (expect) {
    case 'colon':
      return `expected ':'${closers}`;
    case 'key':
    case 'firstKeyOrClose':
      return `expected a property name${closers}`;
    case 'after':
      return `expected ',' or '${stack.at(-1) === '{' ? '}' : ']'}'${closers}`;
    default:
      return `expected a value${closers}`;
  }
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).padStart(4, '0')})`;
  return `'${ch}'`;
}

/**
 * Finds where values stand in valid JSON text, for messages about a value that parsed but is wrong (a
 * missing `type`, a bad `schemaVersion`). Used only once something is wrong. A snapshot can be hundreds
 * of MiB and hold a problem per resource, so the locator remembers the element offsets of the lists it
 * walked and the last line it counted to: fifty problems cost about one pass over the text, not fifty.
 */
export class JsonLocator {
  private readonly elementStarts = new Map<number, number[]>();
  private lineCursor = { offset: 0, line: 1, lineStart: 0 };

  constructor(private readonly text: string) {}

  /** Position of the value at `path` (or of its key); the nearest enclosing value when the path ends early. */
  position(path: readonly (string | number)[], at: 'key' | 'value' = 'value'): TextPosition {
    return this.positionOf(this.offsetOf(path, at));
  }

  /** With repeated keys JSON.parse keeps the last, so the last occurrence is the one found. */
  offsetOf(path: readonly (string | number)[], at: 'key' | 'value' = 'value'): number {
    const text = this.text;
    let pos = skipWhitespace(text, 0);
    let keyPos = pos;
    for (const segment of path) {
      const ch = text[pos];
      if (typeof segment === 'number' && ch === '[') {
        const element = this.element(pos, segment);
        if (element === undefined) return pos;
        keyPos = element;
        pos = element;
      } else if (typeof segment === 'string' && ch === '{') {
        const found = findKey(text, pos, segment);
        if (!found) return pos;
        keyPos = found.key;
        pos = found.value;
      } else {
        return pos;
      }
    }
    return at === 'key' ? keyPos : pos;
  }

  /** Line and column of an offset (UTF-16 units, as JavaScript strings count). */
  positionOf(offset: number): TextPosition {
    const text = this.text;
    const end = Math.max(0, Math.min(offset, text.length));
    let { line, lineStart } = this.lineCursor;
    if (end < this.lineCursor.offset) {
      line = 1;
      lineStart = 0;
    }
    const from = end < this.lineCursor.offset ? 0 : this.lineCursor.offset;
    for (let at = text.indexOf('\n', from); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
      line++;
      lineStart = at + 1;
    }
    this.lineCursor = { offset: end, line, lineStart };
    // Columns count characters: a surrogate pair (an emoji) is one column, as editors show it.
    return { line, column: [...text.slice(lineStart, end)].length + 1 };
  }

  private element(arrayStart: number, index: number): number | undefined {
    const text = this.text;
    let starts = this.elementStarts.get(arrayStart);
    if (!starts) {
      starts = [];
      const first = skipWhitespace(text, arrayStart + 1);
      if (text[first] !== ']') starts.push(first);
      this.elementStarts.set(arrayStart, starts);
    }
    while (starts.length <= index) {
      const last = starts.at(-1);
      if (last === undefined) return undefined;
      const after = skipWhitespace(text, skipValue(text, last));
      if (text[after] !== ',') return undefined;
      starts.push(skipWhitespace(text, after + 1));
    }
    return starts[index];
  }
}

/** Line and column of an offset in `text` (for one-off positions). */
export function positionAt(text: string, offset: number): TextPosition {
  return new JsonLocator(text).positionOf(offset);
}

function findKey(
  text: string,
  objectStart: number,
  wanted: string,
): { key: number; value: number } | undefined {
  let found: { key: number; value: number } | undefined;
  let cursor = skipWhitespace(text, objectStart + 1);
  while (text[cursor] === '"') {
    const keyEnd = scanString(text, cursor);
    if (typeof keyEnd !== 'number') return found;
    const key = JSON.parse(text.slice(cursor, keyEnd)) as string;
    let valueStart = skipWhitespace(text, keyEnd);
    if (text[valueStart] !== ':') return found;
    valueStart = skipWhitespace(text, valueStart + 1);
    if (key === wanted) found = { key: cursor, value: valueStart };
    cursor = skipWhitespace(text, skipValue(text, valueStart));
    if (text[cursor] !== ',') break;
    cursor = skipWhitespace(text, cursor + 1);
  }
  return found;
}

/** Just past the value starting at `pos`, counting brackets outside strings (iterative). */
function skipValue(text: string, pos: number): number {
  let depth = 0;
  let at = pos;
  while (at < text.length) {
    const ch = text[at];
    if (ch === '"') {
      const end = scanString(text, at);
      at = typeof end === 'number' ? end : text.length;
    } else if (ch === '{' || ch === '[') {
      depth++;
      at++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) return at;
      depth--;
      at++;
    } else if (depth === 0 && (ch === ',' || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t')) {
      return at;
    } else {
      at++;
    }
    if (depth === 0 && (ch === '"' || ch === '}' || ch === ']')) return at;
  }
  return at;
}
