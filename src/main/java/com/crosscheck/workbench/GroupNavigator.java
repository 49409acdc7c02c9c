package com.crosscheck.workbench;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Next and previous group, or conflict, in reading order, wrapping around at either end. With nothing selected,
 * "next" starts at the first and "previous" at the last.
 */
final class GroupNavigator {

    private final List<ShownGroup> groups;

    GroupNavigator(List<ShownGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    Optional<ShownGroup> next(@Nullable ShownGroup current) {
        return step(current, 1, g -> true);
    }

    Optional<ShownGroup> previous(@Nullable ShownGroup current) {
        return step(current, -1, g -> true);
    }

    Optional<ShownGroup> nextConflict(@Nullable ShownGroup current) {
        return step(current, 1, ShownGroup::isConflict);
    }

    Optional<ShownGroup> previousConflict(@Nullable ShownGroup current) {
        return step(current, -1, ShownGroup::isConflict);
    }

    private Optional<ShownGroup> step(@Nullable ShownGroup current, int direction, Predicate<ShownGroup> wanted) {
        int size = groups.size();
        if (size == 0) {
            return Optional.empty();
        }
        int from = current == null ? (direction > 0 ? -1 : size) : groups.indexOf(current);
        for (int i = 1; i <= size; i++) {
            ShownGroup candidate = groups.get(Math.floorMod(from + direction * i, size));
            if (wanted.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
