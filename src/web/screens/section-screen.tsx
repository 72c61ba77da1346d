import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../sections.ts';
import { useScreenTitle } from './use-screen-title.ts';

/** A section's landing screen: its heading and what the section is for. */
export function SectionScreen({ screen }: { screen: ScreenId }) {
  const { t } = useTranslation();
  const title = t(`screens.${screen}.title`);
  const heading = useScreenTitle(title);
  return (
    <section aria-labelledby="screen-title" className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t(`screens.${screen}.lead`)}</p>
      <p className="notice">{t('screens.comingNext')}</p>
    </section>
  );
}
