import type { Account } from './api/types.ts';

export type ScreenId =
  | 'diary'
  | 'treatments'
  | 'videoChecks'
  | 'reports'
  | 'clinic'
  | 'privacy'
  | 'account'
  | 'signIn'
  | 'signUp';

export interface Section {
  path: string;
  nav: string;
  screen: ScreenId;
}

const diary: Section = { path: '/diary', nav: 'nav.diary', screen: 'diary' };
const treatments: Section = { path: '/treatments', nav: 'nav.treatments', screen: 'treatments' };
const videoChecks: Section = {
  path: '/video-checks',
  nav: 'nav.videoChecks',
  screen: 'videoChecks',
};
const reports: Section = { path: '/reports', nav: 'nav.reports', screen: 'reports' };
const clinic: Section = { path: '/clinic', nav: 'nav.clinic', screen: 'clinic' };
const people: Section = { path: '/clinic', nav: 'nav.people', screen: 'clinic' };
const privacy: Section = { path: '/privacy', nav: 'nav.privacy', screen: 'privacy' };
const account: Section = { path: '/account', nav: 'nav.account', screen: 'account' };

/** The navigation each kind of account sees, in order; the first is its home. */
export function sectionsFor(role: Account['role'] | undefined): Section[] {
  switch (role) {
    case 'patient':
      return [diary, treatments, videoChecks, reports, privacy, account];
    case 'clinician':
      return [clinic, videoChecks, reports, account];
    case 'caregiver':
      return [people, account];
    default:
      return [
        { path: '/sign-in', nav: 'nav.signIn', screen: 'signIn' },
        { path: '/sign-up', nav: 'nav.signUp', screen: 'signUp' },
      ];
  }
}
