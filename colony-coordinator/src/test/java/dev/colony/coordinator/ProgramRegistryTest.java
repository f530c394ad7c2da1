package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import org.junit.jupiter.api.Test;

/** The registry alone, on a made-up clock: uptimes of live and ended programs. */
class ProgramRegistryTest {

    private final ProgramRegistry programs = new ProgramRegistry(engine -> false);

    private void report(ProgramState state, long nowMillis) {
        programs.report(new ProgramStatus("p-1", "counter", "e1", state, 0, nowMillis), nowMillis);
    }

    private long uptimeAt(long nowMillis) {
        return programs.get("p-1").orElseThrow().view(nowMillis).uptimeMillis();
    }

    @Test
    void aLiveProgramsUptimeGrowsAndAnEndedOnesStops() {
        programs.add(ProgramEntry.starting("p-1", "counter", "e1", 1_000));
        report(ProgramState.RUNNING, 1_500);
        assertThat(uptimeAt(4_000)).isEqualTo(3_000);
        report(ProgramState.EXITED, 5_000);
        assertThat(uptimeAt(60_000)).isEqualTo(4_000);
        report(ProgramState.EXITED, 9_000); // the same end reported again: still ended at 5 s
        assertThat(uptimeAt(60_000)).isEqualTo(4_000);
    }

    @Test
    void aDeployReplySayingRunningDoesNotReviveAProgramAlreadySeenEnded() {
        programs.add(ProgramEntry.starting("p-1", "counter", "e1", 1_000));
        report(ProgramState.EXITED, 1_100); // the program ended at once: its status came first
        programs.record(new ProgramStatus("p-1", "counter", "e1", ProgramState.RUNNING, 0, 1_050), 1_200);
        report(ProgramState.RUNNING, 1_300);
        assertThat(programs.get("p-1").orElseThrow().state()).isEqualTo(ProgramState.EXITED);
        programs.record(new ProgramStatus("p-1", "counter", "e2", ProgramState.RUNNING, 1, 1_400), 1_400);
        assertThat(programs.get("p-1").orElseThrow().state()).as("a new generation runs").isEqualTo(ProgramState.RUNNING);
    }

    @Test
    void aLostProgramStopsAtItsLossAndCountsAgainIfItComesBack() {
        programs.add(ProgramEntry.starting("p-1", "counter", "e1", 1_000));
        report(ProgramState.RUNNING, 1_000);
        long lostAt = System.currentTimeMillis();
        programs.engineLost("e1");
        ProgramEntry lost = programs.get("p-1").orElseThrow();
        assertThat(lost.state()).isEqualTo(ProgramState.LOST);
        assertThat(lost.endedAtMillis()).isBetween(lostAt, System.currentTimeMillis());
        assertThat(lost.view(lostAt + 3_600_000).uptimeMillis()).isEqualTo(lost.endedAtMillis() - 1_000);

        report(ProgramState.RUNNING, 2_000_000_000_000L); // its engine was only out of reach
        assertThat(programs.get("p-1").orElseThrow().endedAtMillis()).isZero();
        assertThat(uptimeAt(2_000_000_000_000L)).isEqualTo(2_000_000_000_000L - 1_000);
    }

    @Test
    void aFailedDeployEndsAtItsFailure() {
        programs.add(ProgramEntry.starting("p-1", "counter", "e1", 1_000));
        programs.update(programs.get("p-1").orElseThrow().ended(ProgramState.FAILED, "no reply", 2_500));
        assertThat(uptimeAt(99_000)).isEqualTo(1_500);
        assertThat(programs.get("p-1").orElseThrow().view(99_000).detail()).isEqualTo("no reply");
    }
}
