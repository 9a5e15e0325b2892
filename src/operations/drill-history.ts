import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../config/diagnostics.js';

/** One restore drill, as a line of the history file (JSON lines), so trends can be plotted. */
export interface DrillRecord {
  at: string;
  cluster: string;
  target: string;
  recoveryPointId: string;
  /** Age of the restored recovery point when the drill started: the data a real restore would lose. */
  rpoSeconds: number;
  /** How long the restore job took: how long a real restore would take. */
  rtoSeconds: number;
  status: 'succeeded' | 'failed';
  jobId?: string;
  error?: string;
}

export function appendDrillRecord(file: string, record: DrillRecord): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  } catch (error) {
    throw new InputError([
      { file, message: `cannot append to the drill history: ${(error as Error).message}` },
    ]);
  }
}
