import { useTranslation } from 'react-i18next';
import { dismissRefused, useOutbox } from '../offline/outbox.ts';
import { CalmButton } from './calm-button.tsx';
import { StatusMessage } from './status-message.tsx';

/**
 * The saves under `path` still in this browser's outbox: how many wait for the connection (they
 * go by themselves), and any the server refused, with its reason and a way to put it away.
 */
export function OutboxStatus({ path }: { path: string }) {
  const { t } = useTranslation();
  const mine = useOutbox().filter((save) => save.path.startsWith(path));
  const refused = mine.filter((save) => save.refused);
  const waiting = mine.length - refused.length;
  return (
    <>
      {waiting > 0 && (
        <p className="pending" role="status">
          {t('outbox.waiting', { count: waiting })}
        </p>
      )}
      {refused.map((save) => (
        <div key={save.key} className="pending">
          <StatusMessage tone="error" message={t('outbox.refused', { reason: save.refused })} />
          <CalmButton variant="secondary" onPress={() => dismissRefused(save.key)}>
            {t('outbox.dismiss')}
          </CalmButton>
        </div>
      ))}
    </>
  );
}
