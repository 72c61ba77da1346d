import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useScreenTitle } from './use-screen-title.ts';

export function NotFoundScreen({ home }: { home: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('screens.notFound.title'));
  return (
    <section aria-labelledby="screen-title" className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('screens.notFound.title')}
      </h1>
      <p className="lead">{t('screens.notFound.lead')}</p>
      <Link href={home} className="button button-primary">
        {t('screens.notFound.back')}
      </Link>
    </section>
  );
}
