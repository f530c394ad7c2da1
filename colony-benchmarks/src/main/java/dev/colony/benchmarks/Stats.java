package dev.colony.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Medians and geometric means: robust enough for a few runs on a noisy shared machine. */
final class Stats {
  private Stats() {}

  static double median(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>();
    for (Number v : values) {
      sorted.add(v.doubleValue());
    }
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The geometric mean of the ratios that are numbers; NaN when none is. */
  static double geomean(Collection<Double> ratios) {
    double logSum = 0;
    int n = 0;
    for (double r : ratios) {
      if (Double.isFinite(r) && r > 0) {
        logSum += Math.log(r);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(logSum / n);
  }

  static double millis(double nanos) {
    return nanos / 1e6;
  }
}
