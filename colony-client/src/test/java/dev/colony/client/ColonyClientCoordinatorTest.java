package dev.colony.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ColonyClient} against the real coordinator (no engines): what its answers turn into.
 * The calls that need engines run in colony-cli's {@code ClusterCommandsTest}.
 */
class ColonyClientCoordinatorTest {
    @TempDir static Path data;
    private static Coordinator coordinator;
    private static ColonyClient client;

    @BeforeAll
    static void startCoordinator() {
        coordinator = Coordinator.start(CoordinatorOptions.defaults(data).withHttpPort(0).withMqttPort(0).withEngines(0));
        client = ColonyClient.connect(coordinator.url(), coordinator.adminToken());
    }

    @AfterAll
    static void stopCoordinator() {
        if (coordinator != null) {
            coordinator.close();
        }
    }

    @Test
    void healthNeedsNoTokenAndGivesTheVersion() {
        assertThat(ColonyClient.connect(coordinator.url(), null).health()).isNotBlank();
    }

    @Test
    void listsWithTheAdminToken() {
        assertThat(client.engines()).isEmpty();
        assertThat(client.programs()).isEmpty();
    }

    @Test
    void refusalsCarryStatusTypeAndMessage() {
        var unknown = catchThrowableOfType(ColonyApiException.class, () -> client.program("nope"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).isEqualTo("unknown-program");
        assertThat(unknown.getMessage()).isEqualTo("no program has the id or name 'nope'");

        var wrongToken = catchThrowableOfType(ColonyApiException.class,
            () -> ColonyClient.connect(coordinator.url(), "wrong").programs());
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.getMessage()).isNotBlank().doesNotContain("\n");

        var noToken = catchThrowableOfType(ColonyApiException.class, () -> ColonyClient.connect(coordinator.url(), null).engines());
        assertThat(noToken.status()).isEqualTo(401);
    }

    @Test
    void refusesAnActionOnAnUnknownProgramAndAMigrationToNowhere() {
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.kill("nope")).status()).isEqualTo(404);
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.migrate("nope", "e9")).status()).isEqualTo(404);
    }
}
