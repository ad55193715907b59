package org.xinyong.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line flags: {@code --name value} or {@code --name=value}; a few short names map to
 * setting keys ({@code --port} → {@code xinyong.port}), any other {@code --a.b.c} is a setting key
 * as-is. What is not a flag is a positional argument (file names).
 */
record Flags(Map<String, String> settings, Map<String, String> options, List<String> positional) {

    private static final Map<String, String> SETTING_ALIASES = Map.of(
            "port", "xinyong.port",
            "host", "xinyong.host",
            "home", "xinyong.home",
            "es-url", "es.url",
            "es-port", "xinyong.es.port",
            "heap", "xinyong.es.heap",
            "index-prefix", "xinyong.index.prefix");

    static Flags parse(String[] args, List<String> booleanOptions) {
        Map<String, String> settings = new HashMap<>();
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (booleanOptions.contains(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (SETTING_ALIASES.containsKey(name)) {
                settings.put(SETTING_ALIASES.get(name), value);
            } else if (name.contains(".")) {
                settings.put(name, value);
            } else {
                options.put(name, value);
            }
        }
        return new Flags(settings, options, positional);
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}
