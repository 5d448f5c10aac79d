import { Chip } from '@mui/material';

/** A state's label on its colour (the designer's `#rrggbb`), with readable text on light and dark colours. */
export const StateChip = ({ label, colour, size = 'small' }: { label: string; colour: string; size?: 'small' | 'medium' }) => (
  <Chip size={size} label={label} sx={{ bgcolor: colour, color: textOn(colour), fontWeight: 600 }} />
);

/** Black or white, whichever reads better on `colour`. */
export function textOn(colour: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return '#000';
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#000' : '#fff';
}
