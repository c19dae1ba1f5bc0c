package io.ctxrec.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The box {@code serve} prints once it is up: where the page is and, when generated, the admin token. */
final class StartupBanner {
    private StartupBanner() {
    }

    /** The page's address as a browser on this machine reaches it (a wildcard host is {@code localhost}). */
    static String pageUrl(String host, String port) {
        String reachable = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")
                ? "localhost" : host;
        return "http://" + reachable + ":" + port + "/";
    }

    static String text(String pageUrl, Optional<String> generatedToken) {
        List<String> lines = new ArrayList<>();
        lines.add("ctxrec is running");
        lines.add("");
        lines.add("Web page:     " + pageUrl);
        generatedToken.ifPresentOrElse(token -> {
            lines.add("Admin token:  " + token);
            lines.add("              (generated: ctxrec.admin.token is empty; valid until restart;");
            lines.add("              set CTXREC_ADMIN_TOKEN to choose one)");
        }, () -> lines.add("Admin token:  as configured (ctxrec.admin.token / CTXREC_ADMIN_TOKEN)"));
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 2) + "+";
        StringBuilder box = new StringBuilder("\n").append(rule).append('\n');
        lines.forEach(l -> box.append("| ").append(l).append(" ".repeat(width - l.length())).append(" |\n"));
        return box.append(rule).append("\n\n").toString();
    }
}
