import { WarningPanel } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { PageWarning } from '../warnings';
import { ExpandableList } from '../../components/ExpandableList';

type GovernanceWarningsProps = {
  warnings: PageWarning[];
  /** The section's element ID, which the alert at the top of the page scrolls to. */
  id?: string;
};

/** Every problem with the data on the page, errors first, each saying what to do. */
export function GovernanceWarnings(props: GovernanceWarningsProps) {
  if (props.warnings.length === 0) return null;
  return (
    <Box
      component="section"
      id={props.id}
      aria-label="Problems"
      display="flex"
      flexDirection="column"
      gridGap={8}
    >
      <Typography variant="h5" component="h2">
        Problems with the data on this page
      </Typography>
      {props.warnings.map(w => (
        <WarningPanel
          key={w.id}
          severity={w.severity}
          title={w.title}
          message={w.message}
          defaultExpanded
        >
          {w.details?.length ? (
            <ExpandableList
              items={w.details}
              keyOf={(_, i) => String(i)}
              render={line => line}
            />
          ) : undefined}
        </WarningPanel>
      ))}
    </Box>
  );
}
