/** A polite live region: screen readers announce what changed without moving focus. */
export function StatusMessage({
  message,
  tone = 'info',
}: {
  message?: string;
  tone?: 'info' | 'error';
}) {
  return (
    <div className={`status-message status-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {message}
    </div>
  );
}
