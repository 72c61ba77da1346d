import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-request.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { OutboxStatus } from '../../components/outbox-status.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { EntryForm } from './entry-form.tsx';
import type { RecordEntry } from './treatment-records.ts';
import type { TreatmentRecords } from './use-treatment-records.ts';

/** How long a deleted entry can be brought back (UX.md: undo instead of "are you sure?"). */
export const UNDO_MS = 10_000;

interface Props<Entry extends RecordEntry, Draft> {
  /** Message group and element ids: 'toxin' reads treatments.toxin.title and so on. */
  kind: string;
  patientId: string;
  records: TreatmentRecords<Entry>;
  intro?: ReactNode;
  emptyDraft(): Draft;
  fromEntry(entry: Entry): Draft;
  toBody(draft: Draft): unknown;
  fields(draft: Draft, setDraft: (draft: Draft) => void, problem?: ApiProblem): ReactNode;
  /** The entry as a card: its name line first, then the details. */
  describe(entry: Entry, index: number): ReactNode;
  /** Short words for the entry in button names and the "deleted" line: "Botox, 3 Mar 2026". */
  name(entry: Entry): string;
  onSaved?(entry: Entry | undefined): void;
  /** Just before an entry is deleted, while what points at it is still known. */
  onDeleting?(entry: Entry): void;
  onDeleted?(entry: Entry): void;
  /** After an undo re-created the entry under a new id (e.g. to link its side effects again). */
  onRestored?(deleted: Entry, restored: Entry | undefined): Promise<void> | void;
}

/**
 * One part of the treatment log: the list (newest first), and one level deeper the add form,
 * a change form in place of an entry, and delete with Undo for 10 seconds.
 */
export function TreatmentSection<Entry extends RecordEntry, Draft>(props: Props<Entry, Draft>) {
  const { kind, patientId, records, fromEntry, toBody } = props;
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<string>();
  const [deleted, setDeleted] = useState<Entry>();
  const [status, setStatus] = useState<{ message: string; tone: 'info' | 'error' }>();
  const addButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const draftBase = `treatments:${patientId}:${kind}`;
  const titleId = `${kind}-title`;

  // The Undo line stays 10 s, and longer while the person is on it: it leaves once they move on.
  useEffect(() => {
    if (!deleted) return;
    undoButton.current?.focus();
    let expired = false;
    const expire = () => {
      if (document.activeElement === undoButton.current) return;
      setDeleted(undefined);
    };
    const timer = setTimeout(() => {
      expired = true;
      expire();
    }, UNDO_MS);
    const button = undoButton.current;
    const onBlur = () => {
      if (expired) expire();
    };
    button?.addEventListener('blur', onBlur);
    return () => {
      clearTimeout(timer);
      button?.removeEventListener('blur', onBlur);
    };
  }, [deleted]);

  // When a form closes (saved or cancelled), focus returns to the section's Add button
  // rather than falling to the top of the page.
  const formOpen = adding || changing !== undefined;
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !formOpen) addButton.current?.focus();
    wasOpen.current = formOpen;
  }, [formOpen]);

  async function remove(entry: Entry) {
    setStatus(undefined);
    try {
      props.onDeleting?.(entry);
      await records.remove(entry.id);
      setDeleted(entry);
      props.onDeleted?.(entry);
    } catch (error) {
      setStatus({ message: (error as Error).message, tone: 'error' });
    }
  }

  async function undo(entry: Entry) {
    setDeleted(undefined);
    try {
      const restored = await records.create(toBody(fromEntry(entry)));
      await props.onRestored?.(entry, restored);
      setStatus({ message: t('treatments.restored', { name: props.name(entry) }), tone: 'info' });
    } catch (error) {
      setStatus({ message: (error as Error).message, tone: 'error' });
    }
    addButton.current?.focus();
  }

  const entries = records.entries;

  return (
    <section aria-labelledby={titleId} className="panel treatment-section">
      <h2 id={titleId}>{t(`treatments.${kind}.title`)}</h2>
      {props.intro}
      {records.problem && <StatusMessage tone="error" message={records.problem.message} />}
      {entries && entries.length === 0 && records.waiting.length === 0 && (
        <p className="muted">{t(`treatments.${kind}.empty`)}</p>
      )}
      <OutboxStatus saves={records.waiting} messages="treatments" />
      {entries && entries.length > 0 && (
        <ul className="card-list entry-list">
          {entries.map((entry, index) => (
            <li key={entry.id} className="card">
              {changing === entry.id ? (
                <EntryForm
                  title={t(`treatments.${kind}.changeTitle`)}
                  draftKey={`${draftBase}:${entry.id}`}
                  initial={fromEntry(entry)}
                  submitLabel={t('treatments.form.saveChanges')}
                  fields={props.fields}
                  onSubmit={async (draft) => {
                    const saved = await records.replace(entry.id, toBody(draft));
                    setChanging(undefined);
                    // Kept on the device instead: the waiting line above says so.
                    setStatus(
                      saved ? { message: t('treatments.changed'), tone: 'info' } : undefined,
                    );
                    props.onSaved?.(saved);
                  }}
                  onCancel={() => setChanging(undefined)}
                />
              ) : (
                <>
                  {props.describe(entry, index)}
                  <div className="button-row">
                    <CalmButton
                      variant="secondary"
                      onPress={() => {
                        setAdding(false);
                        setChanging(entry.id);
                      }}
                    >
                      {t('treatments.change')}
                      <span className="visually-hidden"> {props.name(entry)}</span>
                    </CalmButton>
                    <CalmButton variant="secondary" onPress={() => void remove(entry)}>
                      {t('treatments.delete')}
                      <span className="visually-hidden"> {props.name(entry)}</span>
                    </CalmButton>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Live regions exist before their words arrive, so screen readers announce them. */}
      <div role="status" className="undo-area">
        {deleted && (
          <div className="undo-line">
            <p>{t('treatments.deleted', { name: props.name(deleted) })}</p>
            <CalmButton ref={undoButton} variant="secondary" onPress={() => void undo(deleted)}>
              {t('treatments.undo')}
            </CalmButton>
          </div>
        )}
      </div>
      <StatusMessage tone={status?.tone} message={status?.message} />
      {adding ? (
        <EntryForm
          title={t(`treatments.${kind}.addTitle`)}
          draftKey={`${draftBase}:new`}
          initial={props.emptyDraft()}
          submitLabel={t(`treatments.${kind}.save`)}
          fields={props.fields}
          onSubmit={async (draft) => {
            const saved = await records.create(toBody(draft));
            setAdding(false);
            setStatus(saved ? { message: t('treatments.added'), tone: 'info' } : undefined);
            props.onSaved?.(saved);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <CalmButton
          ref={addButton}
          onPress={() => {
            setChanging(undefined);
            setStatus(undefined);
            setAdding(true);
          }}
        >
          {t(`treatments.${kind}.add`)}
        </CalmButton>
      )}
    </section>
  );
}
