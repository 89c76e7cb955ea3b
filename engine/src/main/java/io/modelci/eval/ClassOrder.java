package io.modelci.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders class labels as scikit-learn does after pandas read them: numerically when every label is a number,
 * else by code point.
 *
 * @param classes the labels in order
 * @param remap for each label's first-seen code, its index in {@code classes}
 */
record ClassOrder(List<String> classes, int[] remap) {

    static ClassOrder of(final List<String> firstSeen) {
        boolean numeric = firstSeen.stream().allMatch(ClassOrder::isNumber);
        List<String> sorted = new ArrayList<>(firstSeen);
        Comparator<String> order = numeric ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        sorted.sort(order);
        int[] remap = new int[firstSeen.size()];
        for (int code = 0; code < firstSeen.size(); code++) {
            remap[code] = sorted.indexOf(firstSeen.get(code));
        }
        return new ClassOrder(List.copyOf(sorted), remap);
    }

    private static boolean isNumber(final String text) {
        try {
            Double.parseDouble(text);
            return !text.isBlank();
        }
        catch (NumberFormatException e) {
            return false;
        }
    }
}
