package dev.colony.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark program from {@code src/main/resources/kernels}: a whole program that prints a
 * header line first and a checksum line last. Its time is the time between those two lines.
 */
record Kernel(String name, String source) {
  /** Every kernel, in report order. */
  static final List<String> NAMES = List.of(
      "fib", "nbody", "richards", "json", "alloc", "closures", "classes", "generators", "async");

  static List<Kernel> load(List<String> names) {
    List<Kernel> kernels = new ArrayList<>();
    for (String name : names) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("no kernel named " + name + "; there are " + NAMES);
      }
      kernels.add(new Kernel(name, resource("kernels/" + name + ".js")));
    }
    return kernels;
  }

  String fileName() {
    return name + ".js";
  }

  static String resource(String path) {
    try (InputStream in = Kernel.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
