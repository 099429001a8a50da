import { describe, expect, test } from 'vitest';
import { OTHERS, loadsOf } from './caseload';

describe('the caseload', () => {
  test('has a row per case manager of the team, idle ones included, and one for those the team does not list', () => {
    const loads = loadsOf(
      {
        open: 7,
        byCaseManager: [
          { caseManager: 'anna', open: 4, phases: { ANKOMMEN: 2, EINGEWOEHNUNG: 1, INTEGRATION: 1 } },
          { caseManager: 'gone-1', open: 1, phases: { ORIENTIERUNG: 1 } },
          { caseManager: 'gone-2', open: 2, phases: { ORIENTIERUNG: 1, ANKOMMEN: 1 } },
        ],
        transfers: [],
      },
      ['anna', 'ben'],
    );
    expect(loads).toEqual([
      { subject: 'anna', byPhase: { ANKOMMEN: 2, ORIENTIERUNG: 0, EINGEWOEHNUNG: 1, INTEGRATION: 1 }, total: 4 },
      { subject: 'ben', byPhase: { ANKOMMEN: 0, ORIENTIERUNG: 0, EINGEWOEHNUNG: 0, INTEGRATION: 0 }, total: 0 },
      { subject: OTHERS, byPhase: { ANKOMMEN: 1, ORIENTIERUNG: 2, EINGEWOEHNUNG: 0, INTEGRATION: 0 }, total: 3 },
    ]);
  });
});
