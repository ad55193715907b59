package org.xinyong.core.es;

/**
 * Index and alias names under one prefix. Readers only ever use the aliases; the indexer builds
 * versioned indexes ({@code xinyong-records-v20261125-103000}) behind them and swaps atomically.
 */
public record IndexNames(String prefix) {

    /** Read alias of the public credit records. */
    public String records() {
        return prefix + "-records";
    }

    /** Read alias of the subjects (one document per subject). */
    public String subjects() {
        return prefix + "-subjects";
    }

    /** Registry of issued reports (number, subject, time, SHA-256). Not versioned: never rebuilt. */
    public String reports() {
        return prefix + "-reports";
    }

    /** Small operational documents: the indexer lock, the data freshness time. Never rebuilt. */
    public String meta() {
        return prefix + "-meta";
    }

    /** Submissions of the supervision workflows (repair applications, commitments). Never rebuilt. */
    public String workflow() {
        return prefix + "-workflow";
    }

    /**
     * Changes made through the API (online commitments, approved repairs, fulfilment): an
     * append-only journal the indexer replays on every load, so a rebuild from department files
     * never undoes them. Never rebuilt.
     */
    public String journal() {
        return prefix + "-journal";
    }

    /** The pattern matching every versioned index behind {@code alias}. */
    public static String versionPattern(String alias) {
        return alias + "-v*";
    }
}
