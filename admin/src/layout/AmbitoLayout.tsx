import { Layout, type LayoutProps } from 'react-admin';
import { AccessibleDefaults } from './AccessibleDefaults';
import { AmbitoAppBar } from './AmbitoAppBar';
import { AmbitoMenu } from './AmbitoMenu';
import { useDocumentTitle } from './useDocumentTitle';

/** react-admin's layout (with its skip link to the content), the user menu with the profile, and the console's grouped menu, page titles and named progress bars. */
export const AmbitoLayout = ({ children, ...rest }: LayoutProps) => {
  useDocumentTitle();
  return (
    <AccessibleDefaults>
      <Layout {...rest} menu={AmbitoMenu} appBar={AmbitoAppBar}>
        {children}
      </Layout>
    </AccessibleDefaults>
  );
};
