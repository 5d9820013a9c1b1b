import { LinkButton } from '@backstage/core-components';
import { Alert } from '@material-ui/lab';
import { plural } from '../../lib/format';
import { errorsOf, PageWarning } from '../warnings';

type ProblemsAlertProps = {
  warnings: PageWarning[];
  /** Where the full list of problems is: the platform tab, at its top. */
  to: string;
};

/** One line on the developers' tab when something failed, leading to the details on the platform tab. */
export function ProblemsAlert(props: ProblemsAlertProps) {
  const errors = errorsOf(props.warnings);
  if (errors.length === 0) return null;
  const more = props.warnings.length - 1;
  return (
    <Alert
      severity="error"
      action={
        <LinkButton color="inherit" size="small" to={props.to}>
          Show problems
        </LinkButton>
      }
    >
      {`${errors[0].title}${
        more ? ` and ${plural(more, 'more problem')}` : ''
      }: see Problems with the data, on the Platform tab.`}
    </Alert>
  );
}
