package org.rasid.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = RasidCli.class.getPackage().getImplementationVersion();
    return new String[] {"rasid " + (v == null ? "dev" : v)};
  }
}
