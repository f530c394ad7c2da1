package dev.colony.pubsub;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** The same contract against an external Mosquitto, as clusters past one machine use. */
class MosquittoContractTest extends PubSubContractTest {

    @Override
    protected BrokerUnderTest startBroker(Path dir) {
        assumeTrue(MosquittoBroker.installed(),
            "Mosquitto is not installed (" + MosquittoBroker.BINARY + "): apt-get install -y mosquitto, as .ci/run does");
        return MosquittoBroker.start(dir, CLUSTER, PROGRAM, BrokerOptions.DEFAULT_MAX_QUEUED_MESSAGES);
    }

    @Override
    protected boolean refusesSubscriptionsOutsideTheAcl() {
        return false;
    }
}
