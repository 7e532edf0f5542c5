import type { Kysely } from 'kysely';
import type { DB, WorkflowItem } from '../db/schema.js';
import type { StaffRole } from '../roles.js';
import type { DeadlineRule } from '../../modules/calendar/workdays.js';

/** One review step: the org level that acts, which staff roles may act, and its deadline. */
export interface StepDefinition {
  key: string;
  /** Chinese name shown in the UI, e.g. "街道初审". */
  name: string;
  /** Org level of the acting unit: 3 district, 4 street, 5 community… */
  level: 1 | 2 | 3 | 4 | 5;
  roles: readonly StaffRole[];
  deadline: DeadlineRule;
}

/** What a module runs, inside the decision's transaction, when its item reaches an outcome. */
export interface WorkflowHooks {
  onApproved?(trx: Kysely<DB>, item: WorkflowItem, at: Date): Promise<void>;
  onRejected?(trx: Kysely<DB>, item: WorkflowItem, at: Date): Promise<void>;
  onReturned?(trx: Kysely<DB>, item: WorkflowItem, at: Date): Promise<void>;
  onWithdrawn?(trx: Kysely<DB>, item: WorkflowItem, at: Date): Promise<void>;
  /** An approval that moves the item on to its next step (e.g. the district passes a report to the city). */
  onAdvanced?(trx: Kysely<DB>, item: WorkflowItem, at: Date): Promise<void>;
}

/** How an item ended (or paused): what the subject's own status mirrors. */
export type Outcome = 'approved' | 'rejected' | 'returned' | 'withdrawn';

/** Hooks from one function of the outcome: the common case of mirroring it into the subject. */
export function outcomeHooks(apply: (trx: Kysely<DB>, item: WorkflowItem, outcome: Outcome, at: Date) => Promise<void>): Required<Omit<WorkflowHooks, 'onAdvanced'>> {
  return {
    onApproved: (trx, item, at) => apply(trx, item, 'approved', at),
    onRejected: (trx, item, at) => apply(trx, item, 'rejected', at),
    onReturned: (trx, item, at) => apply(trx, item, 'returned', at),
    onWithdrawn: (trx, item, at) => apply(trx, item, 'withdrawn', at),
  };
}

/** A workflow type: data describing its steps, plus the owning module's hooks. */
export interface WorkflowDefinition {
  type: string;
  name: string;
  subjectType: string;
  steps: readonly StepDefinition[];
  hooks: WorkflowHooks;
}

const registry = new Map<string, WorkflowDefinition>();

/** Registers a workflow type; modules call this once when they load. */
export function registerWorkflow(definition: WorkflowDefinition): WorkflowDefinition {
  if (definition.steps.length === 0) throw new Error(`workflow ${definition.type} has no steps`);
  registry.set(definition.type, definition);
  return definition;
}

export function getWorkflow(type: string): WorkflowDefinition {
  const def = registry.get(type);
  if (!def) throw new Error(`unknown workflow type ${type}`);
  return def;
}

export function allWorkflows(): WorkflowDefinition[] {
  return [...registry.values()];
}
