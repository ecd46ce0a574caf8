package org.backcrack.app.cli;

import org.backcrack.app.AppError;
import org.backcrack.core.InputException;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.scenario.CorpusPlan;
import picocli.CommandLine.Option;

/** {@code --families}, {@code --family} and {@code --without-family}: which model families a corpus draws from. */
final class FamilyOptions {
    @Option(
            names = "--families",
            paramLabel = "SET",
            defaultValue = "physics",
            description = "physics (the "
                    + "simulator's own models under the plain recording chain) or all (every sound and condition family at "
                    + "random; docs/acoustics.md, Model families) (default ${DEFAULT-VALUE}).")
    String families;

    @Option(
            names = "--family",
            paramLabel = "F",
            description = "Put family F (e.g. snap.thud, condition.phone) in "
                    + "every recording; the other slots are drawn from all families.")
    String only;

    @Option(names = "--without-family", paramLabel = "F", description = "Draw from every family except F.")
    String without;

    CorpusPlan.FamilyChoice choice() {
        if (only != null && without != null) {
            throw new InputException(
                    AppError.FAMILIES_USAGE, "--family", "give --family or --without-family, not both");
        }
        for (String f : new String[] {only, without}) {
            if (f != null) {
                check(f);
            }
        }
        if (only != null) {
            return CorpusPlan.FamilyChoice.only(only);
        }
        if (without != null) {
            return CorpusPlan.FamilyChoice.excluding(without);
        }
        return switch (families) {
            case "physics" -> CorpusPlan.FamilyChoice.PHYSICS_ONLY;
            case "all" -> CorpusPlan.FamilyChoice.EVERY;
            default ->
                throw new InputException(
                        AppError.FAMILIES_UNKNOWN,
                        "--families",
                        "--families was " + families + "; accepted: physics or all");
        };
    }

    /** Refuses a name that is not a family ({@code class.family}), listing the known ones. */
    static String check(String family) {
        if (!Families.qualifiedNames().contains(family)) {
            throw new InputException(
                    AppError.FAMILIES_UNKNOWN,
                    family,
                    "no family " + family + "; known: " + String.join(", ", Families.qualifiedNames()));
        }
        return family;
    }

    /** The options as they would be typed, for the model file's comment ("" for the default). */
    String asArguments() {
        CorpusPlan.FamilyChoice c = choice();
        return switch (c.mode()) {
            case PHYSICS -> "";
            case ALL -> " --families all";
            case EXCLUDING -> " --without-family " + c.family();
            case ONLY -> " --family " + c.family();
        };
    }
}
