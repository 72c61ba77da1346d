import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  ApiProblem,
  apiRequest,
  onActivity,
  onSessionEnded,
  setCsrfToken,
} from '../api/api-request.ts';
import type { SessionInfo } from '../api/types.ts';
import { setOutboxOwner } from '../offline/outbox.ts';
import { discardAllDrafts } from './use-draft.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; ended: boolean }
  /** Expiry times on this device's clock (the server's times, shifted by the clock skew). */
  | { status: 'signed-in'; info: SessionInfo; idleExpiresAt: number; absoluteExpiresAt: number };

interface SessionApi {
  state: SessionState;
  signIn(input: { email: string; password: string; totpCode?: string }): Promise<void>;
  signUp(input: {
    email: string;
    password: string;
    displayName: string;
    role: string;
  }): Promise<void>;
  signOut(): Promise<void>;
  extend(): Promise<void>;
  /** After a change to the account (e.g. second factor), take the server's new session info. */
  replace(info: SessionInfo): void;
  /** The server said the session ended (or the idle timer ran out). */
  ended(): void;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

function signedIn(info: SessionInfo): SessionState {
  setCsrfToken(info.csrfToken);
  // A device clock can be minutes off: count the time left by the server's clock.
  const skew = Date.now() - Date.parse(info.serverTime);
  return {
    status: 'signed-in',
    info,
    idleExpiresAt: Date.parse(info.idleExpiresAt) + skew,
    absoluteExpiresAt: Date.parse(info.absoluteExpiresAt) + skew,
  };
}

/** Holds who is signed in, and follows the idle timeout as the app talks to the server. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    apiRequest<SessionInfo>('GET', '/api/auth/session').then(
      (info) => setState(signedIn(info)),
      () => setState({ status: 'signed-out', ended: false }),
    );
  }, []);

  // Every request the server counts as activity moves the idle expiry, as it does on the server.
  useEffect(
    () =>
      onActivity(() =>
        setState((s) =>
          s.status === 'signed-in'
            ? {
                ...s,
                idleExpiresAt: Math.min(Date.now() + s.info.idleTimeoutMs, s.absoluteExpiresAt),
              }
            : s,
        ),
      ),
    [],
  );

  const ended = useCallback(() => {
    setCsrfToken(undefined);
    setState((s) => (s.status === 'signed-in' ? { status: 'signed-out', ended: true } : s));
  }, []);

  useEffect(() => onSessionEnded(ended), [ended]);

  // Queued saves are the signed-in account's own; after a timeout they wait for its return.
  const accountId = state.status === 'signed-in' ? state.info.account.id : undefined;
  useEffect(() => setOutboxOwner(accountId), [accountId]);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      async signIn(input) {
        setState(signedIn(await apiRequest<SessionInfo>('POST', '/api/auth/sign-in', input)));
      },
      async signUp(input) {
        setState(signedIn(await apiRequest<SessionInfo>('POST', '/api/auth/sign-up', input)));
      },
      async signOut() {
        try {
          await apiRequest('POST', '/api/auth/sign-out');
        } catch (error) {
          if (!(error instanceof ApiProblem) || error.status !== 401) throw error;
        }
        setCsrfToken(undefined);
        // Signing out on purpose: drafts go (a shared device), saves not yet sent stay with
        // the account and are sent when it signs in again.
        discardAllDrafts();
        setState({ status: 'signed-out', ended: false });
      },
      async extend() {
        setState(signedIn(await apiRequest<SessionInfo>('POST', '/api/auth/session/extend')));
      },
      replace(info) {
        setState(signedIn(info));
      },
      ended,
    }),
    [state, ended],
  );

  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
