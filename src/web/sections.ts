/** The app's top-level sections, in navigation order. */
export const sections = [
  { path: '/diary', nav: 'nav.diary', screen: 'diary' },
  { path: '/treatments', nav: 'nav.treatments', screen: 'treatments' },
  { path: '/video-checks', nav: 'nav.videoChecks', screen: 'videoChecks' },
  { path: '/reports', nav: 'nav.reports', screen: 'reports' },
  { path: '/clinic', nav: 'nav.clinic', screen: 'clinic' },
] as const;

export type Section = (typeof sections)[number];
