package dev.colony.cli.cluster;

import dev.colony.cli.cluster.ClusterUnderTest.BrokerKind;
import org.junit.jupiter.api.condition.EnabledIf;

/** The same cluster on an external broker: Debian's mosquitto, which .ci/run installs. */
@EnabledIf(value = "dev.colony.pubsub.MosquittoBroker#installed", disabledReason = "mosquitto is not installed (apt-get install mosquitto)")
class MosquittoClusterTest extends ClusterContractTest {
  @Override
  BrokerKind broker() {
    return BrokerKind.MOSQUITTO;
  }
}
