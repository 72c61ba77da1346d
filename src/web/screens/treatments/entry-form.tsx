import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-request.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useDraft } from '../../session/use-draft.ts';

/**
 * A number typed into a text box: the number when it reads as one, otherwise the text as typed,
 * so the server's own message ("Give the total as a number of units...") lands next to the field.
 */
export function typedNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : trimmed;
}

type TextKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * Binds a text field to one key of a draft: its value, its change handler and the server's
 * message for that field. Spread it on a field: `<TextField label=... {...field('lot')} />`.
 */
export function bindField<D>(
  draft: D,
  setDraft: (draft: D) => void,
  problem: ApiProblem | undefined,
) {
  return <K extends TextKeys<D>>(key: K) => ({
    value: draft[key],
    onChange: (value: D[K]) => setDraft({ ...draft, [key]: value }),
    error: problem?.fieldMessage(key),
  });
}

/** Empty text boxes are sent as null: the API's "leave the field out". */
export function optionalText(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

interface Props<Draft> {
  title: string;
  draftKey: string;
  initial: Draft;
  submitLabel: string;
  fields(draft: Draft, setDraft: (draft: Draft) => void, problem?: ApiProblem): ReactNode;
  onSubmit(draft: Draft): Promise<void>;
  onCancel(): void;
}

/**
 * An add or change form of the treatment log: kept as a draft in this browser while typed,
 * focused on its heading when it opens, with the server's field messages next to the fields.
 */
export function EntryForm<Draft>({
  title,
  draftKey,
  initial,
  submitLabel,
  fields,
  onSubmit,
  onCancel,
}: Props<Draft>) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(draftKey, initial);
  const [problem, setProblem] = useState<ApiProblem>();
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setProblem(undefined);
    setSaving(true);
    try {
      await onSubmit(draft);
      clearDraft();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'unknown', String(error)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="entry-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {fields(draft, setDraft, problem)}
      <StatusMessage
        tone="error"
        message={
          problem
            ? problem.fields.length > 0
              ? t('treatments.form.checkFields')
              : problem.message
            : undefined
        }
      />
      <div className="button-row">
        <CalmButton type="submit" isDisabled={saving}>
          {submitLabel}
        </CalmButton>
        <CalmButton
          variant="secondary"
          onPress={() => {
            clearDraft();
            onCancel();
          }}
        >
          {t('treatments.form.cancel')}
        </CalmButton>
      </div>
    </form>
  );
}
