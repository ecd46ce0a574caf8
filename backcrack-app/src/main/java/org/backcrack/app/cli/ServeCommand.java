package org.backcrack.app.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.backcrack.app.AppError;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.web.WebOptions;
import org.backcrack.app.web.WebServer;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.backcrack.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcrack serve}: the web app, the REST API and the journal. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Starts the web app: questionnaire, recording, results, journal and the REST API.",
        descriptionHeading = "%n",
        description = {
            "Starts backcrack in the browser: the questionnaire, recording or uploading a crack, the result, what "
                    + "each mechanism sounds like, and a journal with charts over time. Open the address it prints. "
                    + "The REST API is under /api/v1, described at /api/openapi.json.",
            "",
            "The journal is kept in SQLite in $XDG_DATA_HOME/backcrack (or ~/.local/share/backcrack), or in "
                    + "PostgreSQL with --db. By default the server listens on this computer only and has one user; "
                    + "--public adds accounts and lets it listen on other addresses. Ctrl-C stops it cleanly.",
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  backcrack serve                                    http://127.0.0.1:7070/",
            "  backcrack serve --port 8080                        another port",
            "  backcrack serve --db jdbc:postgresql://localhost/backcrack?user=me&password=secret",
            "  backcrack serve --public --host 0.0.0.0            accounts, reachable from the network",
            "",
            "Exit codes: 0 stopped cleanly, 2 bad options (the message says what is accepted)."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Other than loopback only with --public.")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7070",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Journal database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=U&password=P "
                    + "(default: SQLite in the per-user data directory).")
    String db;

    @Option(
            names = "--public",
            description = "Accounts with passwords, a journal per user, and any --host. Put it behind HTTPS.")
    boolean publicMode;

    @Option(
            names = "--max-upload-mb",
            paramLabel = "MB",
            defaultValue = "16",
            description = "Largest recording accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(
            names = "--max-upload-seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "Longest recording accepted, in seconds (default: ${DEFAULT-VALUE}).")
    double maxUploadSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Counted down to stop the server; tests use it instead of a signal. */
    final CountDownLatch stop = new CountDownLatch(1);
    /** Set once the server listens; tests read the port from it. */
    volatile WebServer server;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw new InputException(
                    AppError.SERVE_BAD_PORT,
                    "--port",
                    "--port was " + port + "; give 1 to 65535, or 0 for " + "any free port.");
        }
        if (maxUploadMb < 1 || maxUploadMb > 1024 || maxUploadSeconds <= 0 || maxUploadSeconds > 3600) {
            throw new InputException(
                    AppError.SERVE_BAD_LIMIT,
                    "--max-upload-mb",
                    "upload limits must be 1..1024 MiB and " + "0..3600 seconds.");
        }
        if (!publicMode && !isLoopback(host)) {
            throw new InputException(
                    AppError.SERVE_PUBLIC_HOST,
                    "--host",
                    "--host " + host + " would let other computers "
                            + "reach the server, which in local mode has no login. Use --host 127.0.0.1, or add --public "
                            + "for accounts (and put it behind HTTPS).");
        }
        String url = db != null ? db : JournalStore.defaultUrl(System.getenv(), System.getProperty("user.home"));
        JournalStore store = JournalStore.open(url, java.time.Clock.systemUTC());
        WebOptions options = WebOptions.local(host, port)
                .withPublicMode(publicMode)
                .withUploadLimits(maxUploadMb * 1024L * 1024L, maxUploadSeconds);
        WebServer s;
        try {
            s = WebServer.start(options, store, KnowledgeLoader.builtIn());
        } catch (io.javalin.util.JavalinBindException e) {
            store.close();
            throw new InputException(
                    AppError.SERVE_PORT_IN_USE,
                    "--port",
                    "port " + port + " on " + host + " is already in "
                            + "use (another backcrack serve, or another program). Stop that one, or choose another port with "
                            + "--port PORT (--port 0 picks a free one).");
        }
        server = s;
        // The server first (requests in flight finish), then the journal's connection pool.
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    s.close();
                    store.close();
                },
                "backcrack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("backcrack is running at " + s.url() + (publicMode ? " (public mode: accounts)" : ""));
        out.println("Journal: " + store.describe());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stop.await();
        s.close();
        store.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: it closes the server itself
        }
        out.println("backcrack stopped.");
        out.flush();
        return Cli.OK;
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new InputException(
                    AppError.SERVE_BAD_HOST,
                    "--host",
                    "cannot resolve --host '" + host + "'; give an " + "address such as 127.0.0.1.");
        }
    }
}
