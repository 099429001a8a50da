import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import type { HistoryEntry } from '../../../api/conflict';
import { useAnnounce } from '../../../components/Announcer';
import { useConfirm } from '../../../components/ConfirmDialog';
import { ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { useCaseChange, type VersionedCase } from '../caseData';
import { caseInput, memberInput, type MemberInput } from '../caseInput';
import type { CaseState, Member } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useEditing } from '../common/useEditing';
import { MergedNotice } from '../common/MergedNotice';
import { MemberCard } from './MemberCard';
import { MemberForm } from './MemberForm';
import { PermitForm } from './PermitForm';

/** The household: each person with their data, a short edit for the permit, a full edit, adding and removing. */
export function HouseholdSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const confirm = useConfirm();
  const editing = useEditing();
  const [merged, setMerged] = useState<HistoryEntry[]>([]);
  const [problem, setProblem] = useState<unknown>();
  const [removing, setRemoving] = useState<string>();
  const members = state.members ?? [];
  const id = state.id!;
  const editedId = editing.editing?.split(':')[1];
  // A conflict is a change of the person being edited (or of who is in the household, when adding).
  const change = useCaseChange(id, (current) => current.members?.find((member) => member.id === editedId) ?? null);

  const putMembers = (members: (current: CaseState) => MemberInput[]) =>
    change.change((current) =>
      cases.PUT('/api/cases/{id}', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: caseInput(current.state, { members: members(current.state) }),
      }),
    );

  /**
   * The household as it is now, with this person as entered (merged into what others changed meanwhile): the fields
   * the form edits take the form's values, emptied ones included; the rest of the person stays as it is.
   */
  const withPerson = (memberId: string | undefined, values: Partial<MemberInput>, fields: (keyof MemberInput)[]) =>
    putMembers((current) => {
      const all = (current.members ?? []).map(memberInput);
      const entered = Object.fromEntries(fields.map((field) => [field, withoutEmptyValues(values[field])]));
      return memberId
        ? all.map((member) => (member.id === memberId ? { ...member, ...entered } : member))
        : [...all, entered as MemberInput];
    });

  const done = (focusId?: string) => (changed: VersionedCase & { meanwhile?: HistoryEntry[] }) => {
    setMerged(changed.meanwhile ?? []);
    editing.stop(focusId);
  };

  async function remove(member: Member) {
    const name = `${member.firstName} ${member.lastName}`;
    const confirmed = await confirm({
      title: t('household.removeTitle', { name }),
      body: t('household.removeBody', { name }),
      confirm: t('household.removePerson', { name }),
    });
    if (!confirmed) return;
    setRemoving(member.id);
    setProblem(undefined);
    try {
      await putMembers((current) => (current.members ?? []).filter((other) => other.id !== member.id).map(memberInput));
      announce(t('household.removed', { name }));
      editing.stop('household-title');
    } catch (failure) {
      setProblem(failure);
    } finally {
      setRemoving(undefined);
    }
  }

  const start = (key: string) => {
    change.begin();
    setMerged([]);
    editing.start(key);
  };

  return (
    <section aria-labelledby="household-title" className="case-section">
      <SectionHeading id="household-title" title={t('case.section.household')}>
        {!editing.is('add') && <ActionButton onClick={() => start('add')}>{t('household.addPerson')}</ActionButton>}
      </SectionHeading>
      <MergedNotice entries={merged} />
      {problem !== undefined && <ProblemAlert error={problem} />}
      {editing.is('add') && (
        <MemberForm
          index={members.length}
          save={(values) => withPerson(undefined, values as Partial<MemberInput>, MEMBER_FIELDS)}
          onDone={(changed) => done(`member-${changed.state.members?.at(-1)?.id}`)(changed)}
          onCancel={() => editing.stop('household-title')}
        />
      )}
      <div className="member-list">
        {members.map((member, index) =>
          editing.is('edit:' + member.id) ? (
            <MemberForm
              key={member.id}
              member={member}
              index={index}
              save={(values) => withPerson(member.id, values as Partial<MemberInput>, MEMBER_FIELDS)}
              onDone={done(`member-${member.id}`)}
              onCancel={() => editing.stop(`member-${member.id}`)}
            />
          ) : (
            <div key={member.id} className="member-slot">
              <MemberCard
                member={member}
                onEdit={() => start('edit:' + member.id)}
                onEditPermit={() => start('permit:' + member.id)}
                onRemove={members.length > 1 ? () => void remove(member) : undefined}
                removing={removing === member.id}
              />
              {editing.is('permit:' + member.id) && (
                <PermitForm
                  member={member}
                  index={index}
                  save={(values) => withPerson(member.id, values as Partial<MemberInput>, PERMIT_FIELDS)}
                  onDone={done(`member-${member.id}`)}
                  onCancel={() => editing.stop(`member-${member.id}`)}
                />
              )}
            </div>
          ),
        )}
      </div>
    </section>
  );
}

const MEMBER_FIELDS: (keyof MemberInput)[] = [
  'firstName',
  'lastName',
  'birthDate',
  'gender',
  'nationality',
  'languages',
  'residenceStatus',
  'residenceValidUntil',
  'arrivalDate',
];
const PERMIT_FIELDS: (keyof MemberInput)[] = ['residenceStatus', 'residenceValidUntil'];
