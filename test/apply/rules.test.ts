import { describe, expect, it } from '@jest/globals';
import { approvalRule, approver, CONFIRM_QUESTION } from '../../src/apply/approval.js';
import { classifyFailure, withWriteRetries } from '../../src/apply/retries.js';
import { AzureRequestError } from '../../src/azure/azure-error.js';
import type { PlannedChange } from '../../src/plan/model.js';
import { recordingTimer } from '../emulator/testing.js';

/** The judgement calls of apply: which failures to retry, and who may approve. */
const error = (statusCode: number | undefined, code: string | undefined, message = ''): AzureRequestError =>
  new AzureRequestError(message, statusCode, code, message);

describe('classifyFailure', () => {
  it.each([
    [error(undefined, 'UserErrorMissingRequiredPermissions'), 'propagation'],
    [
      error(
        400,
        'SomeNewCode',
        'If permissions have already been assigned, please wait for some time before retrying since the role propagation can take a while.',
      ),
      'propagation',
    ],
    [error(undefined, 'UserErrorKubernetesBackupExtensionUnhealthy'), 'propagation'],
    [error(400, 'PrincipalNotFound'), 'principal-not-found'],
    [error(undefined, 'InternalServerError'), 'transient'],
    [error(503, 'ServiceUnavailable'), 'transient'],
    [error(429, undefined), 'transient'],
    [error(undefined, undefined, 'socket hang up'), 'transient'],
    [error(undefined, 'ECONNRESET', 'read ECONNRESET'), 'transient'],
    [error(400, 'BMSUserErrorInvalidInput'), 'final'],
    [error(undefined, 'ScenarioPluginInvalidWorkflowDataRequest'), 'final'],
    [error(403, 'AuthorizationFailed'), 'final'],
    [error(400, 'InvalidParameter'), 'final'],
    [error(404, 'ResourceNotFound'), 'final'],
    [new Error('the plan names no principal'), 'transient'],
  ] as const)('%# %s → %s', (failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });
});

describe('withWriteRetries', () => {
  it('waits with growing delays per failure class and gives up when that class runs out', async () => {
    const timer = recordingTimer();
    let calls = 0;
    const outcome = await withWriteRetries(
      async () => {
        calls++;
        if (calls <= 2) throw error(undefined, 'UserErrorMissingRequiredPermissions');
        if (calls === 3) throw error(500, 'InternalServerError');
        return 'ok';
      },
      {
        propagation: { attempts: 3, firstDelayMs: 1000, maxDelayMs: 10_000 },
        transient: { attempts: 2, firstDelayMs: 100, maxDelayMs: 100 },
      },
      timer,
      undefined,
    );
    expect(outcome).toBe('ok');
    // random() is 0.5: each wait is 87.5% of the backoff.
    expect(timer.waits).toEqual([875, 1750, 87.5]);
    await expect(
      withWriteRetries(
        async () => Promise.reject(error(undefined, 'PrincipalNotFound')),
        {},
        timer,
        undefined,
      ),
    ).rejects.toThrow();
  });

  it('never retries a final failure', async () => {
    let calls = 0;
    await expect(
      withWriteRetries(
        async () => {
          calls++;
          throw error(400, 'BMSUserErrorInvalidInput');
        },
        { transient: { attempts: 5, firstDelayMs: 1, maxDelayMs: 1 } },
        recordingTimer(),
        undefined,
      ),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('approval', () => {
  const changes: PlannedChange[] = [
    { action: 'create', kind: 'backupPolicy', id: '/subscriptions/x/p', phase: 4, reasons: ['why'] },
  ];

  it('--auto-approve and the action approve without a question', () => {
    expect(approvalRule(true, undefined)).toEqual({ kind: 'approved' });
    expect(approvalRule(false, { kind: 'workflow' })).toEqual({ kind: 'approved' });
  });

  it('without a terminal and without --auto-approve, refuses and says what to do', () => {
    const rule = approvalRule(false, undefined);
    expect(rule.kind).toBe('refused');
    expect(rule.kind === 'refused' && rule.reason).toContain('give --auto-approve');
  });

  it('in a terminal, shows the plan and goes ahead only on yes', async () => {
    const shown: string[] = [];
    const asked: string[] = [];
    for (const [answer, expected] of [
      ['yes', true],
      ['no', false],
    ] as const) {
      const rule = approvalRule(false, {
        kind: 'terminal',
        confirm: async (question) => {
          asked.push(question);
          return answer === 'yes';
        },
      });
      if (rule.kind === 'refused') throw new Error('unexpected');
      expect(await approver(rule, (text) => shown.push(text))(changes)).toBe(expected);
    }
    expect(shown[0]).toContain('+ backupPolicy "/subscriptions/x/p"');
    expect(asked).toEqual([CONFIRM_QUESTION, CONFIRM_QUESTION]);
  });
});
