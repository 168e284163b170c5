/**
 * The lifecycle of a project (招商信息 → 在谈 → 签约 → … → 达产): its stages, the rules of moving between them,
 * and the records of moves and milestone dates. The register ({@code registry}) builds on these; the HTTP
 * operations that move a project live in {@code lifecycle.api}, above both.
 */
package cn.zhaoshang.project.lifecycle;
