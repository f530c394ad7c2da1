package dev.colony.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the program and snapshot files users name, refusing what is missing, unreadable, too large or not text. */
final class InputFiles {
  private InputFiles() {}

  /** Checks the size before reading, so a huge file costs nothing. */
  static byte[] read(Path path, String what, long maxBytes) throws InputException {
    try {
      if (!Files.isRegularFile(path)) {
        throw new InputException(what + " not found: " + path);
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(what + " " + path + " is too large (" + size + " bytes; the limit is " + maxBytes + ")");
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException("cannot read " + what + " " + path + ": " + e.getMessage());
    }
  }

  static String readUtf8(Path path, String what, long maxBytes) throws InputException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(read(path, what, maxBytes))).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(what + " " + path + " is not UTF-8 text");
    }
  }

  /** A file the command cannot use: reported in one line, exit code 2. */
  static final class InputException extends Exception {
    InputException(String message) {
      super(message);
    }
  }
}
