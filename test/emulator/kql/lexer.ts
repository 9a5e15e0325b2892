/**
 * Tokens of the KQL subset the emulator evaluates. Anything the lexer cannot place is reported with its
 * offset, so a query the project sends either runs exactly as written or fails loudly with a 400.
 */
export type TokenKind = 'ident' | 'string' | 'number' | 'op' | 'punct' | 'datetime' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** The decoded value of string literals; the text otherwise. */
  value: string;
  offset: number;
}

export class KqlError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(offset === undefined ? message : `${message} (at offset ${offset})`);
    this.name = 'KqlError';
  }
}

// Longest first, so that '!in~' is not read as '!in' followed by '~'.
const OPERATORS = ['!in~', 'in~', '!in', '==', '!=', '=~', '!~', '<=', '>=', '<', '>', '='];
const PUNCTUATION = new Set(['|', ',', '(', ')', '[', ']', '.', '-']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    const raw = text.slice(start, end);
    tokens.push({ kind, text: raw, value: value ?? raw, offset: start });
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const start = i;
      let value = '';
      i++;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === '\\') {
          const next = text[i + 1];
          if (next === undefined) break;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      if (i >= text.length) throw new KqlError('unterminated string literal', start);
      i++;
      push('string', start, i, value);
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const start = i;
      while (i < text.length && /[0-9]/.test(text[i]!)) i++;
      push('number', start, i);
      continue;
    }
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, i));
    // 'in' and 'in~' are words too: only treat 'in~' as an operator here; bare 'in' is an identifier.
    if (op !== undefined && !(op === 'in~' && /[A-Za-z0-9_]/.test(text[i - 1] ?? ''))) {
      push('op', i, i + op.length);
      i += op.length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      const word = text.slice(start, i);
      // datetime(2026-01-01T00:00:00Z) is a literal whose body is not a token sequence.
      if (word === 'datetime' && text[i] === '(') {
        const close = text.indexOf(')', i);
        if (close < 0) throw new KqlError('unterminated datetime literal', start);
        push('datetime', start, close + 1, text.slice(i + 1, close).trim());
        i = close + 1;
        continue;
      }
      push('ident', start, i);
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      push('punct', i, i + 1);
      i++;
      continue;
    }
    throw new KqlError(`unsupported character '${ch}'`, i);
  }
  tokens.push({ kind: 'eof', text: '', value: '', offset: text.length });
  return tokens;
}
