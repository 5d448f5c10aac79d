import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { Form, SaveButton, Title, Toolbar, useBasename, useNotify, useTranslate } from 'react-admin';

interface CreateThenOpenProps<V> {
  /** Translation key of the page's title. */
  title: string;
  /** Translation key of a line under the title. */
  help?: string;
  saveLabel: string;
  /** Translation key of the notice once created. */
  created: string;
  defaultValues?: Record<string, unknown>;
  /** Sends the values; resolves to the console path (below the basename) to open next. */
  create: (values: V) => Promise<string>;
  children: ReactNode;
}

/**
 * A creation page of the designers (forms, workflows): the inputs, one button that creates the record and
 * opens it; a refusal is notified and its field errors land under the inputs they name.
 */
export function CreateThenOpen<V>({ title, help, saveLabel, created, defaultValues, create, children }: CreateThenOpenProps<V>) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();

  const submit = async (values: Record<string, unknown>) => {
    try {
      const path = await create(values as V);
      notify(created, { type: 'success' });
      navigate(`${basename}/${path}`);
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={title} />
      <Card>
        <Form onSubmit={submit} defaultValues={defaultValues}>
          <CardContent>
            <Typography variant="h5" component="h1">
              {translate(title)}
            </Typography>
            {help ? (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate(help)}
              </Typography>
            ) : null}
            {children}
          </CardContent>
          <Toolbar>
            <SaveButton label={saveLabel} />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
}
