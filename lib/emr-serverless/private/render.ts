import { pathFieldProblems } from '../../private';
import type { EmrServerlessConfiguration, EmrServerlessMonitoring } from '../types';

/** Configuration classifications as the API's `Configuration` list, nested ones included. */
export function renderConfigurations(configurations?: EmrServerlessConfiguration[]): object[] | undefined {
  return configurations?.map((configuration) => ({
    Classification: configuration.classification,
    Properties: configuration.properties,
    Configurations: renderConfigurations(configuration.configurations),
  }));
}

/** Log destinations as the API's `MonitoringConfiguration`; only the destinations that are set. */
export function renderMonitoring(monitoring?: EmrServerlessMonitoring): object | undefined {
  if (!monitoring) {
    return undefined;
  }
  const cloudWatch = monitoring.cloudWatchLogging ?? (monitoring.logGroupName || monitoring.logStreamNamePrefix ? true : undefined);
  return {
    S3MonitoringConfiguration: monitoring.s3LogUri === undefined ? undefined : { LogUri: monitoring.s3LogUri },
    CloudWatchLoggingConfiguration: cloudWatch === undefined ? undefined : {
      Enabled: cloudWatch,
      LogGroupName: monitoring.logGroupName,
      LogStreamNamePrefix: monitoring.logStreamNamePrefix,
    },
    ManagedPersistenceMonitoringConfiguration: monitoring.managedPersistence === undefined
      ? undefined
      : { Enabled: monitoring.managedPersistence },
  };
}

/** The contradictions in a monitoring configuration. */
export function monitoringProblems(name: string, monitoring?: EmrServerlessMonitoring): string[] {
  if (monitoring?.cloudWatchLogging === false && (monitoring.logGroupName || monitoring.logStreamNamePrefix)) {
    return [`${name}: logGroupName and logStreamNamePrefix need cloudWatchLogging, which is false`];
  }
  return [];
}

/** The configuration properties, nested ones included, that Step Functions would read as path fields. */
export function configurationProblems(name: string, configurations?: EmrServerlessConfiguration[]): string[] {
  return (configurations ?? []).flatMap((configuration, i) => [
    ...pathFieldProblems(`${name}[${i}].properties`, configuration.properties),
    ...configurationProblems(`${name}[${i}].configurations`, configuration.configurations),
  ]);
}
