import { InfoCard } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useNavigate } from 'react-router-dom';
import { queryString } from '../../api/queryString';
import { readExplainForm } from '../explainForm';
import { explainRouteRef } from '../../routes';
import { ExplainForm } from '../LaunchExplainer';

const EMPTY = readExplainForm(new URLSearchParams());

/** The explainer's question on the main page; asking opens the explainer's page with the answer. */
export function CanILaunchSection() {
  const explain = useRouteRef(explainRouteRef)();
  const navigate = useNavigate();
  return (
    <InfoCard
      title="Can I launch this?"
      subheader="Whether an account may launch an AMI, layer by layer, and until when"
      deepLink={{ title: 'Region, date and more', link: explain }}
    >
      <ExplainForm
        compact
        initial={EMPTY}
        onSubmit={query => navigate(`${explain}${queryString(query)}`)}
      />
    </InfoCard>
  );
}
