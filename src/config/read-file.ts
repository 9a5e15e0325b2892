import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';
import { InputError } from './diagnostics.js';

/**
 * A desired-state file is written by people. Ten MiB holds tens of thousands of cluster entries; a larger
 * file is a mistake (a log or an export passed by accident) or an attack, and is refused before reading.
 */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

/** Reads a text file as UTF-8 with bounds and located errors; never throws anything but InputError. */
export function readTextFile(file: string, what: string, maxBytes = MAX_CONFIG_BYTES): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError([{ file, message: `${what} is a directory, not a file` }]);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file, message: describeFsError(error, what) }]);
  }
  if (size > maxBytes) {
    throw new InputError([
      {
        file,
        message: `${what} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Use 'match:' selectors instead of listing every cluster, or check that the right file was given.`,
      },
    ]);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError([{ file, message: describeFsError(error, what) }]);
  }
  return decodeUtf8(file, bytes);
}

function decodeUtf8(file: string, bytes: Buffer): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new InputError([
      { file, line: 1, column: 1, message: 'the file is UTF-16 encoded; save it as UTF-8' },
    ]);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const invalidAt = firstInvalidUtf8Offset(bytes);
    const before = bytes.subarray(0, invalidAt).toString('utf8');
    const lines = before.split('\n');
    const diagnostic: Diagnostic = {
      file,
      line: lines.length,
      column: [...(lines.at(-1) ?? '')].length + 1,
      message: `the file is not valid UTF-8 (byte 0x${bytes[invalidAt]?.toString(16).padStart(2, '0')} at offset ${invalidAt}); save it as UTF-8`,
    };
    throw new InputError([diagnostic]);
  }
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on the longest valid prefix; a prefix may end inside a valid multi-byte sequence,
  // so decode with stream:true, which tolerates an incomplete tail.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.floor((low + high + 1) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return Math.min(low, bytes.length - 1);
}

function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${what} not found: check the path (it is resolved from ${process.cwd()})`;
  if (code === 'EACCES' || code === 'EPERM') return `${what} cannot be read: permission denied`;
  if (code === 'EISDIR') return `${what} is a directory, not a file`;
  return `${what} cannot be read: ${(error as Error)?.message ?? String(error)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
