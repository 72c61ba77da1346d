import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, apiRequest } from '../api/api-request.ts';
import type { Administrator, SessionInfo } from '../api/types.ts';
import { useApiData } from '../api/use-api-data.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { TextField } from '../components/text-field.tsx';
import { useSession } from '../session/session-context.tsx';
import { AdministratorsPanel } from './administrators-panel.tsx';
import { ErasePanel } from './privacy/erase-panel.tsx';
import { useScreenTitle } from './use-screen-title.ts';

/**
 * Who I am, an optional second factor (authenticator app), signing out, for administrators who
 * else runs the server, and for clinicians and caregivers erasing their account.
 */
export function AccountScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const heading = useScreenTitle(t('account.title'));
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [status, setStatus] = useState<string>();
  const signedIn = session.state.status === 'signed-in' ? session.state.info.account : undefined;
  const administrators = useApiData<{ administrators: Administrator[] }>(
    signedIn?.isAdmin ? '/api/admin/administrators' : undefined,
  );
  if (!signedIn) return null;
  const account = signedIn;
  const otherAdministrators = administrators.data?.administrators.some((a) => !a.isYou);

  const run = async (action: () => Promise<void>) => {
    setProblem(undefined);
    setStatus(undefined);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  };

  const startSetup = () =>
    run(async () => setSetup(await apiRequest('POST', '/api/auth/totp/setup')));
  const enable = (event?: FormEvent) => {
    event?.preventDefault();
    return run(async () => {
      session.replace(await apiRequest<SessionInfo>('POST', '/api/auth/totp/enable', { code }));
      setSetup(undefined);
      setCode('');
      setStatus(t('account.totpOn'));
    });
  };
  const disable = (event?: FormEvent) => {
    event?.preventDefault();
    return run(async () => {
      session.replace(
        await apiRequest<SessionInfo>('POST', '/api/auth/totp/disable', { password }),
      );
      setPassword('');
      setStatus(t('account.totpOff'));
    });
  };

  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('account.title')}
      </h1>
      <dl className="facts">
        <dt>{t('fields.displayName')}</dt>
        <dd>{account.displayName}</dd>
        <dt>{t('fields.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('account.kind')}</dt>
        <dd>
          {t(`roles.${account.role}`)}
          {account.isAdmin ? `, ${t('account.admin')}` : ''}
        </dd>
      </dl>
      <section aria-labelledby="totp-title" className="panel">
        <h2 id="totp-title">{t('account.totpTitle')}</h2>
        <p>{t('account.totpLead')}</p>
        {!account.totpEnabled && !setup && (
          <CalmButton variant="secondary" onPress={() => void startSetup()}>
            {t('account.totpStart')}
          </CalmButton>
        )}
        {setup && (
          <form onSubmit={enable} noValidate>
            <p>{t('account.totpSecretIntro')}</p>
            <p className="invitation-code">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</p>
            <TextField
              label={t('fields.totpCode')}
              hint={t('fields.totpCodeHint')}
              inputMode="numeric"
              value={code}
              onChange={setCode}
              maxLength={6}
            />
            <CalmButton type="submit">{t('account.totpConfirm')}</CalmButton>
          </form>
        )}
        {account.totpEnabled && (
          <form onSubmit={disable} noValidate>
            <p>{t('account.totpIsOn')}</p>
            <TextField
              label={t('fields.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
            />
            <CalmButton type="submit" variant="secondary">
              {t('account.totpRemove')}
            </CalmButton>
          </form>
        )}
        <StatusMessage tone="error" message={problem?.message} />
        <StatusMessage message={status} />
      </section>
      <CalmButton variant="secondary" onPress={() => void session.signOut()}>
        {t('session.signOut')}
      </CalmButton>
      {account.isAdmin && (
        <AdministratorsPanel
          administrators={administrators.data?.administrators}
          problem={administrators.problem}
          onNamed={administrators.reload}
        />
      )}
      {account.role !== 'patient' && (!account.isAdmin || otherAdministrators) && (
        <ErasePanel target="account" accountId={account.id} />
      )}
      {account.role !== 'patient' && account.isAdmin && otherAdministrators === false && (
        <section aria-labelledby="erase-title" className="panel">
          <h2 id="erase-title">{t('eraseAccount.title')}</h2>
          <p>{t('eraseAccount.onlyAdministrator')}</p>
        </section>
      )}
    </div>
  );
}
