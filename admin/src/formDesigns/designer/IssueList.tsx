import { Alert, AlertTitle, Link, List, ListItem } from '@mui/material';
import { useTranslate } from 'react-admin';
import { issuePlace } from '../model/issuePlace';
import { itemPathOfIssue } from '../model/itemPaths';
import { useDesigner, type DesignIssue } from './DesignerContext';

interface IssueListProps {
  issues: DesignIssue[];
  /** Message key of the title. */
  title: string;
  severity: 'warning' | 'error';
}

/** Problems of the definition with where they are, in words; a click selects the section or field concerned. */
export const IssueList = ({ issues, title, severity }: IssueListProps) => {
  const translate = useTranslate();
  const { select, definition, language } = useDesigner();
  if (issues.length === 0) return null;
  return (
    <Alert severity={severity} sx={{ mb: 2 }}>
      <AlertTitle>{translate(title, { smart_count: issues.length })}</AlertTitle>
      <List dense disablePadding>
        {issues.map((issue, index) => {
          const item = itemPathOfIssue(issue.path);
          const place = issue.path ? issuePlace(definition, issue.path, translate, language) : '';
          const text = place ? `${place}: ${issue.text}` : issue.text;
          return (
            <ListItem key={`${issue.path}-${index}`} disableGutters sx={{ py: 0 }}>
              {item ? (
                <Link component="button" type="button" onClick={() => select(item)} sx={{ textAlign: 'left' }}>
                  {text}
                </Link>
              ) : (
                text
              )}
            </ListItem>
          );
        })}
      </List>
    </Alert>
  );
};
