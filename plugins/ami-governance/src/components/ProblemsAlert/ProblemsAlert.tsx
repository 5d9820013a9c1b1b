import { Button } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { plural } from '../../lib/format';
import { errorsOf, PageWarning } from '../../lib/warnings';

type ProblemsAlertProps = {
  warnings: PageWarning[];
  /** The element ID of the full list of problems, further down the page. */
  target: string;
};

/** One line at the top of the page when something failed, leading to the details further down. */
export function ProblemsAlert(props: ProblemsAlertProps) {
  const errors = errorsOf(props.warnings);
  if (errors.length === 0) return null;
  const more = props.warnings.length - 1;
  const show = () =>
    document
      .getElementById(props.target)
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={show}>
          Show problems
        </Button>
      }
    >
      {`${errors[0].title}${
        more ? ` and ${plural(more, 'more problem')}` : ''
      }: see Problems with the data on this page, below the publishers.`}
    </Alert>
  );
}
