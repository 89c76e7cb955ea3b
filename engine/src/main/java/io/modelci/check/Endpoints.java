package io.modelci.check;

import io.modelci.InputException;

import java.net.URI;
import java.util.Locale;

/** Checks that an endpoint the user named is a plain HTTP(S) URL with a host; nothing else is ever contacted. */
final class Endpoints {
    private Endpoints() {
    }

    static URI requireHttp(final URI url, final String field) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw InputException.ofField(field, "'" + url + "' is not an http:// or https:// URL with a host");
        }
        return url;
    }
}
