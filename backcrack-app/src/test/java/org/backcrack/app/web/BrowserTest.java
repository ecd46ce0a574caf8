package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.backcrack.app.journal.JournalStore;
import org.backcrack.app.report.AssessmentJson;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's chromium, headless, driven by Selenium through chromium-driver
 * ({@code .ci/run} installs both). Screenshots of each page go to {@code target/screenshots/}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final KnowledgeBase KB = KnowledgeLoader.builtIn();

    @TempDir
    static Path dir;

    static WebServer server;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        server = WebServer.start(
                WebOptions.local("127.0.0.1", 0),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("journal.db"), Clock.systemUTC()),
                KB);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
                "--window-size=1280,1800",
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static void open(String page) {
        driver.get(server.url() + page.substring(1));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void home_linksToEveryPage() throws IOException {
        open("/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "Local mode"));
        assertThat(driver.findElements(By.cssSelector("header.site a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .map(h -> h.substring(h.lastIndexOf('/')))
                        .toList())
                .contains("/assess.html", "/record.html", "/learn.html", "/journal.html");
        screenshot("01-home");
    }

    @Test
    void questionnaire_answeredWithMouseAndKeyboard_showsTheSameResultAsTheApi() throws Exception {
        open("/assess.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-region-lower_back")));
        // skip logic: the follow-up on pain is hidden until pain is answered as more than none
        click("q-pain-none");
        assertThat(driver.findElement(By.id("f-pain_score")).isDisplayed()).isFalse();
        click("q-region-lower_back");
        type("q-age", "47");
        click("q-pain-persistent");
        assertThat(driver.findElement(By.id("f-pain_score")).isDisplayed()).isTrue();
        type("q-pain_score", "6");
        type("q-pain_weeks", "3");
        click("q-radiating_pain-one_leg");
        click("q-tingling-true");
        click("q-numbness-false");
        click("q-weakness-false");
        click("q-saddle_numbness-false");
        click("q-bladder_or_bowel_change-false");
        driver.findElement(By.id("q-sound-single_pop")).sendKeys(Keys.SPACE); // keyboard
        click("q-trigger-lifting");
        assertThat(driver.findElement(By.id("q-sound-single_pop")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector("fieldset"))).hasSize((int)
                KB.findings().values().stream().filter(f -> !f.fromRecording()).count());
        js("window.scrollTo(0, 0);");
        screenshot("02-questionnaire");

        driver.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        WebElement triage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage")));

        JsonNode expected = AssessmentJson.of(new Assessor(KB)
                .assess(new AnswersReader(KB)
                        .read(ApiClient.JSON.readTree(Files.readString(Path.of("..", "examples", "sciatica.json"))))));
        assertThat(triage.getAttribute("class"))
                .isEqualTo("triage " + expected.at("/triage/level").asText());
        assertThat(triage.findElement(By.tagName("h2")).getText())
                .isEqualToIgnoringCase(expected.at("/triage/title").asText());
        for (String[] group : new String[][] {{"mechanisms", "sound"}, {"conditions", "condition"}}) {
            List<String> names = driver.findElements(By.cssSelector("#" + group[0] + " .mechanism strong")).stream()
                    .map(WebElement::getText)
                    .toList();
            List<String> expectedNames = java.util.stream.StreamSupport.stream(
                            expected.get("mechanisms").spliterator(), false)
                    .filter(m -> m.get("kind").asText().equals(group[1]))
                    .map(m -> m.get("name").asText())
                    .toList();
            assertThat(names).isNotEmpty().isEqualTo(expectedNames);
        }
        assertThat(driver.findElement(By.id("reasons")).getText())
                .contains(expected.at("/triage/reasons/0/title").asText());
        screenshot("03-result");

        driver.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "Saved"));
    }

    @Test
    void questionnaire_aYesToAWarningSign_bringsItsQualifyingQuestionsNext_andTheResultSaysWhatWasAssumed()
            throws IOException {
        open("/assess.html");
        js("sessionStorage.clear();"); // a fresh questionnaire, not the answers an earlier test left
        open("/assess.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-bladder_or_bowel_change-true")));
        click("q-bladder_or_bowel_change-true");
        // 'Does it hurt?' and 'does pain spread into a leg?' decide the cauda equina rule: they come right after.
        wait.until(d -> d.findElement(By.id("f-pain")).getAttribute("class").contains("follow-up"));
        Object next = js("const n = document.getElementById('f-bladder_or_bowel_change').nextElementSibling;"
                + " return [n.id, n.nextElementSibling.id];");
        assertThat(String.valueOf(next)).isEqualTo("[f-pain, f-radiating_pain]");
        assertThat(driver.findElement(By.id("f-pain")).getText()).contains("Asked because of your yes above");
        js("document.getElementById('f-bladder_or_bowel_change').scrollIntoView({block: 'start'});");
        screenshot("10-follow-up");

        // Left unanswered anyway: the warning sign is not switched off, and the result says what would change it.
        driver.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        WebElement triage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage")));
        assertThat(triage.getAttribute("class")).isEqualTo("triage emergency");
        String reasons = driver.findElement(By.id("reasons")).getText();
        assertThat(reasons)
                .contains("left these unanswered: Does it hurt?")
                .contains(
                        "If \"Does it hurt?\" answered \"No pain\" and \"Does pain spread from your back into a leg or an arm?\""
                                + " answered \"No, it stays in my back or neck\", this would be: Book a check-up");
        screenshot("11-result-precautionary");
    }

    @Test
    void questionnaire_atPhoneWidth_hasNoHorizontalScroll() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/assess.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q-region-lower_back")));
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
            screenshot("04-questionnaire-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1800));
        }
    }

    @Test
    void journal_entriesAppearInTheTableAndTheCharts_andCanBeEditedAndDeleted() throws IOException {
        open("/journal.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value=lower_back]")));
        addEntry("2026-03-01", "lower_back", 3, 1, 0, "2");
        addEntry("2026-03-02", "upper_back", 1, 0, 2, "4");
        addEntry("2026-03-04", "lower_back", 0, 0, 1, "1");
        wait.until(d -> rows().size() == 3);

        @SuppressWarnings("unchecked")
        List<List<Number>> sounds =
                (List<List<Number>>) js("return Chart.getChart('sounds-chart').data.datasets.map(d => d.data);");
        assertThat(sounds).hasSize(3);
        // one bar per day, the day without an entry included
        assertThat(sounds.get(0)).extracting(Number::intValue).containsExactly(3, 1, 0, 0);
        assertThat(sounds.get(2)).extracting(Number::intValue).containsExactly(0, 2, 0, 1);
        @SuppressWarnings("unchecked")
        List<Number> pain = (List<Number>) js("return Chart.getChart('pain-chart').data.datasets[0].data;");
        assertThat(pain).containsExactly(2L, 4L, null, 1L);
        assertThat(js("return Chart.getChart('sounds-chart').data.labels;"))
                .isEqualTo(List.of("2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"));
        screenshot("05-journal");

        // edit the newest entry (first row): pain 1 -> 0
        rows().get(0).findElement(By.xpath(".//button[text()='Edit']")).click();
        WebElement painField = driver.findElement(By.id("pain"));
        painField.clear();
        painField.sendKeys("0");
        driver.findElement(By.id("save-entry")).click();
        // the table is rebuilt after saving, so read it in one go rather than through stale elements
        wait.until(d -> String.valueOf(js("return document.querySelector('#entries tbody tr').textContent;"))
                .contains("0/10"));

        // delete the oldest entry (last row)
        rows().get(2).findElement(By.xpath(".//button[text()='Delete']")).click();
        driver.switchTo().alert().accept();
        wait.until(d -> rows().size() == 2);
        assertThat(js("return Chart.getChart('sounds-chart').data.labels;"))
                .isEqualTo(List.of("2026-03-02", "2026-03-03", "2026-03-04"));
    }

    @Test
    void journal_badPain_showsTheErrorNamingTheField() {
        open("/journal.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value=lower_back]")));
        js("document.getElementById('pain').removeAttribute('max');");
        type("pain", "12");
        driver.findElement(By.id("save-entry")).click();
        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errors .error-box")));
        assertThat(error.getText()).contains("'pain' was 12").contains("Field: pain");
    }

    @Test
    void record_uploadingAWav_showsTheWaveformAndTheAnalysisOutcome() throws IOException {
        Path wav = dir.resolve("snaps.wav");
        org.backcrack.app.simulate.SimulationFiles.write(
                org.backcrack.physics.scenario.Simulator.run(
                        org.backcrack.physics.scenario.BuiltInScenarios.named("snapping_tendon")
                                .orElseThrow()),
                wav);
        open("/record.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        driver.findElement(By.id("file")).sendKeys(wav.toAbsolutePath().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#waveform wave")));
        wait.until(d -> !d.findElement(By.id("errors")).getText().isEmpty()
                || !d.findElement(By.id("summary")).getText().isEmpty());
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        assertThat(driver.findElement(By.id("summary")).getText()).contains("soft-tissue snap");
        // a WAV is sent as it is: no note about decoding
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Done."));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Done.");
        assertThat(driver.findElement(By.id("max-seconds")).getText()).isEqualTo("60");
        wait.until(d -> d.findElements(By.cssSelector("#events li.legend-soft_tissue_snap"))
                        .size()
                >= 6);
        wait.until(d -> !d.findElements(By.cssSelector("#waveform region")).isEmpty());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#spectrogram canvas")));
        screenshot("06-record");
    }

    // Other formats than WAV are decoded in the page (wav.js) and sent as WAV. The files are made here from a
    // simulated recording with Debian's encoders; a missing encoder fails the test (.ci/run installs them).

    @Test
    void record_uploadingOggVorbis_isDecodedInThePageAtItsOwnRate_andShowsTheSnaps() throws Exception {
        Path ogg = encode("oggenc", "vorbis-tools", "snaps.ogg", (in, out) -> List.of("-Q", "-o", out, in));
        uploadAndExpectSnaps(ogg, 44_100, "12-record-ogg-vorbis");
    }

    @Test
    void record_uploadingM4aAac_isDecodedInThePage_andShowsTheSnaps() throws Exception {
        Path m4a = encode(
                "ffmpeg",
                "ffmpeg",
                "snaps.m4a",
                (in, out) -> List.of("-nostdin", "-v", "error", "-y", "-i", in, "-c:a", "aac", "-b:a", "128k", out));
        uploadAndExpectSnaps(m4a, 44_100, "13-record-m4a-aac");
    }

    @Test
    void record_uploadingOggOpus_isDecodedAt48kHz_andShowsTheSnaps() throws Exception {
        Path opus = encode("opusenc", "opus-tools", "snaps.opus", (in, out) -> List.of("--quiet", in, out));
        uploadAndExpectSnaps(opus, 48_000, "14-record-ogg-opus"); // an Opus decoder always gives 48 kHz
    }

    @Test
    void record_theMicrophone_isDecodedInThePageLikeAnUpload_andAnalysed() throws Exception {
        open("/record.html");
        // chromium's fake microphone (--use-fake-device-for-media-stream): a beep every second
        wait.until(ExpectedConditions.elementToBeClickable(By.id("record"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Recording"));
        Thread.sleep(2000);
        driver.findElement(By.id("stop")).click();
        wait.until(d -> !d.findElement(By.id("errors")).getText().isEmpty()
                || d.findElement(By.id("status")).getText().startsWith("Done."));
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        // MediaRecorder gives WebM/Opus here, which decodes at 48 kHz; the fake microphone is stereo
        assertThat(driver.findElement(By.id("status")).getText())
                .isEqualTo("Done. Decoded in this browser at 48000 Hz, 2 channels mixed to one, sent as WAV.");
        assertThat(driver.findElement(By.id("summary")).getText())
                .matches("(No joint sounds were detected|\\d+ sound).*");
    }

    @Test
    void record_uploadingAFileTheBrowserCannotDecode_saysWhichFormatsItTakes() throws IOException {
        Path junk = dir.resolve("x.mp3");
        byte[] bytes = new byte[20_000];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        String error = uploadAndExpectError(junk);
        assertThat(error)
                .contains("could not decode x.mp3")
                .contains("WAV, FLAC, MP3, M4A (AAC), Ogg (Vorbis or Opus) and WebM")
                .contains("Convert the file to WAV");
        screenshot("15-record-undecodable");
    }

    @Test
    void record_uploadingACompressedFileOverTheServersDurationLimit_isRefusedInThePage() throws Exception {
        float[] quiet = new float[70 * 8000];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < quiet.length; i++) {
            quiet[i] = (float) (r.nextGaussian() * 0.01);
        }
        Path wav = dir.resolve("long.wav");
        org.backcrack.core.audio.WavWriter.write(
                org.backcrack.core.audio.AudioClip.mono(8000, quiet),
                org.backcrack.core.audio.SampleFormat.PCM_S16,
                wav);
        Path ogg = encode("oggenc", "vorbis-tools", wav, "long.ogg", (in, out) -> List.of("-Q", "-o", out, in));
        assertThat(uploadAndExpectError(ogg))
                .contains("long.ogg lasts 70.0 s; at most " + (long) WebOptions.DEFAULT_MAX_UPLOAD_SECONDS
                        + " s are analysed");
    }

    @Test
    void learn_explainsEveryMechanism_withAPicture() throws IOException {
        open("/learn.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mechanisms article")));
        List<WebElement> articles = driver.findElements(By.cssSelector("#mechanisms article"));
        assertThat(articles).hasSize(KB.mechanisms().size());
        for (WebElement img : driver.findElements(By.cssSelector("#mechanisms img"))) {
            wait.until(d -> ((Number) js("return arguments[0].naturalWidth;", img)).intValue() > 0);
        }
        // The simulated sound of a mechanism: the physics runs on the server, the page gets a WAV to play.
        driver.findElement(By.cssSelector("#m-soft_tissue_snap button")).click();
        WebElement audio =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#m-soft_tissue_snap audio")));
        wait.until(d -> ((Number) js("return arguments[0].duration || 0;", audio)).doubleValue() > 1);
        screenshot("07-learn");
    }

    @Test
    void apiPage_rendersTheOpenApiDocument() throws IOException {
        open("/api.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("post-api-v1-assess")));
        assertThat(driver.findElements(By.cssSelector("#openapi section.endpoint")))
                .hasSizeGreaterThan(10);
        screenshot("08-api");
    }

    @Test
    void publicMode_registerInTheBrowser_thenTheJournalIsYours() throws IOException {
        try (WebServer pub = WebServer.start(
                WebOptions.local("127.0.0.1", 0).withPublicMode(true),
                JournalStore.open("jdbc:sqlite:" + dir.resolve("public.db"), Clock.systemUTC()),
                KB)) {
            driver.get(pub.url() + "journal.html");
            wait.until(ExpectedConditions.urlContains("/login.html"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Log in")));
            type("username", "walker");
            type("password", "short");
            driver.findElement(By.id("register")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errors .error-box")))
                            .getText())
                    .contains("10 to 256 characters")
                    .contains("Field: password");
            screenshot("09-login");
            type("password", "a long enough password");
            driver.findElement(By.id("register")).click();
            wait.until(ExpectedConditions.urlContains("/journal.html"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "Signed in as walker"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value=lower_back]")));
            addEntry("2026-03-01", "neck", 1, 0, 0, "3");
            assertThat(rows()).hasSize(1);
            driver.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.urlContains("/login.html"));
            driver.get(pub.url() + "api/v1/journal");
            assertThat(driver.getPageSource()).contains("auth.required");
        }
    }

    private static Path snaps;

    /** The snapping-tendon scenario recorded at 44.1 kHz rather than its 48, so a resampled upload shows. */
    private static synchronized Path snapsAt44k() throws IOException {
        if (snaps == null) {
            var sc = org.backcrack.physics.scenario.BuiltInScenarios.named("snapping_tendon")
                    .orElseThrow();
            var r = sc.recording();
            sc = sc.withRecording(new org.backcrack.physics.record.RecordingSettings(
                    r.sensor(),
                    r.distance(),
                    r.tissueDepth(),
                    44_100,
                    r.format(),
                    r.channels(),
                    r.snrDb(),
                    r.humDb(),
                    r.rumble(),
                    r.dcOffset(),
                    r.headroomDb(),
                    r.distractors(),
                    r.windowS()));
            Path wav = dir.resolve("snaps-44k.wav");
            org.backcrack.core.audio.WavWriter.write(
                    org.backcrack.physics.scenario.Simulator.run(sc).clip(),
                    org.backcrack.core.audio.SampleFormat.PCM_S16,
                    wav);
            snaps = wav;
        }
        return snaps;
    }

    private static Path encode(
            String tool,
            String debianPackage,
            String name,
            java.util.function.BiFunction<String, String, List<String>> args)
            throws Exception {
        return encode(tool, debianPackage, snapsAt44k(), name, args);
    }

    /** Runs a command-line encoder from in to dir/name; fails (not skips) when the tool is not installed. */
    private static Path encode(
            String tool,
            String debianPackage,
            Path in,
            String name,
            java.util.function.BiFunction<String, String, List<String>> args)
            throws Exception {
        boolean found = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
        assertThat(found)
                .as("this test needs '%s' (apt-get install %s; .ci/run installs it)", tool, debianPackage)
                .isTrue();
        Path out = dir.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of(tool));
        command.addAll(
                args.apply(in.toAbsolutePath().toString(), out.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as("%s finished", tool)
                .isTrue();
        assertThat(p.exitValue()).as("%s failed: %s", command, output).isZero();
        assertThat(Files.size(out)).as("%s wrote %s", tool, out).isPositive();
        return out;
    }

    private static void uploadAndExpectSnaps(Path file, int rate, String shot) throws IOException {
        open("/record.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> !d.findElement(By.id("errors")).getText().isEmpty()
                || !d.findElement(By.id("summary")).getText().isEmpty());
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Done."));
        assertThat(driver.findElement(By.id("status")).getText())
                .isEqualTo("Done. Decoded in this browser at " + rate + " Hz, sent as WAV.");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("soft-tissue snap");
        wait.until(d -> d.findElements(By.cssSelector("#events li.legend-soft_tissue_snap"))
                        .size()
                >= 6);
        wait.until(d -> !d.findElements(By.cssSelector("#waveform region")).isEmpty());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#spectrogram canvas")));
        screenshot(shot);
    }

    private static String uploadAndExpectError(Path file) {
        open("/record.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errors .error-box")));
        assertThat(driver.findElement(By.id("view")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("status")).getText()).isEmpty();
        return error.getText();
    }

    /** Chromium's print media on (as when printing) or off, through the DevTools protocol. */
    private static void printMedia(boolean on) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
    }

    private static boolean shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The page printed by Chromium (A4, backgrounds as the CSS asks), saved next to the screenshots. */
    private static String printedText(String name) throws IOException {
        var options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder()
                .decode(((org.openqa.selenium.PrintsPage) driver).print(options).getContent());
        Files.write(SHOTS.resolve(name + ".pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void result_printForMyClinician_printsTriageReasonsAnswersAndDisclaimer_withoutNavigationOrButtons()
            throws IOException {
        open("/");
        js(
                "sessionStorage.removeItem('backcrack.report');"
                        + "sessionStorage.setItem('backcrack.answers', JSON.stringify(arguments[0]));",
                Map.of("pain", "persistent", "radiating_pain", "one_leg", "tingling", true, "age", 44));
        open("/result.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("triage")));
        assertThat(driver.findElement(By.id("print")).getText()).isEqualTo("Print for my clinician");
        String answers = driver.findElement(By.id("answers")).getText();
        assertThat(answers).contains(KB.finding("age").orElseThrow().question()).contains("44 years");
        assertThat(answers).contains("not assessed");
        String title = driver.findElement(By.id("triage-title")).getText();
        try {
            printMedia(true);
            assertThat(shown("header.site")).isFalse();
            assertThat(shown("button")).isFalse();
            assertThat(shown("#answers table")).isTrue();
            // the unanswered warning questions are in the answers table; the on-screen list is not printed twice
            assertThat(shown("#not-assessed")).isFalse();
            assertThat(driver.findElement(By.id("printed-on")).isDisplayed()).isTrue();
            screenshot("10-result-print");
        } finally {
            printMedia(false);
        }
        String printed = printedText("10-result-print");
        assertThat(printed)
                .contains(title)
                .contains("Source: NICE")
                .contains("44 years")
                .contains("not assessed");
        assertThat(printed).contains(KB.disclaimer().replaceAll("\\s+", " ").substring(0, 40));
        assertThat(printed).doesNotContain("Save to journal").doesNotContain("Print for my clinician");
    }

    @Test
    void journal_printForMyClinician_printsTheChartsAtPageWidth_andATableOfTheLastWeeks() throws IOException {
        open("/journal.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value=lower_back]")));
        // Within the last four weeks whatever other tests of this class left in the shared journal (the result
        // test may save an entry of today): the table counts back from the newest entry.
        String older = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        String newer = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        addEntry(older, "lower_back", 4, 1, 0, "3");
        addEntry(newer, "lower_back", 2, 0, 3, "5");
        try {
            assertThat(driver.findElement(By.id("print")).getText()).isEqualTo("Print for my clinician");
            assertThat(shown("#print-entries")).isFalse();
            try {
                printMedia(true);
                assertThat(shown("form")).isFalse();
                assertThat(shown("button")).isFalse();
                assertThat(shown("header.site")).isFalse();
                assertThat(shown("#print-entries")).isTrue();
                String table = driver.findElement(By.id("print-entries")).getText();
                assertThat(table).contains(newer + " 2 0 3 5").contains(older + " 4 1 0 3");
                assertThat(table.indexOf(newer)).isLessThan(table.indexOf(older));
                Number main = (Number) js("return document.getElementById('main').clientWidth;");
                Number chart =
                        (Number) js("return document.getElementById('sounds-chart').getBoundingClientRect().width;");
                assertThat(chart.doubleValue()).isPositive().isLessThanOrEqualTo(main.doubleValue());
                screenshot("11-journal-print");
            } finally {
                printMedia(false);
            }
            String printed = printedText("11-journal-print");
            assertThat(printed)
                    .contains("Sounds per day")
                    .contains("The last four weeks")
                    .contains(newer);
            assertThat(printed).doesNotContain("Add an entry").doesNotContain("Export CSV");
        } finally {
            // The journal is shared by this class's tests: leave it as it was.
            for (String date : List.of(newer, older)) {
                driver.findElement(By.xpath("//tr[td[1][text()='" + date + "']]//button[text()='Delete']"))
                        .click();
                driver.switchTo().alert().accept();
                wait.until(d -> d.findElements(By.xpath("//tbody/tr[td[1][text()='" + date + "']]"))
                        .isEmpty());
            }
        }
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#entries tbody tr[data-id]"));
    }

    private static void addEntry(String date, String region, int pops, int snaps, int grating, String pain) {
        js("document.getElementById('date').value = arguments[0];", date);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("region"))).selectByValue(region);
        for (var e : Map.of("cavitation", pops, "soft_tissue_snap", snaps, "crepitus", grating)
                .entrySet()) {
            type(e.getKey(), Integer.toString(e.getValue()));
        }
        type("pain", pain);
        int before = rows().size();
        driver.findElement(By.id("save-entry")).click();
        wait.until(d -> rows().size() == before + 1);
    }

    private static void click(String id) {
        WebElement e = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** One second of quiet noise with three sharp clicks, 16-bit mono PCM at 44.1 kHz. */
    static Path clicks(Path file) throws IOException {
        int rate = 44_100;
        short[] s = new short[rate];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (r.nextGaussian() * 30);
        }
        for (double t : new double[] {0.2, 0.5, 0.8}) {
            int at = (int) (t * rate);
            for (int i = 0; i < 400; i++) {
                s[at + i] += (short) (20_000 * Math.exp(-i / 60.0) * Math.sin(2 * Math.PI * 1500 * i / rate));
            }
        }
        ByteBuffer b = ByteBuffer.allocate(44 + s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes())
                .putInt(36 + s.length * 2)
                .put("WAVE".getBytes())
                .put("fmt ".getBytes())
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(rate)
                .putInt(rate * 2)
                .putShort((short) 2)
                .putShort((short) 16)
                .put("data".getBytes())
                .putInt(s.length * 2);
        for (short v : s) {
            b.putShort(v);
        }
        Files.write(file, b.array());
        return file;
    }
}
