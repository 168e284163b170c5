/**
 * A project's service team (专班): its 项目长, 包联领导 and members. The register ({@code registry}) reads it to
 * decide who may see a project; the HTTP operations that assign a team live in {@code team.api}, above both.
 */
package cn.zhaoshang.project.team;
