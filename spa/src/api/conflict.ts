import type { CaseSchemas } from './client';

export type HistoryEntry = CaseSchemas['Entry'];

/**
 * Someone else changed what the user is editing since they began: the change was not made. It carries what changed
 * meanwhile (from the case's history), so the form can show it beside the user's input, which stays.
 */
export class ConflictError extends Error {
  constructor(readonly meanwhile: HistoryEntry[]) {
    super('changed meanwhile');
  }
}
