package dev.colony.protocol.api;

import java.util.List;

/** {@code GET /api/fs/{path}} of a directory: its entries, sorted by name. */
public record DirectoryView(String path, List<FileView> entries) {
    public DirectoryView {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
