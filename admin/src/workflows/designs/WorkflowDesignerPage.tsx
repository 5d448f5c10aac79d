import { useState } from 'react';
import { Alert, Box, Button, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import { useNavigate, useParams } from 'react-router-dom';
import { Title, useBasename, useLocaleState, useNotify, useRequireAccess, useTranslate } from 'react-admin';
import { QueryState } from '../../forms/common/QueryState';
import { languageOf, pick } from '../../forms/model/localized';
import { useInvalidateWorkflows, useWorkflowDefinition } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal } from '../model/errors';
import { subjectTypeName } from '../model/subjects';
import { RenameDialog } from './RenameDialog';
import { DesignForm } from './DesignForm';
import { LazyDiagram } from './diagram/LazyDiagram';
import { VersionChip } from './statusChip';
import { VersionHistory } from './VersionHistory';

type TabName = 'design' | 'versions';

/** One workflow in the designer: its draft (or a new draft from the published version), its versions. */
export const WorkflowDesignerPage = () => {
  const { id = '' } = useParams();
  const key = decodeURIComponent(id);
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [tab, setTab] = useState<TabName>('design');
  const [renaming, setRenaming] = useState(false);
  const [renameErrors, setRenameErrors] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const basename = useBasename();
  const { isPending: checking } = useRequireAccess({ action: 'edit', resource: 'workflow-designs' });
  const { data: workflow, isPending, error } = useWorkflowDefinition(key);
  const invalidate = useInvalidateWorkflows();
  if (checking) return null;
  const published = workflow?.versions.find((version) => version.status === 'published');
  const draft = workflow?.versions.find((version) => version.status === 'draft');
  const latest = workflow ? [...workflow.versions].sort((a, b) => b.version - a.version)[0] : undefined;

  const newDraft = async () => {
    const base = published ?? latest;
    if (!workflow || !base) return;
    try {
      const created = await api.workflowsSaveDraft(
        workflow.key,
        base.definition,
        translate('workflows.designer.newDraftNote', { n: base.version })
      );
      notify('workflows.designer.draftCreated', { type: 'success', messageArgs: { n: created.version } });
      await invalidate();
    } catch (failure) {
      notify(describeRefusal(failure, language).message, { type: 'error' });
    }
  };

  const rename = async (data: { key?: string; name: { it: string; en: string } }) => {
    if (!workflow) return;
    try {
      const renamed = await api.workflowsRename(workflow.key, data);
      setRenaming(false);
      setRenameErrors({});
      notify('workflows.rename.done', { type: 'success' });
      await invalidate();
      if (renamed.key !== workflow.key)
        navigate(`${basename}/workflow-designs/${encodeURIComponent(renamed.key)}`, { replace: true });
    } catch (failure) {
      const errors = (failure as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? {};
      setRenameErrors(
        Object.fromEntries(Object.entries(errors).filter(([, value]) => typeof value === 'string')) as Record<string, string>
      );
      notify(describeRefusal(failure, language).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={workflow ? pick(workflow.name, language) : 'workflows.designs.title'} />
      <QueryState isPending={isPending} error={error} />
      {workflow ? (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h5" component="h1">
              {pick(workflow.name, language)}
            </Typography>
            <Chip
              size="small"
              variant="outlined"
              label={translate(subjectTypeName(workflow.contentType) ?? 'workflows.subjects.other')}
            />
            {published ? <VersionChip status="published" version={published.version} /> : null}
            {draft ? <VersionChip status="draft" version={draft.version} /> : null}
            <Button size="small" startIcon={<DriveFileRenameOutlineIcon />} onClick={() => setRenaming(true)}>
              {translate('workflows.rename.open')}
            </Button>
          </Stack>
          <RenameDialog
            open={renaming}
            workflow={workflow}
            errors={renameErrors}
            onClose={() => setRenaming(false)}
            onRename={rename}
          />
          {workflow.description ? (
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {pick(workflow.description, language)}
            </Typography>
          ) : null}
          <Tabs value={tab} onChange={(_, value: TabName) => setTab(value)} sx={{ mb: 2 }}>
            <Tab value="design" label={translate('workflows.designer.tab')} />
            <Tab value="versions" label={translate('workflows.versions.title')} />
          </Tabs>
          {tab === 'design' && draft ? <DesignForm workflow={workflow} draft={draft} onSaved={invalidate} /> : null}
          {tab === 'design' && !draft ? (
            <Box>
              <Alert
                severity="info"
                sx={{ mb: 2 }}
                action={
                  <Button variant="contained" startIcon={<EditNoteIcon />} onClick={newDraft}>
                    {translate('workflows.designer.newDraft')}
                  </Button>
                }
              >
                {published
                  ? translate('workflows.designer.noDraft', { n: published.version })
                  : translate('workflows.designer.noDraftNoPublished')}
              </Alert>
              {published ? (
                <LazyDiagram states={published.definition.states} transitions={published.definition.transitions} />
              ) : null}
            </Box>
          ) : null}
          {tab === 'versions' ? <VersionHistory workflow={workflow} onChanged={invalidate} /> : null}
        </>
      ) : null}
    </Box>
  );
};
