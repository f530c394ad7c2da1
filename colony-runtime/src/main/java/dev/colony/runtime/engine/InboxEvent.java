package dev.colony.runtime.engine;

import java.io.Serializable;

/** What waits in a program's inbox for its turn in the loop's poll phase: a message, or a file operation's outcome. */
sealed interface InboxEvent extends Serializable permits InboxMessage, FileEvent {}
