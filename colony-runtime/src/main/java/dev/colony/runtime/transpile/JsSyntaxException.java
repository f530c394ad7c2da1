package dev.colony.runtime.transpile;

/** A program that does not parse or uses something that cannot be compiled, at its original position. */
public final class JsSyntaxException extends RuntimeException {
  private final String fileName;
  private final int line;
  private final int column;

  public JsSyntaxException(String fileName, int line, int column, String message) {
    super(fileName + ":" + line + ":" + column + ": SyntaxError: " + message);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
  }

  public String fileName() {
    return fileName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
