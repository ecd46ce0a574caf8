package org.backcrack.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "serve-help.txt");

    @TempDir
    Path dir;

    @Test
    void help_matchesGolden() throws IOException {
        CliRun r = CliRun.run("serve", "--help");
        assertThat(r.exitCode()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, r.out());
        }
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void aNonLoopbackHost_withoutPublic_isRefusedWithExit2() {
        CliRun r =
                CliRun.run("serve", "--host", "0.0.0.0", "--port", "0", "--db", "jdbc:sqlite:" + dir.resolve("j.db"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("--host 0.0.0.0 would let other computers reach the server")
                .contains("--public")
                .contains("error: serve.public_host, at: --host");
    }

    @Test
    void aPortInUse_isExit2WithWhatToDo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.run(
                    "serve",
                    "--port",
                    Integer.toString(taken.getLocalPort()),
                    "--db",
                    "jdbc:sqlite:" + dir.resolve("busy.db"));
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err())
                    .contains("is already in use", "--port 0 picks a free one", "serve.port_in_use")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void aBadPortOrDatabase_isExit2() {
        assertThat(CliRun.run("serve", "--port", "70000").exitCode()).isEqualTo(2);
        CliRun db = CliRun.run("serve", "--port", "0", "--db", "jdbc:oracle:thin:@x");
        assertThat(db.exitCode()).isEqualTo(2);
        assertThat(db.err()).contains("jdbc:sqlite:FILE or jdbc:postgresql://");
    }

    @Test
    void serve_printsTheUrl_answers_andStopsCleanly() throws Exception {
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = Cli.configure(new CommandLine(cmd));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(cl.execute("--port", "0", "--db", "jdbc:sqlite:" + dir.resolve("j.db"))));
        t.start();
        for (int i = 0; i < 300 && cmd.server == null && t.isAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(cmd.server).as("server started; output: %s", out).isNotNull();
        int port = cmd.server.port();

        var r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ping"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).isEqualTo("{\"ok\":true}");

        cmd.stop.countDown();
        t.join(30_000);
        assertThat(exit.get()).isZero();
        assertThat(out.toString())
                .startsWith("backcrack is running at http://127.0.0.1:" + port + "/\n")
                .contains("Journal: jdbc:sqlite:")
                .endsWith("backcrack stopped.\n");
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
}
