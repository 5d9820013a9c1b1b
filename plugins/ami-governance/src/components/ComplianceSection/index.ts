export { ComplianceSection } from './ComplianceSection';
export type { ComplianceSectionProps } from './ComplianceSection';
