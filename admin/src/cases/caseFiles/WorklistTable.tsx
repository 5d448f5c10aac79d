import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  Pagination,
  ResourceContextProvider,
  useList,
  useTranslate,
  type ListControllerResult,
} from 'react-admin';
import { useCasesApi } from '../api/useCasesApi';
import type { WorklistView } from '../api/types';
import { CaseColumns } from './caseColumns';

const PER_PAGE = 25;

/** One of the operator's worklists (`GET /api/cases/worklist?view=`), a page at a time. */
export const WorklistTable = ({ view }: { view: WorklistView }) => {
  const api = useCasesApi();
  const translate = useTranslate();
  const [page, setPage] = useState(1);
  const { data, isPending, error } = useQuery({
    queryKey: ['cases', 'worklist', view, page],
    queryFn: () => api.casesWorklist(view, page, PER_PAGE),
  });
  const listContext = useList({ data: data?.data ?? [], isPending, perPage: PER_PAGE });
  // The server pages the worklist: the in-memory list only renders the page it sent.
  const context = {
    ...listContext,
    page,
    setPage,
    total: data?.total ?? 0,
    perPage: PER_PAGE,
    resource: 'cases',
  } as ListControllerResult;

  if (error)
    return (
      <Alert severity="error">{error instanceof Error ? translate(error.message, { _: error.message }) : String(error)}</Alert>
    );
  return (
    <ResourceContextProvider value="cases">
      <ListContextProvider value={context}>
        {data && data.total === 0 ? (
          <Typography sx={{ p: 2 }}>{translate('cases.worklist.empty')}</Typography>
        ) : (
          <>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <CaseColumns />
            </DataTable>
            <Pagination rowsPerPageOptions={[PER_PAGE]} />
          </>
        )}
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
