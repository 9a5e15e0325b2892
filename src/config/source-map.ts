import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from './diagnostics.js';

/** A JSON-pointer-like path: `['clusters', 0, 'policy']`. */
export type Path = readonly (string | number)[];

/**
 * Where one value stands: offsets into the text of the value and of its key (absent for list items and
 * the top level), and the same for the values inside it, by key or list index.
 */
export interface PositionTree {
  value: number;
  key?: number;
  children?: Map<string | number, PositionTree>;
}

/** The position of `name` inside `parent`, created empty on first use. */
function childPosition(parent: PositionTree, name: string | number): PositionTree {
  parent.children ??= new Map();
  let child = parent.children.get(name);
  if (!child) {
    child = { value: 0 };
    parent.children.set(name, child);
  }
  return child;
}

/**
 * Where each value of a YAML document stands, so that later stages (schema errors, semantic checks,
 * rule findings) can point at the exact line without carrying YAML nodes around. Holds offsets only:
 * a file has thousands of values and a run asks for the line of a few hundred, so lines and columns
 * are worked out when asked for.
 */
export class SourceMap {
  constructor(
    readonly file: string,
    private readonly root?: PositionTree,
    private readonly lines?: LineCounter,
  ) {}

  static fromDocument(file: string, root: Node | null, lines: LineCounter): SourceMap {
    if (!root) return new SourceMap(file);
    const tree: PositionTree = { value: 0 };
    // Iterative walk: a hostile file may nest deeper than the call stack allows. `at` is where the
    // node's position goes: the tree itself for the top level, else an entry of its parent's.
    const stack: { node: Node; at: PositionTree; key?: number }[] = [{ node: root, at: tree }];
    while (stack.length > 0) {
      const { node, at, key } = stack.pop()!;
      const start = node.range?.[0] ?? 0;
      at.value = start;
      at.key = key;
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const keyNode = item.key;
          const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
          const keyOffset = isScalar(keyNode) && keyNode.range ? keyNode.range[0] : start;
          const child = childPosition(at, name);
          if (item.value && typeof item.value === 'object' && 'range' in item.value) {
            stack.push({ node: item.value as Node, at: child, key: keyOffset });
          } else {
            child.value = keyOffset;
            child.key = keyOffset;
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          if (item && typeof item === 'object' && 'range' in item) {
            stack.push({ node: item as Node, at: childPosition(at, index) });
          }
        });
      }
    }
    return new SourceMap(file, tree, lines);
  }

  /**
   * The location of the value at `path`, or of its key when `prefer` is 'key'. Falls back to the nearest
   * ancestor that has one, so a message always has a line.
   */
  locate(path: Path, prefer: 'key' | 'value' = 'value'): SourceLocation {
    if (!this.root || !this.lines) return { file: this.file, line: 1, column: 1 };
    let found = this.root;
    for (const part of path) {
      const child = found.children?.get(part);
      if (!child) break;
      found = child;
    }
    const offset = prefer === 'key' && found.key !== undefined ? found.key : found.value;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
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
