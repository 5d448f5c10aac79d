import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { VersionStatus } from '../api/types';

const COLOURS = { draft: 'warning', published: 'success', retired: 'default' } as const;

/** "Draft", "Published" or "Retired", with the version number. */
export const VersionChip = ({ status, version }: { status: VersionStatus; version: number }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOURS[status]} label={`${translate(`workflows.status.${status}`)} · v${version}`} />;
};
