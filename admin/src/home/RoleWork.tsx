import type { ComponentType } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { AmbitoIdentity } from '../providers/authProvider';
import { OperatorWork } from './OperatorWork';
import { ProviderWork } from './ProviderWork';
import { TableMemberWork } from './TableMemberWork';
import { UdpWork } from './UdpWork';

const WORK_BY_ROLE: Record<string, ComponentType> = {
  udp: UdpWork,
  operator: OperatorWork,
  provider: ProviderWork,
  'table-member': TableMemberWork,
};

/**
 * The home's "what needs attention": the role's own work, counted from live data (the same lists the
 * role's pages show, so the server's access rules apply), each item linking to the page where it is done.
 */
export const RoleWork = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const Work = WORK_BY_ROLE[(identity as AmbitoIdentity | undefined)?.role?.type ?? ''];
  if (!Work) return null;
  return (
    <Box component="section" aria-labelledby="home-work" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="home-work" sx={{ mb: 1 }}>
        {translate('ambito.home.work')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Work />
      </Stack>
    </Box>
  );
};
