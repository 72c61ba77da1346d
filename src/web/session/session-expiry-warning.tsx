import { useEffect, useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/api-request.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { useSession } from './session-context.tsx';

/**
 * Two minutes before the idle timeout, offers to stay signed in. When time runs out, asks the
 * server (which decides) and, if the session has ended, returns to the sign-in screen; drafts
 * stay in this browser.
 */
export function SessionExpiryWarning() {
  const { t } = useTranslation();
  const session = useSession();
  const [now, setNow] = useState(Date.now());
  const state = session.state;

  useEffect(() => {
    if (state.status !== 'signed-in') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [state.status]);

  const expiresAt = state.status === 'signed-in' ? state.idleExpiresAt : undefined;
  useEffect(() => {
    if (expiresAt !== undefined && now >= expiresAt) {
      apiRequest('GET', '/api/auth/session').catch(() => session.ended());
    }
  }, [now, expiresAt, session]);

  if (state.status !== 'signed-in') return null;
  const left = state.idleExpiresAt - now;
  const open = left <= state.info.warnBeforeMs && left > 0;
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  return (
    <Modal isOpen={open} isDismissable={false} className="modal" data-testid="session-warning">
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title">{t('session.warningTitle')}</Heading>
        <p>
          {t('session.warningBody', {
            time: `${minutes}:${String(seconds).padStart(2, '0')}`,
          })}
        </p>
        <div className="button-row">
          <CalmButton autoFocus onPress={() => void session.extend()}>
            {t('session.stay')}
          </CalmButton>
          <CalmButton variant="secondary" onPress={() => void session.signOut()}>
            {t('session.signOut')}
          </CalmButton>
        </div>
      </Dialog>
    </Modal>
  );
}
