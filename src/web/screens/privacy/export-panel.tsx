import { useTranslation } from 'react-i18next';

/** A plain link download: the browser sends the session cookie and saves the JSON file. */
export function ExportPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-title" className="panel">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.lead')}</p>
      <a className="button button-secondary" href={`/api/patients/${patientId}/export`} download>
        {t('export.download')}
      </a>
    </section>
  );
}
