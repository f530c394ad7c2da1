package dev.colony.pubsub;

import java.nio.file.Path;

class EmbeddedBrokerContractTest extends PubSubContractTest {

    @Override
    protected BrokerUnderTest startBroker(Path dir) {
        Broker broker = Broker.start(BrokerOptions.defaults(dir, CLUSTER).withPort(0));
        broker.accounts().grant(PROGRAM, Role.PROGRAM);
        return new BrokerUnderTest() {
            @Override
            public String host() {
                return broker.host();
            }

            @Override
            public int port() {
                return broker.port();
            }

            @Override
            public Credentials cluster() {
                return CLUSTER;
            }

            @Override
            public Credentials program() {
                return PROGRAM;
            }

            @Override
            public void close() {
                broker.close();
            }
        };
    }
}
