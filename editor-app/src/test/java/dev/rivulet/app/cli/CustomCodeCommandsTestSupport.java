package dev.rivulet.app.cli;

import java.nio.file.Path;
import java.util.List;

/** The custom-code canvas of {@link CustomCodeCommandsTest}, for tests in other packages. */
public final class CustomCodeCommandsTestSupport {
    private CustomCodeCommandsTestSupport() {
    }

    /** prices → JavaModule (×3, with a debug line) → Table, with prices.csv beside it. */
    public static Path canvas(Path dir) throws Exception {
        return CustomCodeCommandsTest.canvas(dir, CustomCodeCommandsTest.TRIPLE);
    }

    public static List<Object> tableValues(String jsonLines) throws Exception {
        return CustomCodeCommandsTest.tableValues(jsonLines);
    }
}
