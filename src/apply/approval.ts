/**
 * Who approves an apply (DESIGN.md §2, issue 6):
 *  - `--auto-approve` approves;
 *  - in the GitHub Action, `command: apply` in a reviewed workflow is the approval (the front door says so
 *    through the command context);
 *  - in a terminal, the plan is shown and only `yes` goes ahead (Terraform's prompt);
 *  - with no terminal and no `--auto-approve` (a CLI in CI), apply refuses before reading Azure.
 */
import type { PlannedChange } from '../plan/model.js';
import { renderChanges } from '../report/plan-text.js';

export type ApprovalChannel =
  { kind: 'workflow' } | { kind: 'terminal'; confirm(question: string): Promise<boolean> };

export type ApprovalRule =
  | { kind: 'approved' }
  | { kind: 'ask'; confirm(question: string): Promise<boolean> }
  | { kind: 'refused'; reason: string };

export function approvalRule(autoApprove: boolean, channel: ApprovalChannel | undefined): ApprovalRule {
  if (autoApprove) return { kind: 'approved' };
  if (channel?.kind === 'workflow') return { kind: 'approved' };
  if (channel?.kind === 'terminal') return { kind: 'ask', confirm: channel.confirm };
  return {
    kind: 'refused',
    reason:
      'apply changes Azure and there is no terminal to confirm in: give --auto-approve to apply without confirmation (in CI), or run it in a terminal; in the GitHub Action, command: apply is the approval',
  };
}

export const CONFIRM_QUESTION =
  "Do you want to perform these actions?\n  AKS Backup Guard will perform the actions described above.\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ";

/** The `approve` step of runApply for a rule that is not a refusal. */
export function approver(
  rule: Exclude<ApprovalRule, { kind: 'refused' }>,
  show: (text: string) => void,
): (changes: readonly PlannedChange[]) => Promise<boolean> {
  if (rule.kind === 'approved') return async () => true;
  return async (changes) => {
    show(renderChanges(changes).join('\n'));
    return rule.confirm(CONFIRM_QUESTION);
  };
}
