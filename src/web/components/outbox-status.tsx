import { useTranslation } from 'react-i18next';
import { dismissRefused, type PendingSave, useOutbox } from '../offline/outbox.ts';
import { CalmButton } from './calm-button.tsx';
import { StatusMessage } from './status-message.tsx';

/** The saves in this browser's outbox whose path starts with `path`. */
export function useWaitingSaves(path: string): PendingSave[] {
  return useOutbox().filter((save) => save.path.startsWith(path));
}

/**
 * Saves still in this browser's outbox: how many wait for the connection (they go by
 * themselves), and any the server refused, with its reason and a way to put it away.
 * `messages`: the catalogue part with `waiting`, `refused` and `dismiss` in the screen's words.
 */
export function OutboxStatus({
  saves,
  messages = 'outbox',
}: {
  saves: PendingSave[];
  messages?: 'outbox' | 'treatments';
}) {
  const { t } = useTranslation();
  const refused = saves.filter((save) => save.refused);
  const waiting = saves.length - refused.length;
  return (
    <>
      {waiting > 0 && (
        <p className="pending" role="status">
          {t(`${messages}.waiting`, { count: waiting })}
        </p>
      )}
      {refused.map((save) => (
        <div key={save.key} className="pending">
          <StatusMessage
            tone="error"
            message={t(`${messages}.refused`, { reason: save.refused })}
          />
          <CalmButton variant="secondary" onPress={() => dismissRefused(save.key)}>
            {t(`${messages}.dismiss`)}
          </CalmButton>
        </div>
      ))}
    </>
  );
}
