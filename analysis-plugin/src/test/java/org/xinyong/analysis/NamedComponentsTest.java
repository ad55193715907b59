package org.xinyong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The plugin metadata the server reads. named_components.json is kept by hand; this test is its
 * generator: on a mismatch it prints the file as it must be.
 */
class NamedComponentsTest {

    private static final Path PLUGIN_DIR = Path.of("src/main/plugin");
    private static final Path ANALYSIS_SETTINGS = Path.of("../core/src/main/resources/org/xinyong/core/es/analysis.json");

    @Test
    void namedComponentsJson_listsEveryNamedComponentClass() throws Exception {
        String expected = render(scanComponents());
        String actual = Files.readString(PLUGIN_DIR.resolve("named_components.json"), StandardCharsets.UTF_8);
        assertEquals(expected, actual, "src/main/plugin/named_components.json must read:\n" + expected);
    }

    @Test
    void components_haveOnlyAPublicNoArgConstructor() throws Exception {
        // StableApiWrappers#createInstance: exactly one public constructor, no-arg unless @Inject
        for (Class<?> component : componentClasses()) {
            Constructor<?>[] constructors = component.getConstructors();
            assertEquals(1, constructors.length, component + " public constructors");
            assertEquals(0, constructors[0].getParameterCount(), component + " constructor parameters");
        }
    }

    @Test
    void stableDescriptor_hasOnlyKeysTheServerAccepts() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(PLUGIN_DIR.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        Set<String> required = Set.of("name", "description", "version", "elasticsearch.version", "java.version");
        assertTrue(descriptor.stringPropertyNames().containsAll(required), "missing one of " + required);
        Set<String> unknown = new TreeSet<>(descriptor.stringPropertyNames());
        unknown.removeAll(required);
        unknown.remove("modular");
        assertEquals(Set.of(), unknown, "readerStableDescriptor rejects unknown properties");
    }

    @Test
    void analysisSettings_useOnlyComponentsWeShip() throws Exception {
        Assumptions.assumeTrue(Files.exists(ANALYSIS_SETTINGS), "core module not next to this one");
        Set<String> ours = scanComponents().values().stream()
                .flatMap(names -> names.keySet().stream())
                .collect(Collectors.toSet());
        Matcher names = Pattern.compile("\"(xinyong_[a-z_]+)\"").matcher(Files.readString(ANALYSIS_SETTINGS));
        Set<String> used = new TreeSet<>();
        while (names.find()) {
            used.add(names.group(1));
        }
        assertTrue(!used.isEmpty(), "analysis.json names no xinyong_ component");
        used.removeAll(ours);
        assertEquals(Set.of(), used, "analysis.json uses components the plugin does not ship");
    }

    /** Extensible interface → component name → class, both sorted. */
    private static Map<String, Map<String, String>> scanComponents() throws Exception {
        Map<String, Map<String, String>> byInterface = new TreeMap<>();
        for (Class<?> component : componentClasses()) {
            String extensible = Arrays.stream(component.getInterfaces())
                    .map(Class::getName)
                    .filter(name -> name.startsWith("org.elasticsearch.plugin.analysis."))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(component + " implements no stable analysis interface"));
            String name = component.getAnnotation(NamedComponent.class).value();
            String previous = byInterface.computeIfAbsent(extensible, k -> new TreeMap<>()).put(name, component.getName());
            assertEquals(null, previous, "two components named " + name);
        }
        return byInterface;
    }

    private static List<Class<?>> componentClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(NormalizeFilterFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .toList();
        }
        List<Class<?>> components = new java.util.ArrayList<>();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
            if (c.isAnnotationPresent(NamedComponent.class)) {
                components.add(c);
            }
        }
        assertTrue(components.size() >= 10, "found only " + components);
        return components;
    }

    private static String render(Map<String, Map<String, String>> byInterface) {
        String body = byInterface.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": {\n"
                        + e.getValue().entrySet().stream()
                                .map(c -> "    \"" + c.getKey() + "\": \"" + c.getValue() + "\"")
                                .collect(Collectors.joining(",\n"))
                        + "\n  }")
                .collect(Collectors.joining(",\n"));
        return "{\n" + body + "\n}\n";
    }
}
