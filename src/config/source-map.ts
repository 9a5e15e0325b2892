import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from './diagnostics.js';

/** A JSON-pointer-like path: `['clusters', 0, 'policy']`. */
export type Path = readonly (string | number)[];

interface Positions {
  key?: SourceLocation;
  value: SourceLocation;
}

/**
 * Where each value of a YAML document stands. Built once from the parsed document so that later stages
 * (schema errors, semantic checks, rule findings) can point at the exact line without carrying YAML
 * nodes around.
 */
export class SourceMap {
  private readonly positions = new Map<string, Positions>();

  constructor(readonly file: string) {}

  static fromDocument(file: string, root: Node | null, lines: LineCounter): SourceMap {
    const map = new SourceMap(file);
    const at = (offset: number): SourceLocation => {
      const { line, col } = lines.linePos(offset);
      return { file, line, column: col };
    };
    // Iterative walk: a hostile file may nest deeper than the call stack allows.
    const stack: { node: Node; path: Path; key?: SourceLocation }[] = [];
    if (root) stack.push({ node: root, path: [] });
    while (stack.length > 0) {
      const { node, path, key } = stack.pop()!;
      const start = node.range?.[0] ?? 0;
      map.positions.set(pathKey(path), { key, value: at(start) });
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const keyNode = item.key;
          const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
          const keyLocation = isScalar(keyNode) && keyNode.range ? at(keyNode.range[0]) : at(start);
          const childPath = [...path, name];
          if (item.value && typeof item.value === 'object' && 'range' in item.value) {
            stack.push({ node: item.value as Node, path: childPath, key: keyLocation });
          } else {
            map.positions.set(pathKey(childPath), { key: keyLocation, value: keyLocation });
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          if (item && typeof item === 'object' && 'range' in item) {
            stack.push({ node: item as Node, path: [...path, index] });
          }
        });
      }
    }
    return map;
  }

  /**
   * The location of the value at `path`, or of its key when `prefer` is 'key'. Falls back to the nearest
   * ancestor that has one, so a message always has a line.
   */
  locate(path: Path, prefer: 'key' | 'value' = 'value'): SourceLocation {
    for (let length = path.length; length >= 0; length--) {
      const found = this.positions.get(pathKey(path.slice(0, length)));
      if (found) return (prefer === 'key' && found.key) || found.value;
    }
    return { file: this.file, line: 1, column: 1 };
  }
}

function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/** `clusters[2].backup.includedNamespaces[0]`: how paths read in messages. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out || '(top level)';
}
