import { describe, expect, it } from '@jest/globals';
import { annotate, MAX_ANNOTATIONS_PER_TYPE, type AnnotationSink } from '../../src/github/annotations.js';
import { buildReport } from '../../src/report/build.js';
import type { Finding } from '../../src/report/model.js';

function recorder() {
  const calls: { type: string; message: string; props: object }[] = [];
  const sink: AnnotationSink = {
    error: (message, props) => calls.push({ type: 'error', message, props }),
    warning: (message, props) => calls.push({ type: 'warning', message, props }),
    notice: (message, props) => calls.push({ type: 'notice', message, props }),
  };
  return { calls, sink };
}

describe('annotate', () => {
  it('keeps the ten most severe of each type, skips exempted findings, maps info to notice', () => {
    const findings: Finding[] = [
      ...Array.from({ length: 15 }, (_, i) => ({
        ruleId: 'AKSB001',
        severity: 'error' as const,
        message: `e${i}`,
        file: 'c.yaml',
        line: i + 1,
        exempted: false,
      })),
      { ruleId: 'AKSB026', severity: 'warning', message: 'w', exempted: false },
      { ruleId: 'AKSB027', severity: 'info', message: 'i', cluster: 'aks-a', exempted: false },
      { ruleId: 'AKSB007', severity: 'error', message: 'x', exempted: true },
    ];
    const { calls, sink } = recorder();
    annotate(buildReport({ command: 'plan', failOn: 'error', now: new Date(), findings }), sink);
    expect(calls.filter((c) => c.type === 'error')).toHaveLength(MAX_ANNOTATIONS_PER_TYPE);
    expect(calls.filter((c) => c.type === 'error').map((c) => c.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `e${i}`),
    );
    expect(calls.find((c) => c.type === 'notice')).toEqual({
      type: 'notice',
      message: 'i',
      props: { title: 'AKSB027 aks-a' },
    });
    expect(calls.some((c) => c.message === 'x')).toBe(false);
    expect(calls[0]!.props).toEqual({ title: 'AKSB001', file: 'c.yaml', startLine: 1, startColumn: 1 });
  });
});
