import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { FieldType } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { addField } from '../model/definitionOps';
import type { ItemPath } from '../model/itemPaths';
import { baseKeyOf, FIELD_TYPES, NEW_ITEM_TEXTS, newField } from '../model/newField';
import { useDesigner } from './DesignerContext';

/** "Add a field" to a section or a group: a menu of the field types (`nested`: no group, the container is already two groups deep). */
export const AddFieldButton = ({
  container,
  label,
  nested = false,
}: {
  container: ItemPath;
  label: string;
  nested?: boolean;
}) => {
  const translate = useTranslate();
  const { apply } = useDesigner();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const add = (type: FieldType) => {
    setAnchor(null);
    apply((definition) => addField(definition, container, baseKeyOf(type), (key) => newField(type, key, NEW_ITEM_TEXTS)));
  };
  // Groups inside a group are allowed one level deep; the validator reports anything deeper.
  const types = nested ? FIELD_TYPES.filter((type) => type !== 'group') : FIELD_TYPES;
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        {label}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {types.map((type) => (
          <MenuItem key={type} onClick={() => add(type)}>
            {translate(`forms.fieldTypes.${type}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
