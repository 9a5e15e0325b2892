import type { AnnotationProperties } from '@actions/core';
import type { Report, Severity } from '../report/model.js';

/** Where a diagnostic is about something other than a file (see the front doors and estate-source.ts). */
const NOT_FILES = new Set(['Azure', 'action inputs', 'command line', 'scope', 'cluster', 'max-age']);

/** The runner keeps only 10 annotations of each type per step (actions/runner ExecutionContext.cs). */
export const MAX_ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

/**
 * Annotates the YAML lines: input errors and findings, most severe first, at most ten per type so the
 * ones that matter are the ones kept.
 */
export function annotate(report: Report, sink: AnnotationSink): void {
  const counts = { error: 0, warning: 0, notice: 0 };
  const emit = (
    type: 'error' | 'warning' | 'notice',
    message: string,
    properties: AnnotationProperties,
  ): void => {
    if (counts[type] >= MAX_ANNOTATIONS_PER_TYPE) return;
    counts[type]++;
    sink[type](message, properties);
  };
  for (const error of report.errors) {
    // Problems with Azure or with the inputs have no file to point at; the rest are in a file.
    const pseudo = NOT_FILES.has(error.file);
    emit('error', error.message, {
      title: error.file === 'Azure' ? 'Azure' : pseudo ? 'Invalid input' : 'Invalid desired state',
      ...(pseudo ? {} : { file: error.file }),
      ...(!pseudo && error.line !== undefined
        ? { startLine: error.line, startColumn: error.column ?? 1 }
        : {}),
    });
  }
  for (const finding of report.findings) {
    if (finding.exempted) continue;
    emit(annotationType(finding.severity), finding.message, {
      title: `${finding.ruleId}${finding.cluster ? ` ${finding.cluster}` : ''}`,
      ...(finding.file ? { file: finding.file } : {}),
      ...(finding.line !== undefined ? { startLine: finding.line, startColumn: finding.column ?? 1 } : {}),
    });
  }
}

function annotationType(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'info' ? 'notice' : severity;
}
