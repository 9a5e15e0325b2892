import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/**
 * Takes each element of `resources` as soon as it is parsed; false rejects it, and the file is then
 * read whole (the path that says what is wrong). Elements it takes are not kept by the reader.
 */
export type ResourceConsumer = (element: unknown) => boolean;

/**
 * Reads a snapshot file's top-level JSON object in chunks and parses each element of its `resources`
 * list on its own, so the whole text never sits in memory beside what it parses to. For 10,000 clusters
 * (220 MB) that is the difference between a 635 MB and a ~420 MB peak: the bytes, their string and the
 * parsed documents were all alive at once.
 *
 * Without a consumer the elements are collected into `resources`; with one, each goes to the consumer
 * and `resources` comes back empty, so documents the consumer does not keep never outlive their parse.
 *
 * It only recognises well-formed input. Anything else — a syntax error, invalid UTF-8, a byte-order
 * mark, a top level that is not an object, a second `resources` key, an element the consumer rejects —
 * returns undefined, and the caller reads the file whole, which says exactly what is wrong and where.
 */
export function readSnapshotInPieces(
  file: string,
  {
    consume,
    chunkBytes = DEFAULT_CHUNK_BYTES,
    counts,
  }: { consume?: ResourceConsumer; chunkBytes?: number; counts?: ReadCounts } = {},
): Record<string, unknown> | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const collected: unknown[] = [];
    const scanner = new TopLevelScanner(
      counts ?? { whole: 0, scanned: 0, missedSearches: 0 },
      consume ??
        ((element) => {
          collected.push(element);
          return true;
        }),
    );
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      if (!scanner.feed(chunk.subarray(0, read))) return undefined;
    }
    const envelope = scanner.finish();
    if (envelope !== undefined) envelope.resources = collected;
    return envelope;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

/** How the elements were found: what tests check the layouts of export's files take the quick way. */
export interface ReadCounts {
  /** Elements taken whole by their closing line. */
  whole: number;
  /** Elements found byte by byte. */
  scanned: number;
  /** Searches for a closing line that found none, or text that did not parse. */
  missedSearches: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
/** Deeper than this, a line's leading whitespace is not taken for an element's indentation. */
const MAX_INDENT = 64;
/** After this many elements in a row not found by their closing line, the rest is scanned byte by byte. */
const MAX_WHOLE_MISSES = 8;

/** Whether an odd number of backslashes stands right before `end`, looking back no further than `from`. */
function oddBackslashesBefore(chunk: Buffer, end: number, from: number): boolean {
  let run = 0;
  for (let at = end - 1; at >= from && chunk[at] === BACKSLASH; at--) run++;
  return run % 2 === 1;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * A byte-level pass over JSON text that tracks nesting and strings only. Bytes outside the `resources`
 * list make up the envelope (parsed at the end, with `resources` empty); each element of the list is cut
 * out at its top-level commas and parsed as soon as it is complete.
 */
class TopLevelScanner {
  constructor(
    private readonly counts: ReadCounts,
    private readonly consume: ResourceConsumer,
  ) {}

  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The last string closed at depth 1 (a key, when a `:` follows). */
  private lastKeyStart = -1;
  private lastKey: Buffer[] = [];
  private lastKeyText: string | undefined;
  private sawColonAfterKey = false;
  private inResources = false;
  private resourcesSeen = false;
  private readonly envelope: Buffer[] = [];
  private elementCount = 0;
  /** The current element's bytes from earlier chunks. */
  private pending: Buffer[] = [];
  private elementStarted = false;
  /** An element was taken whole by its closing line: a `,` or the list's `]` must come next. */
  private separatorDue = false;
  private started = false;
  /** `\n` + an element's indentation + `}`, by indentation. */
  private readonly closingLines = new Map<string, Buffer>();
  /** Elements in a row that could not be taken by their closing line. */
  private wholeMisses = 0;

  feed(chunk: Buffer): boolean {
    let envelopeFrom = this.inResources ? -1 : 0;
    let elementFrom = this.inResources && this.elementStarted ? 0 : -1;
    const length = chunk.length;
    let index = 0;
    while (index < length) {
      const byte = chunk[index] as number;
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          index++;
          continue;
        }
        // Jump to the next quote: most of a snapshot's bytes are inside strings. It ends the string
        // unless an odd run of backslashes stands before it.
        const quote = chunk.indexOf(QUOTE, index);
        if (quote === -1) {
          this.escaped = oddBackslashesBefore(chunk, length, index);
          index = length;
          break;
        }
        if (oddBackslashesBefore(chunk, quote, index)) {
          index = quote + 1;
          continue;
        }
        this.inString = false;
        if (this.depth === 1) this.closeKey(chunk, quote);
        index = quote + 1;
        continue;
      }
      if (!this.started) {
        if (isSpace(byte)) {
          index++;
          continue;
        }
        if (byte !== OPEN_BRACE) return false; // not an object (or a byte-order mark): read it whole
        this.started = true;
      }
      if (this.inResources && this.depth === 2 && !this.elementStarted && !isSpace(byte)) {
        if (this.separatorDue) {
          this.separatorDue = false;
          if (byte === COMMA) {
            index++;
            continue;
          }
          if (byte !== CLOSE_BRACKET) return false; // two values where one belongs
        } else if (byte === CLOSE_BRACKET) {
          // `[]`, or a trailing comma the whole-text parse will report.
          if (this.elementCount > 0) return false;
        } else {
          if (byte === COMMA) return false;
          if (byte === OPEN_BRACE) {
            const after = this.takeWhole(chunk, index);
            if (after === false) return false;
            if (after > index) {
              this.separatorDue = true;
              index = after;
              continue;
            }
          }
          this.elementStarted = true;
          elementFrom = index;
        }
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1) {
            this.lastKeyStart = index + 1;
            this.lastKey = [];
            this.lastKeyText = undefined;
            this.sawColonAfterKey = false;
          }
          break;
        case COLON:
          if (this.depth === 1) this.sawColonAfterKey = this.lastKeyText !== undefined;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          this.depth++;
          if (
            byte === OPEN_BRACKET &&
            this.depth === 2 &&
            this.sawColonAfterKey &&
            this.lastKeyText === 'resources'
          ) {
            if (this.resourcesSeen) return false; // a repeated key: JSON.parse keeps the last; read whole
            this.resourcesSeen = true;
            this.inResources = true;
            // Copied: the chunk's buffer is reused for the next read.
            this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom, index + 1)));
            envelopeFrom = -1;
          }
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (this.inResources && this.depth === 2) {
            if (byte !== CLOSE_BRACKET) return false;
            if (this.elementStarted && !this.endElement(chunk, elementFrom, index)) return false;
            elementFrom = -1;
            this.inResources = false;
            envelopeFrom = index;
          }
          this.depth--;
          if (this.depth < 0) return false;
          break;
        case COMMA:
          if (this.inResources && this.depth === 2) {
            if (!this.elementStarted || !this.endElement(chunk, elementFrom, index)) return false;
            elementFrom = -1;
          }
          break;
        default:
      }
      if (this.depth === 1 && !isSpace(byte) && byte !== QUOTE && byte !== COLON)
        this.sawColonAfterKey = false;
      index++;
    }
    if (this.inString && this.depth === 1 && this.lastKeyStart >= 0) {
      this.lastKey.push(Buffer.from(chunk.subarray(this.lastKeyStart)));
      this.lastKeyStart = 0;
    }
    if (envelopeFrom >= 0) this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom)));
    if (elementFrom >= 0) this.pending.push(Buffer.from(chunk.subarray(elementFrom)));
    return true;
  }

  finish(): Record<string, unknown> | undefined {
    if (!this.started || this.depth !== 0 || this.inString || !this.resourcesSeen) return undefined;
    const bytes = Buffer.concat(this.envelope);
    if (!isUtf8(bytes)) return undefined;
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    if (!Array.isArray(record.resources) || record.resources.length !== 0) return undefined;
    return record;
  }

  private closeKey(chunk: Buffer, end: number): void {
    const parts = this.lastKeyStart >= 0 ? [...this.lastKey, chunk.subarray(this.lastKeyStart, end)] : [];
    this.lastKeyStart = -1;
    this.lastKey = [];
    // Only short strings can be the key looked for; long values are not kept.
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    this.lastKeyText = size <= 32 ? Buffer.concat(parts).toString('latin1') : '';
  }

  /**
   * An element that starts with `{` at `start`, found by its closing line instead of byte by byte: in a
   * pretty-printed file (what export writes) each element ends with a line holding only its own
   * indentation and `}`. Where that line is in this chunk, the text up to it is parsed; a raw newline
   * cannot stand inside a JSON string, and a text that stops at an inner `}` does not parse, so only the
   * whole element parses. Returns the index after the element once taken, `start` when the element is
   * left to the byte scan (no closing line in this chunk, or the text up to it does not parse: another
   * layout), and false when the element is taken and refused, as the byte scan would refuse it. Scanning
   * byte by byte in JavaScript was the larger part of reading a 220 MB snapshot (about 0.7 of 1.8 s).
   */
  private takeWhole(chunk: Buffer, start: number): number | false {
    // A file laid out another way fails every time, and each failure searches the rest of the chunk:
    // after a few in a row the byte scan does the rest. An element cut by a chunk's end fails once.
    if (this.wholeMisses >= MAX_WHOLE_MISSES) return start;
    const closing = this.closingLineOf(chunk, start);
    const at = closing === undefined ? -1 : chunk.indexOf(closing, start + 1);
    if (closing === undefined || at === -1) {
      this.wholeMisses++;
      this.counts.missedSearches++;
      return start;
    }
    const end = at + closing.length;
    const bytes = chunk.subarray(start, end);
    if (!isUtf8(bytes)) return false;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      this.wholeMisses++;
      this.counts.missedSearches++;
      return start;
    }
    this.wholeMisses = 0;
    this.elementCount++;
    this.counts.whole++;
    return this.consume(value) ? end : false;
  }

  /** `\n` + the indentation of the line `start` is on + `}`; undefined if text comes before `start`. */
  private closingLineOf(chunk: Buffer, start: number): Buffer | undefined {
    const lineStart = chunk.lastIndexOf(NEWLINE, start) + 1;
    if (lineStart === 0 || start - lineStart > MAX_INDENT) return undefined;
    const indent = chunk.subarray(lineStart, start);
    if (!indent.every((byte) => byte === 0x20 || byte === 0x09)) return undefined;
    const key = indent.toString('latin1');
    let closing = this.closingLines.get(key);
    if (!closing) {
      closing = Buffer.concat([Buffer.of(NEWLINE), indent, Buffer.of(CLOSE_BRACE)]);
      this.closingLines.set(key, closing);
    }
    return closing;
  }

  private endElement(chunk: Buffer, from: number, to: number): boolean {
    const tail = chunk.subarray(Math.max(from, 0), to);
    const bytes = this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]);
    this.pending = [];
    this.elementStarted = false;
    if (!isUtf8(bytes)) return false;
    this.elementCount++;
    this.counts.scanned++;
    return this.consume(JSON.parse(bytes.toString('utf8')));
  }
}
