import { forwardRef } from 'react';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { Link } from 'react-router-dom';
import { AppBar, Logout, UserMenu, useBasename, useTranslate, useUserMenu } from 'react-admin';

/** "Il mio profilo" in the user menu: the person's own settings (notices by e-mail). */
const ProfileMenuItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const basename = useBasename();
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} ref={ref} to={`${basename}/profile`} onClick={() => menu?.onClose()} {...props}>
      <ListItemIcon>
        <AccountCircleIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ambito.profile.menu')}</ListItemText>
    </MenuItem>
  );
});
ProfileMenuItem.displayName = 'ProfileMenuItem';

/** react-admin's app bar, its user menu with the profile before "Esci". */
export const AmbitoAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <ProfileMenuItem />
        <Logout />
      </UserMenu>
    }
  />
);
