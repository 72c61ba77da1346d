import { useTranslation } from 'react-i18next';
import type { Classification } from '../../api/types.ts';

/** The pattern of the last 28 days of the diary, as the clinical core classifies it. */
export function DistributionCard({
  classification,
}: {
  classification: Classification | undefined;
}) {
  const { t } = useTranslation();
  if (!classification || classification.distribution === 'none') return null;
  return (
    <section aria-labelledby="distribution-title" className="panel">
      <h2 id="distribution-title">{t('distributionCard.title')}</h2>
      <p data-testid="recorded-distribution">
        {t(`distribution.${classification.distribution}`)} —{' '}
        {classification.explanation.replace(/^[a-z]+: /, '')}
      </p>
      <p className="muted">
        {t('distributionCard.basis', {
          checkIns: classification.basedOn.checkIns,
          episodes: classification.basedOn.episodes,
        })}{' '}
        {classification.notice}
      </p>
    </section>
  );
}
