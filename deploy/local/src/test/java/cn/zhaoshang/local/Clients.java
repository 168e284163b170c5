package cn.zhaoshang.local;

import cn.zhaoshang.client.assist.api.TicketStatisticsApi;
import cn.zhaoshang.client.assist.api.TicketsApi;
import cn.zhaoshang.client.assist.api.TimeLimitsApi;
import cn.zhaoshang.client.assist.api.WorkingCalendarApi;
import cn.zhaoshang.client.notify.api.DailyBriefApi;
import cn.zhaoshang.client.notify.api.InboxApi;
import cn.zhaoshang.client.project.api.EnterprisesApi;
import cn.zhaoshang.client.project.api.LifecycleApi;
import cn.zhaoshang.client.project.api.ProjectsApi;
import cn.zhaoshang.client.project.api.ServiceTeamsApi;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The three services through the Java clients generated at build time from their own OpenAPI documents, for one caller
 * (a bearer token). Whatever a document says wrongly about a call the tests make fails here.
 */
final class Clients {

    private final cn.zhaoshang.client.project.ApiClient project = new cn.zhaoshang.client.project.ApiClient();
    private final cn.zhaoshang.client.assist.ApiClient assist = new cn.zhaoshang.client.assist.ApiClient();
    private final cn.zhaoshang.client.notify.ApiClient notify = new cn.zhaoshang.client.notify.ApiClient();

    private Clients(RunningStack stack, String token) {
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + token);
        project.updateBaseUri(stack.url(8081, "").toString());
        project.setRequestInterceptor(bearer);
        assist.updateBaseUri(stack.url(8082, "").toString());
        assist.setRequestInterceptor(bearer);
        notify.updateBaseUri(stack.url(8083, "").toString());
        notify.setRequestInterceptor(bearer);
    }

    static Clients as(RunningStack stack, String token) {
        return new Clients(stack, token);
    }

    EnterprisesApi enterprises() {
        return new EnterprisesApi(project);
    }

    ProjectsApi projects() {
        return new ProjectsApi(project);
    }

    LifecycleApi lifecycle() {
        return new LifecycleApi(project);
    }

    ServiceTeamsApi teams() {
        return new ServiceTeamsApi(project);
    }

    TicketsApi tickets() {
        return new TicketsApi(assist);
    }

    TimeLimitsApi timeLimits() {
        return new TimeLimitsApi(assist);
    }

    TicketStatisticsApi ticketStatistics() {
        return new TicketStatisticsApi(assist);
    }

    WorkingCalendarApi calendar() {
        return new WorkingCalendarApi(assist);
    }

    InboxApi inbox() {
        return new InboxApi(notify);
    }

    DailyBriefApi briefs() {
        return new DailyBriefApi(notify);
    }
}
