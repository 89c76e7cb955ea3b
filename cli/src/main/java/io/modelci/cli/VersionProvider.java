package io.modelci.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ModelCi.class.getPackage().getImplementationVersion();
        return new String[] {"modelci " + (version == null ? "(development build)" : version)};
    }
}
