package dev.colony.protocol;

import java.util.Map;

/** An engine asking a coordinator to join (REST {@code POST /api/cluster/join}, with the cluster token). */
public record JoinRequest(String name, Map<String, String> labels) {
    public JoinRequest {
        Topics.requireId(name);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        labels.forEach((key, value) -> {
            Fields.text(key, "label name");
            Fields.present(value, "label value");
        });
    }
}
