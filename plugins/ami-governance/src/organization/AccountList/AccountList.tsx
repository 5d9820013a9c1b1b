import { Typography } from '@material-ui/core';
import type { ListPaging } from '../../lib/listPaging';
import { ExpandableList } from '../../components/ExpandableList';

type AccountListItem = {
  /** The account ID or provider, always shown. */
  id: string;
  /** A name shown before the ID when known. */
  name?: string;
  /** More about this entry, e.g. why it differs. */
  detail?: string;
};

type AccountListProps = {
  items: AccountListItem[];
  /** Said when the list is empty. */
  empty: string;
  /** Items shown before "Show all"; large organizations list thousands. */
  limit?: number;
  /** Set when `items` are the first of a longer list fetched a page at a time. */
  paging?: ListPaging;
  'aria-label'?: string;
};

function Account({ item }: { item: AccountListItem }) {
  return (
    <>
      {item.name && item.name !== item.id ? (
        <>
          {item.name} (<code>{item.id}</code>)
        </>
      ) : (
        <code>{item.id}</code>
      )}
      {item.detail ? ` — ${item.detail}` : ''}
    </>
  );
}

/** A list of accounts or providers, cut at `limit` or paged, with a button to show more. */
export function AccountList(props: AccountListProps) {
  if (props.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.empty}
      </Typography>
    );
  }
  return (
    <ExpandableList
      aria-label={props['aria-label']}
      items={props.items}
      limit={props.limit}
      paging={props.paging}
      keyOf={item => item.id}
      render={item => <Account item={item} />}
    />
  );
}
