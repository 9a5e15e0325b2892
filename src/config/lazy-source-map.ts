import type { SourceLocation } from './diagnostics.js';
import { SourceMap, type Path } from './source-map.js';

/**
 * A SourceMap built on first use: for files whose values come from elsewhere (the built-in policies,
 * parsed ahead of time), where a run that reports nothing about them should not parse them just to have
 * their line numbers. `load` must build the eager map of the same file under the same name; every
 * `locate` then answers exactly as that map does.
 */
export class LazySourceMap extends SourceMap {
  private loaded: SourceMap | undefined;

  constructor(
    file: string,
    private readonly load: () => SourceMap,
  ) {
    super(file);
  }

  /** Whether the file has been parsed: loading the built-in catalogue must not (test/rules). */
  get parsed(): boolean {
    return this.loaded !== undefined;
  }

  override locate(path: Path, prefer: 'key' | 'value' = 'value'): SourceLocation {
    this.loaded ??= this.load();
    return this.loaded.locate(path, prefer);
  }
}
