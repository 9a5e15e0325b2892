/**
 * Which code was measured: the commit, and whether the working tree differed from it (engineers share
 * the tree, so a run can include uncommitted work). Unknown outside a git checkout.
 */
import { spawnSync } from 'node:child_process';

export interface SourceVersion {
  commit: string;
  uncommittedChanges: boolean | undefined;
}

export function sourceVersion(): SourceVersion {
  const git = (...args: string[]): string | undefined => {
    const result = spawnSync('git', args, { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
  const status = git('status', '--porcelain', '--untracked-files=no');
  return {
    commit: git('rev-parse', '--short', 'HEAD') ?? 'unknown',
    uncommittedChanges: status === undefined ? undefined : status !== '',
  };
}
