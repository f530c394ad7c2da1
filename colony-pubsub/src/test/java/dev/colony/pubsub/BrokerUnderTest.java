package dev.colony.pubsub;

/** A running broker for the contract test, with a cluster and a program credential it accepts. */
public interface BrokerUnderTest extends AutoCloseable {

    String host();

    int port();

    Credentials cluster();

    Credentials program();

    @Override
    void close();
}
