import { useTranslation } from 'react-i18next';
import { SectionScreen } from '../section-screen.tsx';

/** The treatment log. Its forms and lists are being built; until then, the section's landing. */
export function TreatmentsScreen(_props: { patientId: string }) {
  useTranslation();
  return <SectionScreen screen="treatments" />;
}
