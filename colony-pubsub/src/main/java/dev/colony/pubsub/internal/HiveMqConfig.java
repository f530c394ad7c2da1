package dev.colony.pubsub.internal;

import dev.colony.pubsub.BrokerOptions;
import dev.colony.pubsub.PubSubException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes HiveMQ's {@code config.xml}: HiveMQ reads its listener and limits from no other place. */
public final class HiveMqConfig {

    private HiveMqConfig() {
    }

    public static void write(Path folder, String host, int port, BrokerOptions options) {
        String xml = """
            <?xml version="1.0"?>
            <hivemq>
                <listeners>
                    <tcp-listener>
                        <port>%d</port>
                        <bind-address>%s</bind-address>
                    </tcp-listener>
                </listeners>
                <mqtt>
                    <queued-messages>
                        <max-queue-size>%d</max-queue-size>
                        <strategy>discard</strategy>
                    </queued-messages>
                    <packets>
                        <max-packet-size>%d</max-packet-size>
                    </packets>
                </mqtt>
                <persistence>
                    <mode>file</mode>
                </persistence>
                <anonymous-usage-statistics>
                    <enabled>false</enabled>
                </anonymous-usage-statistics>
            </hivemq>
            """.formatted(port, host, options.maxQueuedMessages(), options.maxPacketBytes());
        try {
            Files.writeString(folder.resolve("config.xml"), xml);
        } catch (IOException e) {
            throw new PubSubException("cannot write the broker's configuration in " + folder, e);
        }
    }
}
