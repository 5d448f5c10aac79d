import { ListSubheader } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { Menu, useBasename, useCanAccessResources, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { groupResources, type MenuGroup } from './menuGroups';

/** One area of the menu: its heading and the pages of it the role may open (nothing if none). */
const MenuSection = ({ group }: { group: MenuGroup }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: [...group.resources] });
  if (isPending || !canAccess || !group.resources.some((name) => canAccess[name])) return null;
  const headingId = `menu-group-${group.key}`;
  return (
    <li role="none">
      {open ? (
        <ListSubheader
          component="div"
          id={headingId}
          disableSticky
          sx={{ lineHeight: 2.5, mt: 1, fontWeight: 'bold', color: 'text.secondary', bgcolor: 'transparent' }}
        >
          {translate(`ambito.layout.groups.${group.key}`)}
        </ListSubheader>
      ) : null}
      <ul
        role="group"
        aria-label={translate(`ambito.layout.groups.${group.key}`)}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {group.resources
          .filter((name) => canAccess[name])
          .map((name) => (
            <Menu.ResourceItem key={name} name={name} />
          ))}
      </ul>
    </li>
  );
};

/**
 * The console's menu grouped by area (Catalogo, Cartelle, …), showing only what the role can open, and the
 * person's own profile (notices by e-mail) last. The profile sits here rather than in react-admin's user menu:
 * a custom app bar made success notices vanish on fast answers (the case journeys on SQLite).
 */
export const AmbitoMenu = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const definitions = useResourceDefinitions();
  const listed = Object.values(definitions)
    .filter((definition) => definition.hasList)
    .map((definition) => definition.name);
  return (
    <Menu>
      <Menu.DashboardItem />
      {groupResources(listed).map((group) => (
        <MenuSection key={group.key} group={group} />
      ))}
      <Menu.Item to={`${basename}/profile`} primaryText={translate('ambito.profile.menu')} leftIcon={<AccountCircleIcon />} />
    </Menu>
  );
};
