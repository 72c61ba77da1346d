import { type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Choosing a video file on this device: the browser's own file input, so it works with the
 * keyboard (Tab to it, Space or Enter opens the chooser) and with screen readers, drawn as one
 * large button. Choosing a file starts the measurement; nothing is uploaded.
 */
export function VideoFileChoice({
  onChoose,
  again,
  inputRef,
}: {
  onChoose: (file: File) => void;
  again: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="video-file-choice">
      <label className="file-button">
        {again ? t('videoChecks.chooseAnother') : t('videoChecks.choose')}
        <input
          ref={inputRef}
          type="file"
          accept="video/*"
          className="visually-hidden"
          aria-describedby={hintId}
          onKeyDown={(event) => {
            // Space opens the browser's chooser; Enter does too here, as on any button.
            if (event.key === 'Enter') {
              event.preventDefault();
              event.currentTarget.showPicker();
            }
          }}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same file can be chosen again later: the input forgets this choice.
            event.currentTarget.value = '';
            if (file) onChoose(file);
          }}
        />
      </label>
      <p id={hintId} className="field-hint">
        {t('videoChecks.chooseHint')}
      </p>
    </div>
  );
}
