package cn.zhaoshang.project.registry;

import java.util.List;

/** One page of a list: {@code page} counts from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
