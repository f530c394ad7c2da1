package dev.colony.cli.cluster;

import dev.colony.cli.cluster.ClusterUnderTest.BrokerKind;

class EmbeddedBrokerClusterTest extends ClusterContractTest {
  @Override
  BrokerKind broker() {
    return BrokerKind.EMBEDDED;
  }
}
