/** Moving a registered project through its lifecycle and planning its milestones, over HTTP. */
package cn.zhaoshang.project.lifecycle.api;
