import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import accreditations from '../accreditations';
import type { AmbitoIdentity } from '../providers/authProvider';
import serviceProviders from '../serviceProviders';
import services from '../services';
import { CatalogueCount } from './CatalogueCount';
import { RoleWork } from '../home/RoleWork';
import { MailNotConfigured } from '../account/MailNotConfigured';

/** Home: who the user is (role, comuni, provider) and the size of the catalogue. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = identity as AmbitoIdentity | undefined;
  const roleType = user?.role?.type;
  const role = roleType ? translate(`roles.${roleType}`, { _: user?.role?.name ?? roleType }) : '—';
  const municipalities = user?.municipalities ?? [];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ambito.title" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('ambito.dashboard.welcome', { name: user?.username ?? '' })}
          </Typography>
          <Stack spacing={1.5}>
            <Typography>
              <strong>{translate('ambito.dashboard.role')}:</strong> {role}
            </Typography>
            <Box>
              <Typography component="span" sx={{ fontWeight: 'bold', mr: 1 }}>
                {translate('ambito.dashboard.municipalities')}:
              </Typography>
              {municipalities.length > 0 ? (
                municipalities.map((municipality) => (
                  <Chip key={municipality.documentId} label={municipality.name} size="small" sx={{ mr: 0.5, mb: 0.5 }} />
                ))
              ) : (
                <Typography component="span">
                  {translate(roleType === 'udp' ? 'ambito.dashboard.allMunicipalities' : 'ambito.dashboard.noMunicipalities')}
                </Typography>
              )}
            </Box>
            {user?.provider ? (
              <Typography>
                <strong>{translate('ambito.dashboard.provider')}:</strong> {user.provider.name}
              </Typography>
            ) : null}
            <Typography color="text.secondary">
              {translate(roleType === 'udp' ? 'ambito.dashboard.canEdit' : 'ambito.dashboard.readOnly')}
            </Typography>
          </Stack>
        </CardContent>
      </Card>

      {roleType === 'udp' ? <MailNotConfigured /> : null}
      <RoleWork />

      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('ambito.dashboard.catalogue')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        <CatalogueCount resource="services" icon={services.icon} />
        <CatalogueCount resource="providers" icon={serviceProviders.icon} />
        <CatalogueCount resource="accreditations" icon={accreditations.icon} />
      </Stack>
    </Box>
  );
};
