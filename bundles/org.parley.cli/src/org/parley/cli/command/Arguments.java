package org.parley.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.cli.internal.CliText;

/**
 * A command's flags and positional arguments. Flags are written {@code --name value} or {@code --name=value};
 * {@code --help} (or {@code -h}) asks for the command's help. Anything else that starts with a dash is an
 * unknown flag, so a typo is reported instead of silently taken as a value.
 */
public final class Arguments {

    private final Command command;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private boolean help;

    private Arguments(Command command) {
        this.command = command;
    }

    public static Arguments parse(Command command, List<String> args) {
        Arguments a = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                a.help = true;
            } else if (arg.equals("--")) {
                a.positional.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!command.valueFlags().contains(name)) {
                    throw new UsageException(command, CliText.bind(CliText.usage_unknownFlag, "--" + name));
                }
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(command, CliText.bind(CliText.usage_flagNeedsValue, "--" + name));
                    }
                    value = args.get(++i);
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException(command, CliText.bind(CliText.usage_flagTwice, "--" + name));
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException(command, CliText.bind(CliText.usage_unknownFlag, arg));
            } else {
                a.positional.add(arg);
            }
        }
        if (!a.help) {
            if (a.positional.size() > command.maxPositional()) {
                throw new UsageException(command,
                        CliText.bind(CliText.usage_unexpectedArgument, a.positional.get(command.maxPositional())));
            }
            if (a.positional.size() < command.minPositional()) {
                throw new UsageException(command, CliText.usage_missingArgument);
            }
        }
        return a;
    }

    public boolean help() {
        return help;
    }

    public List<String> positional() {
        return positional;
    }

    public Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    /** The flag's value, which must be given. */
    public String required(String flag) {
        return value(flag).orElseThrow(
                () -> new UsageException(command, CliText.bind(CliText.usage_flagRequired, "--" + flag)));
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when the flag is absent. */
    public long number(String flag, long fallback, long min, long max) {
        Optional<String> v = value(flag);
        if (v.isEmpty()) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.get().strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(command, CliText.bind(CliText.usage_notANumber, "--" + flag, v.get()));
        }
        if (n < min || n > max) {
            throw new UsageException(command,
                    CliText.bind(CliText.usage_outOfRange, "--" + flag, n, min, max));
        }
        return n;
    }

    /** One of the allowed words (ignoring case), or {@code fallback} when absent. */
    public String choice(String flag, String fallback, List<String> allowed) {
        Optional<String> v = value(flag);
        if (v.isEmpty()) {
            return fallback;
        }
        String w = v.get().strip().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(w)) {
            throw new UsageException(command,
                    CliText.bind(CliText.usage_notAChoice, "--" + flag, v.get(), String.join("|", allowed)));
        }
        return w;
    }
}
