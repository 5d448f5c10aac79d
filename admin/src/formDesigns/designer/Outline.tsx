import { Box, Button, List, Paper, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick } from '../../forms/model/localized';
import { addSection } from '../model/definitionOps';
import { NEW_ITEM_TEXTS, newSection } from '../model/newField';
import { AddFieldButton } from './AddFieldButton';
import { useDesigner } from './DesignerContext';
import { OutlineItem } from './OutlineItem';

/** The form's structure: sections, their fields, the fields of groups; where items are added and selected. */
export const Outline = () => {
  const translate = useTranslate();
  const { definition, language, apply } = useDesigner();
  const typeName = (field: Field) => translate(`forms.fieldTypes.${field.type}`);

  const fieldItems = (fields: Field[], at: string, depth: number) =>
    fields.map((field, index) => {
      const path = `${at}.fields.${index}`;
      return (
        <Box key={path}>
          <OutlineItem
            path={path}
            primary={pick(field.label, language) || field.key}
            secondary={`${field.key} · ${typeName(field)}`}
            depth={depth}
            conditional={field.visibleWhen !== undefined}
          />
          {field.type === 'group' ? (
            <Box sx={{ pl: (depth + 1) * 2 }}>
              {fieldItems(field.fields, path, depth + 1)}
              <AddFieldButton container={path} label={translate('forms.designer.addFieldToGroup')} nested={depth >= 2} />
            </Box>
          ) : null}
        </Box>
      );
    });

  return (
    <Paper variant="outlined" sx={{ p: 1 }} component="nav" aria-label={translate('forms.designer.outline')}>
      <Typography variant="subtitle1" component="h2" sx={{ px: 1 }}>
        {translate('forms.designer.outline')}
      </Typography>
      <List dense disablePadding>
        {definition.sections.map((section, index) => {
          const path = `sections.${index}`;
          return (
            <Box key={path} sx={{ mt: 1 }}>
              <OutlineItem
                path={path}
                primary={pick(section.title, language) || section.key}
                secondary={translate('forms.designer.sectionOf', { key: section.key })}
                depth={0}
                conditional={section.visibleWhen !== undefined}
              />
              {fieldItems(section.fields, path, 1)}
              <Box sx={{ pl: 2 }}>
                <AddFieldButton container={path} label={translate('forms.designer.addField')} />
              </Box>
            </Box>
          );
        })}
      </List>
      <Button
        sx={{ mt: 1 }}
        startIcon={<AddIcon />}
        onClick={() => apply((d) => addSection(d, (key) => newSection(key, NEW_ITEM_TEXTS)))}
      >
        {translate('forms.designer.addSection')}
      </Button>
    </Paper>
  );
};
