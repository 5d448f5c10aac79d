import type { DownloadedFile } from './types';

/** Hands a generated file to the browser as a download. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
