import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { explainRouteRef } from '../../routes';

/** Opens the explainer with the account filled in (`?accountId=…`, see lib/explainForm). */
export function ExplainLink(props: { accountId: string }) {
  const explain = useRouteRef(explainRouteRef)();
  const query = new URLSearchParams({ accountId: props.accountId });
  return (
    <Typography variant="body2">
      <Link to={`${explain}?${query}`}>Can this account launch an AMI?</Link>
    </Typography>
  );
}
