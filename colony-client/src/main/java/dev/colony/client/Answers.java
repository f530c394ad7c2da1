package dev.colony.client;

import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.ProgramView;
import java.util.List;

/** The REST answers that wrap a record of {@code dev.colony.protocol.api} in an object. */
final class Answers {
    private Answers() {
    }

    record Health(String status, String version) {}

    record Engines(List<EngineView> engines) {
        Engines {
            engines = engines == null ? List.of() : List.copyOf(engines);
        }
    }

    record Programs(List<ProgramView> programs) {
        Programs {
            programs = programs == null ? List.of() : List.copyOf(programs);
        }
    }
}
