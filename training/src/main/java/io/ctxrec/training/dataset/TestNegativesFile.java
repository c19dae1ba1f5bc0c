package io.ctxrec.training.dataset;

import io.ctxrec.domain.evaluation.GivenCandidates;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A fixed candidate list per user: one line each, the user, the held-out item, then the negatives.
 * Two layouts: He et al.'s {@code *.test.negative}, {@code (user,item)} then the negatives
 * tab-separated, and a plain {@code user item neg1 ... negN} separated by tabs, spaces or commas.
 * Ids are the dataset's own, as imported (not the 0-based indexes of the NCF repository's files).
 * {@link #candidates} checks the file against the prepared data and reports every bad line by number.
 */
public final class TestNegativesFile {
    private static final Pattern SEPARATORS = Pattern.compile("[\\t ,]+");
    private static final int SHOWN = 8;

    private final Path path;
    private final List<Line> lines;

    private TestNegativesFile(Path path, List<Line> lines) {
        this.path = path;
        this.lines = List.copyOf(lines);
    }

    /** One line: the user, the held-out item and the negatives, as written. */
    public record Line(long number, String user, String item, List<String> negatives) {
        public Line {
            negatives = List.copyOf(negatives);
        }
    }

    /** Reads the file; a line with fewer than three fields or an unclosed "(" is reported with its number. */
    public static TestNegativesFile read(Path path) {
        List<Line> lines = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                String t = text.replace("\uFEFF", "").strip();
                if (!t.isEmpty()) {
                    parse(t, number, lines, bad);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read test negatives " + path + ": " + e.getMessage(), e);
        }
        fail(path, bad, lines.size() + bad.size());
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + ": no candidate lines");
        }
        return new TestNegativesFile(path, lines);
    }

    private static void parse(String t, long number, List<Line> lines, List<String> bad) {
        List<String> fields;
        if (t.startsWith("(")) {
            int close = t.indexOf(')');
            if (close < 0) {
                bad.add("line " + number + ": '(' without ')'");
                return;
            }
            fields = new ArrayList<>(split(t.substring(1, close)));
            if (fields.size() != 2) {
                bad.add("line " + number + ": expected (user,item), found '" + t.substring(0, close + 1) + "'");
                return;
            }
            fields.addAll(split(t.substring(close + 1)));
        } else {
            fields = split(t);
        }
        if (fields.size() < 3) {
            bad.add("line " + number + ": expected a user, the held-out item and negatives, found " + fields.size()
                    + " fields");
            return;
        }
        lines.add(new Line(number, fields.get(0), fields.get(1), fields.subList(2, fields.size())));
    }

    private static List<String> split(String s) {
        return Arrays.stream(SEPARATORS.split(s.strip())).filter(f -> !f.isEmpty()).toList();
    }

    public List<Line> lines() {
        return lines;
    }

    /**
     * The candidates as item indexes. Every line must name a user the data has, the very item the
     * protocol held out for that user, and exactly {@code count} distinct known items that are neither
     * held out nor in the user's training; every held-out case needs exactly one line.
     */
    public GivenCandidates candidates(PreparedDataset data, int count) {
        Map<Integer, Integer> heldOut = new HashMap<>();
        for (HeldOutInteraction c : data.testCases()) {
            heldOut.put(c.user(), c.item());
        }
        var users = data.encoders().users();
        var items = data.encoders().items();
        Map<Integer, int[]> byUser = new HashMap<>();
        List<String> bad = new ArrayList<>();
        for (Line line : lines) {
            String where = "line " + line.number() + ": ";
            var user = users.indexOf(line.user());
            if (user.isEmpty()) {
                bad.add(where + "unknown user '" + line.user() + "'");
                continue;
            }
            Integer expected = heldOut.get(user.getAsInt());
            if (expected == null) {
                bad.add(where + "user '" + line.user() + "' has no held-out item under this protocol");
                continue;
            }
            if (!items.idAt(expected).equals(line.item())) {
                bad.add(where + "held-out item is '" + line.item() + "' but the protocol holds out '"
                        + items.idAt(expected) + "' for user '" + line.user() + "'");
                continue;
            }
            if (byUser.containsKey(user.getAsInt())) {
                bad.add(where + "user '" + line.user() + "' has a second line");
                continue;
            }
            int[] negatives = negatives(line, data, user.getAsInt(), expected, count, where, bad);
            if (negatives != null) {
                byUser.put(user.getAsInt(), negatives);
            }
        }
        Set<String> missing = new TreeSet<>();
        heldOut.keySet().stream().filter(u -> !byUser.containsKey(u)).forEach(u -> missing.add(users.idAt(u)));
        if (bad.isEmpty() && !missing.isEmpty()) {
            bad.add(missing.size() + " users with a held-out item have no line, e.g. '" + missing.iterator().next() + "'");
        }
        fail(path, bad, lines.size());
        return new GivenCandidates(byUser);
    }

    private static int[] negatives(Line line, PreparedDataset data, int user, int heldOut, int count, String where,
                                   List<String> bad) {
        if (line.negatives().size() != count) {
            bad.add(where + "expected " + count + " negatives, found " + line.negatives().size());
            return null;
        }
        Set<Integer> training = data.trainUserItems().getOrDefault(user, Set.of());
        Set<Integer> seen = new HashSet<>();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            String id = line.negatives().get(i);
            var item = data.encoders().items().indexOf(id);
            String problem = item.isEmpty() ? "unknown item '" + id + "'"
                    : item.getAsInt() == heldOut ? "the held-out item '" + id + "' is also a negative"
                    : training.contains(item.getAsInt()) ? "negative '" + id + "' is in the user's training items"
                    : !seen.add(item.getAsInt()) ? "negative '" + id + "' appears twice" : null;
            if (problem != null) {
                bad.add(where + problem);
                return null;
            }
            out[i] = item.getAsInt();
        }
        return out;
    }

    // One line for the CLI: the count, then the first few problems.
    private static void fail(Path path, List<String> bad, long total) {
        if (bad.isEmpty()) {
            return;
        }
        String shown = String.join("; ", bad.subList(0, Math.min(SHOWN, bad.size())));
        throw new IllegalArgumentException(path + ": " + bad.size() + " bad of " + total + " lines: " + shown
                + (bad.size() > SHOWN ? "; ..." : ""));
    }
}
