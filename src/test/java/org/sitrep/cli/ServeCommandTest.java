package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sitrep serve}'s refusals, which all come before the models load. */
class ServeCommandTest {

    @Test
    void aTakenPortIsAClearFailure() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThat(ServeCommand.checkFree(InetAddress.getLoopbackAddress(), port)).contains("port " + port + " is already in use", "--port");
            Run r = run("serve", "--port", String.valueOf(port));
            assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
            assertThat(r.err()).contains("already in use");
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("serve", "--port", "70000").exit()).isEqualTo(Main.USAGE);
        assertThat(run("serve", "--max-body", "0").exit()).isEqualTo(Main.USAGE);
        assertThat(run("serve", "--port", "eighty").exit()).isEqualTo(Main.USAGE);
        Run help = run("serve", "--help");
        assertThat(help.exit()).isEqualTo(Main.OK);
        assertThat(help.out()).contains("--host", "--port", "--max-body", "127.0.0.1");
    }

    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
