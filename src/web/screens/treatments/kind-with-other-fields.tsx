import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-request.ts';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from './select-field.tsx';

interface Props<K extends string> {
  /** Message key prefix, e.g. `treatments.operation` (kind, chooseKind, kinds.*, kindOther). */
  messages: string;
  kinds: readonly K[];
  kind: K | '';
  kindOther: string;
  onChange: (change: { kind: K | ''; kindOther: string }) => void;
  problem: ApiProblem | undefined;
}

/** "What was it?" from a list, with "something else" opening a box for the person's words. */
export function KindWithOtherFields<K extends string>({
  messages,
  kinds,
  kind,
  kindOther,
  onChange,
  problem,
}: Props<K>) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField<K | ''>
        label={t(`${messages}.kind`)}
        value={kind}
        onChange={(next) => onChange({ kind: next, kindOther })}
        error={problem?.fieldMessage('kind')}
        options={[
          { value: '', label: t(`${messages}.chooseKind`) },
          ...kinds.map((value) => ({ value, label: t(`${messages}.kinds.${value}`) })),
        ]}
      />
      {(kind === 'other' || problem?.fieldMessage('kindOther')) && (
        <TextField
          label={t(`${messages}.kindOther`)}
          value={kindOther}
          onChange={(next) => onChange({ kind, kindOther: next })}
          error={problem?.fieldMessage('kindOther')}
        />
      )}
    </>
  );
}
