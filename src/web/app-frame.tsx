import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { SectionScreen } from './screens/section-screen.tsx';
import { sections } from './sections.ts';
import { ServerStatus } from './server-status.tsx';

/** Banner, main navigation, the current screen and a footer; the same on every screen. */
export function AppFrame() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="banner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            {sections.map((section) => {
              const current = location === section.path || location.startsWith(`${section.path}/`);
              return (
                <li key={section.path}>
                  <Link
                    href={section.path}
                    className="nav-link"
                    aria-current={current ? 'page' : undefined}
                  >
                    {t(section.nav)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/">
            <Redirect to="/diary" replace />
          </Route>
          {sections.map((section) => (
            <Route key={section.path} path={section.path} nest>
              <SectionScreen screen={section.screen} />
            </Route>
          ))}
          <Route>
            <NotFoundScreen />
          </Route>
        </Switch>
      </main>
      <footer className="footer">
        <p>{t('app.disclaimer')}</p>
        <ServerStatus />
      </footer>
    </>
  );
}
