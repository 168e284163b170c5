package cn.zhaoshang.project.registry;

/** A new project, a later phase (二期 …) of a parent, or added investment (追加投资) in a parent. */
public enum ProjectKind {
    NEW, PHASE, ADDED_INVESTMENT
}
