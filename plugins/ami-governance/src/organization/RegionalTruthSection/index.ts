export * from './RegionalTruthSection';
