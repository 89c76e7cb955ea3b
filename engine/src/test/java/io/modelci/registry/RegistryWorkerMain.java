package io.modelci.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;

/**
 * A separate process for the multi-process tests, started with the test class path.
 *
 * <pre>
 * promote URL COUNT WHO   COUNT compare-and-set attempts (forever when COUNT is 0); prints "OK id" or "CONFLICT"
 * prepare URL             registers the race's versions and seeds the alias
 * hold URL                opens the H2 file without AUTO_SERVER and keeps it open, printing "READY"
 * </pre>
 */
public final class RegistryWorkerMain {
    private RegistryWorkerMain() {
    }

    public static void main(final String[] args) throws Exception {
        String url = args[1];
        if ("hold".equals(args[0])) {
            try (Connection connection = DriverManager.getConnection(url)) {
                connection.createStatement().execute("SELECT 1");
                System.out.println("READY");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            return;
        }
        if ("prepare".equals(args[0])) {
            try (JdbcRegistry registry = JdbcRegistry.open(url, null, null)) {
                PromotionRace.prepare(registry);
            }
            return;
        }
        int count = Integer.parseInt(args[2]);
        String who = args[3];
        try (JdbcRegistry registry = JdbcRegistry.open(url, null, null)) {
            for (int i = 0; count == 0 || i < count; i++) {
                Optional<AliasEvent> event = PromotionRace.attempt(registry, who);
                // printed only after the commit returned: a line here is a promotion the registry promised
                System.out.println(event.map(e -> "OK " + e.id()).orElse("CONFLICT"));
                System.out.flush();
            }
        }
        System.out.println("DONE");
    }
}
