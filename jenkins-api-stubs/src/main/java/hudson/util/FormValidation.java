package hudson.util;

import java.io.IOException;

/**
 * Stub of {@code hudson.util.FormValidation}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/util/FormValidation.java">upstream</a>
 * ({@code core/src/main/java/hudson/util/FormValidation.java}). Upstream also implements Stapler's {@code HttpResponse}
 * and has the markup, aggregate, {@code validate*}, {@code FileValidator}, {@code URLCheck} and {@code CheckMethod}
 * members; the stub keeps {@link Kind}, {@link #kind} and the plain-text factories. Upstream's constructors are private.
 */
public abstract class FormValidation extends IOException {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    /** Upstream member. */
    public final Kind kind;

    private FormValidation(Kind kind) {
        this.kind = kind;
        throw new UnsupportedOperationException();
    }

    /** Upstream member: an error with a plain-text message (escaped), {@code error(null)} being {@link #ok()}. */
    public static FormValidation error(String message) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member: {@code String.format(format, args)} as a plain-text error. Declared because it competes with
     * {@link #error(String)} in overload resolution (a method reference such as {@code FormValidation::error} must
     * resolve here as it does upstream).
     */
    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (competes with {@link #warning(String)}). */
    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (competes with {@link #ok(String)}). */
    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: an error with the exception's stack trace behind a "details" link. */
    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation error(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation warning(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static FormValidation ok() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract String renderHtml();
}
