import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import type { ElementType } from 'react';
import { useCreatePath, useGetList, useGetResourceLabel, useNavigate } from 'react-admin';

interface CatalogueCountProps {
  resource: string;
  icon: ElementType;
}

/** A card with how many documents a resource holds (the server counts: one document is fetched). */
export const CatalogueCount = ({ resource, icon: Icon }: CatalogueCountProps) => {
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 } });
  const getResourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  return (
    <Card variant="outlined" sx={{ minWidth: 180, flex: '1 1 180px' }}>
      <CardActionArea onClick={() => navigate(createPath({ resource, type: 'list' }))}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Icon color="primary" fontSize="large" aria-hidden />
          <div>
            <Typography variant="h5" component="p">
              {isPending ? '…' : (total ?? '—')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {getResourceLabel(resource, total ?? 2)}
            </Typography>
          </div>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
