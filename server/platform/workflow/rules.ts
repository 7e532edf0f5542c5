import type { WorkflowAction, WorkflowStatus } from '../db/schema.js';
import type { Role } from '../roles.js';
import type { StepDefinition } from './definition.js';

/**
 * The workflow state machine as pure functions: which steps apply to an item, who may act on
 * the current step, and what each action leads to. No I/O: the service applies the result.
 */

export type ReviewAction = Extract<WorkflowAction, 'approve' | 'reject' | 'return'>;

export interface ItemState {
  status: WorkflowStatus;
  stepIndex: number;
  regionCode: string;
  submitterId: number;
}

export interface ActorView {
  id: number;
  kind: 'staff' | 'external';
  orgCode: string;
  orgLevel: number;
  roles: readonly Role[];
}

/** The org level implied by a region code's length (GB/T 2260 + statistical codes). */
export function regionLevel(regionCode: string): number {
  return { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 }[regionCode.length] ?? 0;
}

/**
 * Indexes of the steps that apply to an item from this region: a step below the region's own
 * level has no acting unit (an employer registered at the district skips the street's review).
 */
export function applicableSteps(steps: readonly StepDefinition[], regionCode: string): number[] {
  const level = regionLevel(regionCode);
  return steps.map((s, i) => ({ s, i })).filter(({ s }) => s.level <= level).map(({ i }) => i);
}

/** The unit that acts on a step for an item: the region's ancestor at the step's level. */
export function actingUnitCode(step: StepDefinition, regionCode: string): string {
  const cut = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 }[step.level];
  return regionCode.slice(0, cut);
}

/** What the actor has already done in the item's current round. */
export interface RoundHistory {
  /** Submitted or resubmitted this round (a resubmitter is a submitter too). */
  submitted: boolean;
  /** Approved an earlier step this round. */
  approved: boolean;
}

/**
 * Whether the actor may decide on the current step: a staff member of the acting unit with one
 * of the step's roles, who neither submitted the item (originally or by resubmitting it this
 * round) nor approved an earlier step this round — no one person carries an item through.
 */
export function mayDecide(
  step: StepDefinition,
  item: ItemState,
  actor: ActorView,
  history: RoundHistory,
): { ok: true } | { ok: false; reason: 'not_pending' | 'not_acting_unit' | 'role' | 'self_review' | 'second_step' } {
  if (item.status !== 'pending') return { ok: false, reason: 'not_pending' };
  if (actor.kind !== 'staff' || actor.orgCode !== actingUnitCode(step, item.regionCode)) return { ok: false, reason: 'not_acting_unit' };
  if (!actor.roles.some((r) => (step.roles as readonly string[]).includes(r))) return { ok: false, reason: 'role' };
  if (actor.id === item.submitterId || history.submitted) return { ok: false, reason: 'self_review' };
  if (history.approved) return { ok: false, reason: 'second_step' };
  return { ok: true };
}

export type Transition =
  | { kind: 'advance'; nextStepIndex: number }
  | { kind: 'close'; status: Extract<WorkflowStatus, 'approved' | 'rejected'> }
  | { kind: 'return' };

/** What a reviewer's action does to an item at step `stepIndex`. */
export function transitionFor(action: ReviewAction, steps: readonly StepDefinition[], regionCode: string, stepIndex: number): Transition {
  if (action === 'reject') return { kind: 'close', status: 'rejected' };
  if (action === 'return') return { kind: 'return' };
  const remaining = applicableSteps(steps, regionCode).filter((i) => i > stepIndex);
  return remaining.length > 0 ? { kind: 'advance', nextStepIndex: remaining[0] } : { kind: 'close', status: 'approved' };
}

/** Whether a reason is required: always for reject and return, optional for approve. */
export function reasonRequired(action: ReviewAction): boolean {
  return action !== 'approve';
}
