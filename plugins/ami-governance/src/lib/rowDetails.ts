/**
 * A table's `onRowClick` that opens and closes the row's detail panel: the whole row is the target,
 * not only the small arrow at its start.
 */
export const toggleRowDetails = (
  _event?: unknown,
  _row?: unknown,
  togglePanel?: (panelIndex?: number) => void,
) => togglePanel?.();
