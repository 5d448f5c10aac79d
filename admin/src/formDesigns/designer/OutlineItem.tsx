import { useState } from 'react';
import { Box, IconButton, ListItemButton, ListItemIcon, ListItemText, Menu, MenuItem, Stack, Tooltip } from '@mui/material';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMoveOutlined';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useTranslate } from 'react-admin';
import { pick } from '../../forms/model/localized';
import { duplicateItem, moveItem, moveToSection, removeItem } from '../model/definitionOps';
import { parseItemPath, type ItemPath } from '../model/itemPaths';
import { useDesigner } from './DesignerContext';

interface OutlineItemProps {
  path: ItemPath;
  primary: string;
  secondary: string;
  depth: number;
  /** Shown only under a condition. */
  conditional: boolean;
}

/** One section or field of the outline: selecting it opens its properties; the selected one can be moved, copied, removed. */
export const OutlineItem = ({ path, primary, secondary, depth, conditional }: OutlineItemProps) => {
  const translate = useTranslate();
  const { selected, select, apply, issues, definition, language } = useDesigner();
  const [moveMenu, setMoveMenu] = useState<HTMLElement | null>(null);
  const parsed = parseItemPath(path);
  // A top-level field can go to another section (the data stays one flat object); a group's field cannot.
  const otherSections =
    parsed?.fields.length === 1
      ? definition.sections.map((section, index) => ({ section, index })).filter(({ index }) => index !== parsed.section)
      : [];
  const isSelected = selected === path;
  const hasIssue = issues.some(
    (issue) => issue.path === path || (issue.path.startsWith(`${path}.`) && !/^\.fields\.\d/.test(issue.path.slice(path.length)))
  );
  const action = (label: string, icon: React.ReactNode, run: (event: React.MouseEvent<HTMLElement>) => void) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={`${label}: ${primary}`} onClick={run}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Box sx={{ pl: depth * 2 }}>
      <ListItemButton
        selected={isSelected}
        onClick={() => select(path)}
        aria-current={isSelected ? 'true' : undefined}
        sx={{ py: 0.25, borderRadius: 1 }}
      >
        {hasIssue || conditional ? (
          <ListItemIcon sx={{ minWidth: 28 }}>
            {hasIssue ? (
              <ErrorIcon color="error" fontSize="small" titleAccess={translate('forms.designer.hasIssues')} />
            ) : (
              <VisibilityOffIcon fontSize="small" titleAccess={translate('forms.designer.conditional')} />
            )}
          </ListItemIcon>
        ) : null}
        <ListItemText
          primary={primary}
          secondary={secondary}
          slotProps={{ primary: { noWrap: true, variant: depth === 0 ? 'subtitle2' : 'body2' }, secondary: { noWrap: true } }}
        />
      </ListItemButton>
      {isSelected ? (
        <Stack direction="row" spacing={0.5} sx={{ pl: 1, mb: 0.5 }}>
          {action(translate('forms.designer.moveUp'), <ArrowUpwardIcon fontSize="small" />, () =>
            apply((d) => moveItem(d, path, -1))
          )}
          {action(translate('forms.designer.moveDown'), <ArrowDownwardIcon fontSize="small" />, () =>
            apply((d) => moveItem(d, path, 1))
          )}
          {action(translate('forms.designer.duplicate'), <ContentCopyIcon fontSize="small" />, () =>
            apply((d) => duplicateItem(d, path))
          )}
          {action(translate('forms.designer.remove'), <DeleteIcon fontSize="small" />, () => apply((d) => removeItem(d, path)))}
          {otherSections.length > 0
            ? action(translate('forms.designer.moveToSection'), <DriveFileMoveIcon fontSize="small" />, (event) =>
                setMoveMenu(event.currentTarget)
              )
            : null}
          <Menu anchorEl={moveMenu} open={moveMenu !== null} onClose={() => setMoveMenu(null)}>
            {otherSections.map(({ section, index }) => (
              <MenuItem
                key={section.key}
                onClick={() => {
                  setMoveMenu(null);
                  apply((d) => moveToSection(d, path, index));
                }}
              >
                {translate('forms.designer.toSection', { section: pick(section.title, language) || section.key })}
              </MenuItem>
            ))}
          </Menu>
        </Stack>
      ) : null}
    </Box>
  );
};
