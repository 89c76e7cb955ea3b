package org.springframework.security.core;

import java.io.Serializable;
import java.security.Principal;

/**
 * Stub of Spring Security's {@code org.springframework.security.core.Authentication} (the type of core's
 * {@code ACL.SYSTEM2}); only the type, its members are left out because the plugin calls none of them.
 */
public interface Authentication extends Principal, Serializable {
}
