package nl.samenspraak.allocation.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.allocation.AllocationException;
import nl.samenspraak.allocation.Outcome;
import nl.samenspraak.allocation.Rule;
import nl.samenspraak.allocation.Satisfaction;
import nl.samenspraak.allocation.internal.Json;
import nl.samenspraak.allocation.internal.PabulibParser;
import nl.samenspraak.allocation.internal.Rules;
import nl.samenspraak.allocation.pabulib.PabulibFormatException;

/**
 * {@code allocate --rule RULE [--sat SAT] [--json] FILE.pb...}: one line {@code FILE<TAB>RULE<TAB>IDS}
 * per file, or with {@code --json} one JSON object per line with the explanation. A file with ballots that
 * name a project more than once gets a note on standard error with their number (in JSON also the field
 * {@code ballotsWithRepeats}). Exit status 0 when
 * every file was allocated, 1 when a file could not be read or allocated, 2 on a usage error.
 */
public final class AllocateCommand {

    static final String USAGE = "usage: allocate --rule RULE [--sat SAT] [--json] FILE.pb...\n"
            + "  RULE: " + Rule.names() + "\n"
            + "  SAT:  cost, cardinality (approval); cardinal, points-cost (cumulative/scoring);"
            + " borda, ordinal-cost (ordinal)\n"
            + "        default: cost, points-cost or ordinal-cost by the file's vote_type";

    /**
     * {@code -Dallocate.times=true}: per file, on standard error, the CPU time of the whole process (JIT and
     * collector threads included) before it, spent reading it and spent allocating it.
     */
    private static final boolean TIMES = Boolean.getBoolean("allocate.times");

    private AllocateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Rule rule = null;
        Satisfaction sat = null;
        boolean json = false;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--rule":
                        rule = Rule.fromCliName(value(args, ++i, arg));
                        break;
                    case "--sat":
                        sat = Satisfaction.fromCliName(value(args, ++i, arg));
                        break;
                    case "--json":
                        json = true;
                        break;
                    case "-h":
                    case "--help":
                        out.println(USAGE);
                        return 0;
                    default:
                        if (arg.startsWith("--rule=")) {
                            rule = Rule.fromCliName(arg.substring(7));
                        } else if (arg.startsWith("--sat=")) {
                            sat = Satisfaction.fromCliName(arg.substring(6));
                        } else if (arg.startsWith("-") && !arg.equals("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        } else {
                            files.add(arg);
                        }
                }
            }
            if (rule == null) {
                throw new IllegalArgumentException("--rule is required");
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .pb file given");
            }
        } catch (IllegalArgumentException usage) {
            err.println("allocate: " + usage.getMessage());
            err.println(USAGE);
            return 2;
        }
        int status = 0;
        FileBuffer buffer = new FileBuffer();
        for (String file : files) {
            Path path = Paths.get(file);
            String name = path.getFileName() == null ? file : path.getFileName().toString();
            try {
                long started = TIMES ? processCpuNanos() : 0;
                buffer.read(path);
                PabulibParser.Parsed read = PabulibParser.profile(buffer.bytes(), buffer.length());
                long readAt = TIMES ? processCpuNanos() : 0;
                Outcome outcome = Rules.allocate(read.profile(), rule, sat, json);
                if (TIMES) {
                    err.printf("allocate: %s: CPU ms (all threads) before %.0f, reading %.0f, allocating %.0f%n", file,
                            started / 1e6, (readAt - started) / 1e6, (processCpuNanos() - readAt) / 1e6);
                }
                if (read.ballotsWithRepeats() > 0) {
                    err.println("allocate: " + file + ": " + read.ballotsWithRepeats() + " ballot(s) named a project"
                            + " more than once; read as pabutools reads them (approval: once, ordinal: first"
                            + " position, points: the last given)");
                }
                if (json) {
                    out.println(Json.outcome(name, read.ballotsWithRepeats(), outcome));
                } else {
                    out.println(name + "\t" + rule.cliName() + "\t" + String.join(",", outcome.selectedIds()));
                }
            } catch (NoSuchFileException missing) {
                err.println("allocate: " + file + ": no such file");
                status = 1;
            } catch (IOException unreadable) {
                err.println("allocate: " + file + ": cannot read: " + unreadable.getMessage());
                status = 1;
            } catch (PabulibFormatException malformed) {
                err.println("allocate: " + file + ": " + malformed.getMessage());
                status = 1;
            } catch (AllocationException notApplicable) {
                err.println("allocate: " + file + ": " + notApplicable.getMessage());
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
