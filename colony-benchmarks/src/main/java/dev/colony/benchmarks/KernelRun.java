package dev.colony.benchmarks;

import java.util.List;

/**
 * What one run of a kernel printed, and how long it took.
 *
 * @param lines the program's standard output, one entry per console call
 * @param kernelNanos from the first line printed to the last: the kernel's own work
 * @param kernelCpuNanos CPU time of the program's thread over the same stretch
 * @param wallNanos from starting the program to its end, set-up included
 */
record KernelRun(List<String> lines, long kernelNanos, long kernelCpuNanos, long wallNanos) {}
