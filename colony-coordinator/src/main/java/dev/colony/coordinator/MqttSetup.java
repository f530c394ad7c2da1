package dev.colony.coordinator;

import dev.colony.protocol.JoinReply;
import dev.colony.pubsub.Broker;
import dev.colony.pubsub.BrokerOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.Role;
import java.nio.file.Path;

/**
 * Where the cluster's MQTT is: the embedded broker with a cluster and a program account made up at
 * each start, or an external broker with the accounts the options name.
 */
final class MqttSetup implements AutoCloseable {

    private final Broker broker;
    private final JoinReply.MqttAccess access;

    private MqttSetup(Broker broker, JoinReply.MqttAccess access) {
        this.broker = broker;
        this.access = access;
    }

    static MqttSetup start(CoordinatorOptions options, Path brokerDir) {
        if (options.externalMqtt() != null) {
            var credentials = options.externalMqttCredentials();
            return new MqttSetup(null, new JoinReply.MqttAccess(options.externalMqtt().getHost(), options.externalMqtt().getPort(),
                credentials.cluster(), credentials.program()));
        }
        JoinReply.Account cluster = new JoinReply.Account("colony-cluster", Secrets.random());
        JoinReply.Account program = new JoinReply.Account("colony-program", Secrets.random());
        Broker broker = Broker.start(BrokerOptions.defaults(brokerDir, credentials(cluster)).withPort(options.mqttPort()));
        broker.accounts().grant(credentials(program), Role.PROGRAM);
        return new MqttSetup(broker, new JoinReply.MqttAccess(broker.host(), broker.port(), cluster, program));
    }

    JoinReply.MqttAccess access() {
        return access;
    }

    Credentials clusterCredentials() {
        return credentials(access.cluster());
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }

    private static Credentials credentials(JoinReply.Account account) {
        return new Credentials(account.username(), account.password());
    }
}
