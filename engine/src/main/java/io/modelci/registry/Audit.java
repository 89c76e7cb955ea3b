package io.modelci.registry;

/**
 * Who changes an alias and why; written into the alias history with the change.
 *
 * @param who a person or service account; required
 * @param reason why; required
 * @param verdict the promotion gate's verdict as JSON text, or null
 * @param buildUrl the CI build making the change, or null
 */
public record Audit(String who, String reason, String verdict, String buildUrl) {
    /** An audit record with who and why only. */
    public static Audit of(final String who, final String reason) {
        return new Audit(who, reason, null, null);
    }

    /** This record with a verdict (JSON text). */
    public Audit withVerdict(final String verdictJson) {
        return new Audit(who, reason, verdictJson, buildUrl);
    }

    /** This record with a build URL. */
    public Audit withBuildUrl(final String url) {
        return new Audit(who, reason, verdict, url);
    }
}
