package dev.colony.runtime.transpile;

import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import com.google.debugging.sourcemap.proto.Mapping.OriginalMapping;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Maps a line of transpiled code back to the line and column of the user's source, so errors
 * name what the user wrote. Rhino reports lines only, so the first mapping on a line stands for it.
 */
public final class LineMap implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Index: generated line (1-based); value: original line * 2^20 + column, or 0 when unknown. */
  private final long[] positions;

  private LineMap(long[] positions) {
    this.positions = positions;
  }

  static LineMap of(com.google.javascript.jscomp.Compiler compiler, String fileName, PrivateNameLowering.Lowered lowered) {
    StringBuilder json = new StringBuilder();
    try {
      compiler.getSourceMap().appendTo(json, fileName);
      SourceMapConsumerV3 consumer = new SourceMapConsumerV3();
      consumer.parse(json.toString());
      long[] positions = new long[consumer.getLineCount() + 2];
      consumer.visitMappings((source, symbol, original, generatedStart, generatedEnd) -> {
        int generatedLine = generatedStart.getLine() + 1;
        if (generatedLine < positions.length && positions[generatedLine] == 0) {
          int line = original.getLine() + 1;
          int column = lowered.originalColumn(line, original.getColumn()) + 1;
          positions[generatedLine] = ((long) line << 20) | Math.max(column, 1);
        }
      });
      return new LineMap(positions);
    } catch (IOException | SourceMapParseException e) {
      throw new IllegalStateException("Closure produced an unreadable source map", e);
    }
  }

  /** A map that knows nothing: every line maps to itself. */
  public static LineMap identity() {
    return new LineMap(new long[0]);
  }

  /** The original line for a generated one, or the generated line itself when unknown. */
  public int originalLine(int generatedLine) {
    long p = lookup(generatedLine);
    return p == 0 ? generatedLine : (int) (p >>> 20);
  }

  /** The original column (1-based) for a generated line, or 0 when unknown. */
  public int originalColumn(int generatedLine) {
    long p = lookup(generatedLine);
    return p == 0 ? 0 : (int) (p & 0xFFFFF);
  }

  private long lookup(int generatedLine) {
    return generatedLine > 0 && generatedLine < positions.length ? positions[generatedLine] : 0;
  }

  @Override
  public String toString() {
    return "LineMap" + Arrays.toString(positions);
  }
}
