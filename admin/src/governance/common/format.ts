/** Date and time as an Italian or English reader expects them, in the district's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(new Date(iso));
}

export function formatDate(day: string | null | undefined, locale: string): string {
  if (!day) return '—';
  const date = day.length === 10 ? new Date(`${day}T12:00:00Z`) : new Date(day);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'medium', timeZone: 'Europe/Rome' }).format(
    date
  );
}

/** Offers a blob to the user as a file to save. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
