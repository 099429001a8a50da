import type { CaseSchemas } from '../../api/client';

export type CaseState = CaseSchemas['CaseState'];
export type Member = CaseSchemas['Member'];
