package dev.colony.store;

/** The SQL databases Colony runs on; schemas use what both understand and ask where they differ. */
public enum Dialect {
    H2,
    POSTGRESQL
}
