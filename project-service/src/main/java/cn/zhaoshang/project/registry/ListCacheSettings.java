package cn.zhaoshang.project.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The project list's answers kept at a data version ({@link ProjectDataVersion}): the same list asked again before
 * any project changed is served from memory, on every replica at once exact, and never older than {@code max-age}.
 */
@ConfigMapping(prefix = "project.list-cache")
public interface ListCacheSettings {

    /** How many pages, and separately how many filters' totals, are remembered; 0 computes every answer. */
    @WithDefault("512")
    int entries();

    /** The longest an answer is reused at an unchanged data version (bounds a change committed out of order). */
    @WithDefault("5s")
    Duration maxAge();
}
