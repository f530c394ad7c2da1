package dev.colony.protocol;

/** A program's life; FROZEN is the middle of a migration, LOST an engine that died under it. */
public enum ProgramState {
    STARTING,
    RUNNING,
    PAUSED,
    FROZEN,
    EXITED,
    FAILED,
    KILLED,
    LOST
}
