package org.rasid.cli;

public final class RasidCli {
  public static void main(String[] args) {}
}
