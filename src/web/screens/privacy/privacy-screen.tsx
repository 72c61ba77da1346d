import { useTranslation } from 'react-i18next';
import { useScreenTitle } from '../use-screen-title.ts';
import { ErasePanel } from './erase-panel.tsx';
import { ExportPanel } from './export-panel.tsx';
import { RecordAuditPanel } from './record-audit-panel.tsx';
import { SharingPanel } from './sharing-panel.tsx';

/** Sharing, "who opened my record", export and erasure: the person's control over their data. */
export function PrivacyScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('privacy.title'));
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p className="lead">{t('privacy.lead')}</p>
      <SharingPanel patientId={patientId} />
      <RecordAuditPanel patientId={patientId} />
      <ExportPanel patientId={patientId} />
      <ErasePanel target="record" accountId={patientId} />
    </div>
  );
}
