import { Page, TabbedLayout } from '@backstage/core-components';
import { useGovernanceData } from '../../hooks/useGovernanceData';
import { useNow } from '../../hooks/useNow';
import { platformRouteRef } from '../../routes';
import { DeveloperTab } from '../DeveloperTab';
import { GovernanceHeader } from '../GovernanceHeader';
import { PlatformTab } from '../PlatformTab';

/**
 * The AMI Governance page, one tab per audience, each deep-linkable under the plugin's route: the
 * developers' (which publishers, until when, can I launch this, my requests) at the root, the platform
 * team's (problems, policies, readiness, public AMIs) at `/platform`. The data is loaded once for
 * both, so switching tabs shows it at once; it stays current by itself (the backend signals changes).
 */
export function AmiGovernancePage() {
  const data = useGovernanceData();
  const now = useNow();
  return (
    <Page themeId="tool">
      <GovernanceHeader
        publishers={data.publishers.value}
        status={data.status.value}
        now={now}
      />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Developers">
          <DeveloperTab data={data} now={now} />
        </TabbedLayout.Route>
        <TabbedLayout.Route path={platformRouteRef.path} title="Platform">
          <PlatformTab data={data} now={now} />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
