package org.backcrack.app;

import org.backcrack.core.ErrorKey;

/**
 * The kinds of error the app module reports: command-line options and files, the web API, the journal.
 *
 * <p>Bad input ({@link org.backcrack.core.InputException}) is exit code 2 on the command line and status 400
 * over HTTP; {@link #httpStatus()} says 400 for those. The errors that exist only over HTTP carry their own
 * status (the web layer's {@code HttpProblem} takes it from here). Besides these, a request Jetty or Javalin
 * refuses before the app sees it is answered with the key {@link #httpStatusKey(int) http.STATUS}, for example
 * {@code http.400}. Keys from core ({@code audio.unsupported_format}, {@code labels.bad_line}) are used through
 * {@link org.backcrack.core.CoreError} and not repeated here.
 */
public enum AppError implements ErrorKey {
    // Command line: analyze, corpus, evaluate, report, simulate, serve, triage-audit, families.
    ANALYZE_BAD_CONFIDENCE("analyze.bad_confidence", "--min-confidence is not a probability from 0 to 1"),
    ANALYZE_NO_SUCH_FILE("analyze.no_such_file", "a recording or directory given to analyze does not exist"),
    ANALYZE_NO_WAV("analyze.no_wav", "the paths given to analyze hold no .wav or .flac file"),
    ANALYZE_PLOT_NEEDS_ONE_FILE("analyze.plot_needs_one_file", "--plot draws one recording but several were given"),
    ANALYZE_UNWRITABLE(
            "analyze.unwritable", "the labels or the plot could not be written where --labels-dir or --plot says"),
    ANSWERS_BAD_JSON("answers.bad_json", "the answers file or standard input is not valid JSON"),
    ANSWERS_EMPTY("answers.empty", "the answers file or standard input is empty"),
    ANSWERS_FILE_NOT_FOUND("answers.file_not_found", "no answers file exists at the given path"),
    ANSWERS_NOT_A_FILE("answers.not_a_file", "the answers path names a directory, not a file"),
    ANSWERS_TOO_LARGE(
            "answers.too_large", "the answers file or standard input is over 64 KiB, the REST API's limit too"),
    AUDIT_NO_VIGNETTES("audit.no_vignettes", "the vignette directories given to triage-audit hold no *.json file"),
    AUDIT_NOT_A_DIRECTORY("audit.not_a_directory", "a path given to triage-audit is not a directory"),
    CORPUS_BAD_COUNT("corpus.bad_count", "--count is outside 1 to 100000"),
    CORPUS_UNWRITABLE("corpus.unwritable", "the corpus could not be written into the --out directory"),
    EVALUATE_BAD_CONFIDENCE("evaluate.bad_confidence", "--min-confidence is not a probability from 0 to 1"),
    EVALUATE_BAD_COUNT(
            "evaluate.bad_count", "--train-count or --count is outside the accepted range for --holdout-family"),
    EVALUATE_BAD_MIX_LEVEL("evaluate.bad_mix_level", "--mix-level-db is outside -40 to 120 dB"),
    EVALUATE_BAD_NOISE_FLOOR("evaluate.bad_noise_floor", "--noise-floor-db is outside 0 to 120 dB"),
    EVALUATE_MISSING_ESTIMATE(
            "evaluate.missing_estimate", "a reference label file has no estimate file of the same name"),
    EVALUATE_NOT_A_DIRECTORY("evaluate.not_a_directory", "a path given to evaluate as a directory is not one"),
    EVALUATE_NOTHING("evaluate.nothing", "evaluate found no recordings or reference labels to score"),
    EVALUATE_TRAINING_TOO_SMALL(
            "evaluate.training_too_small",
            "the training corpus for --holdout-family is too small to fit the classifier"),
    EVALUATE_USAGE(
            "evaluate.usage", "evaluate was given a combination of inputs and options that does not go together"),
    FAMILIES_UNKNOWN(
            "families.unknown", "a sound-family name given to --family, --without-family or --families is not known"),
    FAMILIES_USAGE("families.usage", "--family and --without-family were both given"),
    REPORT_BAD_JOURNAL("report.bad_journal", "the --journal-export file is missing or not a journal exported as JSON"),
    REPORT_OUT_NOT_PDF("report.out_not_pdf", "report's --out does not name a .pdf file"),
    REPORT_UNWRITABLE("report.unwritable", "the PDF report could not be written to --out"),
    SERVE_BAD_HOST("serve.bad_host", "the --host name cannot be resolved to an address"),
    SERVE_BAD_LIMIT("serve.bad_limit", "an upload limit is outside 1 to 1024 MiB or 0 to 3600 seconds"),
    SERVE_BAD_PORT("serve.bad_port", "--port is outside 0 to 65535"),
    SERVE_PORT_IN_USE("serve.port_in_use", "another program already listens on the port"),
    SERVE_PUBLIC_HOST(
            "serve.public_host",
            "a non-loopback --host was given without --public, which would expose a server without logins"),
    SIMULATE_NO_OUTPUT("simulate.no_output", "simulate was not told where to write the sound (--out)"),
    SIMULATE_OUT_NOT_WAV("simulate.out_not_wav", "--out does not name a .wav file"),
    SIMULATE_SEEDS("simulate.seeds", "--seeds is outside 1 to 1000"),
    SIMULATE_UNREADABLE(
            "simulate.unreadable", "the scenario file could not be read, is not UTF-8 text or is over 1 MiB"),
    SIMULATE_UNWRITABLE("simulate.unwritable", "the simulated sound or its labels could not be written"),
    VIGNETTE_BAD_JSON("vignette.bad_json", "a triage-audit vignette file is not valid JSON"),

    // Scenarios (a file on the command line or an object in POST /api/v1/simulate).
    SIMULATE_BAD_SEED("simulate.bad_seed", "the seed of a simulation request is not a whole number of at least 0"),
    SIMULATE_NO_SCENARIO("simulate.no_scenario", "no scenario was given to simulate"),
    SIMULATE_UNKNOWN_SCENARIO(
            "simulate.unknown_scenario",
            "the scenario is neither a built-in name, a sound class nor a readable scenario"),

    // Journal storage (journal.db and accounts, on the command line and over HTTP).
    ACCOUNT_TAKEN("account.taken", "the user name is already in use"),
    DB_UNREACHABLE("db.unreachable", "the journal database cannot be opened or reached"),
    DB_UNSUPPORTED_URL("db.unsupported_url", "the --db URL is neither SQLite nor PostgreSQL"),
    JOURNAL_QUOTA("journal.quota", 413, "the write would take the account's journal past its entry or size quota"),

    // Web API, bad input (400).
    ACCOUNT_BAD_USERNAME(
            "account.bad_username", "the user name is not 3 to 64 letters, digits, dots, dashes or underscores"),
    ACCOUNT_MISSING("account.missing", "the user name or password is missing or not text"),
    ACCOUNT_WEAK_PASSWORD(
            "account.weak_password", "the password is too short, too long, too repetitive or contains the user name"),
    EXPORT_BAD_FORMAT("export.bad_format", "the journal export format is neither csv, json nor fhir"),
    EXPORT_BAD_RANGE(
            "export.bad_range", "a journal export's from or to is not a day (YYYY-MM-DD), or from is after to"),
    JOURNAL_BAD_ASSESSMENT(
            "journal.bad_assessment", "a journal entry's assessment is not a report as POST /api/v1/assess returns it"),
    JOURNAL_BAD_DATE("journal.bad_date", "a journal entry's date is not a day as YYYY-MM-DD"),
    JOURNAL_MISSING("journal.missing", "a journal entry has no date"),
    JOURNAL_NOT_ALLOWED("journal.not_allowed", "a journal entry's field has a value outside its accepted choices"),
    JOURNAL_NOT_AN_OBJECT("journal.not_an_object", "a journal entry is not a JSON object"),
    JOURNAL_OUT_OF_RANGE("journal.out_of_range", "a journal entry's number (pain, a sound count) is outside its range"),
    JOURNAL_TOO_LONG("journal.too_long", "a journal entry's note is longer than accepted"),
    JOURNAL_UNKNOWN_FIELD("journal.unknown_field", "a journal entry has a field or sound class that is not accepted"),
    JOURNAL_WRONG_TYPE("journal.wrong_type", "a journal entry's field has the wrong JSON type"),
    REQUEST_BAD_JSON("request.bad_json", "the request body is not valid JSON"),
    REQUEST_EMPTY("request.empty", "the request body is empty where JSON is expected"),
    UPLOAD_EMPTY("upload.empty", "the uploaded recording is empty"),
    UPLOAD_TOO_LONG("upload.too_long", "the uploaded recording lasts longer than the server analyses"),

    // Web API, HTTP only, each with its status.
    ACCOUNT_LOCAL_MODE(
            "account.local_mode", 404, "accounts were asked for but the server runs in local mode without them"),
    AUTH_FAILED("auth.failed", 401, "the user name or the password is wrong"),
    AUTH_REQUIRED("auth.required", 401, "the journal was asked for without a login in public mode"),
    AUTH_TOO_MANY_ATTEMPTS(
            "auth.too_many_attempts",
            429,
            "too many login or registration attempts; Retry-After says when to try again"),
    CSRF_INVALID(
            "csrf.invalid",
            403,
            "a request that changes data lacks the X-CSRF-Token header or carries the wrong token"),
    HOST_NOT_ALLOWED(
            "host.not_allowed", 403, "a local-mode server was reached through a host name other than loopback"),
    INTERNAL("internal", 500, "an unexpected error happened in the server; it is a bug"),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, "the path exists but not with this HTTP method"),
    NOT_FOUND("not_found", 404, "there is nothing at this path, or no journal entry or library of this name"),
    REQUEST_METHOD_OVERRIDE(
            "request.method_override", 400, "the request carries a method-override header, which is refused"),
    REQUEST_NOT_JSON("request.not_json", 415, "a JSON request was sent without Content-Type: application/json"),
    REQUEST_TOO_LARGE("request.too_large", 413, "the request body is larger than the server accepts"),
    SERVER_BUSY("server.busy", 503, "the server's heavy-work lane is full; Retry-After says when to try again"),
    SERVER_DEADLINE("server.deadline", 503, "the analysis, simulation or password check took too long and was stopped"),
    SERVER_STOPPING("server.stopping", 503, "the server is shutting down"),
    UPLOAD_NOT_WAV("upload.not_wav", 415, "the recording was not sent with a WAV content type"),
    UPLOAD_TOO_LARGE("upload.too_large", 413, "the uploaded recording has more bytes than the server accepts");

    /** The status bad input gets over HTTP. */
    public static final int BAD_INPUT_STATUS = 400;

    private final String key;
    private final int httpStatus;
    private final String meaning;

    AppError(String key, String meaning) {
        this(key, BAD_INPUT_STATUS, meaning);
    }

    AppError(String key, int httpStatus, String meaning) {
        this.key = key;
        this.httpStatus = httpStatus;
        this.meaning = meaning;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** The response status over HTTP: 400 for bad input, the error's own status for the HTTP-only ones. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The key of an error the HTTP server answers by status alone (a malformed request, a status the app
     * does not name): {@code http.} and the status, for example {@code http.400}.
     */
    public static String httpStatusKey(int status) {
        return "http." + status;
    }
}
