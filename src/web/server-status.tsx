import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Health {
  version: string;
  database: { kind: 'pglite' | 'postgresql'; reachable: boolean };
}

/** A quiet line in the footer: which Tonus and database serve this page, or that none does. */
export function ServerStatus() {
  const { t } = useTranslation();
  const [health, setHealth] = useState<Health | 'unreachable' | undefined>();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as Health;
        setHealth(response.ok ? body : 'unreachable');
      })
      .catch(() => {
        if (!controller.signal.aborted) setHealth('unreachable');
      });
    return () => controller.abort();
  }, []);
  if (health === undefined) return null;
  if (health === 'unreachable') {
    return (
      <p className="server-status" role="status">
        {t('app.serverUnavailable')}
      </p>
    );
  }
  return (
    <p className="server-status">
      {t('app.serverStatus', {
        version: health.version,
        database: t(`app.databaseKind.${health.database.kind}`),
      })}
    </p>
  );
}
