package dev.colony.pubsub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * QoS 1 round trip client → client → client (a request answered by another client) through the
 * embedded broker and through Mosquitto in the same run, and QoS 1 throughput to one subscriber.
 * Not a test: no timing is asserted anywhere. Run it after {@code ./mvnw -B -q -pl
 * colony-protocol,colony-pubsub verify -DskipTests} with
 * <pre>
 * ./mvnw -q -pl colony-pubsub dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp colony-pubsub/target/test-classes:colony-pubsub/target/classes:colony-protocol/target/classes:$(cat /tmp/cp.txt) \
 *     dev.colony.pubsub.RoundTripBenchmark [round trips, default 2000]
 * </pre>
 */
public final class RoundTripBenchmark {

    private static final Credentials CLUSTER = new Credentials("colony", "bench-secret");
    private static final Credentials PROGRAM = new Credentials("program-bench", "bench-secret");
    private static final int PAYLOAD_BYTES = 100;
    private static final int THROUGHPUT_MESSAGES = 5_000; // below the queue limit: a flood past it is dropped, by design

    private RoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roundTrips = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("colony-bench");
        System.out.println("| broker | round trip p50 | p99 | mean | QoS 1 msg/s to one subscriber |");
        System.out.println("|---|---|---|---|---|");
        try (Broker broker = Broker.start(BrokerOptions.defaults(dir.resolve("hivemq"), CLUSTER).withPort(0))) {
            measure("HiveMQ CE embedded", broker.host(), broker.port(), roundTrips);
        }
        if (MosquittoBroker.installed()) {
            Files.createDirectories(dir.resolve("mosquitto"));
            try (MosquittoBroker mosquitto = MosquittoBroker.start(dir.resolve("mosquitto"), CLUSTER, PROGRAM,
                BrokerOptions.DEFAULT_MAX_QUEUED_MESSAGES)) {
                measure("Mosquitto (external)", mosquitto.host(), mosquitto.port(), roundTrips);
            }
        }
    }

    private static void measure(String name, String host, int port, int roundTrips) throws Exception {
        byte[] payload = new byte[PAYLOAD_BYTES];
        try (PubSubClient requester = PubSubClient.connect(ClientOptions.of(host, port, CLUSTER, "bench-requester"));
             PubSubClient responder = PubSubClient.connect(ClientOptions.of(host, port, CLUSTER, "bench-responder"))) {
            responder.serve("colony/bench/echo", request -> request.payload()).get();
            for (int i = 0; i < Math.max(500, roundTrips / 4); i++) {
                requester.request("colony/bench/echo", payload, Duration.ofSeconds(10)).get(); // warm-up
            }
            long[] nanos = new long[roundTrips];
            for (int i = 0; i < roundTrips; i++) {
                long start = System.nanoTime();
                requester.request("colony/bench/echo", payload, Duration.ofSeconds(10)).get();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0);
            System.out.printf("| %s | %.2f ms | %.2f ms | %.2f ms | %,d |%n", name, millis(nanos[roundTrips / 2]),
                millis(nanos[(int) (roundTrips * 0.99)]), mean / 1e6, throughput(requester, responder, payload));
        }
    }

    /** Messages per second from publish of the first to receipt of the last, publisher not waiting for PUBACKs. */
    private static long throughput(PubSubClient publisher, PubSubClient subscriber, byte[] payload) throws Exception {
        CompletableFuture<Void> all = new CompletableFuture<>();
        int[] count = {0};
        subscriber.subscribe("user/bench/flood", message -> {
            if (++count[0] == THROUGHPUT_MESSAGES) {
                all.complete(null);
            }
        }).get();
        long start = System.nanoTime();
        for (int i = 0; i < THROUGHPUT_MESSAGES; i++) {
            publisher.publish("user/bench/flood", payload);
        }
        all.get(60, TimeUnit.SECONDS);
        return Math.round(THROUGHPUT_MESSAGES / ((System.nanoTime() - start) / 1e9));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
