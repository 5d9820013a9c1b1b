/** For a list fetched a page at a time: how many there are, and how to fetch the next page. */
export type ListPaging = {
  /** Entries in the whole list; `items` holds the ones fetched so far. */
  total: number;
  /** Entries each further page brings. */
  pageSize: number;
  loading: boolean;
  error?: Error;
  onMore: () => void;
  /** Back to the first entries; undefined when only those are shown. */
  onFewer?: () => void;
};
