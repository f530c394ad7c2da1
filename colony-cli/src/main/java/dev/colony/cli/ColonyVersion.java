package dev.colony.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven stamped into the jar manifest. */
final class ColonyVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ColonyVersion.class.getPackage().getImplementationVersion();
    return new String[] {"colony " + (v == null ? "dev" : v)};
  }
}
