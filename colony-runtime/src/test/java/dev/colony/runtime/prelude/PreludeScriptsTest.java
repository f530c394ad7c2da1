package dev.colony.runtime.prelude;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code prelude/*.js} test script on Rhino with the prelude loaded and compares its
 * output with the {@code .expected} file recorded from Node by {@code regenerate.sh}. A script is
 * made of scenarios whose output starts with a {@code ## name} line; each scenario is one test.
 */
class PreludeScriptsTest {

    /** Helpers evaluated before every script, here and by node-harness.js. */
    private static final String SHARED = "shared/scenarios.js";

    @TestFactory
    Stream<DynamicNode> scripts() throws IOException, URISyntaxException {
        Path dir = Path.of(PreludeScriptsTest.class.getResource("/prelude").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.getFileName().toString().endsWith(".js"))
                    .filter(p -> !p.getFileName().toString().equals("node-harness.js"))
                    .sorted()
                    .toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(PreludeScriptsTest::scriptTests);
    }

    private static DynamicNode scriptTests(Path script) {
        String name = script.getFileName().toString();
        String expected;
        String actual;
        try {
            Path expectedFile = script.resolveSibling(name.replaceFirst("\\.js$", ".expected"));
            expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            String source = Files.readString(script, StandardCharsets.UTF_8);
            String shared = Files.readString(script.resolveSibling(SHARED), StandardCharsets.UTF_8);
            PreludeHarness h = new PreludeHarness();
            try {
                h.eval(shared, SHARED);
                actual = h.run(source, name);
            } finally {
                h.close();
            }
        } catch (IOException e) {
            return DynamicTest.dynamicTest(name, () -> { throw e; });
        }
        Map<String, String> want = sections(expected);
        Map<String, String> got = sections(actual);
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("same scenarios", () ->
                assertThat(got.keySet()).containsExactlyElementsOf(want.keySet())));
        for (Map.Entry<String, String> e : want.entrySet()) {
            String scenario = e.getKey();
            tests.add(DynamicTest.dynamicTest(scenario, () ->
                    assertThat(got.get(scenario)).as(name + " / " + scenario).isEqualTo(e.getValue())));
        }
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** Splits output into sections headed by "## name" lines (text before the first: "(preamble)"). */
    static Map<String, String> sections(String output) {
        Map<String, String> result = new LinkedHashMap<>();
        String current = "(preamble)";
        StringBuilder body = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (!current.equals("(preamble)") || body.length() > 0) {
                    result.put(current, body.toString());
                }
                current = line.substring(3);
                body.setLength(0);
            } else if (!line.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        if (!current.equals("(preamble)") || body.length() > 0) {
            result.put(current, body.toString());
        }
        return result;
    }
}
