import { useTranslation } from 'react-i18next';
import { useScreenTitle } from '../use-screen-title.ts';
import { CycleReport } from './cycle-report.tsx';

/** Charts of the time between visits, to look at alone or with the care team. */
export function ReportsScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('screens.reports.title'));
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('screens.reports.title')}
      </h1>
      <p className="lead">{t('screens.reports.lead')}</p>
      <CycleReport patientId={patientId} />
    </div>
  );
}
