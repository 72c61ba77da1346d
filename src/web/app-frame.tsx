import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { AccountScreen } from './screens/account-screen.tsx';
import { ClinicScreen } from './screens/clinic/clinic-screen.tsx';
import { PatientRecordScreen } from './screens/clinic/patient-record-screen.tsx';
import { SharedRecordVideoCheck } from './screens/clinic/shared-record-video-check.tsx';
import { DiaryScreen } from './screens/diary/diary-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { PrivacyScreen } from './screens/privacy/privacy-screen.tsx';
import { ReportsScreen } from './screens/reports/reports-screen.tsx';
import { SectionScreen } from './screens/section-screen.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { SignUpScreen } from './screens/sign-up-screen.tsx';
import { TreatmentsScreen } from './screens/treatments/treatments-screen.tsx';
import { VideoChecksScreen } from './screens/video-checks/video-checks-screen.tsx';
import { type Section, sectionsFor } from './sections.ts';
import { ServerStatus } from './server-status.tsx';
import { CheckInReminder } from './session/check-in-reminder.tsx';
import { useSession } from './session/session-context.tsx';
import { SessionExpiryWarning } from './session/session-expiry-warning.tsx';

function MainNav({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
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
  );
}

function SignedOutRoutes() {
  return (
    <Switch>
      <Route path="/sign-in">
        <SignInScreen />
      </Route>
      <Route path="/sign-up">
        <SignUpScreen />
      </Route>
      <Route>
        <Redirect to="/sign-in" replace />
      </Route>
    </Switch>
  );
}

function SignedInRoutes({
  sections,
  accountId,
  accountRole,
}: {
  sections: Section[];
  accountId: string;
  accountRole: string;
}) {
  const home = sections[0]?.path ?? '/account';
  return (
    <Switch>
      <Route path="/">
        <Redirect to={home} replace />
      </Route>
      <Route path="/sign-in">
        <Redirect to={home} replace />
      </Route>
      <Route path="/sign-up">
        <Redirect to={home} replace />
      </Route>
      {sections.map((section) => (
        <Route key={section.path} path={section.path}>
          {section.screen === 'diary' ? (
            <DiaryScreen patientId={accountId} />
          ) : section.screen === 'reports' && accountRole === 'patient' ? (
            <ReportsScreen patientId={accountId} />
          ) : section.screen === 'treatments' ? (
            <TreatmentsScreen patientId={accountId} />
          ) : section.screen === 'privacy' ? (
            <PrivacyScreen patientId={accountId} />
          ) : section.screen === 'clinic' ? (
            <ClinicScreen />
          ) : section.screen === 'videoChecks' ? (
            <VideoChecksScreen
              keepIn={accountRole === 'patient' ? { patientId: accountId } : undefined}
            />
          ) : section.screen === 'account' ? (
            <AccountScreen />
          ) : (
            <SectionScreen screen={section.screen} />
          )}
        </Route>
      ))}
      {sections.some((s) => s.screen === 'clinic') && (
        <Route path="/clinic/patients/:id">
          {(params) => <PatientRecordScreen key={params.id} patientId={params.id} />}
        </Route>
      )}
      {sections.some((s) => s.screen === 'clinic') && (
        <Route path="/clinic/patients/:id/video-check">
          {(params) => <SharedRecordVideoCheck key={params.id} patientId={params.id} />}
        </Route>
      )}
      <Route>
        <NotFoundScreen home={home} />
      </Route>
    </Switch>
  );
}

/** Banner, main navigation, the current screen and a footer; the same on every screen. */
export function AppFrame() {
  const { t } = useTranslation();
  const { state } = useSession();
  const account = state.status === 'signed-in' ? state.info.account : undefined;
  const sections = sectionsFor(account?.role);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="banner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">
            {account ? t('app.signedInAs', { name: account.displayName }) : t('app.tagline')}
          </span>
        </div>
        {state.status !== 'loading' && <MainNav sections={sections} />}
      </header>
      <main id="main" tabIndex={-1}>
        {account?.role === 'patient' && <CheckInReminder patientId={account.id} />}
        {state.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : account ? (
          <SignedInRoutes sections={sections} accountId={account.id} accountRole={account.role} />
        ) : (
          <SignedOutRoutes />
        )}
      </main>
      <SessionExpiryWarning />
      <footer className="footer">
        <p>{t('app.disclaimer')}</p>
        <ServerStatus />
      </footer>
    </>
  );
}
