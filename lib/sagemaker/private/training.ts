import { mlInstanceType } from './render';
import { InputMode, S3DataType, type AlgorithmSpecification, type Channel, type OutputDataConfig, type ResourceConfig, type ISageMakerTask } from '../types';

/**
 * The training parts of a request (algorithm, channels, output, resources) as SageMaker expects them,
 * for the jobs that define training jobs (the training and tuning jobs). Binding the images and locations grants the
 * task's role their access.
 */
export function renderAlgorithm(task: ISageMakerTask, algorithm: AlgorithmSpecification): { [key: string]: any } {
  return {
    TrainingInputMode: algorithm.trainingInputMode ?? InputMode.FILE,
    TrainingImage: algorithm.trainingImage?.bind(task).imageUri,
    AlgorithmName: algorithm.algorithmName,
    MetricDefinitions: algorithm.metricDefinitions?.map((metric) => ({ Name: metric.name, Regex: metric.regex })),
  };
}

/**
 * One input channel; its data may be read by the task's role. An empty optional field is left out, as
 * aws-cdk-lib's training job leaves it out.
 */
export function renderChannel(task: ISageMakerTask, channel: Channel): { [key: string]: any } {
  const source = channel.dataSource.s3DataSource;
  return {
    ChannelName: channel.channelName,
    DataSource: {
      S3DataSource: {
        S3Uri: source.s3Location.bind(task, { forReading: true }).uri,
        S3DataType: source.s3DataType ?? S3DataType.S3_PREFIX,
        ...(source.s3DataDistributionType && { S3DataDistributionType: source.s3DataDistributionType }),
        ...(source.attributeNames && { AttributeNames: source.attributeNames }),
      },
    },
    ...(channel.compressionType && { CompressionType: channel.compressionType }),
    ...(channel.contentType && { ContentType: channel.contentType }),
    ...(channel.inputMode && { InputMode: channel.inputMode }),
    ...(channel.recordWrapperType && { RecordWrapperType: channel.recordWrapperType }),
  };
}

/** Where the model artifacts go; the task's role may write there. */
export function renderOutputDataConfig(task: ISageMakerTask, output: OutputDataConfig): { [key: string]: any } {
  return {
    S3OutputPath: output.s3OutputLocation.bind(task, { forWriting: true }).uri,
    KmsKeyId: output.encryptionKey?.keyArn,
  };
}

/** The instances and storage of the training jobs. */
export function renderResourceConfig(resources: ResourceConfig): { [key: string]: any } {
  return {
    InstanceCount: resources.instanceCount,
    InstanceType: mlInstanceType(resources.instanceType),
    VolumeSizeInGB: resources.volumeSize.toGibibytes(),
    VolumeKmsKeyId: resources.volumeEncryptionKey?.keyArn,
  };
}

/** The problems of an algorithm specification: exactly one of an algorithm name and a training image. */
export function algorithmProblems(algorithm: AlgorithmSpecification): string[] {
  if (algorithm.algorithmName && algorithm.trainingImage) {
    return ['algorithmSpecification takes an algorithmName or a trainingImage, not both'];
  }
  return algorithm.algorithmName || algorithm.trainingImage ? [] : ['algorithmSpecification needs an algorithmName or a trainingImage'];
}
