package org.backcrack.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswerText;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Questionnaire;
import org.backcrack.assess.knowledge.Choice;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.core.InputException;

/** Asks the questionnaire in a terminal, line by line; the order and skip logic come from {@link Questionnaire}. */
final class InteractiveQuestionnaire {
    private static final Map<String, String> SECTION_TITLES = Map.of(
            "about", "About you",
            "red_flags", "Warning signs (asked first, because they decide how soon to get help)",
            "pain", "More about the pain",
            "sound", "The sound",
            "history", "Your history");

    private final KnowledgeBase kb;
    private final BufferedReader in;
    private final PrintWriter out;

    InteractiveQuestionnaire(KnowledgeBase kb, InputStream in, PrintWriter out) {
        this.kb = kb;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    Answers run() throws IOException {
        out.println("backcrack: questions about your back cracking (about 3 minutes).");
        out.println("Press Enter to leave a question unanswered, ? for help, q to finish and see the result.");
        Questionnaire q = new Questionnaire(kb);
        Answers answers = Answers.empty();
        Set<String> asked = new HashSet<>();
        String section = null;
        int number = 0;
        for (Optional<Finding> next = q.next(answers, asked); next.isPresent(); next = q.next(answers, asked)) {
            Finding f = next.get();
            asked.add(f.id());
            if (!f.section().equals(section)) {
                section = f.section();
                out.println();
                out.println("== " + SECTION_TITLES.getOrDefault(section, section) + " ==");
            }
            number++;
            Object value;
            try {
                value = ask(number, f);
            } catch (Finished e) {
                out.println(e.getMessage());
                break;
            }
            if (value != null) {
                answers = answers.with(f.id(), value);
            }
        }
        out.println();
        out.flush();
        return answers;
    }

    /** Thrown to stop asking: the person typed q, or the input ended. */
    private static final class Finished extends Exception {
        private static final long serialVersionUID = 1L;

        Finished(String message) {
            super(message, null, false, false);
        }
    }

    private Object ask(int number, Finding f) throws IOException, Finished {
        while (true) {
            out.println();
            out.println(number + ". " + f.question());
            switch (f.type()) {
                case BOOLEAN -> out.print("   [y/n] > ");
                case CHOICE -> {
                    List<Choice> cs = f.choices();
                    for (int i = 0; i < cs.size(); i++) {
                        out.println("   " + (i + 1) + ") " + cs.get(i).label());
                    }
                    out.print("   [1-" + cs.size() + "] > ");
                }
                case INTEGER, NUMBER -> out.print("   [" + AnswersReader.range(f) + "] > ");
            }
            out.flush();
            String line = in.readLine();
            if (line == null) {
                throw new Finished("\n(Input ended: the remaining questions are left unanswered.)");
            }
            String typed = line.strip();
            if (typed.isEmpty()) {
                out.println("   (left unanswered)");
                return null;
            }
            if (typed.equals("?")) {
                out.println("   " + f.help());
                continue;
            }
            if (typed.equalsIgnoreCase("q")) {
                throw new Finished("\n(Finished early: the remaining questions are left unanswered.)");
            }
            try {
                return AnswerText.parse(f, typed);
            } catch (InputException e) {
                out.println("   Sorry, " + e.getMessage() + ".");
            }
        }
    }
}
