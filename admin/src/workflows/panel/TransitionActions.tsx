import { useState } from 'react';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import type { InstanceDetail, LocalizedText } from '../api/types';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { describeRefusal, type RefusalView } from '../model/errors';

interface TransitionActionsProps {
  instance: InstanceDetail;
  labels: Map<string, LocalizedText>;
  /** Reloads the instance (after a move, or after a 409). */
  onMoved: () => Promise<unknown>;
}

const REFUSAL_TITLES: Record<number, string> = {
  403: 'workflows.panel.refused403',
  409: 'workflows.panel.refused409',
  422: 'workflows.panel.refused422',
};

/**
 * The transitions out of the current state as buttons: enabled when this user may take them now, disabled
 * with the reasons otherwise; a comment box; the move sends the state the user saw (`expectedState`).
 */
export const TransitionActions = ({ instance, labels, onMoved }: TransitionActionsProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useWorkflowsApi();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<RefusalView | null>(null);
  const commentId = `workflow-comment-${instance.documentId}`;

  const take = async (transition: string, label: string) => {
    setBusy(true);
    setRefusal(null);
    try {
      await api.workflowsTransition(instance.documentId, {
        transition,
        expectedState: instance.state.key,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setComment('');
      notify('workflows.panel.moveDone', { type: 'success', messageArgs: { transition: label } });
      await onMoved();
    } catch (error) {
      const view = describeRefusal(error, language);
      setRefusal(view);
      // Someone else moved it: show where it is now.
      if (view.status === 409) await onMoved();
    } finally {
      setBusy(false);
    }
  };

  const refusalAlert = refusal ? (
    <Alert severity={refusal.status === 409 ? 'warning' : 'error'} sx={{ mt: 1 }} onClose={() => setRefusal(null)} role="alert">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(REFUSAL_TITLES[refusal.status ?? 0] ?? 'workflows.panel.refused')}
      </Typography>
      <Typography variant="body2">{refusal.message}</Typography>
      {refusal.reasons.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {refusal.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </Box>
      ) : null}
    </Alert>
  ) : null;

  // After a 409 the reloaded instance may have ended or moved on: the explanation stays.
  if (instance.closed || instance.transitions.length === 0) {
    return (
      <Box>
        <Typography color="text.secondary">
          {translate(instance.closed ? 'workflows.panel.closed' : 'workflows.panel.noTransitions')}
        </Typography>
        {refusalAlert}
      </Box>
    );
  }

  return (
    <Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        {instance.transitions.map((transition) => {
          const label = pick(transition.label, language);
          const to = pick(labels.get(transition.to), language) || transition.to;
          return (
            <Box key={transition.key} sx={{ maxWidth: 360 }}>
              <Button
                variant={transition.available ? 'contained' : 'outlined'}
                disabled={busy || !transition.available}
                onClick={() => take(transition.key, label)}
                aria-describedby={transition.available ? undefined : `why-${instance.documentId}-${transition.key}`}
              >
                {label}
              </Button>
              <Typography variant="caption" component="div" color="text.secondary">
                {translate('workflows.panel.leadsTo', { state: to })}
                {transition.commentRequired ? ` · ${translate('workflows.panel.commentRequired')}` : ''}
              </Typography>
              {transition.available ? null : (
                <Typography
                  id={`why-${instance.documentId}-${transition.key}`}
                  variant="caption"
                  component="div"
                  color="warning.dark"
                >
                  {transition.reasons.map((reason) => reason[language] || reason.message).join(' · ')}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
      {instance.transitions.some((transition) => transition.available) ? (
        <TextField
          id={commentId}
          label={translate('workflows.panel.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          size="small"
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
      ) : null}
      {refusalAlert}
    </Box>
  );
};
