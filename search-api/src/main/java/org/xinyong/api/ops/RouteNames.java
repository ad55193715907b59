package org.xinyong.api.ops;

/** Metric labels for request paths: templates, never raw paths (unbounded label values). */
public final class RouteNames {
    private RouteNames() {
    }

    public static String of(String path) {
        if (path == null) {
            return "other";
        }
        if (path.startsWith("/api/subjects/")) {
            return path.endsWith("/report.pdf") ? "/api/subjects/{key}/report.pdf" : "/api/subjects/{key}";
        }
        if (path.startsWith("/api/lists/")) {
            return "/api/lists/{list}";
        }
        if (path.equals("/api/reports/verify")) {
            return path;
        }
        if (path.startsWith("/api/reports/")) {
            return "/api/reports/{number}";
        }
        if (path.startsWith("/api/") || path.startsWith("/health/") || path.equals("/metrics")) {
            return path.length() > 40 ? "other" : path;
        }
        return "static";
    }
}
