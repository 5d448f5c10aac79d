import { Layout, type LayoutProps } from 'react-admin';
import { AccessibleDefaults } from './AccessibleDefaults';
import { AmbitoMenu } from './AmbitoMenu';
import { useDocumentTitle } from './useDocumentTitle';

/** react-admin's layout (with its skip link to the content), and the console's grouped menu (with the profile), page titles and named progress bars. */
export const AmbitoLayout = ({ children, ...rest }: LayoutProps) => {
  useDocumentTitle();
  return (
    <AccessibleDefaults>
      <Layout {...rest} menu={AmbitoMenu}>
        {children}
      </Layout>
    </AccessibleDefaults>
  );
};
