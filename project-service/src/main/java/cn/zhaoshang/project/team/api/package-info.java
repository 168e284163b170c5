/** Assigning and reading a registered project's service team (专班), over HTTP. */
package cn.zhaoshang.project.team.api;
