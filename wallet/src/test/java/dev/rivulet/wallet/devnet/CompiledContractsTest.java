package dev.rivulet.wallet.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The committed ABI and bytecode in resources/contracts/build are what compile.js makes from the sources. */
@ExtendWith(HardhatDevnet.class)
class CompiledContractsTest {

    @TempDir
    Path out;

    @Test
    void committedBuildOutputMatchesTheSources(DevnetNode node) throws Exception { // node: npm ci has run
        Path contracts = HardhatDevnet.devnetDir().resolveSibling("contracts");
        Process compile = new ProcessBuilder("node", contracts.resolve("compile.js").toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(compile.getInputStream().readAllBytes());
        assertThat(compile.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(compile.exitValue()).as(output).isZero();

        for (String file : List.of("DataToken.abi.json", "DataToken.bin", "compiler.json")) {
            assertThat(read(out.resolve(file))).as(file + " is stale: run node resources/contracts/compile.js")
                    .isEqualTo(read(contracts.resolve("build").resolve(file)));
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
