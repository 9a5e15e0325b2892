import { describe, expect, it } from '@jest/globals';
import { LazySourceMap } from '../../src/config/lazy-source-map.js';
import { parseYaml } from '../../src/config/parse-yaml.js';
import type { SourceMap } from '../../src/config/source-map.js';

const TEXT = 'id: X1\nsource:\n  citation: SM26\n  date: 2026-01-06\nlist:\n  - a\n  - b: 1\n';

describe('LazySourceMap', () => {
  it('builds its map on the first locate only, and answers as the eager map does', () => {
    const eager = parseYaml('x.yaml', TEXT).sourceMap;
    let loads = 0;
    const lazy = new LazySourceMap('x.yaml', (): SourceMap => {
      loads++;
      return parseYaml('x.yaml', TEXT).sourceMap;
    });
    expect(loads).toBe(0);
    expect(lazy.parsed).toBe(false);
    expect(lazy.file).toBe('x.yaml');
    const paths = [[], ['id'], ['source', 'date'], ['list', 1, 'b'], ['list', 7], ['nope', 'deeper']];
    for (const path of paths) {
      for (const prefer of ['key', 'value'] as const) {
        expect(lazy.locate(path, prefer)).toEqual(eager.locate(path, prefer));
      }
      expect(lazy.locate(path)).toEqual(eager.locate(path));
    }
    expect(loads).toBe(1);
    expect(lazy.parsed).toBe(true);
  });
});
