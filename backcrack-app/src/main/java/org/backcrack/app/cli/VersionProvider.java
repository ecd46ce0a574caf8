package org.backcrack.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BackcrackCommand.class.getPackage().getImplementationVersion();
        return new String[] {"backcrack " + (v == null ? "development" : v)};
    }
}
