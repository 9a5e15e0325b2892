import { readTextFile } from '../config/read-file.js';
import { buildEstate, EstateBuilder } from './build-estate.js';
import {
  isSoundEnvelope,
  MAX_SNAPSHOT_BYTES,
  parseSnapshot,
  refuseOversize,
  soundDocuments,
  WHAT,
  type LoadSnapshotOptions,
} from './load-snapshot.js';
import type { Estate } from './model.js';
import { readSnapshotInPieces } from './read-in-pieces.js';
import type { SnapshotEnvelope } from './snapshot.js';

export interface LoadEstateOptions extends LoadSnapshotOptions {
  /** The builder documents are filed into; the benchmark passes one that times its work. */
  builder?: EstateBuilder;
}

/**
 * A snapshot file read straight into an Estate: each document goes to the builder as soon as it is
 * parsed, so the documents the estate does not keep — jobs and recovery points, 85,000 of 150,000 at
 * 10,000 clusters — are garbage before the next is read instead of living beside their views until
 * the whole file is in. Same checks, same errors as loadSnapshot + buildEstate (which is what a file
 * with any problem goes through, to be told where the problems are).
 */
export function loadEstate(file: string, options: LoadEstateOptions = {}): Estate {
  const maxBytes = options.maxBytes ?? MAX_SNAPSHOT_BYTES;
  refuseOversize(file, maxBytes);
  const builder = options.builder ?? new EstateBuilder();
  const envelope = readSnapshotInPieces(file, {
    consume: soundDocuments((resource) => builder.add(resource)),
  });
  if (envelope !== undefined && isSoundEnvelope(envelope)) {
    return builder.finish(envelope as unknown as SnapshotEnvelope);
  }
  return buildEstate(parseSnapshot(file, readTextFile(file, WHAT, maxBytes)));
}
