import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecrAssets from 'aws-cdk-lib/aws-ecr-assets';
import type { Construct } from 'constructs';
import type { ISageMakerTask } from './types';

/**
 * What a `DockerImage` gives the task that uses it.
 */
export interface DockerImageConfig {
  /**
   * The full URI of the image (or an expression that yields one at run time).
   */
  readonly imageUri: string;
}

/**
 * A Docker image that a SageMaker task runs (a training algorithm or an inference container), together
 * with the permissions needed to pull it.
 */
export abstract class DockerImage {
  /**
   * An image in an Amazon ECR repository. The task's role may pull from that repository.
   *
   * @param repository the repository holding the image
   * @param tagOrDigest the image's tag, or its digest (starting with `sha256:`)
   */
  public static fromEcrRepository(repository: ecr.IRepository, tagOrDigest: string = 'latest'): DockerImage {
    return new StandardDockerImage(repository.repositoryUriForTagOrDigest(tagOrDigest), { repository });
  }

  /**
   * An image whose URI comes from the state's data, through a JSONPath or JSONata expression.
   *
   * The expression is sent as given: pass a JSONPath as `sfn.JsonPath.stringAt('$.image')`, a JSONata
   * expression as `'{% $states.input.image %}'`.
   *
   * @param expression the expression yielding the image URI
   * @param allowAnyEcrImagePull whether the task's role may pull from any ECR repository; set `false`
   * when the image is never in ECR
   */
  public static fromJsonExpression(expression: string, allowAnyEcrImagePull: boolean = true): DockerImage {
    return new StandardDockerImage(expression, { allowAnyEcrImagePull });
  }

  /**
   * An image by its URI, in any registry. No permissions are granted: for an image in ECR, prefer
   * `fromEcrRepository`.
   *
   * @param imageUri the image's URI
   */
  public static fromRegistry(imageUri: string): DockerImage {
    return new StandardDockerImage(imageUri);
  }

  /**
   * An image built from a local directory and published as an asset of this app. The task's role may
   * pull it.
   *
   * @param scope the scope of the asset
   * @param id the asset's id in the construct tree
   * @param props how to build the image
   */
  public static fromAsset(scope: Construct, id: string, props: ecrAssets.DockerImageAssetProps): DockerImage {
    const asset = new ecrAssets.DockerImageAsset(scope, id, props);
    return new StandardDockerImage(asset.imageUri, { repository: asset.repository });
  }

  /**
   * Called by the task that uses this image: grants the task's role the right to pull it and returns the
   * URI to send.
   */
  public abstract bind(task: ISageMakerTask): DockerImageConfig;
}

/** How the task's role gets access to an image. */
interface PullAccess {
  /** The repository to grant pulls from. */
  readonly repository?: ecr.IRepository;
  /** Grant pulls of any ECR image. */
  readonly allowAnyEcrImagePull?: boolean;
}

/** The one implementation behind the `DockerImage` factories. */
class StandardDockerImage extends DockerImage {
  constructor(private readonly imageUri: string, private readonly access: PullAccess = {}) {
    super();
  }

  public bind(task: ISageMakerTask): DockerImageConfig {
    this.access.repository?.grantPull(task);
    if (this.access.allowAnyEcrImagePull) {
      task.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({
        actions: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
        resources: ['*'],
      }));
    }
    return { imageUri: this.imageUri };
  }
}
