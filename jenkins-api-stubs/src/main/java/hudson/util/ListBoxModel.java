package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;

/**
 * Stub of {@code hudson.util.ListBoxModel}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/util/ListBoxModel.java">upstream</a>. Upstream also
 * implements Stapler's {@code HttpResponse} (and has {@code writeTo}, {@code generateResponse}, the deprecated
 * {@code values()}); the stub keeps the constructors, {@code Option} and the {@code add} overloads on strings.
 */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public static final class Option {
        /** Upstream member. */
        @NonNull
        public String name;
        /** Upstream member. */
        @NonNull
        public String value;
        /** Upstream member. */
        public boolean selected;

        /** Upstream member. */
        public Option(@NonNull String name, @NonNull String value) {
            this(name, value, false);
        }

        /** Upstream member. */
        public Option(@NonNull String name) {
            this(name, name, false);
        }

        /** Upstream member. */
        public Option(@NonNull String name, @NonNull String value, boolean selected) {
            this.name = name;
            this.value = value;
            this.selected = selected;
        }
    }

    /** Upstream member. */
    public ListBoxModel(int initialCapacity) {
        super(initialCapacity);
    }

    /** Upstream member. */
    public ListBoxModel() {
    }

    /** Upstream member. */
    public ListBoxModel(Collection<Option> c) {
        super(c);
    }

    /** Upstream member. */
    public ListBoxModel(Option... data) {
        super(Arrays.asList(data));
    }

    /** Upstream member. */
    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public ListBoxModel add(@NonNull String nameAndValue) {
        throw new UnsupportedOperationException();
    }
}
