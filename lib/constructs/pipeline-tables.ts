import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLES } from '../../lambdas/shared/wiring.js';
import type { KeyAttribute, TableDefinition, TableKey } from '../../lambdas/shared/wiring.js';

export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER };
}

const PROJECTIONS = { ALL: ProjectionType.ALL, KEYS_ONLY: ProjectionType.KEYS_ONLY } as const;
const STREAM_VIEWS = { NEW_AND_OLD_IMAGES: StreamViewType.NEW_AND_OLD_IMAGES } as const;

/** Every table of the wiring: on demand, point-in-time recovery, KMS encryption (AWS managed key). */
export class PipelineTables extends Construct {
  readonly tables: Readonly<Record<TableKey, Table>>;

  constructor(scope: Construct, id: string, props: { readonly removalPolicy: RemovalPolicy }) {
    super(scope, id);
    const tables = {} as Record<TableKey, Table>;
    for (const key of TABLE_KEYS) {
      const definition: TableDefinition = TABLES[key];
      const table = new Table(this, definition.id, {
        partitionKey: attribute(definition.partitionKey),
        sortKey: definition.sortKey ? attribute(definition.sortKey) : undefined,
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: TableEncryption.AWS_MANAGED,
        stream: definition.stream ? STREAM_VIEWS[definition.stream] : undefined,
        timeToLiveAttribute: definition.timeToLiveAttribute,
        removalPolicy: props.removalPolicy,
      });
      for (const index of definition.globalSecondaryIndexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey ? attribute(index.sortKey) : undefined,
          projectionType: PROJECTIONS[index.projection],
        });
      }
      tables[key] = table;
    }
    this.tables = tables;
  }
}
