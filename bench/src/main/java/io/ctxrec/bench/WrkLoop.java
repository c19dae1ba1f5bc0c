package io.ctxrec.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The same closed loop as {@link ClosedLoop}, driven by {@code wrk} (Debian's package {@code wrk}): a C
 * load generator that costs the machine far less per request than Java's HttpClient, so on a machine
 * with few cores the service gets them. {@code clients} connections,
 * each sending its next request when the previous is answered, cycling over the given users; a warm-up
 * run, then the measured one. A Lua script counts answers that are not 200 with the expected text.
 */
final class WrkLoop {
    private static final Pattern LINE = Pattern.compile("WRK requests=(\\d+) errors=(\\d+) bad=(\\d+) shed=(\\d+) "
            + "p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) seconds=([\\d.]+)");

    /** One kind of request: method, path with {@code {user}} in it, body (may hold {@code {user}}) or null. */
    record Scenario(String method, String path, String body, String expected) {
    }

    private final URI base;
    private final List<String> users;
    private final Path work;

    WrkLoop(URI base, List<String> users, Path work) {
        this.base = base;
        this.users = List.copyOf(users);
        this.work = work;
    }

    /** Whether {@code wrk} can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    ClosedLoop.Result run(int clients, Duration warmup, Duration measure, Scenario scenario)
            throws IOException, InterruptedException {
        Path script = work.resolve("wrk-scenario.lua");
        Files.writeString(script, script(scenario), StandardCharsets.UTF_8);
        Map<String, Double> warm = wrk(clients, warmup, script);
        Map<String, Double> m = wrk(clients, measure, script);
        int requests = m.get("requests").intValue();
        int errors = m.get("errors").intValue();
        int bad = m.get("bad").intValue();
        int shed = m.get("shed").intValue();
        // wrk counts every status but 2xx/3xx as an error, the shed 503s too.
        int realErrors = Math.max(0, errors - shed);
        return new ClosedLoop.Result(requests, realErrors, Math.max(0, bad - realErrors), shed, m.get("p50"),
                m.get("p95"), m.get("p99"), (requests - shed) / m.get("seconds"),
                requests + warm.get("requests").intValue());
    }

    private Map<String, Double> wrk(int clients, Duration duration, Path script)
            throws IOException, InterruptedException {
        int threads = Math.min(clients, 2);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + clients, "-d" + Math.max(1, duration.toSeconds())
                + "s", "--timeout", "30s", "-s", script.toString(), base.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("wrk failed: " + String.join(" ", command) + "\n" + out);
        }
        Matcher line = LINE.matcher(out);
        if (!line.find()) {
            throw new IOException("no figures in wrk's output:\n" + out);
        }
        String[] keys = {"requests", "errors", "bad", "shed", "p50", "p95", "p99", "seconds"};
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int k = 0; k < keys.length; k++) {
            figures.put(keys[k], Double.parseDouble(line.group(k + 1)));
        }
        return figures;
    }

    /** The Lua script: requests cycle over the users from a per-thread offset; counts and percentiles out. */
    String script(Scenario s) {
        String ids = users.stream().map(WrkLoop::lua).collect(Collectors.joining(", "));
        List<String> lines = new ArrayList<>();
        lines.add("local users = {" + ids + "}");
        lines.add("local threads = {}");
        lines.add("local offset = 0");
        lines.add("function setup(thread) offset = offset + 7919; thread:set('n', offset); "
                + "thread:set('bad', 0); thread:set('shed', 0); table.insert(threads, thread) end");
        lines.add("request = function()");
        lines.add("  n = n + 1");
        lines.add("  local user = users[(n % #users) + 1]");
        lines.add("  local path = string.gsub(" + lua(s.path()) + ", '{user}', user)");
        if (s.body() == null) {
            lines.add("  return wrk.format(" + lua(s.method()) + ", path)");
        } else {
            lines.add("  local body = string.gsub(" + lua(s.body()) + ", '{user}', user)");
            lines.add("  return wrk.format(" + lua(s.method()) + ", path, {['Content-Type'] = 'application/json'}, body)");
        }
        lines.add("end");
        lines.add("response = function(status, headers, body)");
        lines.add("  if status == 503 and string.find(body, " + lua(ClosedLoop.SHED_CODE) + ", 1, true) then shed = shed + 1");
        lines.add("  elseif status ~= 200 or not string.find(body, " + lua(s.expected()) + ", 1, true) then bad = bad + 1 end");
        lines.add("end");
        lines.add("done = function(summary, latency, requests)");
        lines.add("  local b = 0");
        lines.add("  local s = 0");
        lines.add("  for _, t in ipairs(threads) do b = b + t:get('bad'); s = s + t:get('shed') end");
        lines.add("  local e = summary.errors");
        lines.add("  io.write(string.format('WRK requests=%d errors=%d bad=%d shed=%d p50=%.3f p95=%.3f p99=%.3f seconds=%.3f\\n', "
                + "summary.requests, e.connect + e.read + e.write + e.status + e.timeout, b, s, "
                + "latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, "
                + "summary.duration / 1e6))");
        lines.add("end");
        return String.join("\n", lines) + "\n";
    }

    /** A Lua string literal. */
    static String lua(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\%03d", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }
}
